//! True weak linkage: a weak undefined reference that the dynamic loader
//! binds when the program is loaded, with no lookup ever.
//!
//! # How the reference is made
//!
//! Stable Rust cannot declare a weak reference (`#[linkage = "extern_weak"]`
//! is unstable), but its assembler can: the macros below emit a weak
//! reference (`.weakref` on ELF, `.weak_reference` on Mach-O) with inline
//! assembly. Two forms exist, and each target gets the cheaper one it can
//! have:
//!
//! - **GOT load** (x86_64, AArch64, RISC-V, LoongArch64 and s390x ELF;
//!   x86_64 and arm64 Mach-O): an `asm!` block declares the reference weak
//!   and loads the symbol's global offset table entry, which the loader
//!   filled in, null when missing: the entry that the compiler's own
//!   `extern_weak` statics and direct calls read too. One `mov` on x86_64,
//!   `adrp` + `ldr` on AArch64.
//! - **Data slot** (32-bit x86 and ARM, and other 32-bit ELF targets, where
//!   reaching the GOT from an `asm!` block takes a PC-relative sequence of
//!   its own): a `global_asm!` block emits a pointer-sized slot that holds
//!   the symbol's address, in a read-only-after-relocation COMDAT section,
//!   labelled with a weak hidden symbol derived from the C name, so that
//!   every crate declaring the same name shares one slot. Rust reads the
//!   slot through an `extern` static, which costs one load more than the
//!   GOT load: the compiler reaches the slot through the GOT, whose base it
//!   already holds in a register.
//!
//! On ELF the reference goes through an alias made with `.weakref`: the
//! symbol is weak only as far as these references go, so a direct call to
//! the same function elsewhere in the same object file stays a strong
//! reference (and, in a static executable, still links the function in).
//!
//! Either way the value is whatever the loader bound, so a declaration is
//! read with `get()` as cheaply as a direct call's own GOT entry, the first
//! call included, from any thread, in a signal handler, inside a sandbox,
//! before `main`.

use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use core::ptr::NonNull;

use crate::fnptr::fn_from_addr;
use crate::State;

/// A C function that the dynamic loader binds when the program is loaded,
/// through a weak reference: `None` when no loaded object defines it. It is
/// never looked up.
///
/// Declared with `#[weaklink(extern_weak)]` in [`weak!`](crate::weak), and
/// used exactly like a [`WeakFn`](crate::WeakFn): the same
/// [`get`](Self::get), [`get_cached`](Self::get_cached),
/// [`resolve`](Self::resolve), [`state`](Self::state) and
/// [`name`](Self::name), so switching a declaration between the two changes
/// no call site.
///
/// # Choosing between this and a lookup
///
/// | | `extern_weak` | lookup (default scope) |
/// |---|---|---|
/// | when the answer is known | when the program is loaded | on the first `get()` |
/// | first call | the same as every later call | one `dlsym` |
/// | cost of a call, found and missing | see [the crate docs' table](crate#three-ways-to-call-an-optional-c-function) | the same table |
/// | static executables | found if the program links the function in | always `None` (no loader) |
/// | seccomp, signal handlers, after `fork` | safe from the first instruction | safe once resolved |
/// | the C library the program runs on is older than the one it was linked against | **does not start** (glibc, see below) | `None` |
/// | `GLIBC_PRIVATE` and other unstable symbols | never | yes |
/// | scopes (`next`, `library`, `version`) | no: the loader's binding only | yes |
/// | Windows, wasm | compile error | yes (Windows) |
///
/// Prefer `extern_weak` when the program is built against the oldest C
/// library it supports (or the symbol is unversioned), for statically linked
/// programs, and for code that runs where the loader must not be entered:
/// seccomp sandboxes, signal handlers from their first instruction, the child
/// of a multi-threaded `fork`. Prefer the lookup everywhere else: it adapts
/// to whatever the running system has, and cannot stop a program from
/// starting.
///
/// # The glibc version trap
///
/// A weak reference makes a *symbol* optional, not its *version*. When the
/// program is linked against a glibc that has `pidfd_open`, the linker binds
/// the reference to `pidfd_open@GLIBC_2.36` and records that the program
/// needs the version `GLIBC_2.36` of `libc.so.6` (`readelf -V`). Whether an
/// older glibc, which lacks that version, starts the program depends on one
/// flag of that need, `VER_FLG_WEAK`:
///
/// - **Not weak** (`Flags: none`): glibc refuses to start the program
///   ("version `GLIBC_2.36' not found (required by ...)"), as if the
///   reference were strong. Every linker measured records this, even when
///   every reference to the version is weak: GNU ld 2.40 and GNU gold 1.16,
///   LLD 14.0.6, the LLD 22.1.2 that Rust 1.95 ships and links
///   `x86_64-unknown-linux-gnu` programs with by default, and zig 0.17.1's
///   LLD 22.1.8 (`cargo zigbuild`).
/// - **Weak** (`Flags: WEAK`; none of the linkers above sets it, so it was
///   measured by setting it by hand): glibc 2.36 starts the program, prints
///   "weak version `GLIBC_2.36' not found (required by ...)", and the
///   reference is null: `get()` answers `None`. A linker may mark a need
///   weak only when every reference to the version is weak: a version that
///   a strong reference also needs is never weak.
///
/// So, with these linkers, a program starts on an older glibc exactly when
/// that glibc has every version the program needs, those of its
/// `extern_weak` functions included. (With a library that has the version
/// but not the symbol, glibc 2.36 starts the program and the reference is
/// null.) The lookup scopes have no such trap: `dlsym` is asked at run
/// time, and no version is recorded.
///
/// To run on an older glibc, link against the oldest glibc the program
/// must run on: a sysroot, or
/// `cargo zigbuild --target x86_64-unknown-linux-gnu.2.17`. A symbol that
/// glibc lacks is then an unversioned weak reference (`WEAK UND
/// pidfd_open`) that needs no version, and a newer glibc binds it to the
/// symbol's default version when the program starts. Or use the lookup.
/// `.ci/extern-weak`'s `version-trap` step measures all of this, with a
/// versioned library of its own built with and without the version.
///
/// Never declare `GLIBC_PRIVATE` symbols (such as
/// `__pthread_get_minstack`) this way: their version is private and may
/// vanish in any glibc release; the standard library looks those up with
/// `dlsym` for that reason.
///
/// # Platform-specific behaviour
///
/// - **ELF** (Linux with glibc or musl, Android, FreeBSD, NetBSD, OpenBSD,
///   DragonFly, illumos, Solaris): the reference is `STB_WEAK` undefined
///   (`readelf --dyn-syms` shows `WEAK UND`). The loader binds it to the
///   first definition in load order, as for a direct call, `LD_PRELOAD`
///   included; null if there is none. Libraries opened later with `dlopen`
///   do not change it. In a statically linked program the symbol is found if
///   the program links it in (because something else references it
///   strongly), and is null otherwise: a weak reference does not pull a
///   member out of an archive.
/// - **Apple platforms** (Mach-O): the import is a weak import
///   (`.weak_reference`; `llvm-nm -m` shows `weak external`). Unlike ELF,
///   the symbol must exist at link time in a library the program links
///   (in practice: a function newer than the deployment target, present in
///   the SDK's stubs); a name no linked library has fails to link. Classes,
///   framework data and `-weak_framework`: see
///   [below](#apple-weak-classes-framework-data-and-functions).
/// - **Windows, WebAssembly and every other target**: `extern_weak` is a
///   compile error, which names the default lookup scope as the
///   alternative. There is no silent fallback.
/// - **Rust versions**: the forms use `asm!`/`global_asm!`, stable since
///   Rust 1.59 on x86, x86_64, ARM, AArch64 and RISC-V; on LoongArch64 since
///   Rust 1.72 and on s390x since Rust 1.84. On older compilers those two
///   targets fail with the compiler's "inline assembly is not stable yet on
///   this architecture". Other architectures (PowerPC, MIPS, SPARC, ...)
///   are a compile error: their inline assembly is unstable, or too
///   recently stable for this crate's minimum Rust version.
/// - A symbol that no library defined when the program was linked may be
///   resolved to null by the linker itself (GNU ld does so on 32-bit x86)
///   instead of being left to the loader: then not even an `LD_PRELOAD`
///   library can provide it at run time.
/// - On ELF, a direct call to the same function stays a strong reference:
///   the weak reference is made through an alias (`.weakref`), so it
///   weakens nothing else. On Mach-O a symbol has one binding per
///   object file: a direct call compiled into the same codegen unit as an
///   `extern_weak` declaration of the same function becomes a weak import
///   too, so if the function is missing that call faults instead of the
///   program failing to start. (The standard library's `extern_weak`
///   behaves the same way on every platform.)
///
/// # Apple: weak classes, framework data and functions
///
/// An Objective-C class, a CoreFoundation-style constant or a function
/// that is newer than the deployment target is declared like any other
/// `extern_weak` symbol, on stable Rust. Everything this section states was
/// linked for `aarch64-apple-darwin` and `x86_64-apple-darwin` by zig's
/// linker (`cargo zigbuild`) against the `.tbd` stub of a stand-in
/// framework, and inspected with `llvm-nm -m` and `llvm-objdump --macho`:
/// linked and inspected, not run.
///
/// **A class.** Its class object is the data symbol `OBJC_CLASS_$_Name`,
/// which a Rust identifier cannot spell: name it with `#[link_name]` and
/// declare a `static` of an opaque type. `get()` is the class object's
/// address, so a reference to it is what objc2's `Option<&AnyClass>` wants:
///
/// ```
/// # #[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
/// # fn main() {
/// #[repr(C)]
/// pub struct AnyClass {
///     _opaque: [u8; 0],
/// }
///
/// weaklink::weak! {
///     #[weaklink(extern_weak)]
///     #[link_name = "OBJC_CLASS_$_NSNewerThing"]
///     static NSNewerThing_class: AnyClass;
/// }
///
/// fn newer_thing() -> Option<&'static AnyClass> {
///     // SAFETY: a loaded class object lives as long as the process.
///     NSNewerThing_class.get().map(|p| unsafe { p.as_ref() })
/// }
/// # assert!(newer_thing().is_none());
/// # }
/// # #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
/// # fn main() {}
/// ```
///
/// The import is `_OBJC_CLASS_$_NSNewerThing`, a weak import from the
/// framework, in both forms of the reference: the GOT load, and the data
/// slot of 32-bit targets (checked by forcing it on these).
///
/// **Framework data and functions.** core-foundation-sys's spelling, an
/// `extern` block, works as it is, on stable (core-foundation-sys itself
/// needs nightly's `#[linkage = "extern_weak"]` for weak constants).
/// `get()` of a constant is its address: read it for the value.
///
/// ```
/// # #[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
/// # fn main() {
/// # #[repr(C)]
/// # pub struct __CFString {
/// #     _opaque: [u8; 0],
/// # }
/// pub type CFStringRef = *const __CFString;
///
/// weaklink::weak! {
///     #[weaklink(extern_weak)]
///     extern "C" {
///         pub static kCFNewConstant: CFStringRef;
///         pub fn CFNewFunction(s: CFStringRef) -> u8;
///     }
/// }
///
/// // SAFETY: the framework's constant is a `CFStringRef` that never changes.
/// let value: Option<CFStringRef> = kCFNewConstant.get().map(|p| unsafe { *p.as_ptr() });
/// # assert!(value.is_none() && CFNewFunction.get().is_none());
/// # }
/// # #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
/// # fn main() {}
/// ```
///
/// **What the link requires.**
///
/// - The symbol must be exported by the stub of a library the program
///   links: the SDK's `.tbd` (a class as `objc-classes: [ Name ]`, which
///   exports `_OBJC_CLASS_$_Name`). A weak reference to a symbol that no
///   linked stub exports fails the link ("undefined symbol"), as a strong
///   one does.
/// - To link without it anyway, `-C link-arg=-Wl,-undefined,dynamic_lookup`:
///   the symbol becomes a weak import looked up in every loaded image (a
///   flat-namespace bind), and the flag lets every other undefined symbol
///   of the program through as well. zig's linker refuses ld64's flag for one symbol, `-U _name`
///   ("unsupported linker arg: -U").
/// - `-framework Name` records the framework as `LC_LOAD_DYLIB`, which the
///   loader requires even when every symbol from it is weak. When the whole
///   framework may be missing, link it with `-weak_framework Name` instead
///   (from a build script: `cargo:rustc-link-arg=-weak_framework` and
///   `cargo:rustc-link-arg=Name`), which records `LC_LOAD_WEAK_DYLIB`, and
///   declare every symbol used from it `extern_weak`.
/// - zig's linker keeps a framework's first mention on the command line,
///   and rustc puts `#[link(name = "Name", kind = "framework")]` (as
///   core-foundation-sys writes it) before every link argument: a
///   `-weak_framework Name` added to such a crate's program still records
///   `LC_LOAD_DYLIB`. Name a framework that may be missing only with
///   `-weak_framework`.
///
/// # Safety
///
/// Getting the function is safe; calling it is `unsafe`, and the call site
/// vouches that `F` is the function's real signature. The declaration must
/// name a function, not data. A symbol bound by the loader stays mapped for
/// the life of the process, unless the object that defines it was opened
/// with `dlopen` and is closed with `dlclose`; don't declare functions of
/// such libraries this way.
///
/// # Cost
///
/// `get()` is the load of one loader-filled word (the GOT entry or the
/// slot), which the compiler may hoist out of loops; the caller's
/// `Some`/`None` test is the only test. Nothing is cached at run time: there
/// is nothing to cache.
pub struct ExternWeak<F> {
    raw: RawExternWeak,
    // Only copies of `F` (function pointers) are handed out.
    _type: PhantomData<fn() -> F>,
}

impl<F> ExternWeak<F> {
    /// The function bound to the weak reference that `addr` reads.
    ///
    /// Not public API: `weak!` calls it with the reader that
    /// [`__extern_weak_slot!`](crate::__extern_weak_slot) defines.
    ///
    /// # Safety
    ///
    /// `addr` must return null or the address the loader bound to the weak
    /// reference to the function `name`, and return the same on every call;
    /// `F` must be an `unsafe extern` function pointer type.
    #[doc(hidden)]
    pub const unsafe fn __new(addr: fn() -> *mut c_void, name: &'static str) -> Self {
        assert!(
            core::mem::size_of::<F>() == core::mem::size_of::<*mut c_void>(),
            "weaklink: the type of an ExternWeak must be an `unsafe extern \"C\" fn` pointer"
        );
        ExternWeak {
            raw: RawExternWeak { addr, name },
            _type: PhantomData,
        }
    }

    /// The function, if the loader found it when the program was loaded.
    ///
    /// Never looks anything up, never locks, never allocates: safe in a
    /// signal handler and after `fork`. Calling the function is `unsafe`:
    /// the call site vouches that `F` is its real signature.
    ///
    /// ```
    /// # #[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
    /// # fn main() {
    /// weaklink::weak! {
    ///     #[weaklink(extern_weak)]
    ///     fn pipe2(fds: *mut libc::c_int, flags: libc::c_int) -> libc::c_int;
    ///     #[weaklink(extern_weak)]
    ///     fn weaklink_doc_never_defined();
    /// }
    ///
    /// let mut fds = [-1; 2];
    /// if let Some(f) = pipe2.get() {
    ///     // SAFETY: the declaration matches pipe2(2), and `fds` has room for two.
    ///     assert_eq!(unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    ///     # unsafe { libc::close(fds[0]); libc::close(fds[1]); }
    /// }
    /// assert!(weaklink_doc_never_defined.get().is_none());
    /// # }
    /// # #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
    /// # fn main() {}
    /// ```
    #[inline(always)]
    pub fn get(&self) -> Option<F> {
        // SAFETY: null, or the address the loader bound to this function's
        // weak reference (the contract of `__new`).
        unsafe { fn_from_addr(self.raw.addr()) }
    }

    /// The same as [`get`](Self::get): the answer was known before the
    /// program started. It exists so that call sites written for
    /// [`WeakFn`](crate::WeakFn) keep compiling.
    ///
    /// ```
    /// # #[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
    /// # fn main() {
    /// weaklink::weak! {
    ///     #[weaklink(extern_weak)]
    ///     fn pipe2(fds: *mut libc::c_int, flags: libc::c_int) -> libc::c_int;
    ///     #[weaklink(extern_weak)]
    ///     fn weaklink_doc_never_defined();
    /// }
    ///
    /// assert_eq!(pipe2.get_cached().is_some(), pipe2.get().is_some());
    /// # }
    /// # #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
    /// # fn main() {}
    /// ```
    #[inline(always)]
    pub fn get_cached(&self) -> Option<F> {
        self.get()
    }

    extern_weak_methods!();
}

copy_and_debug!(ExternWeak<F>);

/// A C global variable that the dynamic loader binds when the program is
/// loaded, through a weak reference: `None` when no loaded object defines
/// it. It is never looked up.
///
/// The data counterpart of [`ExternWeak`], declared with a `static` item
/// under `#[weaklink(extern_weak)]` in [`weak!`](crate::weak), and used
/// like a [`WeakStatic`](crate::WeakStatic): [`get`](Self::get) returns a
/// raw [`NonNull<T>`], never a reference, since the C side may write the
/// variable at any time.
///
/// Everything [`ExternWeak`] says about platforms, costs, the glibc version
/// trap and when to prefer a lookup holds here too. One more ELF caveat: a
/// non-PIE executable that reads a variable of a shared library directly
/// gets a copy relocation; the weak reference here always goes through the
/// GOT (or the slot), so it sees the same object as the library's own code.
///
/// Never declare a thread-local (`__thread`, `STT_TLS`) variable this way:
/// the linker resolves a reference to one as an offset from the thread
/// pointer, not an address, and [`get`](Self::get) answers that offset as
/// if it were one. Unlike the lookup, which refuses such a name, nothing
/// here can tell.
///
/// # Safety
///
/// Getting the address is safe; reading or writing through it is `unsafe`,
/// and the caller vouches for `T` and for synchronising with the C side.
pub struct ExternWeakStatic<T> {
    raw: RawExternWeak,
    // `fn() -> T` keeps the value `Send + Sync` whatever `T` is: only a raw
    // pointer to the data is ever handed out.
    _type: PhantomData<fn() -> NonNull<T>>,
}

impl<T> ExternWeakStatic<T> {
    /// The variable bound to the weak reference that `addr` reads.
    ///
    /// Not public API: `weak!` calls it with the reader that
    /// [`__extern_weak_slot!`](crate::__extern_weak_slot) defines.
    ///
    /// # Safety
    ///
    /// `addr` must return null or the address the loader bound to the weak
    /// reference to the variable `name`, and return the same on every call.
    #[doc(hidden)]
    pub const unsafe fn __new(addr: fn() -> *mut c_void, name: &'static str) -> Self {
        ExternWeakStatic {
            raw: RawExternWeak { addr, name },
            _type: PhantomData,
        }
    }

    /// The variable's address, if the loader found it when the program was
    /// loaded. Never looks anything up.
    ///
    /// ```
    /// # #[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
    /// # fn main() {
    /// weaklink::weak! {
    ///     #[weaklink(extern_weak)]
    ///     static environ: *const *const libc::c_char;
    /// }
    ///
    /// let env = environ.get().expect("the C library defines environ");
    /// assert_eq!(environ.get_cached(), Some(env));
    /// # }
    /// # #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
    /// # fn main() {}
    /// ```
    #[inline(always)]
    pub fn get(&self) -> Option<NonNull<T>> {
        NonNull::new(self.raw.addr().cast())
    }

    /// The same as [`get`](Self::get) (see its example); see
    /// [`ExternWeak::get_cached`].
    #[inline(always)]
    pub fn get_cached(&self) -> Option<NonNull<T>> {
        self.get()
    }

    extern_weak_methods!();
}

copy_and_debug!(ExternWeakStatic<T>);

/// Panics (a compile error in a `const`) unless `name` is a symbol name the
/// assembler takes as it is: ASCII letters, digits, `_`, `.` and `$`, not
/// starting with a digit.
#[doc(hidden)]
#[track_caller]
pub const fn check_asm_name(name: &str) {
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes[0].is_ascii_digit() {
        panic!("weaklink: an extern_weak name must not be empty or start with a digit");
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'$') {
            panic!("weaklink: an extern_weak name must be ASCII letters, digits, `_`, `.` or `$`; for a raw identifier write #[link_name = \"name\"]");
        }
        i += 1;
    }
}

/// `Clone`, `Copy` and `Debug` for both types, whatever their parameter.
macro_rules! copy_and_debug {
    ($name:ident<$p:ident>) => {
        impl<$p> Clone for $name<$p> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<$p> Copy for $name<$p> {}

        impl<$p> fmt::Debug for $name<$p> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.raw.debug(f, stringify!($name))
            }
        }
    };
}
use copy_and_debug;

/// The methods that [`ExternWeak`] and [`ExternWeakStatic`] share.
macro_rules! extern_weak_methods {
    () => {
        /// Whether the loader found the symbol. Never looks anything up;
        /// it exists so that call sites written for
        /// [`WeakFn::resolve`](crate::WeakFn::resolve) keep compiling.
        ///
        /// ```
        /// # #[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
        /// # fn main() {
        /// weaklink::weak! {
        ///     #[weaklink(extern_weak)]
        ///     fn pipe2(fds: *mut libc::c_int, flags: libc::c_int) -> libc::c_int;
        ///     #[weaklink(extern_weak)]
        ///     fn weaklink_doc_never_defined();
        /// }
        ///
        /// use weaklink::State;
        /// assert!(pipe2.resolve());
        /// assert_eq!(pipe2.state(), State::Found);
        /// assert_eq!(weaklink_doc_never_defined.state(), State::Missing);
        /// assert_eq!(pipe2.name(), "pipe2");
        /// # }
        /// # #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
        /// # fn main() {}
        /// ```
        #[inline]
        pub fn resolve(&self) -> bool {
            !self.raw.addr().is_null()
        }

        /// [`State::Found`] or [`State::Missing`]: a weak reference is bound
        /// when the program is loaded, so it is never
        /// [`State::Unresolved`]. See [`resolve`](Self::resolve)'s example.
        pub fn state(&self) -> State {
            self.raw.state()
        }

        /// The symbol's name, as the weak reference spells it. See
        /// [`resolve`](Self::resolve)'s example.
        pub fn name(&self) -> &'static str {
            self.raw.name
        }
    };
}
use extern_weak_methods;

/// The part that does not depend on the type.
#[derive(Clone, Copy)]
struct RawExternWeak {
    /// Reads what the loader bound: a GOT entry or a data slot.
    addr: fn() -> *mut c_void,
    name: &'static str,
}

impl RawExternWeak {
    /// What the loader bound; null in a build with
    /// `--cfg weaklink_force="missing"`, so that fallbacks can be tested.
    #[inline(always)]
    fn addr(&self) -> *mut c_void {
        if cfg!(weaklink_force = "missing") {
            core::ptr::null_mut()
        } else {
            (self.addr)()
        }
    }

    fn state(&self) -> State {
        if self.addr().is_null() {
            State::Missing
        } else {
            State::Found
        }
    }

    fn debug(&self, f: &mut fmt::Formatter<'_>, type_name: &str) -> fmt::Result {
        let mut d = f.debug_struct(type_name);
        d.field("name", &self.name);
        d.field("state", &self.state());
        let addr = self.addr();
        if !addr.is_null() {
            d.field("addr", &addr);
        }
        d.finish()
    }
}

/// An [`ExternWeak`] value for the C function `$name` of type `$fn`, as a
/// constant expression: `__extern_weak!(unsafe extern "C" fn() -> i32,
/// "getpid")`. For a C variable: `__extern_weak!(static T, "environ")`,
/// an [`ExternWeakStatic<T>`].
///
/// Not public API: `weak!` expands to it. Declare the result as a `const`
/// (`const pipe2: ExternWeak<F> = ...`) rather than a `static`: a constant's
/// value is known at every use, in every crate and codegen unit, so `get()`
/// inlines to the single load; a `static` from another codegen unit would
/// be read through a function pointer.
///
/// `$name` is a string literal, or an identifier that is used as written.
#[doc(hidden)]
#[macro_export]
macro_rules! __extern_weak {
    (static $t:ty, $name:ident) => {
        $crate::__extern_weak!(@make ExternWeakStatic<$t>, [::core::stringify!($name)])
    };
    (static $t:ty, $name:literal) => {
        $crate::__extern_weak!(@make ExternWeakStatic<$t>, [$name])
    };
    ($fn:ty, $name:ident) => {
        $crate::__extern_weak!(@make ExternWeak<$fn>, [::core::stringify!($name)])
    };
    ($fn:ty, $name:literal) => {
        $crate::__extern_weak!(@make ExternWeak<$fn>, [$name])
    };
    (@make $ty:ident<$t:ty>, [$($name:tt)*]) => {{
        const _: () = $crate::__private::check_asm_name(::core::concat!($($name)*));
        $crate::__extern_weak_slot!(fn __weaklink_extern_weak_addr = [$($name)*]);
        // SAFETY: the reader returns what the loader bound to the weak
        // reference to this name, and the same on every call.
        unsafe {
            $crate::$ty::<$t>::__new(__weaklink_extern_weak_addr, ::core::concat!($($name)*))
        }
    }};
}

/// Defines `fn $addr() -> *mut c_void`, which returns what the loader bound
/// to a weak reference to the C symbol `$name`: its address, or null.
///
/// Not public API. `$name` is a string literal, an identifier, or tokens in
/// brackets that `concat!` turns into the name. `@got` or `@slot` before
/// `fn` forces one form (for measurements; the default picks the better one
/// for the target).
///
/// The function is `#[inline(always)]`: it is one load (two on 32-bit x86
/// and ARM). On a target with no weak references in stable Rust it is a
/// compile error naming the alternative.
#[doc(hidden)]
#[macro_export]
macro_rules! __extern_weak_slot {
    // The name, normalised to tokens for `concat!`.
    ($(@$form:ident)? fn $addr:ident = $name:literal) => {
        $crate::__extern_weak_slot!(@pick [$($form)?] $addr [$name]);
    };
    ($(@$form:ident)? fn $addr:ident = $name:ident) => {
        $crate::__extern_weak_slot!(@pick [$($form)?] $addr [::core::stringify!($name)]);
    };
    ($(@$form:ident)? fn $addr:ident = [$($name:tt)*]) => {
        $crate::__extern_weak_slot!(@pick [$($form)?] $addr [$($name)*]);
    };

    (@pick [got] $addr:ident [$($name:tt)*]) => {
        $crate::__extern_weak_slot!(@got $addr [$($name)*]);
    };
    (@pick [slot] $addr:ident [$($name:tt)*]) => {
        $crate::__extern_weak_slot!(@slot $addr [$($name)*]);
    };
    // A compile error where there is neither ELF nor Mach-O (no Unix
    // loader); else the GOT load where the architecture has one in a single
    // `asm!` sequence, else the data slot on 32-bit x86 and ARM, else a
    // compile error.
    (@pick [] $addr:ident [$($name:tt)*]) => {
        // Braces, not `( );`: a statement that expands to nothing would
        // leave its `;` behind.
        $crate::__weaklink_if_unix_loader! {
            {
                $crate::__extern_weak_slot! { @first [] $addr [$($name)*]
                    got if any(
                        all(
                            not(target_vendor = "apple"),
                            any(
                                all(target_arch = "x86_64", target_pointer_width = "64"),
                                all(target_arch = "aarch64", target_pointer_width = "64"),
                                target_arch = "riscv64",
                                target_arch = "riscv32",
                                target_arch = "loongarch64",
                                target_arch = "s390x",
                            ),
                        ),
                        all(
                            target_vendor = "apple",
                            target_pointer_width = "64",
                            any(target_arch = "x86_64", target_arch = "aarch64"),
                        ),
                    ),
                    slot if any(
                        target_arch = "x86",
                        target_arch = "arm",
                        all(target_arch = "x86_64", target_pointer_width = "32"),
                        all(target_arch = "aarch64", target_pointer_width = "32"),
                    ),
                    unsupported
                }
            } else {
                $crate::__extern_weak_slot!(@unsupported $addr [$($name)*]);
            }
        }
    };
    // `FORM if PREDICATE, .., FORM`: the first form whose predicate holds,
    // else the last one, each predicate written once, as with `cfg_if!`
    // (which the crate this expands in may not have).
    (@first [$($prev:meta),*] $addr:ident [$($name:tt)*] $form:ident if $cfg:meta, $($rest:tt)*) => {
        #[cfg(all($cfg, not(any($($prev),*))))]
        $crate::__extern_weak_slot!(@$form $addr [$($name)*]);
        $crate::__extern_weak_slot! { @first [$($prev,)* $cfg] $addr [$($name)*] $($rest)* }
    };
    (@first [$($prev:meta),*] $addr:ident [$($name:tt)*] $form:ident) => {
        #[cfg(not(any($($prev),*)))]
        $crate::__extern_weak_slot!(@$form $addr [$($name)*]);
    };

    (@unsupported $addr:ident [$($name:tt)*]) => {
        ::core::compile_error!(::core::concat!(
            "`#[weaklink(extern_weak)]` is not available for this target: ",
            "weak references need ELF or Mach-O and stable inline assembly for the architecture. ",
            "Remove `extern_weak` to look `", $($name)*,
            "` up at run time in the default scope instead.",
        ));
        fn $addr() -> *mut ::core::ffi::c_void {
            ::core::ptr::null_mut()
        }
    };

    // ELF: `__weaklink_ewref1_NAME` is a weak reference to NAME that
    // stays an alias. A plain `.weak NAME` would make every reference to
    // NAME in the object file weak, a direct call next to the declaration
    // included; with `.weakref`, NAME stays strong if the object also
    // references it directly. Declared once per object file: the `.L`
    // marker is local to the assembler.
    (@weakref [$($name:tt)*]) => {
        ::core::concat!(
            ".ifndef .L__weaklink_ewref1_", $($name)*, "\n",
            ".set .L__weaklink_ewref1_", $($name)*, ", 1\n",
            ".weakref __weaklink_ewref1_", $($name)*, ", ", $($name)*, "\n",
            ".endif",
        )
    };

    // The GOT load: one `asm!` block declares the reference weak and loads
    // the GOT entry that the loader filled in. `pure, nomem`: the entry is
    // written by the loader only, before any Rust code runs (and is
    // read-only after relocation), so the load may be merged and hoisted.
    (@got $addr:ident [$($name:tt)*]) => {
        #[inline(always)]
        fn $addr() -> *mut ::core::ffi::c_void {
            let addr: *mut ::core::ffi::c_void;
            // SAFETY: the block only loads the GOT entry of a weak
            // reference, which holds the symbol's address or null; it
            // touches no other register, memory, stack or flag.
            unsafe { $crate::__extern_weak_slot!(@got_asm addr [$($name)*]) };
            addr
        }
    };

    // x86_64: `movq NAME@GOTPCREL(%rip), %reg`.
    (@got_asm $out:ident [$($name:tt)*]) => {{
        #[cfg(all(target_arch = "x86_64", not(target_vendor = "apple")))]
        ::core::arch::asm!(
            $crate::__extern_weak_slot!(@weakref [$($name)*]),
            ::core::concat!("movq __weaklink_ewref1_", $($name)*, "@GOTPCREL(%rip), {0}"),
            out(reg) $out,
            options(att_syntax, pure, nomem, nostack, preserves_flags),
        );
        #[cfg(all(target_arch = "x86_64", target_vendor = "apple"))]
        ::core::arch::asm!(
            ::core::concat!(".weak_reference _", $($name)*),
            ::core::concat!("movq _", $($name)*, "@GOTPCREL(%rip), {0}"),
            out(reg) $out,
            options(att_syntax, pure, nomem, nostack, preserves_flags),
        );
        #[cfg(all(target_arch = "aarch64", not(target_vendor = "apple")))]
        ::core::arch::asm!(
            $crate::__extern_weak_slot!(@weakref [$($name)*]),
            ::core::concat!("adrp {0}, :got:__weaklink_ewref1_", $($name)*),
            ::core::concat!("ldr {0}, [{0}, :got_lo12:__weaklink_ewref1_", $($name)*, "]"),
            out(reg) $out,
            options(pure, nomem, nostack, preserves_flags),
        );
        #[cfg(all(target_arch = "aarch64", target_vendor = "apple"))]
        ::core::arch::asm!(
            ::core::concat!(".weak_reference _", $($name)*),
            ::core::concat!("adrp {0}, _", $($name)*, "@GOTPAGE"),
            ::core::concat!("ldr {0}, [{0}, _", $($name)*, "@GOTPAGEOFF]"),
            out(reg) $out,
            options(pure, nomem, nostack, preserves_flags),
        );
        #[cfg(target_arch = "riscv64")]
        $crate::__extern_weak_slot!(@riscv "ld" $out [$($name)*]);
        #[cfg(target_arch = "riscv32")]
        $crate::__extern_weak_slot!(@riscv "lw" $out [$($name)*]);
        #[cfg(target_arch = "loongarch64")]
        ::core::arch::asm!(
            $crate::__extern_weak_slot!(@weakref [$($name)*]),
            ::core::concat!("pcalau12i {0}, %got_pc_hi20(__weaklink_ewref1_", $($name)*, ")"),
            ::core::concat!("ld.d {0}, {0}, %got_pc_lo12(__weaklink_ewref1_", $($name)*, ")"),
            out(reg) $out,
            options(pure, nomem, nostack, preserves_flags),
        );
        #[cfg(target_arch = "s390x")]
        ::core::arch::asm!(
            $crate::__extern_weak_slot!(@weakref [$($name)*]),
            ::core::concat!("lgrl {0}, __weaklink_ewref1_", $($name)*, "@GOTENT"),
            out(reg) $out,
            options(pure, nomem, nostack, preserves_flags),
        );
    }};

    // RISC-V: the GOT entry's address, then a load of the pointer's width.
    (@riscv $load:literal $out:ident [$($name:tt)*]) => {
        ::core::arch::asm!(
            $crate::__extern_weak_slot!(@weakref [$($name)*]),
            ::core::concat!("1: auipc {0}, %got_pcrel_hi(__weaklink_ewref1_", $($name)*, ")"),
            ::core::concat!($load, " {0}, %pcrel_lo(1b)({0})"),
            out(reg) $out,
            options(pure, nomem, nostack, preserves_flags),
        )
    };

    // The data slot: a pointer-sized word holding the symbol's address, in
    // a section of its own that the linker merges across crates (an ELF
    // COMDAT group, a Mach-O weak definition), labelled with a hidden
    // symbol, and read through an `extern` static.
    (@slot $addr:ident [$($name:tt)*]) => {
        // In a module (named like the function, in the other namespace):
        // `global_asm!` must be an item, and this may expand in a block.
        #[allow(non_snake_case)]
        mod $addr {
            #[cfg(all(not(target_vendor = "apple"), target_pointer_width = "64"))]
            $crate::__extern_weak_slot!(@slot_elf [".8byte" "8"] [$($name)*]);
            #[cfg(all(not(target_vendor = "apple"), target_pointer_width = "32"))]
            $crate::__extern_weak_slot!(@slot_elf [".4byte" "4"] [$($name)*]);
            #[cfg(all(target_vendor = "apple", target_pointer_width = "64"))]
            $crate::__extern_weak_slot!(@slot_macho [".quad" "3"] [$($name)*]);
            #[cfg(all(target_vendor = "apple", target_pointer_width = "32"))]
            $crate::__extern_weak_slot!(@slot_macho [".long" "2"] [$($name)*]);
        }

        #[inline(always)]
        fn $addr() -> *mut ::core::ffi::c_void {
            extern "C" {
                #[link_name = ::core::concat!("__weaklink_ew1_", $($name)*)]
                static SLOT: *mut ::core::ffi::c_void;
            }
            // SAFETY: the slot emitted above: a pointer-sized word that
            // the loader relocates before any Rust code runs and that is
            // never written after.
            unsafe { SLOT }
        }
    };
    // `%progbits`, not `@progbits`: `@` starts a comment on ARM.
    (@slot_elf [$ptr:literal $size:literal] [$($name:tt)*]) => {
        ::core::arch::global_asm!(
            $crate::__extern_weak_slot!(@weakref [$($name)*]),
            // Once per object file: a crate may declare a name twice.
            ::core::concat!(".ifndef __weaklink_ew1_", $($name)*),
            ::core::concat!(
                ".pushsection .data.rel.ro.__weaklink_ew1_", $($name)*,
                ",\"awG\",%progbits,__weaklink_ew1_", $($name)*, ",comdat"
            ),
            ::core::concat!(".weak __weaklink_ew1_", $($name)*),
            ::core::concat!(".hidden __weaklink_ew1_", $($name)*),
            ::core::concat!(".type __weaklink_ew1_", $($name)*, ",%object"),
            ::core::concat!(".size __weaklink_ew1_", $($name)*, ", ", $size),
            ::core::concat!(".balign ", $size),
            ::core::concat!("__weaklink_ew1_", $($name)*, ":"),
            ::core::concat!($ptr, " __weaklink_ewref1_", $($name)*),
            ".popsection",
            ".endif",
        );
    };
    // Mach-O: the linker prepends `_` to C names; `.weak_definition`
    // merges the slots of several crates.
    (@slot_macho [$ptr:literal $align:literal] [$($name:tt)*]) => {
        ::core::arch::global_asm!(
            ::core::concat!(".weak_reference _", $($name)*),
            ::core::concat!(".ifndef ___weaklink_ew1_", $($name)*),
            ".pushsection __DATA,__const",
            ::core::concat!(".p2align ", $align),
            ::core::concat!(".globl ___weaklink_ew1_", $($name)*),
            ::core::concat!(".weak_definition ___weaklink_ew1_", $($name)*),
            ::core::concat!(".private_extern ___weaklink_ew1_", $($name)*),
            ::core::concat!("___weaklink_ew1_", $($name)*, ":"),
            ::core::concat!($ptr, " _", $($name)*),
            ".popsection",
            ".endif",
        );
    };
}
