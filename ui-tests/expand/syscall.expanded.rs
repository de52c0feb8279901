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
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body() -> pid_t {
        {
            {
                if !::weaklink::__private::FORCE_NO_SYSCALL {
                    return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(unsafe
                                {
                                ::weaklink::__private::libc::syscall({
                                            #[allow(unused_imports)]
                                            use ::weaklink::__private::libc::*;
                                            SYS_gettid
                                        }) as isize
                            });
                }
            }
            ::weaklink::__private::enosys()
        }
    }
    let __weaklink_f: unsafe extern "C" fn() -> pid_t =
        {
            type __WeaklinkFn = unsafe extern "C" fn() -> pid_t;
            unsafe extern "C" fn __weaklink_fallback() -> pid_t {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body() })
            }
            {
                unsafe extern "C" fn __weaklink_first() -> pid_t {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                !::weaklink::__private::FORCE_NO_LIBC)()
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("gettid\u{0}".as_bytes()),
                            if !::weaklink::__private::FORCE_NO_LIBC {
                                __weaklink_first
                            } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f() }
}
unsafe fn getrandom(buf: *mut u8, len: usize, flags: u32) -> isize {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(buf: *mut u8, len: usize, flags: u32) -> isize {
        {
            #[allow(unused_variables)]
            let buf = ::weaklink::__private::syscall_word::<*mut u8>(buf);
            #[allow(unused_variables)]
            let len = ::weaklink::__private::syscall_word::<usize>(len);
            #[allow(unused_variables)]
            let flags = ::weaklink::__private::syscall_word::<u32>(flags);
            {
                if !::weaklink::__private::FORCE_NO_SYSCALL {
                    return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(unsafe
                                {
                                ::weaklink::__private::libc::syscall({
                                            #[allow(unused_imports)]
                                            use ::weaklink::__private::libc::*;
                                            SYS_getrandom
                                        }, buf, len, flags) as isize
                            });
                }
            }
            ::weaklink::__private::enosys()
        }
    }
    let __weaklink_f: unsafe extern "C" fn(*mut u8, usize, u32) -> isize =
        {
            type __WeaklinkFn =
                unsafe extern "C" fn(*mut u8, usize, u32) -> isize;
            unsafe extern "C" fn __weaklink_fallback(buf: *mut u8, len: usize,
                flags: u32) -> isize {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(buf, len, flags) })
            }
            {
                unsafe extern "C" fn __weaklink_first(buf: *mut u8,
                    len: usize, flags: u32) -> isize {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                !::weaklink::__private::FORCE_NO_LIBC)(buf, len, flags)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("getrandom\u{0}".as_bytes()),
                            if !::weaklink::__private::FORCE_NO_LIBC {
                                __weaklink_first
                            } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(buf, len, flags) }
}
unsafe fn getcpu(cpu: *mut u32, node: *mut u32, cache: *mut libc::c_void)
    -> c_int {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(cpu: *mut u32, node: *mut u32,
        cache: *mut libc::c_void) -> c_int {
        {
            #[allow(unused_variables)]
            let cpu = ::weaklink::__private::syscall_word::<*mut u32>(cpu);
            #[allow(unused_variables)]
            let node = ::weaklink::__private::syscall_word::<*mut u32>(node);
            #[allow(unused_variables)]
            let cache =
                ::weaklink::__private::syscall_word::<*mut libc::c_void>(cache);
            {
                if !::weaklink::__private::FORCE_NO_SYSCALL {
                    return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(unsafe
                                {
                                ::weaklink::__private::libc::syscall({
                                            #[allow(unused_imports)]
                                            use ::weaklink::__private::libc::*;
                                            SYS_getcpu
                                        }, cpu, node, cache) as isize
                            });
                }
            }
            ::weaklink::__private::enosys()
        }
    }
    let __weaklink_f:
            unsafe extern "C" fn(*mut u32, *mut u32, *mut libc::c_void)
                -> c_int =
        {
            type __WeaklinkFn =
                unsafe extern "C" fn(*mut u32, *mut u32, *mut libc::c_void)
                    -> c_int;
            unsafe extern "C" fn __weaklink_fallback(cpu: *mut u32,
                node: *mut u32, cache: *mut libc::c_void) -> c_int {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(cpu, node, cache) })
            }
            {
                unsafe extern "C" fn __weaklink_first(cpu: *mut u32,
                    node: *mut u32, cache: *mut libc::c_void) -> c_int {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                !::weaklink::__private::FORCE_NO_LIBC)(cpu, node, cache)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("getcpu\u{0}".as_bytes()),
                            if !::weaklink::__private::FORCE_NO_LIBC {
                                __weaklink_first
                            } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(cpu, node, cache) }
}
unsafe fn gettid_by_global_path() -> pid_t {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body() -> pid_t {
        {
            {
                if !::weaklink::__private::FORCE_NO_SYSCALL {
                    return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(unsafe
                                {
                                ::weaklink::__private::libc::syscall(::libc::SYS_gettid) as
                                    isize
                            });
                }
            }
            ::weaklink::__private::enosys()
        }
    }
    let __weaklink_f: unsafe extern "C" fn() -> pid_t =
        {
            type __WeaklinkFn = unsafe extern "C" fn() -> pid_t;
            unsafe extern "C" fn __weaklink_fallback() -> pid_t {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body() })
            }
            {
                unsafe extern "C" fn __weaklink_first() -> pid_t {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                !::weaklink::__private::FORCE_NO_LIBC)()
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("gettid_by_global_path\u{0}".as_bytes()),
                            if !::weaklink::__private::FORCE_NO_LIBC {
                                __weaklink_first
                            } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f() }
}
