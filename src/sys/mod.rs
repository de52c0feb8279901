//! Platform backends, one file per family, each with the same function:
//!
//! ```text
//! /// The address of `name` in `scope`, or null.
//! unsafe fn lookup(scope: &Scope, name: *const u8) -> *mut c_void;
//! ```
//!
//! `name` and the strings in `scope` are NUL-terminated. Each also provides,
//! for `syscall!`, `ENOSYS` and `set_errno(value)`.

use core::ffi::c_void;

use crate::symbol::Symbol;

cfg_if::cfg_if! {
    if #[cfg(any(
        target_os = "linux",
        target_os = "android",
        target_os = "macos",
        target_os = "ios",
        target_os = "tvos",
        target_os = "watchos",
        target_os = "visionos",
        target_os = "freebsd",
        target_os = "netbsd",
        target_os = "openbsd",
        target_os = "dragonfly",
        target_os = "illumos",
        target_os = "solaris",
    ))] {
        mod unix;
        use self::unix as backend;
    } else if #[cfg(windows)] {
        mod windows;
        use self::windows as backend;
    } else {
        mod unsupported;
        use self::unsupported as backend;
    }
}

pub(crate) use self::backend::{set_errno, ENOSYS};

/// The one lookup every weak symbol makes: the address of `symbol`, or null.
///
/// Built with `--cfg weaklink_force="missing"`, every symbol is missing, so
/// that a crate's tests can run its fallbacks on a system that has
/// everything.
pub(crate) fn lookup(symbol: &Symbol) -> *mut c_void {
    if cfg!(weaklink_force = "missing") {
        return core::ptr::null_mut();
    }
    // SAFETY: a `Symbol`'s name and scope strings were checked to be
    // NUL-terminated when it was built.
    unsafe { backend::lookup(symbol.scope(), symbol.c_name()) }
}
