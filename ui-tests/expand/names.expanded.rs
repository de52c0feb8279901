#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// The symbol looked up: the Rust name, or the `#[link_name]` when the two
// differ; a raw identifier; `#[r#link_name]`, which the compiler reads as
// `#[link_name]`, and likewise `#[r#weaklink]`.
#[allow(non_upper_case_globals)]
static min_stack:
    ::weaklink::WeakFn<unsafe extern "C" fn(attr: *const libc::pthread_attr_t)
        -> libc::size_t> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::new("__pthread_get_minstack\u{0}".as_bytes()))
    };
#[doc = r" Other attributes, before and after `#[link_name]`, stay."]
#[allow(unused)]
#[allow(non_upper_case_globals)]
pub static weird_name: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::new("\u{1}weird\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static r#type: ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("r#type\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static raw_attribute_names:
    ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::new("getppid\u{0}".as_bytes()).in_library("libc.so.6\u{0}".as_bytes()))
    };
