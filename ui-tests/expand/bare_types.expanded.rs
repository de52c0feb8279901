#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// The standard library's earlier spelling and rustix's: bare parameter
// types, no `;` after the last declaration; types written through a module
// alias (as rustix's call site names the pointer's type too), named and
// unnamed mixed, or nested generics.
use libc::c_int;




#[allow(non_upper_case_globals)]
static pipe2:
    ::weaklink::WeakFn<unsafe extern "C" fn(*mut c_int, c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("pipe2\u{0}".as_bytes()))
    };
mod rustix {
    use libc as c;
    #[allow(non_upper_case_globals)]
    static statx:
        ::weaklink::WeakFn<unsafe extern "C" fn(c::c_int, *const c::c_char,
            c::c_int, c::c_uint, *mut c::c_void) -> c::c_int> =
        unsafe {
            ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("statx\u{0}".as_bytes()))
        };
    pub fn get()
        ->
            Option<unsafe extern "C" fn(c::c_int, *const c::c_char, c::c_int,
                c::c_uint, *mut c::c_void) -> c::c_int> {
        statx.get()
    }
}
#[allow(non_upper_case_globals)]
static unnamed_and_named:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, y: *const libc::c_char,
        _: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("unnamed_and_named\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static nested_types:
    ::weaklink::WeakFn<unsafe extern "C" fn(x: *mut Vec<Option<u8>>,
        y: Option<unsafe extern "C" fn(c_int) -> c_int>) -> *mut Option<u8>> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("nested_types\u{0}".as_bytes()))
    };
