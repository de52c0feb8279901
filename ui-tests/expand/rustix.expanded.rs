#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// rustix's macros: `weakcall!` (libc's function, else ENOSYS),
// `weak_or_syscall!` (`syscall!` by rustix's name) and `raw_syscall!`
// (rustix's `syscall!`: on Linux the raw system call only, from the first
// call, never a lookup).
use libc::{c_int, c_uint, pid_t};




pub(crate) unsafe fn eventfd(initval: c_uint, flags: c_int) -> c_int {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(initval: c_uint, flags: c_int) -> c_int {
        let _ = initval;
        let _ = flags;
        ::weaklink::__private::enosys()
    }
    let __weaklink_f: unsafe extern "C" fn(c_uint, c_int) -> c_int =
        {
            type __WeaklinkFn = unsafe extern "C" fn(c_uint, c_int) -> c_int;
            unsafe extern "C" fn __weaklink_fallback(initval: c_uint,
                flags: c_int) -> c_int {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(initval, flags) })
            }
            {
                unsafe extern "C" fn __weaklink_first(initval: c_uint,
                    flags: c_int) -> c_int {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                !::weaklink::__private::FORCE_NO_LIBC)(initval, flags)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("eventfd\u{0}".as_bytes()),
                            if !::weaklink::__private::FORCE_NO_LIBC {
                                __weaklink_first
                            } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(initval, flags) }
}
unsafe fn gettid() -> pid_t {
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
const SYS: libc::c_long = libc::SYS_setuid;
unsafe fn setuid(uid: libc::uid_t) -> c_int {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(uid: libc::uid_t) -> c_int {
        {
            #[allow(unused_variables)]
            let uid = ::weaklink::__private::syscall_word::<libc::uid_t>(uid);
            {
                if !::weaklink::__private::FORCE_NO_SYSCALL {
                    return ::weaklink::__private::SignedIntegerReturn::from_syscall_ret(unsafe
                                {
                                ::weaklink::__private::libc::syscall({
                                            #[allow(unused_imports)]
                                            use ::weaklink::__private::libc::*;
                                            SYS
                                        }, uid) as isize
                            });
                }
            }
            ::weaklink::__private::enosys()
        }
    }
    let __weaklink_f: unsafe extern "C" fn(libc::uid_t) -> c_int =
        {
            type __WeaklinkFn = unsafe extern "C" fn(libc::uid_t) -> c_int;
            unsafe extern "C" fn __weaklink_fallback(uid: libc::uid_t)
                -> c_int {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(uid) })
            }
            {
                unsafe extern "C" fn __weaklink_first(uid: libc::uid_t)
                    -> c_int {
                    unsafe {
                        __WEAKLINK_THUNK.resolve(__weaklink_fallback,
                                ::weaklink::__private::RAW_SYSCALL_LOOKS_UP)(uid)
                    }
                }
                static __WEAKLINK_THUNK:
                    ::weaklink::__private::Thunk<__WeaklinkFn> =
                    unsafe {
                        ::weaklink::__private::Thunk::new(&::weaklink::Symbol::from_ident("setuid\u{0}".as_bytes()),
                            if ::weaklink::__private::RAW_SYSCALL_LOOKS_UP {
                                __weaklink_first
                            } else { __weaklink_fallback })
                    };
                __WEAKLINK_THUNK.target()
            }
        };
    unsafe { __weaklink_f(uid) }
}
