#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// Visibility, docs and other attributes go on the `static`; a `#[cfg]`
// that is false removes the declaration.
use libc::{c_int, c_uint, c_void, size_t};

#[doc = r" Documented and public."]
#[allow(non_upper_case_globals)]
pub static getrandom:
    ::weaklink::WeakFn<unsafe extern "C" fn(buf: *mut c_void, len: size_t,
        flags: c_uint) -> isize> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("getrandom\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub(crate) static gettid:
    ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("gettid\u{0}".as_bytes()))
    };
#[doc = "A `#[doc]` attribute, as bindgen writes it."]
#[deprecated = "a lint attribute is kept"]
#[allow(non_upper_case_globals)]
pub(in crate) static close_range:
    ::weaklink::WeakFn<unsafe extern "C" fn(first: c_uint, last: c_uint,
        flags: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("close_range\u{0}".as_bytes()))
    };
