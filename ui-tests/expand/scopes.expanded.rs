#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// `#[weaklink(...)]` options: where the symbol is looked up.
use libc::{c_int, pid_t};

#[allow(non_upper_case_globals)]
static next_getpid: ::weaklink::WeakFn<unsafe extern "C" fn() -> pid_t> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("getpid")
                        }>::from_str_without_nul("getpid").next());
#[allow(non_upper_case_globals)]
pub static in_library: ::weaklink::WeakFn<unsafe extern "C" fn() -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("in_library")
                        }>::from_str_without_nul("in_library").in_library("libc.so.6\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static versioned: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("versioned")
                        }>::from_str_without_nul("versioned").with_version("GLIBC_2.2.5\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static both: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                                ::weaklink::__private::len_with_nul("both")
                            }>::from_str_without_nul("both").in_library("libc.so.6\u{0}".as_bytes()).with_version("GLIBC_2.2.5\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static stacked: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                                ::weaklink::__private::len_with_nul("stacked")
                            }>::from_str_without_nul("stacked").next().with_version("GLIBC_2.2.5\u{0}".as_bytes()));
