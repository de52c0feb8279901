//! Unix: `dlsym(RTLD_DEFAULT, name)`.
//!
//! `RTLD_DEFAULT` is a different magic handle on different systems (0 on
//! glibc, musl and 64-bit Android; -1 on 32-bit Android; -2 on the Apple
//! platforms, the BSDs and illumos/Solaris), so it always comes from the
//! `libc` crate, never from a literal here.
//!
//! Statically linked musl has a `dlsym` that always fails, so every lookup
//! there is a miss.

use core::ffi::c_void;

/// The address of `name` in every object loaded in the process, in load
/// order, or null.
///
/// # Safety
///
/// `name` must point to a NUL-terminated string.
pub(crate) unsafe fn lookup(name: *const u8) -> *mut c_void {
    // SAFETY: `name` is NUL-terminated (the caller's contract), and
    // `RTLD_DEFAULT` is a valid pseudo-handle on every target this backend
    // is compiled for. `dlsym` is thread-safe on all of them.
    unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.cast()) }
}
