#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// mio's name for the macro, with its spelling, one and several per
// invocation, at module level and inside a function body.
use libc::c_int;
use weaklink::dlsym;



#[allow(non_upper_case_globals)]
static pipe2:
    ::weaklink::WeakFn<unsafe extern "C" fn(*mut c_int, c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("pipe2\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static several: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("several\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static several_2: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("several_2\u{0}".as_bytes()))
    };
pub fn inside_a_function() -> bool {
    #[allow(non_upper_case_globals)]
    static getppid: ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t>
        =
        unsafe {
            ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("getppid\u{0}".as_bytes()))
        };
    getppid.get().is_some()
}
