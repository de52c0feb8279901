//! Where there is no `dl_iterate_phdr` (the Apple platforms, Solaris and
//! illumos other than x86): `dladdr` says which image an address is in.

use core::ffi::c_void;
use core::mem;

use super::{c_bytes, Home, PathCopy};
#[cfg(not(target_vendor = "apple"))]
use crate::symbol::text;

/// Where the answer `addr` lies; the path of its image goes to `path`, if
/// given, when that is [`Home::Named`]. No thread-local block is reported here: a
/// thread's copy lies in no image, and an Apple `__thread` variable's
/// answer is its descriptor, the same for every thread.
pub(super) fn locate(addr: *mut c_void, path: Option<&mut PathCopy>) -> Home {
    // SAFETY: `Dl_info` is a plain C struct, for which all zeroes is a
    // valid value; dladdr only reads the address and fills `info` in, and
    // where it succeeds `dli_fname` is the loader's name for the image,
    // null or NUL-terminated, valid while the image stays loaded (on the
    // Apple platforms nothing holds it meanwhile: see "On the Apple
    // platforms" in `unix.rs`).
    let name = unsafe {
        let mut info: libc::Dl_info = mem::zeroed();
        if libc::dladdr(addr, &mut info) == 0 {
            None
        } else {
            Some(c_bytes(info.dli_fname))
        }
    };
    let name = match name {
        Some(name) => name,
        // In no image: a thread's own copy of a thread-local variable, or
        // an absolute symbol's value.
        None => return Home::Refused,
    };
    if name.is_empty() {
        Home::Fixed
    } else if path.map_or(true, |path| path.set(name)) {
        Home::Named
    } else {
        Home::Refused
    }
}

/// A handle for `library` if it is already loaded, else null. The name
/// goes to `dlopen(RTLD_NOLOAD)` as it is: the loader may search for it.
#[cfg(not(target_vendor = "apple"))]
pub(super) fn open_loaded_by_name(library: &[u8]) -> *mut c_void {
    let mut name = PathCopy::new();
    if name.set(text(library).as_bytes()) {
        super::open_noload(&name)
    } else {
        core::ptr::null_mut()
    }
}
