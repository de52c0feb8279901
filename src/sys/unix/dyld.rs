//! The Apple platforms: the dyld image list, instead of `dl_iterate_phdr`.

use core::ffi::c_void;
use core::ptr;

use super::{c_bytes, open_path, same_image, PathCopy};
use crate::symbol::text;

// <mach-o/dyld.h>, in libSystem. Declared here: the `libc` crate has
// them too, deprecated in favour of another crate.
extern "C" {
    fn _dyld_get_image_name(image_index: u32) -> *const libc::c_char;
}

/// A handle for `library` if it is already loaded, else null, with no
/// file-system call when it is not.
///
/// The image list may change while it is read (dyld does not lock it
/// for its readers): a name is copied as soon as it matches.
pub(super) fn open_loaded(library: &[u8]) -> *mut c_void {
    let want = text(library).as_bytes();
    let mut path = PathCopy::new();
    for index in 0.. {
        // SAFETY: dyld answers null for an index past the end of its list,
        // else the image's NUL-terminated path, valid while the image stays
        // loaded (nothing holds it meanwhile: see "On the Apple platforms"
        // in `unix.rs`).
        let name = unsafe {
            let name = _dyld_get_image_name(index);
            if name.is_null() {
                break;
            }
            c_bytes(name)
        };
        if !name.is_empty() && same_image(want, name) {
            if !path.set(name) {
                return ptr::null_mut();
            }
            return open_path(&path);
        }
    }
    ptr::null_mut()
}
