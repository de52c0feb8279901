#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// Explicit ABIs and qualifiers (the pointer type is always `unsafe extern
// "ABI" fn`), C variadics and many arguments.
use libc::{c_char, c_int};

#[allow(non_upper_case_globals)]
static written_unsafe:
    ::weaklink::WeakFn<unsafe extern "C" fn(x: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("written_unsafe\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static explicit_c: ::weaklink::WeakFn<unsafe extern "C" fn(x: c_int)> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("explicit_c\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub static explicit_system:
    ::weaklink::WeakFn<unsafe extern "system" fn(x: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("explicit_system\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static unsafe_and_extern: ::weaklink::WeakFn<unsafe extern "C" fn(x: c_int)> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("unsafe_and_extern\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static bare_extern: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("bare_extern\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static variadic:
    ::weaklink::WeakFn<unsafe extern "C" fn(format: *const c_char, ...)
        -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("variadic\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static variadic_unnamed:
    ::weaklink::WeakFn<unsafe extern "C" fn(*const c_char, ...) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("variadic_unnamed\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static twelve:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, c_int, c_int, c_int, c_int,
        c_int, c_int, c_int, c_int, c_int, c_int, c_int)> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("twelve\u{0}".as_bytes()))
    };
