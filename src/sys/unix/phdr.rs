//! ELF systems with `dl_iterate_phdr`: the loaded objects' segments,
//! thread-local blocks, paths and sonames, read without any system call.

// OpenBSD has no `RTLD_NOLOAD`: no library is matched by name there, and
// what only that needs is unused.
#![cfg_attr(target_os = "openbsd", allow(dead_code))]

use core::ffi::c_void;
use core::{mem, ptr, slice};

use libc::{c_int, dl_phdr_info};

use super::{c_bytes, Home, PathCopy};
#[cfg(not(target_os = "openbsd"))]
use super::{file_name, open_path};
#[cfg(not(target_os = "openbsd"))]
use crate::symbol::text;

const PT_LOAD: u32 = 1;
const PT_DYNAMIC: u32 = 2;
const PT_TLS: u32 = 7;
const PF_R: u32 = 4;

const WORD: usize = mem::size_of::<usize>();

#[cfg(not(target_pointer_width = "64"))]
use libc::Elf32_Phdr as Phdr;
#[cfg(target_pointer_width = "64")]
use libc::Elf64_Phdr as Phdr;

/// One loaded object, as `dl_iterate_phdr` reports it. An `Object` only
/// exists during the callback, while the loader's records of it are valid
/// and its segments mapped: that is the invariant `bytes` and `name` rely
/// on.
struct Object<'a> {
    /// Where it is loaded (`dlpi_addr`): what its addresses are relative to.
    base: usize,
    /// The loader's name for it (`dlpi_name`): null or NUL-terminated.
    name: *const libc::c_char,
    /// Its program headers.
    headers: &'a [Phdr],
    /// The calling thread's block of its thread-local storage
    /// (`dlpi_tls_data`, where the loader reports it), or 0.
    thread_block: usize,
}

/// A program header's type and flags, and where its segment lies.
struct Segment {
    kind: u32,
    flags: u32,
    start: usize,
    size: usize,
}

impl<'a> Object<'a> {
    /// The object's segments, from its program headers.
    fn segments(&self) -> impl Iterator<Item = Segment> + 'a {
        let base = self.base;
        self.headers.iter().map(move |h| Segment {
            kind: h.p_type,
            flags: h.p_flags,
            start: base.wrapping_add(h.p_vaddr as usize),
            size: h.p_memsz as usize,
        })
    }

    /// The loader's name for the object: its path as loaded; empty for the
    /// program itself on glibc. (Not read in the callback: few callers
    /// need it, and its length costs a `strlen`.)
    fn name(&self) -> &'a [u8] {
        // SAFETY: null or NUL-terminated, valid during the callback.
        unsafe { c_bytes(self.name) }
    }

    /// Whether `len` bytes at `addr` lie within one of the object's
    /// `PT_LOAD` segments that has all of `flags`.
    fn within(&self, addr: usize, len: usize, flags: u32) -> bool {
        self.segments().any(|s| {
            let offset = addr.wrapping_sub(s.start);
            s.kind == PT_LOAD
                && s.flags & flags == flags
                && offset < s.size
                && len <= s.size - offset
        })
    }

    /// The `len` bytes at `addr`, if they lie in one readable segment.
    fn bytes(&self, addr: usize, len: usize) -> Option<&'a [u8]> {
        if !self.within(addr, len, PF_R) {
            return None;
        }
        // SAFETY: the loader maps each `PT_LOAD` segment whole, and keeps
        // it mapped during the callback; this one is readable.
        Some(unsafe { slice::from_raw_parts(addr as *const u8, len) })
    }

    /// The object's `DT_SONAME`, if it has one, from its dynamic section
    /// and string table (where they lie in its readable segments).
    #[cfg(not(target_os = "openbsd"))]
    fn soname(&self) -> Option<&'a [u8]> {
        const DT_NULL: usize = 0;
        const DT_STRTAB: usize = 5;
        const DT_STRSZ: usize = 10;
        const DT_SONAME: usize = 14;

        let segment = self.segments().find(|s| s.kind == PT_DYNAMIC)?;
        let section = self.bytes(segment.start, segment.size)?;
        let (mut strtab, mut strsz, mut soname) = (None, None, None);
        // `ElfN_Dyn`: a word-sized tag and a word-sized value.
        for entry in section.chunks_exact(2 * WORD) {
            let (tag, value) = entry.split_at(WORD);
            let value = word(value);
            match word(tag) {
                DT_NULL => break,
                DT_STRTAB => strtab = Some(value),
                DT_STRSZ => strsz = Some(value),
                DT_SONAME => soname = Some(value),
                _ => {}
            }
        }
        let (strtab, strsz) = (strtab?, strsz?);
        // glibc rewrites `DT_STRTAB` to a run-time address in place (where
        // the section is writable); other loaders, and glibc for the vDSO,
        // keep it relative to the object's base. Whichever lies in the
        // object is the one.
        let relocated = self.base.wrapping_add(strtab);
        let table = self
            .bytes(strtab, strsz)
            .or_else(|| self.bytes(relocated, strsz))?;
        let tail = table.get(soname?..)?;
        Some(&tail[..tail.iter().position(|&b| b == 0)?])
    }
}

/// The word in `bytes`, which are `WORD` long.
#[cfg(not(target_os = "openbsd"))]
fn word(bytes: &[u8]) -> usize {
    let mut word = [0; WORD];
    word.copy_from_slice(bytes);
    usize::from_ne_bytes(word)
}

cfg_if::cfg_if! {
    if #[cfg(any(
        all(target_os = "linux", not(target_env = "uclibc")),
        target_os = "android",
        target_os = "freebsd",
        target_os = "dragonfly",
        target_os = "netbsd",
        all(target_os = "solaris", target_arch = "x86_64"),
    ))] {
        /// `thread_block!(info, size)`: the `dlpi_tls_data` of the record
        /// at `info` (a raw pointer), read in place, if the loader filled
        /// in `size` bytes that reach it (older loaders, Android before 11,
        /// stop before the thread-local fields); else 0.
        macro_rules! thread_block {
            ($info:expr, $size:expr) => {
                if $size >= mem::size_of::<dl_phdr_info>() {
                    ptr::addr_of!((*$info).dlpi_tls_data).read() as usize
                } else {
                    0
                }
            };
        }
    } else {
        /// The `libc` crate has no `dlpi_tls_data` here: a thread's copy is
        /// refused only for lying in no loaded object.
        macro_rules! thread_block {
            ($info:expr, $size:expr) => {
                {
                    let _ = $size;
                    0
                }
            };
        }
    }
}

/// Shows each loaded object to `visit`, in load order (the program first),
/// until `visit` returns true. `visit` must not panic: it is called from C.
fn each_object<F: FnMut(&Object<'_>) -> bool>(mut visit: F) {
    unsafe extern "C" fn callback<F: FnMut(&Object<'_>) -> bool>(
        info: *mut dl_phdr_info,
        size: usize,
        data: *mut c_void,
    ) -> c_int {
        // SAFETY: `data` is the `visit` passed below, used by nothing else
        // meanwhile. During the callback the loader keeps the record at
        // `info` valid, with its `dlpi_phnum` program headers. Its fields
        // are read in place, no reference to the whole record is made: an
        // older loader's record is shorter than the `libc` crate's, and
        // only the fields within `size` bytes are read.
        let (visit, object) = unsafe {
            let phdr = ptr::addr_of!((*info).dlpi_phdr).read();
            let phnum = ptr::addr_of!((*info).dlpi_phnum).read();
            let object = Object {
                base: ptr::addr_of!((*info).dlpi_addr).read() as usize,
                name: ptr::addr_of!((*info).dlpi_name).read(),
                headers: if phdr.is_null() {
                    &[]
                } else {
                    slice::from_raw_parts(phdr, usize::from(phnum))
                },
                thread_block: thread_block!(info, size),
            };
            (&mut *data.cast::<F>(), object)
        };
        c_int::from(visit(&object))
    }
    // SAFETY: the callback matches dl_iterate_phdr's contract, and `visit`
    // outlives the call.
    unsafe { libc::dl_iterate_phdr(Some(callback::<F>), ptr::addr_of_mut!(visit).cast()) };
}

/// Where the answer `addr` lies, in one walk of the loaded objects; the
/// path of its object goes to `path`, if given, when that is
/// [`Home::Named`].
pub(super) fn locate(addr: *mut c_void, mut path: Option<&mut PathCopy>) -> Home {
    let addr = addr as usize;
    let mut home = None;
    let mut index = 0;
    each_object(|object| {
        index += 1;
        // Every object is asked whether `addr` is in its thread-local
        // block: with an allocator that serves memory from inside a loaded
        // object, the block can lie in another object's segment.
        let block = object.thread_block;
        let in_block = block != 0 && addr >= block;
        // No segment of an object lies below its base.
        let may_hold = home.is_none();
        if !in_block && !may_hold {
            return false;
        }
        let mut holds = false;
        for s in object.segments() {
            // The end of the block too: a symbol of size 0 there (an end
            // marker) is a per-thread address as well.
            if s.kind == PT_TLS && in_block && addr - block <= s.size {
                home = Some(Home::Refused);
                return true;
            }
            holds |= may_hold && s.kind == PT_LOAD && addr.wrapping_sub(s.start) < s.size;
            if holds && !in_block {
                break;
            }
        }
        if holds {
            let name = object.name();
            home = Some(if index == 1 || name.is_empty() {
                // The program (on Android, the linker) is listed first and
                // never unloaded; glibc lists only it without a name.
                Home::Fixed
            } else if path.as_mut().map_or(true, |path| path.set(name)) {
                Home::Named
            } else {
                Home::Refused
            });
        }
        false
    });
    // In no object: an absolute symbol's value, or a thread's copy of a
    // thread-local variable where the loader does not report the block.
    home.unwrap_or(Home::Refused)
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
    // objects, never searched for.
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
