#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// `syscall!`: libc's function, else the raw system call named by `via`,
// else ENOSYS.
use libc::{c_int, pid_t};
use weaklink::syscall;

#[doc = r" Docs and visibility."]
pub unsafe fn gettid() -> pid_t {
    type __WeaklinkThunkFn = unsafe extern "C" fn() -> pid_t;
    #[allow(non_upper_case_globals)]
    static gettid: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("gettid")
                        }>::from_str_without_nul("gettid"));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body() -> pid_t {
        {
            if !::weaklink::__private::FORCE_NO_SYSCALL {
                let rc =
                    unsafe {
                        ::weaklink::__private::libc::syscall(::weaklink::__private::libc::SYS_gettid)
                    };
                return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(rc);
            }
        }
        ::weaklink::__private::set_errno(::weaklink::__private::ENOSYS);
        ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(-1)
    }
    unsafe extern "C" fn __weaklink_fallback() -> pid_t {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body() };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "C" fn __weaklink_first() -> pid_t {
        let f: __WeaklinkThunkFn =
            if ::weaklink::__private::FORCE_NO_LIBC {
                __weaklink_fallback
            } else {
                match gettid.get() {
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
unsafe fn getrandom(buf: *mut u8, len: usize, flags: u32) -> isize {
    type __WeaklinkThunkFn =
        unsafe extern "C" fn(*mut u8, usize, u32) -> isize;
    #[allow(non_upper_case_globals)]
    static getrandom: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("getrandom")
                        }>::from_str_without_nul("getrandom"));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(buf: *mut u8, len: usize, flags: u32) -> isize {
        {
            if !::weaklink::__private::FORCE_NO_SYSCALL {
                let rc =
                    unsafe {
                        ::weaklink::__private::libc::syscall(::weaklink::__private::libc::SYS_getrandom,
                            ::weaklink::__private::RegisterSizedArgument::into_syscall_arg(buf),
                            ::weaklink::__private::RegisterSizedArgument::into_syscall_arg(len),
                            ::weaklink::__private::RegisterSizedArgument::into_syscall_arg(flags))
                    };
                return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(rc);
            }
        }
        ::weaklink::__private::set_errno(::weaklink::__private::ENOSYS);
        ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(-1)
    }
    unsafe extern "C" fn __weaklink_fallback(buf: *mut u8, len: usize,
        flags: u32) -> isize {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body(buf, len, flags) };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "C" fn __weaklink_first(buf: *mut u8, len: usize,
        flags: u32) -> isize {
        let f: __WeaklinkThunkFn =
            if ::weaklink::__private::FORCE_NO_LIBC {
                __weaklink_fallback
            } else {
                match getrandom.get() {
                    ::core::option::Option::Some(f) => f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            };
        __WEAKLINK_TARGET.store(f as *mut (),
            ::core::sync::atomic::Ordering::Release);
        unsafe { f(buf, len, flags) }
    }
    static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
        ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());
    unsafe {
        let f =
            ::core::mem::transmute::<*mut (),
                    __WeaklinkThunkFn>(__WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire));
        f(buf, len, flags)
    }
}
unsafe fn getcpu(cpu: *mut u32, node: *mut u32, cache: *mut libc::c_void)
    -> c_int {
    type __WeaklinkThunkFn =
        unsafe extern "C" fn(*mut u32, *mut u32, *mut libc::c_void) -> c_int;
    #[allow(non_upper_case_globals)]
    static getcpu: ::weaklink::WeakFn<__WeaklinkThunkFn> =
        ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("getcpu")
                        }>::from_str_without_nul("getcpu"));
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(cpu: *mut u32, node: *mut u32,
        cache: *mut libc::c_void) -> c_int {
        {
            if !::weaklink::__private::FORCE_NO_SYSCALL {
                let rc =
                    unsafe {
                        ::weaklink::__private::libc::syscall(::weaklink::__private::libc::SYS_getcpu,
                            ::weaklink::__private::RegisterSizedArgument::into_syscall_arg(cpu),
                            ::weaklink::__private::RegisterSizedArgument::into_syscall_arg(node),
                            ::weaklink::__private::RegisterSizedArgument::into_syscall_arg(cache))
                    };
                return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(rc);
            }
        }
        ::weaklink::__private::set_errno(::weaklink::__private::ENOSYS);
        ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(-1)
    }
    unsafe extern "C" fn __weaklink_fallback(cpu: *mut u32, node: *mut u32,
        cache: *mut libc::c_void) -> c_int {
        let guard = ::weaklink::__private::AbortOnUnwind;
        let result = unsafe { __weaklink_body(cpu, node, cache) };
        ::core::mem::forget(guard);
        result
    }
    unsafe extern "C" fn __weaklink_first(cpu: *mut u32, node: *mut u32,
        cache: *mut libc::c_void) -> c_int {
        let f: __WeaklinkThunkFn =
            if ::weaklink::__private::FORCE_NO_LIBC {
                __weaklink_fallback
            } else {
                match getcpu.get() {
                    ::core::option::Option::Some(f) => f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            };
        __WEAKLINK_TARGET.store(f as *mut (),
            ::core::sync::atomic::Ordering::Release);
        unsafe { f(cpu, node, cache) }
    }
    static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
        ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());
    unsafe {
        let f =
            ::core::mem::transmute::<*mut (),
                    __WeaklinkThunkFn>(__WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire));
        f(cpu, node, cache)
    }
}
