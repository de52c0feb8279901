//! Platform backends. Each one provides the same function:
//!
//! ```text
//! /// The address of `name` in `scope`, or null.
//! unsafe fn lookup(scope: &Scope, name: *const u8) -> *mut c_void;
//! ```
//!
//! `name` and the strings in `scope` are NUL-terminated.
//!
//! and, for `syscall!`, `ENOSYS` and `set_errno(value)`.

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
        pub(crate) use self::unix::{lookup, set_errno, ENOSYS};
    } else if #[cfg(windows)] {
        mod windows;
        pub(crate) use self::windows::{lookup, set_errno, ENOSYS};
    } else {
        mod unsupported;
        pub(crate) use self::unsupported::{lookup, set_errno, ENOSYS};
    }
}
