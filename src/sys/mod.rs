//! Platform backends. Each one provides the same function:
//!
//! ```text
//! /// The address of `name` in the default scope, or null.
//! unsafe fn lookup(name: *const u8) -> *mut c_void;
//! ```
//!
//! `name` points to a NUL-terminated [`SymbolName`](crate::SymbolName).

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
        pub(crate) use self::unix::lookup;
    } else {
        mod unsupported;
        pub(crate) use self::unsupported::lookup;
    }
}
