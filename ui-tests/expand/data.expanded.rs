#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// C global variables: `static` and `static mut` both become a
// `WeakStatic`, with docs, visibility and scopes as for functions.
use libc::{c_char, c_int};

#[allow(non_upper_case_globals)]
static environ: ::weaklink::WeakStatic<*const *const c_char> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("environ")
                    }>::from_str_without_nul("environ"));
#[doc = r" A documented, public variable."]
#[allow(non_upper_case_globals)]
pub static weaklink_variable: ::weaklink::WeakStatic<c_int> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("weaklink_variable")
                    }>::from_str_without_nul("weaklink_variable"));
#[allow(non_upper_case_globals)]
static __progname: ::weaklink::WeakStatic<*const c_char> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("__progname")
                        }>::from_str_without_nul("__progname").in_library("libc.so.6\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static a_function_between: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("a_function_between")
                    }>::from_str_without_nul("a_function_between"));
#[allow(non_upper_case_globals)]
pub(crate) static last_without_separator: ::weaklink::WeakStatic<c_int> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("last_without_separator")
                    }>::from_str_without_nul("last_without_separator"));
