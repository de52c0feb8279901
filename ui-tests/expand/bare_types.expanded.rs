#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// The standard library's earlier spelling and rustix's: bare parameter
// types, no `;` after the last declaration; types written through a module
// alias, or named and unnamed mixed.
use libc::c_int;



#[allow(non_upper_case_globals)]
static pipe2:
    ::weaklink::WeakFn<unsafe extern "C" fn(*mut c_int, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("pipe2")
                    }>::from_str_without_nul("pipe2"));
mod rustix {
    use libc as c;
    #[allow(non_upper_case_globals)]
    static statx:
        ::weaklink::WeakFn<unsafe extern "C" fn(c::c_int, *const c::c_char,
            c::c_int, c::c_uint, *mut c::c_void) -> c::c_int> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("statx")
                        }>::from_str_without_nul("statx"));
}
#[allow(non_upper_case_globals)]
static unnamed_and_named:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, *const libc::c_char, c_int)
        -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("unnamed_and_named")
                    }>::from_str_without_nul("unnamed_and_named"));
#[allow(non_upper_case_globals)]
static nested_types:
    ::weaklink::WeakFn<unsafe extern "C" fn(*mut Option<u8>,
        Option<unsafe extern "C" fn(c_int) -> c_int>) -> *mut Option<u8>> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("nested_types")
                    }>::from_str_without_nul("nested_types"));
