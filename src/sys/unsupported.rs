//! Targets with no dynamic loader that this crate knows how to ask: every
//! lookup is a miss, so every `get()` is `None`. Nothing here assumes the
//! `libc` crate has anything for the target (it is empty on
//! `wasm32-unknown-unknown` and bare-metal targets).

use core::ffi::c_void;

use crate::symbol::Symbol;

/// Always null: there is nothing to look in.
pub(crate) fn lookup(_symbol: &Symbol) -> *mut c_void {
    core::ptr::null_mut()
}

cfg_if::cfg_if! {
    if #[cfg(target_os = "wasi")] {
        /// WASI's C library has an `errno`: `syscall!`'s `ENOSYS` is its own.
        pub(crate) const ENOSYS: i32 = libc::ENOSYS;
        pub(crate) const ERRNO: super::ErrnoLocation = Some(libc::__errno_location);
    } else {
        /// `ENOSYS`, for `syscall!`: Linux's value, as there is no `errno`
        /// here to compare it with.
        pub(crate) const ENOSYS: i32 = 38;
        /// No `errno` this crate knows how to reach here.
        pub(crate) const ERRNO: super::ErrnoLocation = None;
    }
}
