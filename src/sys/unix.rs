//! Unix: `dlsym`, `dlopen(RTLD_NOLOAD)` and, where the C library has it,
//! `dlvsym`.
//!
//! The pseudo-handles are different magic values on different systems
//! (`RTLD_DEFAULT` is 0 on glibc, musl and 64-bit Android, -1 on 32-bit
//! Android, -2 on the Apple platforms, the BSDs and illumos/Solaris), so they
//! come from the `libc` crate, never from a literal here; the one exception,
//! Android's `RTLD_NEXT`, which the `libc` crate does not define, is spelled
//! out below from bionic's `<dlfcn.h>`.
//!
//! Statically linked musl has a `dlsym` that always fails, so every lookup
//! there is a miss.

use core::ffi::c_void;
use core::ptr;

use crate::symbol::{Place, Scope};

#[cfg(not(target_os = "android"))]
const RTLD_NEXT: *mut c_void = libc::RTLD_NEXT;
// bionic: `(void*) -1L` on LP64, `(void*) 0xfffffffe` on 32-bit targets.
#[cfg(all(target_os = "android", target_pointer_width = "64"))]
const RTLD_NEXT: *mut c_void = -1isize as *mut c_void;
#[cfg(all(target_os = "android", target_pointer_width = "32"))]
const RTLD_NEXT: *mut c_void = -2isize as *mut c_void;

/// The address of `name` in `scope`, or null.
///
/// # Safety
///
/// `name` must point to a NUL-terminated string, and so must every string
/// in `scope`.
pub(crate) unsafe fn lookup(scope: &Scope, name: *const u8) -> *mut c_void {
    let (handle, opened) = match scope.place {
        Place::Default => (libc::RTLD_DEFAULT, false),
        Place::Next => (RTLD_NEXT, false),
        Place::Library(library) => {
            // SAFETY: `library` is NUL-terminated. RTLD_NOLOAD only returns
            // a handle for a library that is already loaded: nothing is ever
            // loaded here.
            let handle = unsafe { open_loaded(library.as_ptr()) };
            if handle.is_null() {
                return ptr::null_mut();
            }
            (handle, true)
        }
    };
    // SAFETY: a valid handle or pseudo-handle, and NUL-terminated strings.
    // The dl* functions are thread-safe on every target of this backend.
    let addr = unsafe {
        match scope.version {
            None => libc::dlsym(handle, name.cast()),
            Some(version) => versioned(handle, name, version.as_ptr()),
        }
    };
    if addr.is_null() && opened {
        // Nothing points into the library: give back the reference that
        // `dlopen` took. When something does, the reference is kept for the
        // life of the process, so the library cannot be unloaded under it.
        // SAFETY: `handle` came from `dlopen` and is not used again.
        unsafe { libc::dlclose(handle) };
    }
    addr
}

cfg_if::cfg_if! {
    if #[cfg(target_os = "openbsd")] {
        /// OpenBSD: the `libc` crate has no `RTLD_NOLOAD` for it, and a
        /// lookup must never load a library, so a library scope finds
        /// nothing there.
        unsafe fn open_loaded(_library: *const u8) -> *mut c_void {
            ptr::null_mut()
        }
    } else {
        /// A handle for `library` if it is already loaded, else null.
        ///
        /// # Safety
        ///
        /// `library` must be NUL-terminated.
        unsafe fn open_loaded(library: *const u8) -> *mut c_void {
            // SAFETY: the caller's contract.
            unsafe { libc::dlopen(library.cast(), libc::RTLD_NOLOAD | libc::RTLD_LAZY) }
        }
    }
}

cfg_if::cfg_if! {
    if #[cfg(any(
        all(target_os = "linux", target_env = "gnu"),
        target_os = "freebsd",
        target_os = "netbsd"
    ))] {
        /// `dlvsym(handle, name, version)`, where the C library has it.
        ///
        /// # Safety
        ///
        /// As for `dlsym`, and `version` must be NUL-terminated.
        unsafe fn versioned(handle: *mut c_void, name: *const u8, version: *const u8) -> *mut c_void {
            // SAFETY: the caller's contract.
            unsafe { libc::dlvsym(handle, name.cast(), version.cast()) }
        }
    } else {
        /// No `dlvsym` here: a versioned symbol is never found.
        unsafe fn versioned(_handle: *mut c_void, _name: *const u8, _version: *const u8) -> *mut c_void {
            ptr::null_mut()
        }
    }
}

/// `ENOSYS`, for `syscall!`.
pub(crate) const ENOSYS: libc::c_int = libc::ENOSYS;

/// Sets the calling thread's `errno`.
pub(crate) fn set_errno(value: libc::c_int) {
    cfg_if::cfg_if! {
        if #[cfg(any(target_os = "linux", target_os = "dragonfly"))] {
            use libc::__errno_location as errno_location;
        } else if #[cfg(any(target_os = "android", target_os = "netbsd", target_os = "openbsd"))] {
            use libc::__errno as errno_location;
        } else if #[cfg(any(target_vendor = "apple", target_os = "freebsd"))] {
            use libc::__error as errno_location;
        } else {
            use libc::___errno as errno_location;
        }
    }
    // SAFETY: the C library returns a valid pointer to this thread's errno.
    unsafe { *errno_location() = value };
}
