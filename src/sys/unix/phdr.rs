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
const PT_DYNAMIC: u32 = 2;
const PT_TLS: u32 = 7;
const PF_R: u32 = 4;

const WORD: usize = core::mem::size_of::<usize>();

/// An `ElfN_Sym`'s size, and where its `st_info` and `st_shndx` are.
#[cfg(target_pointer_width = "64")]
const SYM: (usize, usize, usize) = (24, 4, 6);
#[cfg(target_pointer_width = "32")]
const SYM: (usize, usize, usize) = (16, 12, 14);

/// The word in `bytes`, which are `WORD` long.
fn word(bytes: &[u8]) -> usize {
    let mut word = [0; WORD];
    word.copy_from_slice(bytes);
    usize::from_ne_bytes(word)
}

/// One loaded object, as `dl_iterate_phdr` reports it. An `Object` only
/// exists during the callback, while the loader's records of it are valid
/// and its segments mapped: that is the invariant the `unsafe` blocks of
/// its methods rely on.
struct Object<'a> {
    info: &'a dl_phdr_info,
}

/// A program header's type and flags, and where its segment lies.
struct Segment {
    kind: u32,
    flags: u32,
    start: usize,
    size: usize,
}

/// What the object's dynamic section says, as run-time addresses.
struct Dynamic {
    strtab: usize,
    strsz: usize,
    #[cfg_attr(target_os = "openbsd", allow(dead_code))] // no library scope
    soname: Option<usize>,
    symtab: Option<usize>,
    hash: Option<usize>,
    gnu_hash: Option<usize>,
}

/// The parts of a dynamic symbol that matter here.
struct Sym {
    info: u8,
    shndx: u16,
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
            flags: h.p_flags,
            start: base.wrapping_add(h.p_vaddr as usize),
            size: h.p_memsz as usize,
        })
    }

    /// Whether `len` bytes at `addr` lie within one of the object's
    /// `PT_LOAD` segments that has all of `flags`.
    fn within(&self, addr: usize, len: usize, flags: u32) -> bool {
        self.segments().any(|s| {
            let offset = addr.wrapping_sub(s.start);
            s.kind == PT_LOAD && s.flags & flags == flags && offset < s.size && len <= s.size - offset
        })
    }

    /// Whether `len` bytes at `addr` lie within the object.
    fn contains(&self, addr: usize, len: usize) -> bool {
        self.within(addr, len, 0)
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

    fn u32_at(&self, addr: usize) -> Option<u32> {
        let b = self.bytes(addr, 4)?;
        Some(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn word_at(&self, addr: usize) -> Option<usize> {
        self.bytes(addr, WORD).map(word)
    }

    /// The loader's name for the object: its path as loaded, empty for the
    /// program itself on glibc.
    fn name(&self) -> &'a [u8] {
        // SAFETY: null or NUL-terminated, valid during the callback.
        unsafe { c_bytes(self.info.dlpi_name) }
    }

    /// The object's dynamic section; `None` if it has none, or one that
    /// does not lie in its readable segments.
    fn dynamic(&self) -> Option<Dynamic> {
        const DT_NULL: usize = 0;
        const DT_HASH: usize = 4;
        const DT_STRTAB: usize = 5;
        const DT_SYMTAB: usize = 6;
        const DT_STRSZ: usize = 10;
        const DT_SONAME: usize = 14;
        const DT_GNU_HASH: usize = 0x6fff_fef5;

        let segment = self.segments().find(|s| s.kind == PT_DYNAMIC)?;
        let section = self.bytes(segment.start, segment.size)?;
        let (mut strtab, mut strsz, mut soname) = (None, None, None);
        let (mut symtab, mut hash, mut gnu_hash) = (None, None, None);
        // `ElfN_Dyn`: a word-sized tag and a word-sized value.
        for entry in section.chunks_exact(2 * WORD) {
            let (tag, value) = entry.split_at(WORD);
            let value = word(value);
            match word(tag) {
                DT_NULL => break,
                DT_HASH => hash = Some(value),
                DT_STRTAB => strtab = Some(value),
                DT_SYMTAB => symtab = Some(value),
                DT_STRSZ => strsz = Some(value),
                DT_SONAME => soname = Some(value),
                DT_GNU_HASH => gnu_hash = Some(value),
                _ => {}
            }
        }
        let strsz = strsz?;
        Some(Dynamic {
            strtab: self.run_time(strtab?, strsz)?,
            strsz,
            soname,
            symtab: symtab.and_then(|at| self.run_time(at, SYM.0)),
            hash: hash.and_then(|at| self.run_time(at, 8)),
            gnu_hash: gnu_hash.and_then(|at| self.run_time(at, 16)),
        })
    }

    /// The run-time address of a table that the dynamic section puts at
    /// `at`. glibc rewrites these in place (where the section is
    /// writable); other loaders, and glibc for the vDSO, keep them
    /// relative to the object's base. Whichever lies in the object is the
    /// one.
    fn run_time(&self, at: usize, len: usize) -> Option<usize> {
        let relocated = (self.info.dlpi_addr as usize).wrapping_add(at);
        [at, relocated]
            .into_iter()
            .find(|&at| self.within(at, len, PF_R))
    }

    /// The string at `offset` in the dynamic string table.
    fn string(&self, dynamic: &Dynamic, offset: usize) -> Option<&'a [u8]> {
        let table = self.bytes(dynamic.strtab, dynamic.strsz)?;
        let tail = table.get(offset..)?;
        let end = tail.iter().position(|&b| b == 0)?;
        Some(&tail[..end])
    }

    /// The object's `DT_SONAME`, if it has one.
    #[cfg(not(target_os = "openbsd"))]
    fn soname(&self) -> Option<&'a [u8]> {
        let dynamic = self.dynamic()?;
        self.string(&dynamic, dynamic.soname?)
    }

    /// Whether the object defines `name` as a thread-local (`STT_TLS`)
    /// symbol, from its dynamic symbol table.
    fn defines_thread_local(&self, name: &[u8]) -> bool {
        const STT_TLS: u8 = 6;
        const SHN_UNDEF: u16 = 0;
        // Only an object with thread-local storage has such symbols.
        if !self.segments().any(|s| s.kind == PT_TLS) {
            return false;
        }
        let dynamic = match self.dynamic() {
            Some(dynamic) => dynamic,
            None => return false,
        };
        // A name may be defined more than once, in different versions
        // (`foo@V1`, `foo@@V2`), and not all as the same type: every
        // definition of it is looked at, not only the first one met.
        let thread_local = |s: &Sym| s.info & 0xf == STT_TLS && s.shndx != SHN_UNDEF;
        let symbol = match (dynamic.gnu_hash, dynamic.hash) {
            (Some(table), _) => self.gnu_lookup(&dynamic, table, name, thread_local),
            (None, Some(table)) => self.sysv_lookup(&dynamic, table, name, thread_local),
            (None, None) => None,
        };
        symbol.is_some()
    }

    /// Symbol `index` of the dynamic symbol table, if it is named `name`.
    fn symbol_named(&self, dynamic: &Dynamic, index: u32, name: &[u8]) -> Option<Sym> {
        let (size, info, shndx) = SYM;
        let at = dynamic.symtab?.wrapping_add((index as usize).wrapping_mul(size));
        let s = self.bytes(at, size)?;
        let st_name = u32::from_ne_bytes([s[0], s[1], s[2], s[3]]);
        if self.string(dynamic, st_name as usize)? != name {
            return None;
        }
        Some(Sym {
            info: s[info],
            shndx: u16::from_ne_bytes([s[shndx], s[shndx + 1]]),
        })
    }

    /// The first symbol named `name` that `accept`s, in a `DT_GNU_HASH`
    /// table: a Bloom filter, buckets, and chains of hashes whose low bit
    /// ends the chain.
    fn gnu_lookup(
        &self,
        dynamic: &Dynamic,
        table: usize,
        name: &[u8],
        accept: impl Fn(&Sym) -> bool,
    ) -> Option<Sym> {
        let bits = WORD * 8;
        let hash = name
            .iter()
            .fold(5381u32, |h, &c| h.wrapping_mul(33).wrapping_add(u32::from(c)));
        let buckets = self.u32_at(table)?;
        let first = self.u32_at(table.wrapping_add(4))?;
        let bloom_size = self.u32_at(table.wrapping_add(8))? as usize;
        let shift = self.u32_at(table.wrapping_add(12))?;
        if buckets == 0 || bloom_size == 0 {
            return None;
        }
        let bloom = table.wrapping_add(16);
        let word = (hash as usize / bits) % bloom_size;
        let filter = self.word_at(bloom.wrapping_add(word.wrapping_mul(WORD)))?;
        let second = hash.checked_shr(shift).unwrap_or(0) as usize;
        let mask = (1usize << (hash as usize % bits)) | (1usize << (second % bits));
        if filter & mask != mask {
            return None;
        }
        let bucket = bloom.wrapping_add(bloom_size.wrapping_mul(WORD));
        let chain = bucket.wrapping_add((buckets as usize).wrapping_mul(4));
        let mut index = self.u32_at(bucket.wrapping_add(((hash % buckets) as usize).wrapping_mul(4)))?;
        if index < first {
            return None;
        }
        loop {
            let at = chain.wrapping_add(((index - first) as usize).wrapping_mul(4));
            let chained = self.u32_at(at)?;
            if chained | 1 == hash | 1 {
                if let Some(symbol) = self.symbol_named(dynamic, index, name) {
                    if accept(&symbol) {
                        return Some(symbol);
                    }
                }
            }
            if chained & 1 == 1 {
                return None;
            }
            index = index.checked_add(1)?;
        }
    }

    /// The first symbol named `name` that `accept`s, in a System V
    /// `DT_HASH` table: buckets and chains of symbol indexes.
    fn sysv_lookup(
        &self,
        dynamic: &Dynamic,
        table: usize,
        name: &[u8],
        accept: impl Fn(&Sym) -> bool,
    ) -> Option<Sym> {
        let hash = name.iter().fold(0u32, |h, &c| {
            let h = (h << 4).wrapping_add(u32::from(c));
            let high = h & 0xf000_0000;
            (h ^ (high >> 24)) & !high
        });
        // The table's words, in order: the bucket count, the symbol count,
        // the buckets, the chains. They are 4 bytes wide, 8 on s390x.
        const ENTRY: usize = if cfg!(target_arch = "s390x") { 8 } else { 4 };
        let entry = |i: usize| -> Option<u32> {
            let at = table.wrapping_add(i.wrapping_mul(ENTRY));
            if ENTRY == 8 {
                // s390x is 64-bit: a word.
                self.word_at(at).map(|w| w as u32)
            } else {
                self.u32_at(at)
            }
        };
        let buckets = entry(0)?;
        let symbols = entry(1)?;
        if buckets == 0 {
            return None;
        }
        let chain = 2 + buckets as usize;
        let mut index = entry(2 + (hash % buckets) as usize)?;
        // At most one step per symbol: a damaged chain cannot loop.
        for _ in 0..symbols {
            if index == 0 || index >= symbols {
                return None;
            }
            if let Some(symbol) = self.symbol_named(dynamic, index, name) {
                if accept(&symbol) {
                    return Some(symbol);
                }
            }
            index = entry(chain.wrapping_add(index as usize))?;
        }
        None
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

/// Whether `addr`, the answer for `name`, may be cached: no loaded object
/// defines `name` as a thread-local (`STT_TLS`) symbol (`dlsym` then
/// answers with the calling thread's copy, wherever the C library put it),
/// `addr` lies in a loaded object, and with `pin`, that object cannot be
/// unloaded any more. One walk of the loaded objects does it all.
pub(super) fn settle(addr: *mut c_void, name: &[u8], pin: bool) -> bool {
    let addr = addr as usize;
    let (mut thread_local, mut found, mut first) = (false, false, true);
    let (mut named, mut copied) = (false, false);
    let mut path = PathCopy::new();
    each_object(|object| {
        if object.defines_thread_local(name) {
            thread_local = true;
            return true;
        }
        if found {
            return false;
        }
        if object.contains(addr, 1) {
            found = true;
            let path_name = object.name();
            named = !path_name.is_empty();
            copied = path.set(path_name);
        } else {
            first = false;
        }
        false
    });
    if thread_local || !found {
        // A thread's own copy of a thread-local variable, or, in no
        // object, an absolute symbol's value.
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
