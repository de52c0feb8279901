//! What to look up: a symbol's name, and where to look for it.

use core::fmt;
use core::mem;

/// Where a symbol is looked up: the loaded objects to search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// Every loaded object, in load order (`RTLD_DEFAULT`).
    Default,
    /// The objects loaded after the one making the lookup (`RTLD_NEXT`).
    Next,
    /// One library, only if it is already loaded. NUL-terminated.
    Library(&'static [u8]),
}

/// Where to look, and which version of the symbol to ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Scope {
    pub(crate) place: Place,
    /// A symbol version such as `GLIBC_2.2.5`, NUL-terminated.
    pub(crate) version: Option<&'static [u8]>,
}

/// A symbol to look up: its name, checked when it is built, and where to
/// look for it.
///
/// `N` is the length of the name including its trailing NUL. Build one in a
/// `const` or `static`, where a bad name is a compile error:
///
/// ```
/// use weaklink::Symbol;
///
/// static PIPE2: Symbol<6> = Symbol::new(b"pipe2\0");
/// assert_eq!(PIPE2.name(), "pipe2");
/// ```
///
/// ```compile_fail
/// // No trailing NUL: the static fails to evaluate.
/// static PIPE2: weaklink::Symbol<5> = weaklink::Symbol::new(b"pipe2");
/// ```
///
/// By default a symbol is looked up in every object loaded in the process;
/// [`next`](Symbol::next), [`in_library`](Symbol::in_library) and
/// [`with_version`](Symbol::with_version) narrow that. The
/// [`weak!`](crate::weak) macro builds symbols for you, with
/// `#[weaklink(...)]` attributes for the same choices.
///
/// The name is stored right after the scope, and a [`WeakFn`](crate::WeakFn)
/// keeps one thin pointer to the whole record. The record is aligned to at
/// least 2, which leaves the pointer's low bit free for the cache's state.
#[repr(C, align(2))]
pub struct Symbol<const N: usize> {
    scope: Scope,
    name: [u8; N],
}

/// Where the name starts in every `Symbol<N>`: right after the scope
/// (`repr(C)`, and a byte array needs no padding).
pub(crate) const NAME_OFFSET: usize = mem::size_of::<Scope>();

impl<const N: usize> Symbol<N> {
    /// The symbol `name` (NUL-terminated), looked up in every loaded object.
    ///
    /// # Panics
    ///
    /// If the name is empty, does not end with exactly one NUL byte (it must
    /// end with one and contain no other), or is not UTF-8. Evaluated in a
    /// `const` or `static`, that panic is a compile error.
    pub const fn new(name: &[u8; N]) -> Self {
        check_c_string(name);
        Symbol {
            scope: Scope {
                place: Place::Default,
                version: None,
            },
            name: *name,
        }
    }

    /// Builds a symbol from `name` (without its NUL) by appending the NUL.
    /// `N` must be `name.len() + 1`. Used by the macros.
    #[doc(hidden)]
    pub const fn from_str_without_nul(name: &str) -> Self {
        let src = name.as_bytes();
        if src.len() + 1 != N {
            panic!("weaklink: internal error: symbol name length mismatch");
        }
        let mut bytes = [0u8; N];
        let mut i = 0;
        while i < src.len() {
            bytes[i] = src[i];
            i += 1;
        }
        Self::new(&bytes)
    }

    /// Looks the symbol up in the objects loaded *after* the one that asks,
    /// as `dlsym(RTLD_NEXT, name)` does: the definition an interposer
    /// (an `LD_PRELOAD` library defining the same function) forwards to.
    ///
    /// The object that asks is the one weaklink is linked into, normally
    /// your `cdylib` or executable.
    ///
    /// ```
    /// # #[cfg(unix)] {
    /// use weaklink::{Symbol, WeakFn};
    ///
    /// // In an LD_PRELOAD library that defines its own `open`, the real one.
    /// static NEXT_OPEN: WeakFn<unsafe extern "C" fn(*const libc::c_char, libc::c_int, ...) -> libc::c_int> =
    ///     WeakFn::new(&Symbol::new(b"open\0").next());
    /// # let _ = NEXT_OPEN.get();
    /// # }
    /// ```
    ///
    /// # Platform-specific behaviour
    ///
    /// Unix only. On Windows, where nothing like it exists, building such a
    /// symbol in a `static` is a compile error.
    pub const fn next(mut self) -> Self {
        if cfg!(windows) {
            panic!("weaklink: the `next` scope (RTLD_NEXT) does not exist on Windows");
        }
        self.scope.place = Place::Next;
        self
    }

    /// Looks the symbol up in `library` only, and only if the process has
    /// already loaded it: the library is never loaded by the lookup.
    ///
    /// `library` is NUL-terminated and is matched the way the platform
    /// matches an already-loaded library: on Unix by
    /// `dlopen(library, RTLD_NOLOAD | RTLD_LAZY)` (a file name such as
    /// `b"libssl.so.3\0"`, its soname, or a path), on Windows by
    /// `GetModuleHandleExW`. When the symbol is found there, the library's
    /// handle is kept for the life of the process, so the library stays
    /// loaded under the cached pointer; when it is not, the handle is given
    /// back.
    ///
    /// ```
    /// use weaklink::{Symbol, WeakFn};
    ///
    /// // OpenSSL's ALPN call, only if the process already has libssl loaded.
    /// static SET_ALPN: WeakFn<unsafe extern "C" fn(*mut libc::c_void, *const u8, libc::c_uint) -> libc::c_int> =
    ///     WeakFn::new(&Symbol::new(b"SSL_CTX_set_alpn_protos\0").in_library(b"libssl.so.3\0"));
    ///
    /// // This test program does not load libssl, and the lookup never does.
    /// assert!(SET_ALPN.get().is_none());
    /// ```
    ///
    /// # Panics
    ///
    /// If `library` is empty, not NUL-terminated, contains another NUL or is
    /// not UTF-8; in a `static`, a compile error.
    pub const fn in_library(mut self, library: &'static [u8]) -> Self {
        check_c_string(library);
        self.scope.place = Place::Library(library);
        self
    }

    /// Asks for one version of a versioned symbol, such as
    /// `b"GLIBC_2.2.5\0"`, as `dlvsym` does.
    ///
    /// Combines with [`next`](Symbol::next) and
    /// [`in_library`](Symbol::in_library).
    ///
    /// ```
    /// # #[cfg(unix)] {
    /// use weaklink::{Symbol, WeakFn};
    ///
    /// type Memcpy = unsafe extern "C" fn(*mut u8, *const u8, usize) -> *mut u8;
    /// // x86_64 glibc's first memcpy, which tolerated overlapping buffers.
    /// static MEMCPY_OLD: WeakFn<Memcpy> =
    ///     WeakFn::new(&Symbol::new(b"memcpy\0").with_version(b"GLIBC_2.2.5\0"));
    ///
    /// if cfg!(all(target_arch = "x86_64", target_env = "gnu")) {
    ///     assert!(MEMCPY_OLD.get().is_some());
    /// }
    /// # }
    /// ```
    ///
    /// # Platform-specific behaviour
    ///
    /// Looked up with `dlvsym` where the C library has it: glibc, FreeBSD
    /// and NetBSD. On other Unix systems such a symbol is never found. On
    /// Windows, which has no symbol versions, building one in a `static` is
    /// a compile error.
    ///
    /// # Panics
    ///
    /// If `version` is empty, not NUL-terminated, contains another NUL or
    /// is not UTF-8; in a `static`, a compile error.
    pub const fn with_version(mut self, version: &'static [u8]) -> Self {
        if cfg!(windows) {
            panic!("weaklink: symbol versions do not exist on Windows");
        }
        check_c_string(version);
        self.scope.version = Some(version);
        self
    }

    /// The name, without its trailing NUL.
    pub fn name(&self) -> &str {
        // SAFETY: `check_c_string` accepted these bytes: UTF-8 ending in
        // exactly one NUL.
        unsafe { str_until_nul(self.name.as_ptr()) }
    }
}

impl<const N: usize> fmt::Debug for Symbol<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_symbol(f, "Symbol", self.name(), &self.scope).finish()
    }
}

/// Starts a `Debug` struct with a symbol's name and, unless they are the
/// defaults, its scope and version.
pub(crate) fn debug_symbol<'a, 'b>(
    f: &'a mut fmt::Formatter<'b>,
    type_name: &str,
    name: &str,
    scope: &Scope,
) -> fmt::DebugStruct<'a, 'b> {
    let mut d = f.debug_struct(type_name);
    d.field("name", &name);
    match scope.place {
        Place::Default => {}
        Place::Next => {
            d.field("scope", &format_args!("next"));
        }
        Place::Library(lib) => {
            d.field("library", &trim_nul(lib));
        }
    }
    if let Some(version) = scope.version {
        d.field("version", &trim_nul(version));
    }
    d
}

/// A checked C string's text, without its NUL.
fn trim_nul(s: &'static [u8]) -> &'static str {
    // SAFETY: every such string passed `check_c_string`.
    unsafe { str_until_nul(s.as_ptr()) }
}

/// Panics (a compile error in a `static`) unless `bytes` is a non-empty,
/// UTF-8 string with exactly one NUL, at its end.
const fn check_c_string(bytes: &[u8]) {
    let n = bytes.len();
    if n < 2 {
        panic!("weaklink: a symbol, library or version name must not be empty; write b\"name\\0\"");
    }
    if bytes[n - 1] != 0 {
        panic!("weaklink: a symbol, library or version name must end with a NUL byte; write b\"name\\0\"");
    }
    let mut i = 0;
    while i < n - 1 {
        if bytes[i] == 0 {
            panic!("weaklink: a symbol, library or version name must not contain a NUL byte before its end");
        }
        i += 1;
    }
    if core::str::from_utf8(bytes).is_err() {
        panic!("weaklink: a symbol, library or version name must be UTF-8");
    }
}

/// The text from `p` up to its NUL.
///
/// # Safety
///
/// `p` must point to a string that passed `check_c_string` and lives for
/// `'a`.
pub(crate) unsafe fn str_until_nul<'a>(p: *const u8) -> &'a str {
    let mut len = 0;
    // SAFETY: the string ends with a NUL (checked when it was built), so the
    // scan stays inside it.
    while unsafe { *p.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: `len` bytes from `p` are inside the string and are UTF-8
    // (checked when it was built; a NUL byte never splits a UTF-8 sequence).
    unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, len)) }
}

/// A `Symbol<N>` seen through a thin pointer, whatever its `N`.
#[derive(Clone, Copy)]
pub(crate) struct SymbolRef(*const u8);

impl SymbolRef {
    /// A thin pointer to `symbol`, keeping the provenance of all of it.
    pub(crate) const fn new<const N: usize>(symbol: &'static Symbol<N>) -> Self {
        SymbolRef(symbol as *const Symbol<N> as *const u8)
    }

    /// # Safety
    ///
    /// `p` must have come from [`SymbolRef::as_ptr`].
    pub(crate) unsafe fn from_ptr(p: *const u8) -> Self {
        SymbolRef(p)
    }

    pub(crate) const fn as_ptr(self) -> *const u8 {
        self.0
    }

    pub(crate) fn scope(self) -> &'static Scope {
        // SAFETY: the pointer is to a `'static` `Symbol<N>`, which is
        // `repr(C)` and starts with its `Scope`.
        unsafe { &*(self.0 as *const Scope) }
    }

    /// The NUL-terminated name.
    pub(crate) fn name_ptr(self) -> *const u8 {
        // SAFETY: the name starts `NAME_OFFSET` bytes into the `Symbol<N>`,
        // which is at least that long.
        unsafe { self.0.add(NAME_OFFSET) }
    }

    pub(crate) fn name(self) -> &'static str {
        // SAFETY: the name passed `check_c_string` and is `'static`.
        unsafe { str_until_nul(self.name_ptr()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static PLAIN: Symbol<7> = Symbol::new(b"getpid\0");
    // `next` and versions do not compile for Windows.
    #[cfg(not(windows))]
    static SCOPED: Symbol<5> = Symbol::new(b"open\0")
        .in_library(b"libc.so.6\0")
        .with_version(b"GLIBC_2.2.5\0");

    #[test]
    fn layout() {
        let base = &PLAIN as *const Symbol<7> as usize;
        assert_eq!(PLAIN.name.as_ptr() as usize - base, NAME_OFFSET);
        assert!(mem::align_of::<Symbol<1>>() >= 2);
        let r = SymbolRef::new(&PLAIN);
        assert_eq!(r.name(), "getpid");
        assert_eq!(r.scope().place, Place::Default);
        assert_eq!(r.scope().version, None);
    }

    #[cfg(not(windows))]
    #[test]
    fn scopes() {
        let r = SymbolRef::new(&SCOPED);
        assert_eq!(r.name(), "open");
        assert_eq!(r.scope().place, Place::Library(b"libc.so.6\0"));
        assert_eq!(r.scope().version, Some(&b"GLIBC_2.2.5\0"[..]));
        static NEXT: Symbol<5> = Symbol::new(b"open\0").next();
        assert_eq!(SymbolRef::new(&NEXT).scope().place, Place::Next);
    }

    #[test]
    fn from_str() {
        static S: Symbol<7> = Symbol::from_str_without_nul("getpid");
        assert_eq!(S.name(), "getpid");
    }
}
