#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// `#[weaklink(extern_weak)]`: weak references bound by the loader, declared
// as `const`s; with a body, a function that runs it when nothing is bound.
use libc::{c_char, c_int, pid_t};

// A trailing comma, as in every attribute list.

#[allow(non_upper_case_globals)]
const getpid: ::weaklink::ExternWeak<unsafe extern "C" fn() -> pid_t> =
    {
        const _: () = ::weaklink::__private::check_asm_name("getpid");
        #[inline(always)]
        fn __weaklink_extern_weak_addr() -> *mut ::core::ffi::c_void {
            let addr: *mut ::core::ffi::c_void;
            unsafe {
                {
                    asm!(".ifndef .L__weaklink_ewref1_getpid\n.set .L__weaklink_ewref1_getpid, 1\n.weakref __weaklink_ewref1_getpid, getpid\n.endif\nmovq __weaklink_ewref1_getpid@GOTPCREL(%rip), {0}",
                        out(reg)
                        addr,
                        options(pure, nomem, preserves_flags, nostack, att_syntax));
                }
            };
            addr
        }
        unsafe {
            ::weaklink::ExternWeak::<unsafe extern "C" fn()
                        -> pid_t>::__new(__weaklink_extern_weak_addr, "getpid")
        }
    };
#[allow(non_upper_case_globals)]
pub const parent: ::weaklink::ExternWeak<unsafe extern "C" fn() -> pid_t> =
    {
        const _: () = ::weaklink::__private::check_asm_name("getppid");
        #[inline(always)]
        fn __weaklink_extern_weak_addr() -> *mut ::core::ffi::c_void {
            let addr: *mut ::core::ffi::c_void;
            unsafe {
                {
                    asm!(".ifndef .L__weaklink_ewref1_getppid\n.set .L__weaklink_ewref1_getppid, 1\n.weakref __weaklink_ewref1_getppid, getppid\n.endif\nmovq __weaklink_ewref1_getppid@GOTPCREL(%rip), {0}",
                        out(reg)
                        addr,
                        options(pure, nomem, preserves_flags, nostack, att_syntax));
                }
            };
            addr
        }
        unsafe {
            ::weaklink::ExternWeak::<unsafe extern "C" fn()
                        -> pid_t>::__new(__weaklink_extern_weak_addr, "getppid")
        }
    };
#[allow(non_upper_case_globals)]
const environ: ::weaklink::ExternWeakStatic<*const *const c_char> =
    {
        const _: () = ::weaklink::__private::check_asm_name("environ");
        #[inline(always)]
        fn __weaklink_extern_weak_addr() -> *mut ::core::ffi::c_void {
            let addr: *mut ::core::ffi::c_void;
            unsafe {
                {
                    asm!(".ifndef .L__weaklink_ewref1_environ\n.set .L__weaklink_ewref1_environ, 1\n.weakref __weaklink_ewref1_environ, environ\n.endif\nmovq __weaklink_ewref1_environ@GOTPCREL(%rip), {0}",
                        out(reg)
                        addr,
                        options(pure, nomem, preserves_flags, nostack, att_syntax));
                }
            };
            addr
        }
        unsafe {
            ::weaklink::ExternWeakStatic::<*const *const c_char>::__new(__weaklink_extern_weak_addr,
                "environ")
        }
    };
unsafe fn abs(x: c_int) -> c_int {
    #[allow(unused_unsafe, clippy :: needless_return)]
    unsafe fn __weaklink_body(x: c_int) -> c_int {
        if x < 0 { -x } else { x }
    }
    let __weaklink_f: unsafe extern "C" fn(c_int) -> c_int =
        {
            type __WeaklinkFn = unsafe extern "C" fn(c_int) -> c_int;
            unsafe extern "C" fn __weaklink_fallback(x: c_int) -> c_int {
                ::weaklink::__private::abort_on_unwind(move ||
                        unsafe { __weaklink_body(x) })
            }
            {
                const __WEAKLINK_EXTERN: ::weaklink::ExternWeak<__WeaklinkFn>
                    =
                    {
                        const _: () = ::weaklink::__private::check_asm_name("abs");
                        #[inline(always)]
                        fn __weaklink_extern_weak_addr()
                            -> *mut ::core::ffi::c_void {
                            let addr: *mut ::core::ffi::c_void;
                            unsafe {
                                {
                                    asm!(".ifndef .L__weaklink_ewref1_abs\n.set .L__weaklink_ewref1_abs, 1\n.weakref __weaklink_ewref1_abs, abs\n.endif\nmovq __weaklink_ewref1_abs@GOTPCREL(%rip), {0}",
                                        out(reg)
                                        addr,
                                        options(pure, nomem, preserves_flags, nostack, att_syntax));
                                }
                            };
                            addr
                        }
                        unsafe {
                            ::weaklink::ExternWeak::<__WeaklinkFn>::__new(__weaklink_extern_weak_addr,
                                "abs")
                        }
                    };
                match if true {
                        __WEAKLINK_EXTERN.get()
                    } else { ::core::option::Option::None } {
                    ::core::option::Option::Some(__weaklink_f) => __weaklink_f,
                    ::core::option::Option::None => __weaklink_fallback,
                }
            }
        };
    unsafe { __weaklink_f(x) }
}
#[allow(non_upper_case_globals)]
pub const getuid:
    ::weaklink::ExternWeak<unsafe extern "C" fn() -> libc::uid_t> =
    {
        const _: () = ::weaklink::__private::check_asm_name("getuid");
        #[inline(always)]
        fn __weaklink_extern_weak_addr() -> *mut ::core::ffi::c_void {
            let addr: *mut ::core::ffi::c_void;
            unsafe {
                {
                    asm!(".ifndef .L__weaklink_ewref1_getuid\n.set .L__weaklink_ewref1_getuid, 1\n.weakref __weaklink_ewref1_getuid, getuid\n.endif\nmovq __weaklink_ewref1_getuid@GOTPCREL(%rip), {0}",
                        out(reg)
                        addr,
                        options(pure, nomem, preserves_flags, nostack, att_syntax));
                }
            };
            addr
        }
        unsafe {
            ::weaklink::ExternWeak::<unsafe extern "C" fn()
                        ->
                            libc::uid_t>::__new(__weaklink_extern_weak_addr, "getuid")
        }
    };
