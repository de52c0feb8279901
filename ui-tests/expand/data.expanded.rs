#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// C global variables: `static` and `static mut` both become a
// `WeakStatic`, with docs, visibility and scopes as for functions.
use libc::{c_char, c_int};

#[allow(non_upper_case_globals)]
static environ: ::weaklink::WeakStatic<*const *const c_char> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::from_ident("environ\u{0}".as_bytes()));
#[doc = r" A documented, public variable."]
#[allow(non_upper_case_globals)]
pub static weaklink_variable: ::weaklink::WeakStatic<c_int> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::from_ident("weaklink_variable\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static __progname: ::weaklink::WeakStatic<*const c_char> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::from_ident("__progname\u{0}".as_bytes()).in_library("libc.so.6\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static a_function_between: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("a_function_between\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub(crate) static last_without_separator: ::weaklink::WeakStatic<c_int> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::from_ident("last_without_separator\u{0}".as_bytes()));
