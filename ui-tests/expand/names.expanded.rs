#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// The symbol looked up: the Rust name, or the `#[link_name]` when the two
// differ; a raw identifier.
#[allow(non_upper_case_globals)]
static min_stack:
    ::weaklink::WeakFn<unsafe extern "C" fn(*const libc::pthread_attr_t)
        -> libc::size_t> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("__pthread_get_minstack")
                    }>::from_str_without_nul("__pthread_get_minstack"));
#[doc = r" Other attributes, before and after `#[link_name]`, stay."]
#[allow(unused)]
#[allow(non_upper_case_globals)]
pub static weird_name: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("\u{1}weird")
                    }>::from_str_without_nul("\u{1}weird"));
#[allow(non_upper_case_globals)]
static r#type: ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("r#type")
                    }>::from_str_without_nul("r#type"));
