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
    ::weaklink::WeakFn<unsafe extern "C" fn(*mut c_int, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("pipe2")
                    }>::from_str_without_nul("pipe2"));
#[allow(non_upper_case_globals)]
static dup3:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, c_int, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("dup3")
                    }>::from_str_without_nul("dup3"));
#[allow(non_upper_case_globals)]
static accept4:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int, *mut libc::sockaddr,
        *mut libc::socklen_t, c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("accept4")
                    }>::from_str_without_nul("accept4"));
pub fn inside_a_function() -> bool {
    #[allow(non_upper_case_globals)]
    static getpid: ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("getpid")
                        }>::from_str_without_nul("getpid"));
    getpid.get().is_some()
}
