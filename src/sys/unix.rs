//! Unix: `dlsym`, `dlopen(RTLD_NOLOAD)` and, where the C library has it,
//! `dlvsym`, plus the checks that make a found answer safe to cache.
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
//!
//! # What a found answer must satisfy
//!
//! Everything here runs once per symbol, on the first lookup, in one walk
//! of the loaded objects after the loader's answer; a cached answer is
//! never checked again. Nothing here reads a loader table by hand but the
//! dynamic section's `DT_SONAME` (for the `library` scope's name match),
//! inside the object's readable segments.
//!
//! - **It is no thread's own copy.** `dlsym` of a thread-local (`STT_TLS`)
//!   symbol, such as glibc's `errno` or a library's `__thread` variable,
//!   answers with the *calling thread's* copy: caching it would hand every
//!   other thread the first thread's variable, and freed memory once that
//!   thread exits. `dl_iterate_phdr` reports, for each object, where the
//!   calling thread's copy of its thread-local storage lies
//!   (`dlpi_tls_data`, `PT_TLS` bytes long): an answer inside any object's
//!   block is refused, wherever the block lies (in the thread's static
//!   area, in musl's main-thread block in its `.bss`, in memory that an
//!   interposed `malloc` serves from inside a loaded object). Where the C
//!   library does not report the block (OpenBSD, illumos, 32-bit Solaris,
//!   uClibc, Android before 11), the next rule catches a thread's copy
//!   unless an allocator placed it inside a loaded object.
//! - **It lies in a loaded object.** An answer outside every loaded
//!   object's segments is refused: a thread's copy of a thread-local
//!   variable again (the only check on the Apple platforms and on
//!   Solaris/illumos other than x86, where `dladdr` says whether the
//!   address is in an image), an absolute symbol (whose value is no address
//!   in the object) and, with `dl_iterate_phdr`, a symbol that marks the
//!   end of a segment, such as `_end`. A null answer (an absolute symbol of
//!   value 0, an IFUNC whose resolver returns null) is a miss like any
//!   other. An Apple `__thread` variable's `dlsym` answer is its descriptor
//!   in the image, which is the same for every thread, and is not refused.
//! - **It never dangles.** In the `library` scope the handle from `dlopen`
//!   is kept for the life of the process. In the default scope on glibc,
//!   `dlsym(RTLD_DEFAULT, ..)` itself keeps the answer's object loaded for
//!   as long as the object asking (the one this code, and so the cache, is
//!   compiled into): glibc records a dependency on it, or, when the asker
//!   can never be unloaded, marks it never to be unloaded. Elsewhere, and
//!   in the `next` scope everywhere, the object that defines the answer is
//!   pinned: `dlopen(its path, RTLD_NOLOAD | RTLD_LAZY)` takes one more
//!   reference, which is never given back, so a later `dlclose` by the
//!   program cannot unload it. The first object the loader lists (the
//!   program itself, which is never unloaded) and objects without a name
//!   are not pinned; an answer whose object cannot be pinned is refused.
//!   Not pinned at all: musl, whose `dlclose` never unloads anything, and
//!   OpenBSD, for which the `libc` crate has no `RTLD_NOLOAD` (there a
//!   `dlclose` can still unload a library under a `next`- or default-scope
//!   answer). One answer is kept loaded by nobody, weaklink or the C
//!   library: an IFUNC whose resolver returns a function of a library its
//!   own object does not depend on (and that the program may unload) in the
//!   default scope on glibc or the `library` scope. glibc's own sources
//!   call such resolvers undefined: the program's direct calls through the
//!   same IFUNC dangle just as well.
//! - **It comes from the object the loader meant.** Between the loader's
//!   answer and the pin, another thread may unload the object and load
//!   another at the same address. So the pinned object is asked for the
//!   name again (`dlsym` on the handle the pin took, whose search starts
//!   with the object itself), and the answer is kept only if it is the
//!   same address; otherwise the reference is given back and the answer
//!   refused. On glibc the default scope cannot be raced this way: the
//!   object is kept loaded by the lookup itself.
//! - **A path is never reopened.** The pin and the `library` scope hand
//!   `dlopen` the path the loader recorded, which finds the loaded object
//!   by name. If the object was unloaded meanwhile, glibc opens that path
//!   to compare its file with the loaded ones; a relative path then names
//!   whatever the current directory holds. So a relative recorded path
//!   (`dlopen("./x.so")`) is never handed to `dlopen`: an answer in such an
//!   object is refused in the `next` scope (and in the default scope where
//!   it is pinned), and the `library` scope does not match it. An absolute
//!   path is the file the loader itself loaded the object from: if another
//!   thread unloads the object in that window, glibc opens that file again
//!   to compare it with the loaded objects, finds none, and the answer is
//!   refused (so the "no file-system call" promise of the `library` scope
//!   holds for a library that is not loaded, not for one being unloaded
//!   at the moment of the lookup); a bare name
//!   (glibc's record of the vDSO, `linux-vdso.so.1`) is an object the
//!   loader did not load from a file and never unloads, found by that
//!   name.
//! - **`library = ".."` never touches the file system** when the library is
//!   not loaded. `dlopen(name, RTLD_NOLOAD)` alone would search
//!   `LD_LIBRARY_PATH` and the like, opening (and reading, or blocking on) a
//!   file planted there. So the loaded objects are asked first, without any
//!   system call: `dl_iterate_phdr` gives each object's path and, through
//!   its dynamic section, its `DT_SONAME`. A name with a `/` matches an
//!   object whose path is exactly that string (as the loader recorded it);
//!   a name without one matches the path's last component or the soname.
//!   The first match in load order wins, and only then is `dlopen` called,
//!   with that object's recorded path, so the loader finds it among the
//!   loaded objects without searching. (musl, given a path, still opens the
//!   file to compare it with the loaded ones: an existing, loaded library.)
//!   The program itself, when the loader lists it without a name (glibc), is
//!   never a match. The path is the one the loader recorded, the string the
//!   library was loaded by: through a symbolic link, the link's path; a
//!   library without a soname is matched by that path only. The handle's
//!   `dlsym` then searches the library and its dependencies, in the
//!   loader's order, as for any handle. On the Apple platforms the same is
//!   done with the dyld image list (a path matches the image's path, also
//!   with a framework's `Versions/X/` left out; a name without `/` matches
//!   its last component). On Solaris/illumos other than x86 the name goes
//!   to `dlopen(RTLD_NOLOAD)` as it is. OpenBSD has no `library` scope.
//!
//! Each rule, and the test that shows it (in `tests/`; the races are made
//! deterministic by a preloaded `dl_iterate_phdr`):
//!
//! | rule | tests |
//! |---|---|
//! | no thread's own copy | `trust.rs`: `thread_local_*` (glibc's `errno`, a library's `__thread`, the copy inside a loaded object, versioned and neighbouring names) |
//! | in a loaded object | `trust.rs`: `symbols_that_are_no_address_are_missing` |
//! | never dangles | `trust.rs`: `*_scope_answer_survives_dlclose`; `loader_races.rs`: `default_answer_cannot_be_replaced` |
//! | from the object the loader meant | `loader_races.rs`: `next_answer_replaced_at_the_same_address_is_refused` |
//! | a path never reopened | `loader_races.rs`: `*_never_reopens_a_relative_path` |
//! | `library` touches no file | `trust.rs`: `library_scope_never_opens_a_planted_file`, `library_scope_makes_no_file_system_call`; `scopes.rs`: `library_scope_never_loads_a_library` |
//! | no table can stall a lookup | `trust.rs`: `damaged_hash_table_does_not_stall_a_lookup` |
//!
//! A loaded object's path is copied out of the loader's list (up to
//! 4095 bytes; a longer one is never matched, and an answer in such an
//! object is refused where it would be pinned) before `dlopen` is called,
//! so a library unloaded meanwhile by another thread leaves nothing
//! dangling here: that `dlopen` then fails and the answer is refused.
//!
//! On the Apple platforms that holds for the path once copied, but not
//! while it is read: dyld hands out an image's path (`dladdr`,
//! `_dyld_get_image_name`) without a lock or a reference, and frees it when
//! the image is unloaded. A lookup that reads the path of an image that
//! another thread unloads at that very moment reads freed memory. No public
//! dyld call closes this window; it needs a `dlclose` of the very image the
//! lookup is reading about, racing the first `get()` of a symbol found in
//! it (or of a `library` scope naming an image listed before it). Resolve
//! such symbols while nothing unloads images.
//!
//! # The thread's `dlerror()` state
//!
//! `dlsym` and `dlopen` record their failures in a per-thread `dlerror()`
//! state, and on most C libraries a successful call clears it: a message
//! the program had not yet read would be lost or replaced either way, and
//! there is no portable way to put it back. So every lookup ends with a call
//! to `dlerror()`, and after a lookup, found or missing, `dlerror()` returns
//! null. Read a pending message before the first `get()` of a symbol.
//! (glibc formats a miss's message with `malloc`, and that last `dlerror()`
//! call may allocate too.)
//!
//! # Allocator interposers
//!
//! A lookup may allocate: glibc's `dlsym` formats a miss's message with
//! `malloc`, and the other calls here (`dlopen` to pin an object,
//! `dlerror`) may allocate too. A lookup made from inside an interposed
//! `malloc` thus re-enters that `malloc`; if it looks up again there (a
//! `get()` on a symbol not cached yet, which is still the case while the
//! first lookup runs), it recurses until the stack overflows. With glibc
//! 2.36, a lookup of a missing symbol does this, and one of a symbol that
//! is found did not allocate; nothing promises either. The pattern that is
//! safe whatever the loader does:
//!
//! - resolve everything the allocator needs before it can be called: an
//!   ELF constructor (a function in `.init_array`) of the interposer runs
//!   before the program's own code;
//! - inside the allocator, only `get_cached()`, which never looks up;
//! - serve what is allocated before that (by the loader at start-up, and
//!   by the constructor's own lookups) from a static buffer that `free`
//!   recognises and ignores, and resolve `malloc` last, so that nothing the
//!   lookups allocate goes to a `free` not resolved yet.
//!
//! `examples/malloc-interpose` does exactly this; `tests/malloc_interpose.rs`
//! runs a Rust program and `sort` under it, and shows the recursion with a
//! lookup of a missing symbol from inside its `malloc`.

use core::ffi::c_void;
use core::mem::MaybeUninit;
use core::ptr;

use crate::symbol::{Place, Symbol};

#[cfg(not(target_os = "android"))]
const RTLD_NEXT: *mut c_void = libc::RTLD_NEXT;
// bionic: `(void*) -1L` on LP64, `(void*) 0xfffffffe` on 32-bit targets.
#[cfg(all(target_os = "android", target_pointer_width = "64"))]
const RTLD_NEXT: *mut c_void = -1isize as *mut c_void;
#[cfg(all(target_os = "android", target_pointer_width = "32"))]
const RTLD_NEXT: *mut c_void = -2isize as *mut c_void;

/// The address of `symbol`, or null.
pub(crate) fn lookup(symbol: &Symbol) -> *mut c_void {
    let addr = find(symbol);
    // Leave the thread's dlerror() state empty, whatever the calls above
    // left there (see the module docs).
    // (Miri, which runs the missing path in tests, has no dlerror.)
    if !cfg!(miri) {
        // SAFETY: dlerror takes nothing and only touches this thread's state.
        unsafe { libc::dlerror() };
    }
    addr
}

/// Whether the C library's `dlsym(RTLD_DEFAULT, ..)` itself keeps the
/// object of its answer loaded: glibc records that the calling object (the
/// one holding this code, and so the cache) depends on it, or marks it
/// never to be unloaded when the caller cannot be. Elsewhere it is pinned
/// here.
const DEFAULT_SCOPE_PINNED_BY_LOADER: bool = cfg!(all(target_os = "linux", target_env = "gnu"));

/// [`lookup`], without the final `dlerror()`.
fn find(symbol: &Symbol) -> *mut c_void {
    // `opened`: a handle of our own, which already keeps the library (and
    // what it depends on) loaded; `pin_it`: a pseudo-handle's answer whose
    // object must be pinned here.
    let (handle, opened, pin_it) = match symbol.scope().place {
        Place::Default => (libc::RTLD_DEFAULT, false, !DEFAULT_SCOPE_PINNED_BY_LOADER),
        Place::Next => (RTLD_NEXT, false, true),
        Place::Library(library) => {
            // Only a library that is already loaded gets a handle: nothing
            // is ever loaded here.
            let handle = open_loaded(library);
            if handle.is_null() {
                return ptr::null_mut();
            }
            (handle, true, false)
        }
    };
    let addr = ask(handle, symbol);
    let keep = !addr.is_null() && {
        // The path is copied only to pin its object.
        let mut path = if pin_it { Some(PathCopy::new()) } else { None };
        match locate(addr, path.as_mut()) {
            Home::Refused => false,
            Home::Fixed => true,
            Home::Named => path.map_or(true, |path| pin(&path, symbol, addr)),
        }
    };
    if !keep && opened {
        // Nothing points into the library: give back the reference that
        // `dlopen` took. When something does, the reference is kept for the
        // life of the process, so the library cannot be unloaded under it.
        close(handle);
    }
    if keep {
        addr
    } else {
        ptr::null_mut()
    }
}

/// `dlsym` (or `dlvsym`, with a version) of `symbol` in `handle`. Only
/// glibc, FreeBSD and NetBSD have `dlvsym`: elsewhere a versioned symbol is
/// never found.
fn ask(handle: *mut c_void, symbol: &Symbol) -> *mut c_void {
    let name = symbol.c_name().cast();
    // SAFETY: a valid handle or pseudo-handle, and the symbol's name and
    // version, which are NUL-terminated. The dl* functions are thread-safe
    // on every target of this backend.
    unsafe {
        match symbol.scope().version {
            None => libc::dlsym(handle, name),
            #[cfg(any(
                all(target_os = "linux", target_env = "gnu"),
                target_os = "freebsd",
                target_os = "netbsd"
            ))]
            Some(version) => libc::dlvsym(handle, name, version.as_ptr().cast()),
            #[cfg(not(any(
                all(target_os = "linux", target_env = "gnu"),
                target_os = "freebsd",
                target_os = "netbsd"
            )))]
            Some(_) => ptr::null_mut(),
        }
    }
}

/// Gives back a reference that `dlopen` took.
fn close(handle: *mut c_void) {
    // SAFETY: `handle` came from `dlopen`, and the caller never uses it
    // again.
    unsafe { libc::dlclose(handle) };
}

/// Where a found answer lies, as the list of loaded objects says.
enum Home {
    /// Nowhere it may be cached from: a thread's own copy of a
    /// thread-local variable, or no loaded object (an absolute symbol), or
    /// an object whose path is too long to copy.
    Refused,
    /// In an object that is never unloaded: the program itself, or one the
    /// loader lists without a name.
    Fixed,
    /// In an object with a name: its path, which [`locate`] copied if
    /// asked to.
    Named,
}

/// Room for a loaded object's path, NUL included.
const PATH_ROOM: usize = 4096;

/// A loaded object's path, copied out of the loader's list so that it stays
/// readable even if the object is unloaded meanwhile. Always a C string:
/// empty until [`set`](PathCopy::set) succeeds. Only the bytes up to the
/// NUL are ever written or read: the rest is left uninitialised, so that
/// making one costs nothing.
struct PathCopy {
    bytes: [MaybeUninit<u8>; PATH_ROOM],
    reopenable: bool,
}

impl PathCopy {
    fn new() -> Self {
        let mut bytes = [MaybeUninit::uninit(); PATH_ROOM];
        bytes[0] = MaybeUninit::new(0);
        PathCopy {
            bytes,
            reopenable: false,
        }
    }

    /// Copies `path` (without its NUL); false if it does not fit.
    fn set(&mut self, path: &[u8]) -> bool {
        if path.len() >= PATH_ROOM {
            return false;
        }
        for (to, &byte) in self.bytes.iter_mut().zip(path) {
            *to = MaybeUninit::new(byte);
        }
        self.bytes[path.len()] = MaybeUninit::new(0);
        // A path from the root, or a bare name: the loader records one
        // only for an object it did not load from a file (the vDSO), which
        // is never unloaded. Not a relative path.
        self.reopenable = path.first() == Some(&b'/') || !path.contains(&b'/');
        true
    }

    /// The C string.
    #[cfg_attr(target_os = "openbsd", allow(dead_code))] // no dlopen there
    fn as_ptr(&self) -> *const libc::c_char {
        self.bytes.as_ptr().cast()
    }
}

/// `dlopen(name, RTLD_NOLOAD | RTLD_LAZY)`: one more reference on the
/// loaded object of that name, or null. Never loads anything, but a name
/// the loader does not find among the loaded objects it looks for in the
/// file system (glibc opens a path to compare its file's identity with
/// theirs).
#[cfg(not(target_os = "openbsd"))] // no RTLD_NOLOAD there
fn open_noload(name: &PathCopy) -> *mut c_void {
    // SAFETY: a C string (a `PathCopy` always holds one).
    unsafe { libc::dlopen(name.as_ptr(), libc::RTLD_NOLOAD | libc::RTLD_LAZY) }
}

/// [`open_noload`] of a path copied from the loader's list, unless it is
/// a relative path: that names another file once the process has changed
/// its directory, and the loader would open that file if the object were
/// unloaded meanwhile.
#[cfg(not(target_os = "openbsd"))]
fn open_path(path: &PathCopy) -> *mut c_void {
    if !path.reopenable {
        return ptr::null_mut();
    }
    open_noload(path)
}

/// The bytes of a C string, without its NUL; empty for a null pointer.
///
/// # Safety
///
/// `s` is null or points to a NUL-terminated string that outlives `'a`.
unsafe fn c_bytes<'a>(s: *const libc::c_char) -> &'a [u8] {
    if s.is_null() {
        return &[];
    }
    // SAFETY: NUL-terminated, by the caller's contract, so the `strlen`
    // bytes before the NUL are readable.
    unsafe { core::slice::from_raw_parts(s.cast(), libc::strlen(s)) }
}

/// The last component of a path.
// Unused where no library is matched by name (OpenBSD, and Solaris/illumos
// other than x86).
#[allow(dead_code)]
fn file_name(path: &[u8]) -> &[u8] {
    match path.iter().rposition(|&b| b == b'/') {
        Some(slash) => &path[slash + 1..],
        None => path,
    }
}

cfg_if::cfg_if! {
    if #[cfg(any(target_os = "openbsd", all(target_os = "linux", target_env = "musl")))] {
        /// Nothing to do: musl's `dlclose` never unloads anything, and for
        /// OpenBSD the `libc` crate has no `RTLD_NOLOAD` (see the module
        /// docs).
        fn pin(_path: &PathCopy, _symbol: &Symbol, _addr: *mut c_void) -> bool {
            true
        }
    } else {
        /// Takes a reference, never given back, on the loaded object at
        /// `path`, which held the answer `addr` for `symbol` when the list
        /// was read. False if the loader does not know the object (any
        /// more), or if the object it now knows by that path is not where
        /// `addr` comes from: if another thread unloaded the object after
        /// the lookup and loaded another at the same address, the answer
        /// is refused, never cached.
        fn pin(path: &PathCopy, symbol: &Symbol, addr: *mut c_void) -> bool {
            let handle = open_path(path);
            if handle.is_null() {
                return false;
            }
            // Held, the object cannot go away: ask it for the name. Its own
            // definition comes first in its handle's search.
            if ask(handle, symbol) == addr {
                // The handle is leaked on purpose: it is the pin.
                return true;
            }
            close(handle);
            false
        }
    }
}

// Which loaded objects there are, and which one holds an address.
cfg_if::cfg_if! {
    if #[cfg(target_vendor = "apple")] {
        // `dladdr`, and dyld's image list.
        mod by_dladdr;
        mod dyld;
        use self::by_dladdr::locate;
        use self::dyld::open_loaded;
    } else if #[cfg(all(
        any(target_os = "illumos", target_os = "solaris"),
        not(any(target_arch = "x86", target_arch = "x86_64"))
    ))] {
        // No `dl_iterate_phdr` in the `libc` crate for these: `dladdr`,
        // and `dlopen(RTLD_NOLOAD)` by name.
        mod by_dladdr;
        use self::by_dladdr::{locate, open_loaded_by_name as open_loaded};
    } else {
        // `dl_iterate_phdr` finds the loaded objects.
        mod phdr;
        use self::phdr::{locate, open_loaded};
    }
}

/// Whether a `library = ".."` name means the dyld image at `image`: the
/// same path, or the same path but for a framework's `Versions/X/` (the
/// path a framework's symbolic link resolves to), or, for a name without a
/// `/`, the path's last component.
#[cfg(any(all(test, not(target_os = "openbsd")), target_vendor = "apple"))]
fn same_image(want: &[u8], image: &[u8]) -> bool {
    if !want.contains(&b'/') {
        return file_name(image) == want;
    }
    if want == image {
        return true;
    }
    const VERSIONS: &[u8] = b".framework/Versions/";
    let at = match image.windows(VERSIONS.len()).position(|w| w == VERSIONS) {
        Some(at) => at,
        None => return false,
    };
    let head = &image[..at + b".framework/".len()];
    let rest = &image[at + VERSIONS.len()..];
    let rest = match rest.iter().position(|&b| b == b'/') {
        Some(slash) => &rest[slash + 1..],
        None => return false,
    };
    want.len() == head.len() + rest.len() && want.starts_with(head) && want.ends_with(rest)
}

/// `ENOSYS`, for `syscall!`.
pub(crate) const ENOSYS: libc::c_int = libc::ENOSYS;

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

/// The C library's function that locates the calling thread's `errno`.
pub(crate) const ERRNO: super::ErrnoLocation = Some(errno_location);

#[cfg(test)]
mod tests {
    use super::{file_name, same_image};

    #[test]
    fn file_names() {
        assert_eq!(file_name(b"/lib/x86_64-linux-gnu/libc.so.6"), b"libc.so.6");
        assert_eq!(file_name(b"libc.so.6"), b"libc.so.6");
        assert_eq!(file_name(b"/"), b"");
    }

    #[test]
    fn dyld_image_names() {
        let security = b"/System/Library/Frameworks/Security.framework/Versions/A/Security";
        assert!(same_image(security, security));
        assert!(same_image(
            b"/System/Library/Frameworks/Security.framework/Security",
            security
        ));
        assert!(same_image(b"Security", security));
        assert!(!same_image(
            b"/System/Library/Frameworks/Security.framework/Other",
            security
        ));
        assert!(!same_image(
            b"/Library/Frameworks/Security.framework/Security",
            security
        ));
        assert!(!same_image(b"Versions/A/Security", security));
        let system = b"/usr/lib/libSystem.B.dylib";
        assert!(same_image(system, system));
        assert!(same_image(b"libSystem.B.dylib", system));
        assert!(!same_image(b"/usr/lib/libSystem.dylib", system));
    }
}
