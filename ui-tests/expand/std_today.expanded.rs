#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// The standard library's spelling today: named parameters, each
// declaration ending with `;`. A list of such declarations takes the
// one-step arm; the same works inside a function body.
use libc::c_int;



#[allow(non_upper_case_globals)]
static pipe2:
    ::weaklink::WeakFn<unsafe extern "C" fn(fds: *mut c_int, flags: c_int)
        -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("pipe2\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static dup3:
    ::weaklink::WeakFn<unsafe extern "C" fn(old: c_int, new: c_int,
        flags: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("dup3\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static accept4:
    ::weaklink::WeakFn<unsafe extern "C" fn(fd: c_int,
        addr: *mut libc::sockaddr, len: *mut libc::socklen_t, flags: c_int)
        -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("accept4\u{0}".as_bytes()))
    };
pub fn inside_a_function() -> bool {
    #[allow(non_upper_case_globals)]
    static getpid: ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
        unsafe {
            ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("getpid\u{0}".as_bytes()))
        };
    getpid.get().is_some()
}
