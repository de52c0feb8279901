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
    ::weaklink::WeakFn<unsafe extern "C" fn(u32, u32, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("close_range")
                    }>::from_str_without_nul("close_range"));
#[allow(non_upper_case_globals)]
static trailing:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("trailing")
                    }>::from_str_without_nul("trailing"));
#[allow(non_upper_case_globals)]
static no_return: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("no_return")
                    }>::from_str_without_nul("no_return"));
#[allow(non_upper_case_globals)]
static no_return_comma: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> ()>
    =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("no_return_comma")
                    }>::from_str_without_nul("no_return_comma"));
#[allow(non_upper_case_globals)]
static last_without_separator:
    ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("last_without_separator")
                    }>::from_str_without_nul("last_without_separator"));
