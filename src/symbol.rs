//! What to look up: a symbol's name, and where to look for it.

use core::fmt;

/// Where a symbol is looked up: the loaded objects to search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// Every loaded object, in load order (`RTLD_DEFAULT`).
    Default,
    /// The objects loaded after the one making the lookup (`RTLD_NEXT`).
    Next,
    /// One library, only if it is already loaded (on Windows, unless the
    /// scope's `load_from_system32` says otherwise). NUL-terminated.
    Library(&'static [u8]),
}

/// Where to look, and which version of the symbol to ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Scope {
    pub(crate) place: Place,
    /// A symbol version such as `GLIBC_2.2.5`, NUL-terminated.
    pub(crate) version: Option<&'static [u8]>,
    /// Windows: the export's ordinal, asked for instead of the name; 0 for
    /// by name. Only with a library.
    #[cfg(windows)]
    pub(crate) ordinal: u16,
    /// Windows: a library that is not loaded yet is loaded from system32.
    #[cfg(windows)]
    pub(crate) load_from_system32: bool,
}

/// A request for a symbol: what to look up, and where.
///
/// A `Symbol` is a plain record: a NUL-terminated name and the scope to
/// search. It is not a found symbol (in libloading, `Symbol` means the
/// answer; here it is the question). Build one in a `static`, where a bad
/// name is a compile error, and hand it to [`WeakFn::new`](crate::WeakFn::new)
/// or [`WeakStatic::new`](crate::WeakStatic::new):
///
/// ```
/// use weaklink::Symbol;
///
/// static PIPE2: Symbol = Symbol::new(b"pipe2\0");
/// assert_eq!(PIPE2.name(), "pipe2");
/// ```
///
/// ```compile_fail
/// // No trailing NUL: the static fails to evaluate.
/// static PIPE2: weaklink::Symbol = weaklink::Symbol::new(b"pipe2");
/// ```
///
/// By default a symbol is looked up in every object loaded in the process;
/// [`next`](Symbol::next), [`in_library`](Symbol::in_library) and
/// [`with_version`](Symbol::with_version) narrow that. On Windows,
/// [`ordinal`](Symbol::ordinal) asks a library for an export by number, and
/// [`load_from_system32`](Symbol::load_from_system32) lets the lookup load
/// a system DLL that is not loaded yet. The
/// [`weak!`](crate::weak) macro builds symbols for you, with
/// `#[weaklink(...)]` attributes for the same choices.
#[derive(Clone, Copy)]
pub struct Symbol {
    /// Checked by `check_c_string`: UTF-8, non-empty, one NUL at the end.
    name: &'static [u8],
    scope: Scope,
}

impl Symbol {
    /// The symbol `name` (NUL-terminated), looked up in every loaded object.
    ///
    /// # Panics
    ///
    /// If the name is empty, does not end with exactly one NUL byte (it must
    /// end with one and contain no other), or is not UTF-8. Evaluated in a
    /// `const` or `static`, that panic is a compile error.
    pub const fn new(name: &'static [u8]) -> Self {
        check_c_string(name);
        Symbol {
            name,
            scope: Scope {
                place: Place::Default,
                version: None,
                #[cfg(windows)]
                ordinal: 0,
                #[cfg(windows)]
                load_from_system32: false,
            },
        }
    }

    /// The symbol for a Rust identifier, as `stringify!` wrote it with a NUL
    /// appended: a raw identifier's `r#` is not part of the C name, so
    /// `r#type` looks up `type`. Used by the macros.
    #[doc(hidden)]
    pub const fn from_ident(name: &'static [u8]) -> Self {
        match name {
            [b'r', b'#', rest @ ..] => Self::new(rest),
            _ => Self::new(name),
        }
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
    ///
    /// # Panics
    ///
    /// If a library was named too: a symbol is looked up in one place.
    pub const fn next(mut self) -> Self {
        if cfg!(windows) {
            panic!("weaklink: the `next` scope (RTLD_NEXT) does not exist on Windows");
        }
        if !matches!(self.scope.place, Place::Default) {
            panic!("weaklink: `next` and `library` cannot be combined: a symbol is looked up in one place");
        }
        self.scope.place = Place::Next;
        self
    }

    /// Looks the symbol up in `library` only, and only if the process has
    /// already loaded it: the library is never loaded by the lookup.
    ///
    /// `library` is NUL-terminated and is matched against the libraries
    /// already loaded (on Unix by file name, soname or path; on Windows by
    /// `GetModuleHandleExW`). When the symbol is found there, the library
    /// is kept loaded for the life of the process, so the cached pointer
    /// never dangles; when it is not, nothing is kept.
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
    /// not UTF-8, or if `next` or another library was asked for too; in a
    /// `static`, a compile error.
    pub const fn in_library(mut self, library: &'static [u8]) -> Self {
        check_c_string(library);
        if !matches!(self.scope.place, Place::Default) {
            panic!("weaklink: `next` and `library` cannot be combined: a symbol is looked up in one place");
        }
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
    /// is not UTF-8, or a version was given already; in a `static`, a
    /// compile error.
    pub const fn with_version(mut self, version: &'static [u8]) -> Self {
        if cfg!(windows) {
            panic!("weaklink: symbol versions do not exist on Windows");
        }
        check_c_string(version);
        if self.scope.version.is_some() {
            panic!("weaklink: a symbol can ask for one version only");
        }
        self.scope.version = Some(version);
        self
    }

    /// Looks the export up by its ordinal in the library, instead of by
    /// name, as `GetProcAddress(module, MAKEINTRESOURCEA(ordinal))` does:
    /// for functions a DLL exports by number only, such as uxtheme.dll's
    /// undocumented dark-mode calls.
    ///
    /// The name given to [`new`](Symbol::new) is not looked up; it is
    /// still the symbol's [`name`](Symbol::name), shown by `Debug`. The
    /// library must be named first, with [`in_library`](Symbol::in_library):
    /// an ordinal means nothing outside one DLL.
    ///
    /// ```
    /// # #[cfg(windows)] {
    /// use weaklink::{Symbol, WeakFn};
    ///
    /// // uxtheme.dll's `ShouldAppsUseDarkMode`, exported as ordinal 132 only.
    /// static SHOULD_APPS_USE_DARK_MODE: WeakFn<unsafe extern "system" fn() -> u8> = WeakFn::new(
    ///     &Symbol::new(b"ShouldAppsUseDarkMode\0").in_library(b"uxtheme.dll\0").ordinal(132),
    /// );
    /// # let _ = SHOULD_APPS_USE_DARK_MODE.get();
    /// # }
    /// ```
    ///
    /// In [`weak!`](crate::weak): `#[weaklink(library = "uxtheme.dll",
    /// ordinal = 132)]`, `library` first.
    ///
    /// An ordinal is a DLL's private numbering: nothing stops a new version
    /// of the DLL from giving it to another function, of another signature.
    /// Prefer a name wherever the DLL exports one.
    ///
    /// # Platform-specific behaviour
    ///
    /// Windows only. Elsewhere, where exports have no ordinals, building
    /// such a symbol in a `static` is a compile error: look the symbol up
    /// by name there (`#[cfg(windows)]` the declaration with the ordinal).
    ///
    /// # Panics
    ///
    /// If `ordinal` is 0 (no export has it), if no library was named
    /// before, or if an ordinal was given already; in a `static`, a
    /// compile error.
    #[cfg_attr(not(windows), allow(unused_mut))]
    pub const fn ordinal(mut self, ordinal: u16) -> Self {
        if !cfg!(windows) {
            refuse("weaklink: ordinals exist only on Windows; elsewhere look the symbol up by name (put the declaration with `ordinal` under #[cfg(windows)])");
        }
        if ordinal == 0 {
            refuse("weaklink: ordinal 0 is no export's: ordinals start at 1");
        }
        if !matches!(self.scope.place, Place::Library(_)) {
            refuse("weaklink: an ordinal needs a library: name it first, `library = \"name.dll\"` before `ordinal` (`.in_library(..)` before `.ordinal(..)`)");
        }
        #[cfg(windows)]
        {
            if self.scope.ordinal != 0 {
                refuse("weaklink: a symbol has one ordinal");
            }
            self.scope.ordinal = ordinal;
        }
        self
    }

    /// Lets the lookup load the library if the process has not loaded it
    /// yet, from the system directory only: an explicit opt-in to the one
    /// thing weaklink never does by default.
    ///
    /// When the first [`get`](crate::WeakFn::get) finds no module of that
    /// name loaded, it calls `LoadLibraryExW(name, NULL,
    /// LOAD_LIBRARY_SEARCH_SYSTEM32)`, which looks in the system directory
    /// (`C:\Windows\System32`) and nowhere else: not the application's
    /// directory, not the current directory, not `PATH`, so a DLL planted
    /// there is never loaded. If the symbol is then found, the library
    /// stays loaded for the life of the process; if it is not, the library
    /// is unloaded again (`FreeLibrary`). A module of that name that is
    /// already loaded is used as it is, wherever it was loaded from, as
    /// [`in_library`](Symbol::in_library) alone does.
    ///
    /// This is for the system DLLs that GUI programs load themselves before
    /// their first call, such as uxtheme.dll, dwmapi.dll or shcore.dll:
    ///
    /// ```
    /// # #[cfg(windows)] {
    /// use weaklink::{Symbol, WeakFn};
    ///
    /// type GetDpiForMonitor = unsafe extern "system" fn(*mut core::ffi::c_void, i32, *mut u32, *mut u32) -> i32;
    /// static GET_DPI_FOR_MONITOR: WeakFn<GetDpiForMonitor> = WeakFn::new(
    ///     &Symbol::new(b"GetDpiForMonitor\0").in_library(b"shcore.dll\0").load_from_system32(),
    /// );
    /// # let _ = GET_DPI_FOR_MONITOR.get();
    /// # }
    /// ```
    ///
    /// In [`weak!`](crate::weak): `#[weaklink(library = "shcore.dll", load =
    /// "system32")]`, `library` first. To load any other DLL (a plugin, a
    /// library next to the program), load it yourself (`LoadLibraryExW`
    /// with the flags you mean, or libloading) before the first `get()`:
    /// the plain library scope then finds it.
    ///
    /// # Platform-specific behaviour
    ///
    /// Windows only. Elsewhere weaklink never loads a library, and building
    /// such a symbol in a `static` is a compile error: open the library
    /// yourself (`dlopen`, or libloading) before the first `get()`, and
    /// keep `in_library` alone.
    ///
    /// `LOAD_LIBRARY_SEARCH_SYSTEM32` needs Windows 8, or Windows 7 with
    /// KB2533623; without it `LoadLibraryExW` fails and the symbol is
    /// missing (no other search is tried). As for any `LoadLibrary`, the
    /// first `get()` of such a symbol runs the DLL's initialisers if it
    /// loads it, and must not be made from a `DllMain`.
    ///
    /// # Panics
    ///
    /// If no library was named before, or its name is not a bare file name
    /// (it contains `\`, `/` or `:`); in a `static`, a compile error.
    #[cfg_attr(not(windows), allow(unused_mut))]
    pub const fn load_from_system32(mut self) -> Self {
        if !cfg!(windows) {
            refuse("weaklink: `load` exists only on Windows; elsewhere weaklink never loads a library: open it yourself (dlopen, libloading) before the first get(), and keep `library` alone");
        }
        match self.scope.place {
            Place::Library(library) => {
                let mut i = 0;
                while i < library.len() {
                    if matches!(library[i], b'\\' | b'/' | b':') {
                        refuse("weaklink: `load = \"system32\"` takes a bare file name, such as \"uxtheme.dll\": no `\\`, `/` or `:`");
                    }
                    i += 1;
                }
            }
            _ => refuse("weaklink: `load` needs a library: name it first, `library = \"name.dll\"` before `load` (`.in_library(..)` before `.load_from_system32()`)"),
        }
        #[cfg(windows)]
        {
            self.scope.load_from_system32 = true;
        }
        self
    }

    /// The name, without its trailing NUL.
    pub fn name(&self) -> &'static str {
        text(self.name)
    }

    /// The name with its trailing NUL, for the loader.
    // This and `scope` are unused where there is no loader to ask.
    #[allow(dead_code)]
    pub(crate) fn c_name(&self) -> *const u8 {
        self.name.as_ptr()
    }

    #[allow(dead_code)]
    pub(crate) fn scope(&self) -> &Scope {
        &self.scope
    }

    /// Starts a `Debug` struct with the name and, unless they are the
    /// defaults, the scope and version.
    pub(crate) fn debug_struct<'a, 'b>(
        &self,
        f: &'a mut fmt::Formatter<'b>,
        type_name: &str,
    ) -> fmt::DebugStruct<'a, 'b> {
        let mut d = f.debug_struct(type_name);
        d.field("name", &self.name());
        match self.scope.place {
            Place::Default => {}
            Place::Next => {
                d.field("scope", &format_args!("next"));
            }
            Place::Library(lib) => {
                d.field("library", &text(lib));
            }
        }
        if let Some(version) = self.scope.version {
            d.field("version", &text(version));
        }
        #[cfg(windows)]
        {
            if self.scope.ordinal != 0 {
                d.field("ordinal", &self.scope.ordinal);
            }
            if self.scope.load_from_system32 {
                d.field("load", &"system32");
            }
        }
        d
    }
}

impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.debug_struct(f, "Symbol").finish()
    }
}

/// A checked C string's text, without its NUL: a symbol's name, or a
/// library or version name of its scope.
pub(crate) fn text(bytes: &[u8]) -> &str {
    let without_nul = bytes.split_last().map_or(bytes, |(_, rest)| rest);
    // Every string here passed `check_c_string`, so this never fails.
    core::str::from_utf8(without_nul).unwrap_or("")
}

/// Panics (a compile error in a `const`) if an attribute that another
/// macro forwarded as an opaque `meta` fragment is one that `weak!` must
/// read (`link_name`, `weaklink`, or a `cfg_attr` carrying either, each
/// also written as a raw identifier): the macro cannot see inside such a
/// fragment, and must not ignore it.
#[doc(hidden)]
#[track_caller]
pub const fn check_forwarded_attribute(text: &str) {
    let t = text.as_bytes();
    if names_what_weak_reads(t, 0, t.len()) {
        panic!("weaklink: a `link_name` or `weaklink` attribute passed through another macro as a `$m:meta` fragment cannot be read; forward attributes as `#[$($attr:tt)*]`");
    }
}

/// Whether the attribute written in `t[start..end]` is `link_name` or
/// `weaklink` (also spelled `r#..`), or a `cfg_attr` that carries one among
/// its attributes, however deeply nested. Only attribute names count: a
/// `cfg_attr`'s condition (`feature = "weaklink"`) and string literals
/// are not looked into.
const fn names_what_weak_reads(t: &[u8], start: usize, end: usize) -> bool {
    let mut i = skip_spaces(t, start, end);
    if i + 2 <= end && t[i] == b'r' && t[i + 1] == b'#' {
        i += 2;
    }
    if word_at(t, i, end, b"link_name") || word_at(t, i, end, b"weaklink") {
        return true;
    }
    if !word_at(t, i, end, b"cfg_attr") {
        return false;
    }
    let open = skip_spaces(t, i + b"cfg_attr".len(), end);
    if open >= end || t[open] != b'(' {
        return false;
    }
    let close = group_end(t, open + 1, end, b')');
    // The condition first, then the attributes, separated by commas.
    let mut from = group_end(t, open + 1, close, b',');
    while from < close {
        let to = group_end(t, from + 1, close, b',');
        if names_what_weak_reads(t, from + 1, to) {
            return true;
        }
        from = to;
    }
    false
}

const fn skip_spaces(t: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && t[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Whether `t[i..end]` starts with the identifier `word`.
const fn word_at(t: &[u8], i: usize, end: usize, word: &[u8]) -> bool {
    if i + word.len() > end {
        return false;
    }
    let mut k = 0;
    while k < word.len() {
        if t[i + k] != word[k] {
            return false;
        }
        k += 1;
    }
    let next = i + word.len();
    next == end || !(t[next].is_ascii_alphanumeric() || t[next] == b'_')
}

/// The index of the first `stop` byte in `t[i..end]` outside any bracket
/// and string literal, or `end`.
const fn group_end(t: &[u8], mut i: usize, end: usize, stop: u8) -> usize {
    let mut depth = 0usize;
    while i < end {
        let b = t[i];
        let hashes = raw_string_hashes(t, i, end);
        if let Some(hashes) = hashes {
            // A raw string literal, `r#"…"#`: up to a quote followed by as
            // many `#`s as opened it.
            i += 2 + hashes;
            while i < end && !(t[i] == b'"' && closes_raw(t, i + 1, end, hashes)) {
                i += 1;
            }
            i += hashes;
        } else if b == b'"' {
            // A string literal: up to its closing quote.
            i += 1;
            while i < end && t[i] != b'"' {
                if t[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
        } else if depth == 0 && b == stop {
            return i;
        } else if b == b'(' || b == b'[' || b == b'{' {
            depth += 1;
        } else if (b == b')' || b == b']' || b == b'}') && depth > 0 {
            depth -= 1;
        }
        i += 1;
    }
    end
}

/// If a raw string literal (`r"`, `r#"`, `br#"`, …) starts at `t[i]` (its
/// `r`), the number of `#`s that open it.
const fn raw_string_hashes(t: &[u8], i: usize, end: usize) -> Option<usize> {
    // The `r` starts a word, or follows a `b` that does.
    let start = if i > 0 && t[i - 1] == b'b' { i - 1 } else { i };
    if t[i] != b'r' || (start > 0 && (t[start - 1].is_ascii_alphanumeric() || t[start - 1] == b'_'))
    {
        return None;
    }
    let mut j = i + 1;
    while j < end && t[j] == b'#' {
        j += 1;
    }
    if j < end && t[j] == b'"' {
        Some(j - i - 1)
    } else {
        None
    }
}

/// Whether `t[i..]` starts with `hashes` `#`s.
const fn closes_raw(t: &[u8], i: usize, end: usize, hashes: usize) -> bool {
    let mut k = 0;
    while k < hashes {
        if i + k >= end || t[i + k] != b'#' {
            return false;
        }
        k += 1;
    }
    true
}

/// Panics with `message`: a compile error in a `static`, reported at the
/// caller's line (the standard library's own lines change with whether
/// its sources are installed).
#[track_caller]
const fn refuse(message: &str) -> ! {
    panic!("{}", message)
}

/// Panics (a compile error in a `static`) unless `bytes` is a non-empty,
/// UTF-8 string with exactly one NUL, at its end.
#[track_caller]
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

// The macros that build a declaration's `Symbol` live here, with it.

/// Makes the [`Symbol`](crate::Symbol) of a declaration: its C name (the
/// `#[link_name]`, else the Rust name without `r#`) and its
/// `#[weaklink(..)]` options, each given at most once. `@c_name` makes
/// the C name alone, for `concat!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_symbol {
    (@c_name $name:ident []) => {
        ::core::stringify!($name)
    };
    (@c_name $name:ident [$l:expr]) => {
        $l
    };
    ($name:ident [[] [$($o:tt)*]]) => {
        $crate::__weak_symbol!(@opts ($crate::Symbol::from_ident(
            ::core::concat!(::core::stringify!($name), "\0").as_bytes()
        )) [] [] $($o)*)
    };
    ($name:ident [[$l:expr] [$($o:tt)*]]) => {
        $crate::__weak_symbol!(@opts ($crate::Symbol::new(::core::concat!($l, "\0").as_bytes())) [] [] $($o)*)
    };
    (@opts ($s:expr) $place:tt $version:tt) => { $s };
    (@opts $s:tt $place:tt $version:tt , $($o:tt)*) => { $crate::__weak_symbol!(@opts $s $place $version $($o)*) };
    (@opts ($s:expr) [] $version:tt next $($o:tt)*) => {
        $crate::__weak_symbol!(@opts ($s.next()) [next] $version $($o)*)
    };
    (@opts ($s:expr) [] $version:tt library = $lib:expr , $($o:tt)*) => {
        $crate::__weak_symbol!(@opts ($s.in_library(::core::concat!($lib, "\0").as_bytes())) [library] $version $($o)*)
    };
    (@opts ($s:expr) $place:tt [] version = $v:expr , $($o:tt)*) => {
        $crate::__weak_symbol!(@opts ($s.with_version(::core::concat!($v, "\0").as_bytes())) $place [version] $($o)*)
    };
    (@opts ($s:expr) $place:tt $version:tt ordinal = $n:expr , $($o:tt)*) => {
        $crate::__weak_symbol!(@opts ($s.ordinal($n)) $place $version $($o)*)
    };
    (@opts ($s:expr) $place:tt $version:tt load = "system32" , $($o:tt)*) => {
        $crate::__weak_symbol!(@opts ($s.load_from_system32()) $place $version $($o)*)
    };
    (@opts $s:tt $place:tt [version] version $($o:tt)*) => {
        ::core::compile_error!("weaklink: `version` given twice; a symbol has one version")
    };
    (@opts $s:tt [$place:ident] $version:tt $option:ident $($o:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: `", ::core::stringify!($place), "` and `", ::core::stringify!($option),
            "` both choose where to look; a symbol is looked up in one place"
        ))
    };
    (@opts $s:tt $place:tt $version:tt extern_weak $($o:tt)*) => {
        ::core::compile_error!(
            "weaklink: `extern_weak` is bound by the loader and takes no other option (`next`, `library`, `version`)"
        )
    };
    (@opts $s:tt $place:tt $version:tt $($bad:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: unknown option `", ::core::stringify!($($bad)*), "` in #[weaklink(...)]; ",
            "expected `next`, `library = \"libname.so\"`, `version = \"VERSION\"`, or on Windows `ordinal = N` or `load = \"system32\"` after a `library`"
        ))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    static PLAIN: Symbol = Symbol::new(b"getpid\0");
    // `next` and versions do not compile for Windows.
    #[cfg(not(windows))]
    static SCOPED: Symbol = Symbol::new(b"open\0")
        .in_library(b"libc.so.6\0")
        .with_version(b"GLIBC_2.2.5\0");

    #[test]
    fn plain_record() {
        assert_eq!(PLAIN.name(), "getpid");
        assert_eq!(PLAIN.scope().place, Place::Default);
        assert_eq!(PLAIN.scope().version, None);
    }

    #[cfg(not(windows))]
    #[test]
    fn scopes() {
        assert_eq!(SCOPED.name(), "open");
        assert_eq!(SCOPED.scope().place, Place::Library(b"libc.so.6\0"));
        assert_eq!(SCOPED.scope().version, Some(&b"GLIBC_2.2.5\0"[..]));
        static NEXT: Symbol = Symbol::new(b"open\0").next();
        assert_eq!(NEXT.scope().place, Place::Next);
    }

    /// `library` first, then the ordinal and the load, in either order;
    /// the declared name stays the name.
    #[cfg(windows)]
    #[test]
    fn windows_options() {
        static BY_ORDINAL: Symbol = Symbol::new(b"ShouldAppsUseDarkMode\0")
            .in_library(b"uxtheme.dll\0")
            .ordinal(132)
            .load_from_system32();
        static LOADED: Symbol = Symbol::new(b"GetDpiForMonitor\0")
            .in_library(b"shcore.dll\0")
            .load_from_system32();
        assert_eq!(BY_ORDINAL.name(), "ShouldAppsUseDarkMode");
        assert_eq!(BY_ORDINAL.scope().place, Place::Library(b"uxtheme.dll\0"));
        assert_eq!(BY_ORDINAL.scope().ordinal, 132);
        assert!(BY_ORDINAL.scope().load_from_system32);
        assert_eq!(LOADED.scope().ordinal, 0);
        assert!(LOADED.scope().load_from_system32);
        assert!(!PLAIN.scope().load_from_system32);
    }

    #[test]
    fn raw_identifiers_lose_their_prefix() {
        static RAW: Symbol = Symbol::from_ident(b"r#type\0");
        static PLAIN: Symbol = Symbol::from_ident(b"rtype\0");
        assert_eq!(RAW.name(), "type");
        assert_eq!(PLAIN.name(), "rtype");
    }

    #[test]
    fn forwarded_attributes_that_weak_reads() {
        let reads = |text: &str| names_what_weak_reads(text.as_bytes(), 0, text.len());
        assert!(reads("link_name = \"x\""));
        assert!(reads("r#weaklink(next)"));
        assert!(reads("cfg_attr(unix, weaklink(next))"));
        assert!(reads("cfg_attr(all(), cfg_attr(unix, link_name = \"x\"))"));
        assert!(reads(
            "cfg_attr(all(), doc = r#\"a \"b\" c\"#, weaklink(next))"
        ));
        assert!(reads("cfg_attr(all(), x(br#\"a\"b\"#), weaklink(next))"));
        assert!(reads("cfg_attr(all(), doc = \"a \\\" b\", weaklink(next))"));
        assert!(!reads("cfg_attr(feature = \"weaklink\", allow(unused))"));
        assert!(!reads("cfg_attr(not(weaklink), doc = \"link_name\")"));
        assert!(!reads("cfg_attr(unix, allow(weaklink_lint))"));
        assert!(!reads("weaklinked"));
        assert!(!reads("doc = \"weaklink\""));
    }
}
