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
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("pipe2")
                    }>::from_str_without_nul("pipe2"));
#[allow(non_upper_case_globals)]
static several: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("several")
                    }>::from_str_without_nul("several"));
#[allow(non_upper_case_globals)]
static several_2: ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("several_2")
                    }>::from_str_without_nul("several_2"));
pub fn inside_a_function() -> bool {
    #[allow(non_upper_case_globals)]
    static getppid: ::weaklink::WeakFn<unsafe extern "C" fn() -> libc::pid_t>
        =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("getppid")
                        }>::from_str_without_nul("getppid"));
    getppid.get().is_some()
}
