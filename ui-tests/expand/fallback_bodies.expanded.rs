#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// A declaration with a body: an `unsafe fn` whose target starts as a
// self-replacing thunk, next to a plain declaration.
use libc::c_int;

#[doc = r" Documented and public."]
pub unsafe fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
    type __WeaklinkThunkFn = unsafe extern "C" fn(*mut c_int, c_int) -> c_int;
    #[allow(non_upper_case_globals)]
    static pipe2: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("pipe2")
                        }>::from_str_without_nul("pipe2"));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(fds: *mut c_int, flags: c_int) -> c_int {
        let _ = flags;
        unsafe { libc::pipe(fds) }
    }
    unsafe extern "C" fn __weaklink_fallback(fds: *mut c_int, flags: c_int)
        -> c_int {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body(fds, flags) };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "C" fn __weaklink_first(fds: *mut c_int, flags: c_int)
        -> c_int {
        let f: __WeaklinkThunkFn =
            if false {
                __weaklink_fallback
            } else {
                match pipe2.get() {
                    ::core::option::Option::Some(f) => f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            };
        __WEAKLINK_TARGET.store(f as *mut (),
            ::core::sync::atomic::Ordering::Release);
        unsafe { f(fds, flags) }
    }
    static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
        ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());
    unsafe {
        let f =
            ::core::mem::transmute::<*mut (),
                    __WeaklinkThunkFn>(__WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire));
        f(fds, flags)
    }
}
#[allow(non_upper_case_globals)]
static plain_next_to_it:
    ::weaklink::WeakFn<unsafe extern "C" fn(c_int) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("plain_next_to_it")
                    }>::from_str_without_nul("plain_next_to_it"));
pub(crate) unsafe fn pid_from_libc() -> libc::pid_t {
    type __WeaklinkThunkFn = unsafe extern "C" fn() -> libc::pid_t;
    #[allow(non_upper_case_globals)]
    static pid_from_libc: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                                ::weaklink::__private::len_with_nul("getpid")
                            }>::from_str_without_nul("getpid").in_library("libc.so.6\u{0}".as_bytes()));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body() -> libc::pid_t { -1 }
    unsafe extern "C" fn __weaklink_fallback() -> libc::pid_t {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body() };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "C" fn __weaklink_first() -> libc::pid_t {
        let f: __WeaklinkThunkFn =
            if false {
                __weaklink_fallback
            } else {
                match pid_from_libc.get() {
                    ::core::option::Option::Some(f) => f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            };
        __WEAKLINK_TARGET.store(f as *mut (),
            ::core::sync::atomic::Ordering::Release);
        unsafe { f() }
    }
    static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
        ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());
    unsafe {
        let f =
            ::core::mem::transmute::<*mut (),
                    __WeaklinkThunkFn>(__WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire));
        f()
    }
}
unsafe fn system_abi(x: u32) -> u32 {
    type __WeaklinkThunkFn = unsafe extern "system" fn(u32) -> u32;
    #[allow(non_upper_case_globals)]
    static system_abi: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("system_abi")
                        }>::from_str_without_nul("system_abi"));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(x: u32) -> u32 { x }
    unsafe extern "system" fn __weaklink_fallback(x: u32) -> u32 {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body(x) };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "system" fn __weaklink_first(x: u32) -> u32 {
        let f: __WeaklinkThunkFn =
            if false {
                __weaklink_fallback
            } else {
                match system_abi.get() {
                    ::core::option::Option::Some(f) => f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            };
        __WEAKLINK_TARGET.store(f as *mut (),
            ::core::sync::atomic::Ordering::Release);
        unsafe { f(x) }
    }
    static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
        ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());
    unsafe {
        let f =
            ::core::mem::transmute::<*mut (),
                    __WeaklinkThunkFn>(__WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire));
        f(x)
    }
}
unsafe fn no_return(out: *mut u8) -> () {
    type __WeaklinkThunkFn = unsafe extern "C" fn(*mut u8) -> ();
    #[allow(non_upper_case_globals)]
    static no_return: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("no_return")
                        }>::from_str_without_nul("no_return"));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(out: *mut u8) -> () { unsafe { *out = 1 }; }
    unsafe extern "C" fn __weaklink_fallback(out: *mut u8) -> () {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body(out) };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "C" fn __weaklink_first(out: *mut u8) -> () {
        let f: __WeaklinkThunkFn =
            if false {
                __weaklink_fallback
            } else {
                match no_return.get() {
                    ::core::option::Option::Some(f) => f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            };
        __WEAKLINK_TARGET.store(f as *mut (),
            ::core::sync::atomic::Ordering::Release);
        unsafe { f(out) }
    }
    static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
        ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());
    unsafe {
        let f =
            ::core::mem::transmute::<*mut (),
                    __WeaklinkThunkFn>(__WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire));
        f(out)
    }
}
