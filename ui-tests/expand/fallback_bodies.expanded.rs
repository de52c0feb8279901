#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// A declaration with a body: an `unsafe fn` whose target starts as a
// self-replacing thunk, next to a plain declaration.
use libc::c_int;

#[doc = r" Documented and public."]
pub unsafe fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(fds: *mut c_int, flags: c_int) -> c_int {
        let _ = flags;
        unsafe { libc::pipe(fds) }
    }
    let __weaklink_f: unsafe extern "C" fn(*mut c_int, c_int) -> c_int =
        {
            type __WeaklinkFn =
                unsafe extern "C" fn(*mut c_int, c_int) -> c_int;
            unsafe extern "C" fn __weaklink_fallback(fds: *mut c_int,
                flags: c_int) -> c_int {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(fds, flags) })
            }
            {
                unsafe extern "C" fn __weaklink_first(fds: *mut c_int,
                    flags: c_int) -> c_int {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                true)(fds, flags)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("pipe2\u{0}".as_bytes()),
                            if true { __weaklink_first } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(fds, flags) }
}
#[allow(non_upper_case_globals)]
static plain_next_to_it:
    ::weaklink::WeakFn<unsafe extern "C" fn(x: c_int) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("plain_next_to_it\u{0}".as_bytes()))
    };
pub(crate) unsafe fn pid_from_libc() -> libc::pid_t {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body() -> libc::pid_t { -1 }
    let __weaklink_f: unsafe extern "C" fn() -> libc::pid_t =
        {
            type __WeaklinkFn = unsafe extern "C" fn() -> libc::pid_t;
            unsafe extern "C" fn __weaklink_fallback() -> libc::pid_t {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body() })
            }
            {
                unsafe extern "C" fn __weaklink_first() -> libc::pid_t {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback, true)()
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::new("getpid\u{0}".as_bytes()).in_library("libc.so.6\u{0}".as_bytes()),
                            if true { __weaklink_first } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f() }
}
unsafe fn system_abi(x: u32) -> u32 {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(x: u32) -> u32 { x }
    let __weaklink_f: unsafe extern "system" fn(u32) -> u32 =
        {
            type __WeaklinkFn = unsafe extern "system" fn(u32) -> u32;
            unsafe extern "system" fn __weaklink_fallback(x: u32) -> u32 {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(x) })
            }
            {
                unsafe extern "system" fn __weaklink_first(x: u32) -> u32 {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback, true)(x)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("system_abi\u{0}".as_bytes()),
                            if true { __weaklink_first } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(x) }
}
unsafe fn no_return(out: *mut u8) {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(out: *mut u8) { unsafe { *out = 1 }; }
    let __weaklink_f: unsafe extern "C" fn(*mut u8) =
        {
            type __WeaklinkFn = unsafe extern "C" fn(*mut u8);
            unsafe extern "C" fn __weaklink_fallback(out: *mut u8) {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(out) })
            }
            {
                unsafe extern "C" fn __weaklink_first(out: *mut u8) {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback, true)(out)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("no_return\u{0}".as_bytes()),
                            if true { __weaklink_first } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(out) }
}
