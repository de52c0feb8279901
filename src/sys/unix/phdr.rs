//! ELF systems with `dl_iterate_phdr`: the loaded objects' segments, paths
//! and sonames, read without any system call.

use core::ffi::c_void;
use core::{ptr, slice};

use libc::{c_int, dl_phdr_info};

use super::{c_bytes, PathCopy};
#[cfg(not(target_os = "openbsd"))]
use super::{file_name, open_path};
#[cfg(not(target_os = "openbsd"))]
use crate::symbol::text;

const PT_LOAD: u32 = 1;
#[cfg(not(target_os = "openbsd"))]
const PT_DYNAMIC: u32 = 2;

/// One loaded object, as `dl_iterate_phdr` reports it. An `Object` only
/// exists during the callback, while the loader's records of it are valid:
/// that is the invariant the `unsafe` blocks of its methods rely on.
struct Object<'a> {
    info: &'a dl_phdr_info,
}

/// A program header's type, and where its segment lies in memory.
struct Segment {
    kind: u32,
    start: usize,
    size: usize,
}

impl<'a> Object<'a> {
    /// The object's segments, from its program headers.
    fn segments(&self) -> impl Iterator<Item = Segment> + 'a {
        let info = self.info;
        let headers = if info.dlpi_phdr.is_null() {
            &[]
        } else {
            // SAFETY: the loader's program headers for this object,
            // `dlpi_phnum` of them, readable during the callback.
            unsafe { slice::from_raw_parts(info.dlpi_phdr, usize::from(info.dlpi_phnum)) }
        };
        let base = info.dlpi_addr as usize;
        headers.iter().map(move |h| Segment {
            kind: h.p_type,
            start: base.wrapping_add(h.p_vaddr as usize),
            size: h.p_memsz as usize,
        })
    }

    /// Whether `len` bytes at `addr` lie within one of the object's
    /// `PT_LOAD` segments.
    fn contains(&self, addr: usize, len: usize) -> bool {
        self.segments().any(|s| {
            let offset = addr.wrapping_sub(s.start);
            s.kind == PT_LOAD && offset < s.size && len <= s.size - offset
        })
    }

    /// The loader's name for the object: its path as loaded, empty for the
    /// program itself on glibc.
    fn name(&self) -> &'a [u8] {
        // SAFETY: null or NUL-terminated, valid during the callback.
        unsafe { c_bytes(self.info.dlpi_name) }
    }

    /// The object's `DT_SONAME`, if it has one.
    #[cfg(not(target_os = "openbsd"))]
    fn soname(&self) -> Option<&'a [u8]> {
        // `ElfN_Dyn`: a signed word-sized tag and a word-sized value, on
        // 32- and 64-bit ELF alike.
        #[repr(C)]
        struct Dyn {
            tag: isize,
            val: usize,
        }
        const DT_NULL: isize = 0;
        const DT_STRTAB: isize = 5;
        const DT_STRSZ: isize = 10;
        const DT_SONAME: isize = 14;

        let dynamic = self.segments().find(|s| s.kind == PT_DYNAMIC)?;
        let (mut strtab, mut strsz, mut offset) = (None, None, None);
        let mut entry = dynamic.start as *const Dyn;
        // SAFETY: the object's dynamic section: mapped, aligned, and ended
        // by a DT_NULL entry, past which nothing is read.
        unsafe {
            loop {
                let d = entry.read();
                match d.tag {
                    DT_NULL => break,
                    DT_STRTAB => strtab = Some(d.val),
                    DT_STRSZ => strsz = Some(d.val),
                    DT_SONAME => offset = Some(d.val),
                    _ => {}
                }
                entry = entry.add(1);
            }
        }
        let (strtab, strsz, offset) = (strtab?, strsz?, offset?);
        if offset >= strsz {
            return None;
        }
        // glibc rewrites DT_STRTAB in place to the run-time address (where
        // the section is writable); other loaders, and glibc for the vDSO,
        // keep the address relative to the object's base. Whichever lies
        // in the object is the one.
        let relocated = (self.info.dlpi_addr as usize).wrapping_add(strtab);
        let strtab = [strtab, relocated]
            .into_iter()
            .find(|&at| self.contains(at, strsz))?;
        // SAFETY: the string table, `strsz` bytes within a loaded segment.
        let table = unsafe { slice::from_raw_parts(strtab as *const u8, strsz) };
        let name = &table[offset..];
        let end = name.iter().position(|&b| b == 0)?;
        Some(&name[..end])
    }
}

/// Shows each loaded object to `visit`, in load order (the program first),
/// until `visit` returns true. `visit` must not panic: it is called from C.
fn each_object<F: FnMut(&Object<'_>) -> bool>(mut visit: F) {
    unsafe extern "C" fn callback<F: FnMut(&Object<'_>) -> bool>(
        info: *mut dl_phdr_info,
        _size: usize,
        data: *mut c_void,
    ) -> c_int {
        // SAFETY: `data` is the `visit` passed below, used by nothing else
        // meanwhile; `info` is valid during the callback.
        let (visit, info) = unsafe { (&mut *data.cast::<F>(), &*info) };
        c_int::from(visit(&Object { info }))
    }
    // SAFETY: the callback matches dl_iterate_phdr's contract, and `visit`
    // outlives the call.
    unsafe { libc::dl_iterate_phdr(Some(callback::<F>), ptr::addr_of_mut!(visit).cast()) };
}

/// Whether `addr` may be cached: it lies in a loaded object, and with
/// `pin`, that object cannot be unloaded any more.
pub(super) fn settle(addr: *mut c_void, pin: bool) -> bool {
    let addr = addr as usize;
    let (mut found, mut first, mut named, mut copied) = (false, true, false, false);
    let mut path = PathCopy::new();
    each_object(|object| {
        if !object.contains(addr, 1) {
            first = false;
            return false;
        }
        found = true;
        let name = object.name();
        named = !name.is_empty();
        copied = path.set(name);
        true
    });
    if !found {
        // In no object: a thread's own copy of a thread-local variable,
        // or an absolute symbol's value.
        return false;
    }
    // The first object listed is the program itself (on Android, the
    // linker), which is never unloaded. Objects the loader lists without a
    // name cannot be named to `dlopen`; on glibc that is only the program.
    // A path too long to copy cannot be pinned: the answer is refused.
    !pin || first || !named || (copied && super::pin(&path))
}

/// A handle for `library` if it is already loaded, else null, with no
/// file-system call when it is not.
#[cfg(not(target_os = "openbsd"))]
pub(super) fn open_loaded(library: &[u8]) -> *mut c_void {
    let want = text(library).as_bytes();
    let mut path = PathCopy::new();
    let mut found = false;
    each_object(|object| {
        let name = object.name();
        let hit = !name.is_empty()
            && if want.contains(&b'/') {
                name == want
            } else {
                file_name(name) == want || object.soname() == Some(want)
            };
        if hit {
            found = path.set(name);
        }
        hit
    });
    // The loader's own record of the path: matched among the loaded
    // objects, never searched for. If it was unloaded meanwhile, it stays
    // unloaded.
    if found {
        open_path(&path)
    } else {
        ptr::null_mut()
    }
}

/// OpenBSD: the `libc` crate has no `RTLD_NOLOAD` for it, and a lookup
/// must never load a library, so a library scope finds nothing there.
#[cfg(target_os = "openbsd")]
pub(super) fn open_loaded(_library: &[u8]) -> *mut c_void {
    ptr::null_mut()
}
