#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// Trailing commas, `,` between declarations, a missing `-> R` (meaning
// `()`), and no separator after the last declaration: this list takes the
// one-declaration-at-a-time arms.
use libc::c_int;

#[allow(non_upper_case_globals)]
static close_range:
    ::weaklink::WeakFn<unsafe extern "C" fn(first: u32, last: u32,
        flags: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("close_range\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static trailing:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("trailing\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static no_return: ::weaklink::WeakFn<unsafe extern "C" fn(c_int)> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("no_return\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static no_return_comma: ::weaklink::WeakFn<unsafe extern "C" fn(c_int)> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("no_return_comma\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static last_without_separator: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("last_without_separator\u{0}".as_bytes()))
    };
