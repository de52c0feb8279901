//! ELF systems with `dl_iterate_phdr`: the loaded objects' segments, paths
//! and sonames, read without any system call.

use core::ffi::c_void;
use core::{ptr, slice};

use libc::{c_int, dl_phdr_info};

#[cfg(not(target_os = "openbsd"))]
use super::file_name;
use super::{c_bytes, PathCopy};
#[cfg(not(target_os = "openbsd"))]
use crate::symbol::text;

const PT_LOAD: u32 = 1;
#[cfg(not(target_os = "openbsd"))]
const PT_DYNAMIC: u32 = 2;
#[cfg(not(target_os = "openbsd"))]
const DT_NULL: isize = 0;
#[cfg(not(target_os = "openbsd"))]
const DT_STRTAB: isize = 5;
#[cfg(not(target_os = "openbsd"))]
const DT_STRSZ: isize = 10;
#[cfg(not(target_os = "openbsd"))]
const DT_SONAME: isize = 14;

/// An entry of a dynamic section (`ElfN_Dyn`): a signed word-sized tag
/// and a word-sized value, on 32- and 64-bit ELF alike.
#[cfg(not(target_os = "openbsd"))]
#[repr(C)]
#[derive(Clone, Copy)]
struct Dyn {
    tag: isize,
    val: usize,
}

/// The `PT_LOAD` ranges of one object: `(start, length)` pairs.
///
/// # Safety
///
/// `info` is what `dl_iterate_phdr` passed to its callback.
unsafe fn loads(info: &dl_phdr_info) -> impl Iterator<Item = (usize, usize)> + '_ {
    let headers = if info.dlpi_phdr.is_null() {
        &[]
    } else {
        // SAFETY: the loader's program headers for this object,
        // `dlpi_phnum` of them, readable during the callback.
        unsafe { slice::from_raw_parts(info.dlpi_phdr, usize::from(info.dlpi_phnum)) }
    };
    let base = info.dlpi_addr as usize;
    headers.iter().filter_map(move |h| {
        if h.p_type == PT_LOAD {
            Some((base.wrapping_add(h.p_vaddr as usize), h.p_memsz as usize))
        } else {
            None
        }
    })
}

/// Whether `len` bytes at `addr` lie within one of the object's
/// `PT_LOAD` ranges.
///
/// # Safety
///
/// As for [`loads`].
unsafe fn inside(info: &dl_phdr_info, addr: usize, len: usize) -> bool {
    // SAFETY: the caller's contract.
    unsafe { loads(info) }.any(|(start, size)| {
        let offset = addr.wrapping_sub(start);
        offset < size && len <= size - offset
    })
}

/// The object's `DT_SONAME`, if it has one.
#[cfg(not(target_os = "openbsd"))]
///
/// # Safety
///
/// As for [`loads`]; the answer is only valid during the callback.
unsafe fn soname(info: &dl_phdr_info) -> Option<&[u8]> {
    if info.dlpi_phdr.is_null() {
        return None;
    }
    // SAFETY: as in `loads`.
    let headers = unsafe { slice::from_raw_parts(info.dlpi_phdr, usize::from(info.dlpi_phnum)) };
    let dynamic = headers.iter().find(|h| h.p_type == PT_DYNAMIC)?;
    let base = info.dlpi_addr as usize;
    let mut entry = base.wrapping_add(dynamic.p_vaddr as usize) as *const Dyn;
    let (mut strtab, mut strsz, mut offset) = (None, None, None);
    loop {
        // SAFETY: the object's dynamic section, mapped, aligned and
        // ended by DT_NULL.
        let d = unsafe { entry.read() };
        match d.tag {
            DT_NULL => break,
            DT_STRTAB => strtab = Some(d.val),
            DT_STRSZ => strsz = Some(d.val),
            DT_SONAME => offset = Some(d.val),
            _ => {}
        }
        // SAFETY: not past DT_NULL yet.
        entry = unsafe { entry.add(1) };
    }
    let (strtab, strsz, offset) = (strtab?, strsz?, offset?);
    if offset >= strsz {
        return None;
    }
    // glibc rewrites DT_STRTAB in place to the run-time address (where
    // the section is writable); other loaders, and glibc for the vDSO,
    // keep the address relative to the object's base. Whichever lies
    // in the object is the one.
    // SAFETY: the object's own headers.
    let strtab = if unsafe { inside(info, strtab, strsz) } {
        strtab
    // SAFETY: as above.
    } else if unsafe { inside(info, base.wrapping_add(strtab), strsz) } {
        base.wrapping_add(strtab)
    } else {
        return None;
    };
    // SAFETY: the string table, `strsz` bytes, lies in the object.
    let table = unsafe { slice::from_raw_parts(strtab as *const u8, strsz) };
    let name = &table[offset..];
    let end = name.iter().position(|&b| b == 0)?;
    Some(&name[..end])
}

/// What the search for the object containing an address reports.
struct Containing {
    addr: usize,
    found: bool,
    first: bool,
    path: PathCopy,
    named: bool,
}

unsafe extern "C" fn containing(info: *mut dl_phdr_info, _size: usize, data: *mut c_void) -> c_int {
    // SAFETY: `data` is the `Containing` passed below, used by nothing
    // else meanwhile; `info` is valid during the callback.
    let (find, info) = unsafe { (&mut *data.cast::<Containing>(), &*info) };
    // SAFETY: `info` comes from dl_iterate_phdr.
    if !unsafe { inside(info, find.addr, 1) } {
        find.first = false;
        return 0;
    }
    find.found = true;
    // SAFETY: the loader's name for the object, valid during the callback.
    let name = unsafe { c_bytes(info.dlpi_name) };
    find.named = !name.is_empty() && find.path.set(name);
    1
}

/// Whether `addr` may be cached: it lies in a loaded object, and with
/// `pin`, that object cannot be unloaded any more.
///
/// # Safety
///
/// None beyond the loader's.
pub(super) unsafe fn settle(addr: *mut c_void, pin: bool) -> bool {
    let mut find = Containing {
        addr: addr as usize,
        found: false,
        first: true,
        path: PathCopy::new(),
        named: false,
    };
    // SAFETY: the callback matches dl_iterate_phdr's contract and
    // `find` outlives the call.
    unsafe { libc::dl_iterate_phdr(Some(containing), ptr::addr_of_mut!(find).cast()) };
    if !find.found {
        // In no object: a thread's own copy of a thread-local variable,
        // or an absolute symbol's value.
        return false;
    }
    if !pin || find.first {
        // The first object listed is the program itself (on Android,
        // the linker), which is never unloaded.
        return true;
    }
    // Objects the loader lists without a name cannot be named to
    // `dlopen`; on glibc that is only the program itself.
    // SAFETY: a NUL-terminated copy of the path.
    !find.named || unsafe { super::pin(&find.path) }
}

/// What the search for a library by name reports.
#[cfg(not(target_os = "openbsd"))]
struct Named<'a> {
    want: &'a [u8],
    found: bool,
    path: PathCopy,
}

#[cfg(not(target_os = "openbsd"))]
unsafe extern "C" fn named(info: *mut dl_phdr_info, _size: usize, data: *mut c_void) -> c_int {
    // SAFETY: `data` is the `Named` passed below, used by nothing else
    // meanwhile; `info` is valid during the callback.
    let (find, info) = unsafe { (&mut *data.cast::<Named>(), &*info) };
    // SAFETY: the loader's name for the object, valid during the callback.
    let path = unsafe { c_bytes(info.dlpi_name) };
    if path.is_empty() {
        return 0;
    }
    let hit = if find.want.contains(&b'/') {
        path == find.want
    } else {
        // SAFETY: `info` comes from dl_iterate_phdr.
        file_name(path) == find.want || unsafe { soname(info) } == Some(find.want)
    };
    if !hit {
        return 0;
    }
    find.found = find.path.set(path);
    1
}

/// A handle for `library` if it is already loaded, else null, with no
/// file-system call when it is not.
///
/// # Safety
///
/// None beyond the loader's.
#[cfg(not(target_os = "openbsd"))]
pub(super) unsafe fn open_loaded(library: &[u8]) -> *mut c_void {
    let mut find = Named {
        want: text(library).as_bytes(),
        found: false,
        path: PathCopy::new(),
    };
    // SAFETY: the callback matches dl_iterate_phdr's contract and
    // `find` outlives the call.
    unsafe { libc::dl_iterate_phdr(Some(named), ptr::addr_of_mut!(find).cast()) };
    if !find.found {
        return ptr::null_mut();
    }
    // The loader's own record of the path: matched among the loaded
    // objects, never searched for. RTLD_NOLOAD: if it was unloaded
    // meanwhile, it stays unloaded.
    // SAFETY: a NUL-terminated copy.
    unsafe { libc::dlopen(find.path.as_ptr(), libc::RTLD_NOLOAD | libc::RTLD_LAZY) }
}

/// OpenBSD: the `libc` crate has no `RTLD_NOLOAD` for it, and a lookup
/// must never load a library, so a library scope finds nothing there.
#[cfg(target_os = "openbsd")]
pub(super) unsafe fn open_loaded(_library: &[u8]) -> *mut c_void {
    ptr::null_mut()
}
