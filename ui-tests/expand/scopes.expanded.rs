#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// `#[weaklink(...)]` options: where the symbol is looked up.
use libc::{c_int, pid_t};

#[allow(non_upper_case_globals)]
static next_getpid: ::weaklink::WeakFn<unsafe extern "C" fn() -> pid_t> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::new("getpid\u{0}".as_bytes()).next())
    };
#[allow(non_upper_case_globals)]
pub static in_library: ::weaklink::WeakFn<unsafe extern "C" fn() -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("in_library\u{0}".as_bytes()).in_library("libc.so.6\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static versioned: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("versioned\u{0}".as_bytes()).with_version("GLIBC_2.2.5\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static both: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("both\u{0}".as_bytes()).in_library("libc.so.6\u{0}".as_bytes()).with_version("GLIBC_2.2.5\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static stacked: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("stacked\u{0}".as_bytes()).next().with_version("GLIBC_2.2.5\u{0}".as_bytes()))
    };
