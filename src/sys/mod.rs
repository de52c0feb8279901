//! Platform backends, one file per family, each with the same function:
//!
//! ```text
//! /// The address of `symbol`, or null.
//! fn lookup(symbol: &Symbol) -> *mut c_void;
//! ```
//!
//! A `Symbol`'s name and scope strings are NUL-terminated (checked when it
//! was built), which the backends rely on when they hand them to the
//! loader. Each also provides, for `syscall!`, `ENOSYS` and
//! `set_errno(value)`.

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
///
/// Never inlined: the slow paths that call it stay small, so that the
/// answer to a cached miss costs no stack frame.
#[inline(never)]
pub(crate) fn lookup(symbol: &Symbol) -> *mut c_void {
    if cfg!(weaklink_force = "missing") {
        return core::ptr::null_mut();
    }
    backend::lookup(symbol)
}
