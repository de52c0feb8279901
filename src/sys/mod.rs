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

/// Defines `__weaklink_if_unix_loader! { { YES } else { NO } }`, which
/// expands to `YES` on the systems listed and to `NO` elsewhere. `$d` is a
/// `$`, for the inner macro's own metavariables.
macro_rules! if_unix_loader {
    ($d:tt $($system:meta),* $(,)?) => {
        #[cfg(any($($system),*))]
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __weaklink_if_unix_loader {
            ({ $d($d yes:tt)* } else { $d($d no:tt)* }) => { $d($d yes)* };
        }
        #[cfg(not(any($($system),*)))]
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __weaklink_if_unix_loader {
            ({ $d($d yes:tt)* } else { $d($d no:tt)* }) => { $d($d no)* };
        }
    };
}

// The systems with a Unix dynamic loader (`dlsym`, ELF or Mach-O), listed
// once: they get the `unix` backend here, and `extern_weak` binds weak
// references on them (in the crate that declares one, through the macro).
if_unix_loader! {$
    target_vendor = "apple",
    target_os = "linux",
    target_os = "android",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly",
    target_os = "illumos",
    target_os = "solaris",
}

__weaklink_if_unix_loader! {
    {
        mod unix;
        use self::unix as backend;
    } else {
        cfg_if::cfg_if! {
            if #[cfg(windows)] {
                mod windows;
                use self::windows as backend;
            } else {
                mod unsupported;
                use self::unsupported as backend;
            }
        }
    }
}

pub(crate) use self::backend::ENOSYS;

/// The C library's function that returns where the calling thread's
/// `errno` is, if this crate knows one for the target.
type ErrnoLocation = Option<unsafe extern "C" fn() -> *mut i32>;

/// Sets the calling thread's `errno`, where there is one.
pub(crate) fn set_errno(value: i32) {
    if let Some(errno_location) = backend::ERRNO {
        // SAFETY: the C library's own function, which returns a valid
        // pointer to the calling thread's `errno`.
        unsafe { *errno_location() = value };
    }
}

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
    let addr = if cfg!(weaklink_force = "missing") {
        core::ptr::null_mut()
    } else {
        backend::lookup(symbol)
    };
    // No object lies at address 1: such an answer (an absolute symbol of
    // that value) is missing, for every caller alike. (The cache also uses
    // 1 for "missing".)
    if addr as usize == 1 {
        core::ptr::null_mut()
    } else {
        addr
    }
}
