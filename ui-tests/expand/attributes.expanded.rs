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
    ::weaklink::WeakFn<unsafe extern "C" fn(*mut c_void, size_t, c_uint)
        -> isize> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("getrandom")
                    }>::from_str_without_nul("getrandom"));
#[allow(non_upper_case_globals)]
pub(crate) static gettid:
    ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("gettid")
                    }>::from_str_without_nul("gettid"));
#[doc = "A `#[doc]` attribute, as bindgen writes it."]
#[deprecated = "a lint attribute is kept"]
#[allow(non_upper_case_globals)]
pub(in crate) static close_range:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_uint, c_uint, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("close_range")
                    }>::from_str_without_nul("close_range"));
