#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// Explicit ABIs and qualifiers (the pointer type is always `unsafe extern
// "ABI" fn`), C variadics and many arguments.
use libc::{c_char, c_int};

#[allow(non_upper_case_globals)]
static written_unsafe:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("written_unsafe")
                    }>::from_str_without_nul("written_unsafe"));
#[allow(non_upper_case_globals)]
static explicit_c: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("explicit_c")
                    }>::from_str_without_nul("explicit_c"));
#[allow(non_upper_case_globals)]
pub static explicit_system:
    ::weaklink::WeakFn<unsafe extern "system" fn(c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("explicit_system")
                    }>::from_str_without_nul("explicit_system"));
#[allow(non_upper_case_globals)]
static unsafe_and_extern:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("unsafe_and_extern")
                    }>::from_str_without_nul("unsafe_and_extern"));
#[allow(non_upper_case_globals)]
static bare_extern: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("bare_extern")
                    }>::from_str_without_nul("bare_extern"));
#[allow(non_upper_case_globals)]
static variadic:
    ::weaklink::WeakFn<unsafe extern "C" fn(*const c_char, ...) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("variadic")
                    }>::from_str_without_nul("variadic"));
#[allow(non_upper_case_globals)]
static variadic_unnamed:
    ::weaklink::WeakFn<unsafe extern "C" fn(*const c_char, ...) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("variadic_unnamed")
                    }>::from_str_without_nul("variadic_unnamed"));
#[allow(non_upper_case_globals)]
static twelve:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, c_int, c_int, c_int, c_int,
        c_int, c_int, c_int, c_int, c_int, c_int, c_int) -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("twelve")
                    }>::from_str_without_nul("twelve"));
