//! Weak linking on stable Rust: call C functions that may or may not exist
//! in the running process.
//!
//! Stable Rust has no weak linkage, so a program that names a function its
//! libc lacks fails to load. The usual way out, in the standard library,
//! mio, rustix and getrandom alike, is a small private macro: look the symbol
//! up with `dlsym` once, cache the answer in an atomic, call it if it is
//! there and fall back if not. This crate is that pattern, written once.
//!
//! ```
//! use libc::c_int;
//! use weaklink::weak;
//!
//! weak! {
//!     fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
//! }
//!
//! fn make_pipe(fds: &mut [c_int; 2]) -> c_int {
//!     match pipe2.get() {
//!         // SAFETY: the declaration above matches pipe2(2).
//!         Some(f) => unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) },
//!         // SAFETY: `fds` has room for two descriptors. (Real code would
//!         // also set FD_CLOEXEC on both with fcntl.)
//!         None => unsafe { libc::pipe(fds.as_mut_ptr()) },
//!     }
//! }
//!
//! let mut fds = [-1; 2];
//! assert_eq!(make_pipe(&mut fds), 0);
//! # unsafe { libc::close(fds[0]); libc::close(fds[1]); }
//! ```
//!
//! - [`weak!`] (also spelled [`dlsym!`]) declares weak functions and
//!   variables as `static`s. It accepts the spellings the existing private
//!   copies use, so code carrying one can switch by changing an import.
//! - [`WeakFn<F>`] is such a function: [`get`](WeakFn::get) returns
//!   `Option<F>`, looking the symbol up the first time only.
//!   [`WeakStatic<T>`] is the same for a C global variable.
//! - [`syscall!`] declares a function that calls libc's function when libc
//!   has it, else makes the raw system call, else fails with `ENOSYS`;
//!   [`weakcall!`] one that calls libc's function or fails with `ENOSYS`;
//!   [`raw_syscall!`] one that makes the raw system call only (looking
//!   libc's function up only where there are no raw system calls).
//! - `#[weaklink(extern_weak)]` on a declaration makes it an
//!   [`ExternWeak<F>`] (or [`ExternWeakStatic<T>`]): a weak reference the
//!   dynamic loader binds when the program is loaded, never looked up.
//! - [`Symbol`] is the request: a name checked at compile time, and where
//!   to look for it.
//! - [`UnsafeExternFnPtr`] says which types `F` a hand-written
//!   [`WeakFn::new`] accepts: `unsafe extern "C"` and `unsafe extern
//!   "system"` function pointers, 0 to 12 arguments, and C variadics. The
//!   macros build the pointer type themselves and also accept parameters
//!   with lifetimes.
//!
//! # How it works
//!
//! A [`WeakFn`] is two words: a pointer to its [`Symbol`] (name and scope),
//! and the answer, which is null until the symbol is looked up, then either
//! 1 for "missing" or the address found (no object lies at address 1).
//! [`get`](WeakFn::get) loads the answer; one unsigned comparison tells a
//! found address from the other two, and the compiler folds it into the
//! caller's `Some`/`None` match. A call through a found symbol is the load,
//! the comparison and a branch, then the call; a cached miss is the load,
//! the comparison and two branches, then the fallback; both in the
//! caller's own code. Only a symbol not looked up yet calls the one small
//! out-of-line function, shared by every declaration in the program, that
//! looks it up and stores the answer.
//!
//! The answer is loaded with `Acquire` and stored, once, by a
//! compare-exchange from null (`AcqRel`), so everything the loader did to
//! make the function callable on the thread that found it is visible to
//! every thread that calls it. Threads racing on the first call may each
//! look the symbol up, but the first to store its answer wins, and every
//! other thread returns that answer instead of its own, found or missing.
//! (Their answers differ only if a library defining the symbol is loaded or
//! unloaded meanwhile.) The answer is one word, stored in one step, so no
//! caller ever waits for another in the cache: a signal handler that
//! interrupts a lookup, or the child of a `fork` taken during one, makes a
//! lookup of its own. That lookup enters the loader, which is neither
//! async-signal-safe nor safe after a multi-threaded `fork`: resolve
//! beforehand what such code calls ([`resolve`](WeakFn::resolve)).
//! After that, no call looks up again, takes a lock or enters the loader,
//! so [`get`](WeakFn::get) is async-signal-safe once the symbol was
//! resolved, and [`get_cached`](WeakFn::get_cached) always is.
//!
//! A found answer is refused, and the symbol reported missing, when it is
//! the calling thread's own copy of a thread-local variable (`dlsym`
//! answers a thread-local name, such as glibc's `errno`, with the caller's
//! copy, which must never be cached for every thread): where
//! `dl_iterate_phdr` reports each loaded object's thread-local block
//! (Linux, Android 11 and newer, FreeBSD, DragonFly, NetBSD, x86_64
//! Solaris), an answer inside the calling thread's block of any object is
//! refused; everywhere, an answer that lies in no loaded object is refused,
//! which is where such a copy lies otherwise. An absolute symbol (no
//! address in any object) and a null answer (an absolute symbol of value 0,
//! an IFUNC resolver returning null) are missing too. The details, and how
//! the object behind an answer is kept loaded, are in `src/sys/unix.rs`.
//!
//! # Three ways to call an optional C function
//!
//! | | a lookup: `fn f();` | a fallback body: `fn f() { .. }` | `#[weaklink(extern_weak)] fn f();` |
//! |---|---|---|---|
//! | what it declares | a `static` [`WeakFn`] | an `unsafe fn` (a self-replacing thunk) | a `const` [`ExternWeak`] |
//! | answered | on the first call, by `dlsym` | on the first call, by `dlsym` | when the program is loaded, by the loader |
//! | found: call cost over a direct call (x86_64) | 3 instructions | 1 | 3 |
//! | missing: `get()` + fallback over a direct call | 2 | 1 | 2 |
//! | first call | one lookup (thousands of instructions) | one lookup | like every other call |
//! | scopes (`next`, `library`, `version`) | yes | yes | no: the loader's binding |
//! | static executables | always missing (no loader) | the body | found if linked in |
//! | built against a newer C library than it runs on | missing | the body | **may not start** (glibc versions) |
//! | Windows | yes | yes | compile error |
//!
//! Use a lookup by default: it adapts to whatever the running system has.
//! Write a fallback body when the fallback is a function of the same
//! signature: calls cost one load more than a direct call, found or not.
//! Use `extern_weak` for static executables, for code that must not enter
//! the loader at any time (seccomp sandboxes, signal handlers from their
//! first instruction), when the program is built against the oldest C
//! library it supports, and never for `GLIBC_PRIVATE` symbols; see
//! [`ExternWeak`] for the glibc version trap. The figures come from
//! `benches/figures.sh` (callgrind).
//!
//! # When to use libloading instead
//!
//! weaklink looks symbols up in what the process has already loaded, and
//! never loads anything (the one exception is opt-in and Windows only: a
//! system DLL, from the system directory, with `load = "system32"`; see
//! [Scopes](#scopes)). To load a plugin or an optional library that is
//! not loaded yet (`dlopen`/`LoadLibrary` by path, with its error message,
//! and unloading it again), use a dynamic-loading crate such as
//! `libloading`: its `Symbol` borrows the library, so the borrow checker
//! keeps it loaded while the symbol is used. weaklink is for a few functions
//! of libraries the program already has, called many times, as cheaply as a
//! direct call.
//!
//! # Switching from a private copy
//!
//! - **std's `weak!`/`dlsym!`, mio's `dlsym!`, security-framework's
//!   `dlsym!`**: import [`weak!`] or [`dlsym!`] instead; the spellings are
//!   accepted as they are. std's `syscall!` (without `via`) cannot be
//!   accepted on stable: add `via SYS_name`.
//! - **rustix's `weak!`, `weakcall!`, `weak_or_syscall!` and `syscall!`**:
//!   each becomes a forward, in rustix's `src/weak.rs`, to the weaklink
//!   macro with rustix's meaning, and no call site changes:
//!   `macro_rules! weak { ($($t:tt)*) => { ::weaklink::weak! { $($t)* } } }`,
//!   `weakcall!` to [`weakcall!`] (libc's function, else `ENOSYS`),
//!   `weak_or_syscall!` to [`weak_or_syscall!`] (libc's function, else the
//!   raw system call: the same macro as [`syscall!`]), and rustix's
//!   `syscall!` to [`raw_syscall!`], which on Linux and Android makes the
//!   raw system call and never calls libc (glibc's `setuid` changes every
//!   thread's credentials, the system call the calling thread's only), and
//!   elsewhere looks libc's function up, else `ENOSYS`, as rustix's does.
//!   Every spelling rustix's libc backend uses is accepted: bare parameter
//!   types in `weak!`, `via` a constant of the enclosing function,
//!   `pub(in super::super)`. The arguments of the `syscall!` forms must
//!   implement [`SyscallIntegerOrPointer`], as rustix's `AsSyscallArg`
//!   required; std's `BorrowedFd` needs weaklink's `std` feature, and a
//!   crate's own descriptor type can implement the trait. Where rustix has
//!   long wanted weak linkage instead of `dlsym` (rustix issue 125), add
//!   `#[weaklink(extern_weak)]` to a declaration, in any of the four
//!   macros: the loader binds the function (or leaves it null) when the
//!   program starts, and nothing is looked up.
//! - **getrandom's `Weak`/`LazyPtr`, filetime's hand-written lookup**: a
//!   [`weak!`] declaration, then `.get()` where they call their `ptr()`.
//! - **winit's and tao's `get_function!`** (Windows): each
//!   `get_function!("user32.dll", GetDpiForWindow)` in a lazy static
//!   becomes a declaration in one `weak!` block per DLL, with
//!   `#[weaklink(library = "user32.dll", load = "system32")]` on an
//!   `extern "system"` block; `.get()` where they read the static. Their
//!   `LoadLibraryA` searches the default order (the program's directory
//!   first, for a DLL that is not one of the system's KnownDLLs);
//!   `load = "system32"` searches the system directory only, which
//!   is where user32.dll, shcore.dll and uxtheme.dll are. A lookup by
//!   ordinal, `GetProcAddress(module, MAKEINTRESOURCEA(132))` in the dark
//!   mode code, is `#[weaklink(library = "uxtheme.dll", load = "system32",
//!   ordinal = 132)]` on a declaration named after the function. The test
//!   suite's `tests/windows_dlls.rs` has this port, checked against
//!   `LoadLibraryA` and `GetProcAddress`.
//! - **backtrace-rs's `dbghelp!`, parking_lot_core's keyed events and
//!   `WaitOnAddress`** (Windows): a group of functions of one DLL, each
//!   resolved once and cached, becomes one `weak!` block with the DLL's
//!   library scope on its `extern "system"` block: each function is looked
//!   up on its first `get()`, found or missing for good, without a
//!   `static mut` or a lock. parking_lot_core asks `GetModuleHandleA` only
//!   (ntdll.dll is always loaded): `library = "ntdll.dll"` alone, which
//!   never loads. backtrace-rs loads dbghelp.dll with `LoadLibraryA`:
//!   `load = "system32"` loads the system's copy, never one next to the
//!   program (load such a copy yourself first if you ship one: a loaded
//!   module of that name is used wherever it came from). A group that is
//!   all-or-nothing checks every `get()` of it, as they check every
//!   `GetProcAddress`. Calls into dbghelp still need the caller's lock:
//!   dbghelp is single-threaded.
//! - **objc2's weakly linked classes, cidre's `DlSym<T>`,
//!   core-foundation-sys's `linkage = "extern_weak"`** (Apple): a class
//!   newer than the deployment target is a
//!   `#[weaklink(extern_weak)] #[link_name = "OBJC_CLASS_$_Name"] static`
//!   whose `get()` gives the `Option<&AnyClass>` objc2 wants; a framework's
//!   constant or function is the same declaration in core-foundation-sys's
//!   own `extern` block form, on stable Rust; cidre's functions and data
//!   looked up by name are [`weak!`] declarations. What the link needs (the
//!   symbol in the SDK's stub, `-weak_framework` for a framework that may
//!   be missing) is in [`ExternWeak`]'s section on Apple.
//! - With `#[macro_use] extern crate weaklink;` (edition 2015), a target
//!   where the crate declares no weak symbol warns that the import is
//!   unused; weaklink cannot prevent that. Gate the `extern crate` with the
//!   same `#[cfg]` as its uses, or use paths (`weaklink::weak!`).
//! - Behaviour that differs from the copies: a thread's copy of a
//!   thread-local variable, and an answer in no loaded object, are refused;
//!   the answer's object is kept loaded; racing first calls all return the
//!   first answer stored; `dlerror()` is left empty after a lookup. Like
//!   std's, rustix's and mio's copies, weaklink caches a miss too.
//!
//! # Scopes
//!
//! Where a symbol is looked up is chosen in its declaration, with a
//! `#[weaklink(...)]` attribute in [`weak!`] (or with [`Symbol`]'s methods
//! by hand). `version` combines with `next` or `library`, which exclude
//! each other (a compile error); `ordinal` and `load` (Windows only) come
//! after a `library`; on an `extern` block the options apply to every item.
//!
//! | attribute | Unix | Windows |
//! |---|---|---|
//! | (none) | `dlsym(RTLD_DEFAULT, name)` | `GetProcAddress` on each loaded module, in load order |
//! | `#[weaklink(next)]` | `dlsym(RTLD_NEXT, name)` | compile error |
//! | `#[weaklink(library = "libssl.so.3")]` | matched against the loaded objects, then `dlopen(its path, RTLD_NOLOAD \| RTLD_LAZY)` and `dlsym` in it | `GetModuleHandleExW`, then `GetProcAddress` |
//! | `#[weaklink(version = "GLIBC_2.2.5")]` | `dlvsym` on glibc, FreeBSD and NetBSD; elsewhere `None` | compile error |
//! | `#[weaklink(library = "uxtheme.dll", ordinal = 132)]` | compile error (no ordinals: look up by name) | `GetProcAddress(module, MAKEINTRESOURCEA(132))` in the library |
//! | `#[weaklink(library = "shcore.dll", load = "system32")]` | compile error (open the library yourself first) | the loaded module, else `LoadLibraryExW(name, NULL, LOAD_LIBRARY_SEARCH_SYSTEM32)`, unloaded again after a miss |
//! | `#[weaklink(extern_weak)]` | no lookup: a weak reference the loader binds ([`ExternWeak`]) | compile error |
//!
//! ```
//! use libc::{c_char, c_void, size_t};
//!
//! weaklink::weak! {
//!     // In zlib, if the process has loaded it; never loads it.
//!     #[weaklink(library = "libz.so.1")]
//!     fn zlibVersion() -> *const c_char;
//!
//!     // The original memcpy of x86_64 glibc, which tolerated overlap.
//!     #[weaklink(version = "GLIBC_2.2.5")]
//!     #[link_name = "memcpy"]
//!     fn memcpy_old(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
//! }
//! # let _ = (zlibVersion.get(), memcpy_old.get());
//! ```
//!
//! **Default**: every object the process has loaded and made global, in
//! load order: the executable, its libraries and what they need, `LD_PRELOAD`
//! libraries (glibc, musl, the BSDs, illumos), and libraries opened with
//! `RTLD_GLOBAL`. Libraries opened with `RTLD_LOCAL` are not searched from
//! the program: name them with `library`. (Code inside such a library sees
//! more: see [From inside a plugin](#from-inside-a-plugin).) On the Apple
//! platforms, every loaded image in load order; on Android, the executable's
//! global group (Android 7 and newer also apply linker namespaces).
//!
//! **`next`**: the objects after the one making the call, in the same order:
//! the definition an interposer hides. "The one making the call" is the
//! object weaklink is linked into, normally your executable or `cdylib`;
//! see `examples/interpose` for an `LD_PRELOAD` library that forwards with
//! it. On macOS, `DYLD_INSERT_LIBRARIES` interposers usually use the
//! `__interpose` section instead, which needs no lookup.
//!
//! **`library`**: one library, only if it is already loaded, matched
//! against the loaded objects' paths, file names and sonames before the
//! loader is asked. The lookup never loads a library, and when the library
//! is not loaded it makes no file-system call at all, so it never runs a
//! library's initialisers or opens a path an attacker could plant a library
//! at. A library the loader recorded by a relative path (`dlopen("./x.so")`)
//! is never matched: after a change of directory that path names another
//! file. When the symbol is found, the handle is kept for the life of the
//! process so that the library stays loaded under the cached pointer.
//! OpenBSD has no `RTLD_NOLOAD` in the `libc` crate: there, such a symbol
//! is never found.
//!
//! The search covers the library *and what it depends on*, in the loader's
//! order, as `dlsym` on the library's handle does: `library = "libfoo.so.1"`
//! also finds a symbol of a library libfoo links against, the C library's
//! functions included, and an `LD_PRELOAD` library is not searched. On ELF
//! systems a name without a `/` matches an object's soname or the last
//! component of the path the loader recorded for it; a name with a `/`
//! matches that recorded path exactly. The recorded path is the one the
//! object was loaded by (given to `dlopen`, or found by the loader's
//! search): a library loaded through a symbolic link is known by the link's
//! name, not its target's. A library without a soname is matched by that
//! path only. There is no prefix matching: `libfoo.so` does not match
//! `libfoo.so.1`.
//!
//! **`ordinal`** (Windows): the library's export of that number, for
//! functions a DLL exports by number only (uxtheme.dll's dark-mode calls).
//! The declaration's name is not looked up; it names the symbol in
//! `Debug`. Ordinal 0, or an ordinal before any `library`, is a compile
//! error. See [`Symbol::ordinal`].
//!
//! **`load = "system32"`** (Windows): the library scope, except that a
//! library that is not loaded is loaded, with `LoadLibraryExW` and
//! `LOAD_LIBRARY_SEARCH_SYSTEM32`: from the system directory, never from
//! the program's directory, the current directory or `PATH`, so no planted
//! DLL can be picked up. After a miss the library is unloaded again; after
//! a find it stays loaded. The name must be a bare file name
//! (`"uxtheme.dll"`), a compile error otherwise. This is the one way
//! weaklink loads a library, for the system DLLs that GUI crates load
//! themselves before their first call; everything else (a DLL next to the
//! program, a plugin, anything on Unix), load yourself before the first
//! `get()`, then use `library` alone. See [`Symbol::load_from_system32`].
//!
//! **`version`**: one version of a versioned symbol, for ABIs that changed
//! behind one name. In an object that has versions, only a symbol of the
//! version asked for is found. glibc's `dlvsym` also accepts a symbol of an
//! object that has no version information at all, whatever version is asked
//! for.
//!
//! In every scope, a symbol the loader finds but whose value is no usable
//! address is missing (see [How it works](#how-it-works)): an absolute
//! symbol, whether its value is 0 (which `dlsym` answers as null) or not,
//! and an IFUNC whose resolver returns null.
//!
//! ## Interposition and caching
//!
//! A lookup finds what the loader would have bound: with an `LD_PRELOAD`
//! library defining the function, the default scope finds that definition,
//! exactly as a direct call would reach it. The answer is cached on the
//! first `get()`: libraries loaded later, interposing or not, do not change
//! it, and a missing symbol stays missing.
//!
//! ## From inside a plugin
//!
//! A lookup runs in the object that weaklink is compiled into, and the
//! loader answers according to who asks. Take a program run with an
//! `LD_PRELOAD` library P, that loads a plugin L (a Rust `cdylib` that uses
//! weaklink) with `dlopen(.., RTLD_LOCAL)`; L links against a library D that
//! nothing else loads. P and D both define `who`; only D defines `d_only`.
//! On glibc (`tests/plugins.rs`):
//!
//! | scope | asked from the program | asked from code in L |
//! |---|---|---|
//! | default | `who`: P's; `d_only`: missing | `who`: P's; `d_only`: D's |
//! | `next` | `who`: P's; `d_only`: missing | `who`: D's; `d_only`: D's |
//! | `library = "D"` | `who`: D's; `d_only`: D's | the same |
//! | `library = "L"` | `who`: D's; `d_only`: D's | the same |
//!
//! From inside the plugin, the default scope searches the global objects
//! first, then the plugin's own group (the plugin and its dependencies), so
//! the plugin's `RTLD_LOCAL` dependencies are visible to it and to no one
//! else. `next` from the plugin searches what follows the plugin in its
//! group and skips an `LD_PRELOAD` interposer: a plugin that calls a C
//! function through `next` bypasses the interposers the program's own calls
//! go through; the default scope does not.
//!
//! ## Interposing `malloc`
//!
//! The first lookup of a symbol asks the loader, and the loader may call
//! `malloc`: glibc's `dlsym` formats a miss's `dlerror()` message with it.
//! So an interposed `malloc` that calls `get()` on a symbol not looked up
//! yet re-enters itself, calls `get()` again before the first lookup has
//! stored anything, and recurses until the stack overflows. Resolve
//! everything the allocator needs before it can be called, for example in
//! an ELF constructor, and call only [`get_cached`](WeakFn::get_cached)
//! inside it, which never looks up; serve the allocations made before that
//! (by the loader, and by the lookups themselves) from a static buffer:
//!
//! ```no_run
//! # #[cfg(all(target_os = "linux", target_env = "gnu"))]
//! # mod interposer {
//! use libc::{c_void, size_t};
//!
//! weaklink::weak! {
//!     #[weaklink(next)]
//!     #[link_name = "malloc"]
//!     fn next_malloc(size: size_t) -> *mut c_void;
//! }
//!
//! // Runs when the library is loaded, before the program's code.
//! extern "C" fn resolve() {
//!     next_malloc.resolve();
//! }
//! #[used]
//! #[link_section = ".init_array"]
//! static RESOLVE: extern "C" fn() = resolve;
//!
//! /// # Safety
//! ///
//! /// As for malloc(3).
//! #[no_mangle]
//! pub unsafe extern "C" fn malloc(size: size_t) -> *mut c_void {
//!     match next_malloc.get_cached() {
//!         // SAFETY: the C library's malloc(3).
//!         Some(real) => unsafe { real(size) },
//!         // Not resolved yet: never look up here.
//!         None => from_static_buffer(size),
//!     }
//! }
//! # fn from_static_buffer(_: size_t) -> *mut c_void { core::ptr::null_mut() }
//! # }
//! ```
//!
//! `examples/malloc-interpose` in the repository is a complete one
//! (`calloc`, `realloc`, `free` and the buffer), run by the test suite
//! under `LD_PRELOAD`.
//!
//! # Data symbols
//!
//! A `static` item in [`weak!`] declares a [`WeakStatic<T>`], for C globals
//! such as `environ`, `__progname` or glibc's `__libc_single_threaded`. Its
//! `get()` returns `Option<NonNull<T>>`, never a reference, since the C side
//! may write the variable at any time.
//!
//! # Platforms
//!
//! | platform | lookup |
//! |---|---|
//! | Linux (glibc, musl), Android, macOS, iOS, tvOS, watchOS, visionOS, FreeBSD, NetBSD, OpenBSD, DragonFly, illumos, Solaris | the `dl*` functions, as above |
//! | statically linked musl | no dynamic loader: every `get()` is `None` (link directly to what you must have there) |
//! | Windows | `GetProcAddress` on modules already loaded (`K32EnumProcessModules`, `GetModuleHandleExW`); `LoadLibraryExW` from the system directory only for a declaration with `load = "system32"` |
//! | everything else | no backend: every `get()` is `None` |
//!
//! A lookup never loads a library (unless its declaration says `load =
//! "system32"`, on Windows), never panics and never fails to link: a
//! symbol that cannot be found, for whatever reason, is `None`.
//!
//! Android 4.4 was reported to raise `SIGFPE` from `dlsym(RTLD_DEFAULT, ..)`
//! for a missing symbol; Android before 5.0 (API level 21) is not supported.
//!
//! # Lookups that come too late
//!
//! Lookups are lazy. A process that enters a sandbox (seccomp, `pledge`)
//! after start-up may no longer be allowed to do what the loader does, and a
//! signal handler or the child of a multi-threaded `fork` must not enter the
//! loader at all. Call [`WeakFn::resolve`] on what you need before, and
//! [`WeakFn::get_cached`] after.
//!
//! # Cargo features
//!
//! - `c-unwind` (Rust 1.71+): also accept `unsafe extern "C-unwind" fn`
//!   pointers.
//! - `diagnostics` (Rust 1.78+): a custom compiler message when a
//!   [`WeakFn`] is given a type that is not an `unsafe extern` function
//!   pointer, or a [`syscall!`] argument that is not an integer or a
//!   pointer.
//! - `std`: links the standard library, for the implementations that need
//!   its types: [`SyscallIntegerOrPointer`] for `BorrowedFd<'_>` on Unix.
//!   Not for targets without `std`.
//!
//! Without features the crate builds on Rust 1.63.

// # Auditing this crate
//
// Read it in this order; each step relies only on the ones before.
//
// 1. `symbol.rs`: the request. A `Symbol` holds `'static` byte strings that
//    `check_c_string` proved (in const evaluation, so a bad name does not
//    compile) to be UTF-8, non-empty and NUL-terminated exactly once. No
//    `unsafe`. Every backend hands these strings to C as they are.
// 2. `cache.rs`: the one-word state machine (its table is at the top):
//    one compare-exchange from null stores the answer, once. Its one
//    `unsafe`: `fnptr.rs`'s `fn_from_addr`, which turns a non-null address
//    into `F` (sound because `WeakFn<F>` is only built for pointer-sized
//    `unsafe extern` fn types: `UnsafeExternFnPtr`, or the macros' own
//    types through `new_unchecked`, which asserts the size).
// 3. `sys/mod.rs` (its one `unsafe` writes `errno` through the C library's
//    own locator), then the backend of the platform at hand: `sys/unix.rs`
//    with `sys/unix/phdr.rs` (ELF) or `sys/unix/by_dladdr.rs` and
//    `sys/unix/dyld.rs` (Apple), or `sys/windows.rs`. Their `unsafe` is FFI:
//    the `dl*` / kernel32 calls with NUL-terminated strings from step 1 and
//    out-parameters on the stack, and, in `phdr.rs`, reading the loader's
//    `dl_phdr_info` records, their program headers and names, and the
//    segments they describe, only during the `dl_iterate_phdr` callback
//    (the loader keeps them valid and mapped then) and only within a
//    readable `PT_LOAD` segment (`Object::bytes`). The module docs of
//    `sys/unix.rs` list what a found answer must satisfy and which test
//    shows each rule.
// 4. `macros.rs` (and the `__weak_symbol!` family in `symbol.rs`): pure
//    token plumbing; their one `unsafe` is `WeakFn::new_unchecked` on an
//    `unsafe extern "ABI" fn(..)` type the macro itself wrote.
// 5. Optional machinery, each independent of the others: `thunk.rs`
//    (declarations with a fallback body: a function pointer swapped once,
//    the body run behind an abort-on-unwind guard; `reinterpret` moves
//    between a function pointer and its address, sizes asserted), `syscall.rs` (the raw
//    system call; arguments only through `SyscallIntegerOrPointer`), and
//    `extern_weak.rs` (weak references bound by the loader, read with
//    `asm!`; no lookup at all).
//
// The crate denies `unsafe_op_in_unsafe_fn` and warns on undocumented
// `unsafe` blocks: each has a `// SAFETY:` comment saying what it relies on.

#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs, clippy::undocumented_unsafe_blocks)]

#[cfg(feature = "std")]
extern crate std;

mod cache;
mod extern_weak;
mod fnptr;
mod macros;
mod symbol;
mod sys;
mod syscall;
mod thunk;

pub use crate::cache::{State, WeakFn, WeakStatic};
pub use crate::extern_weak::{ExternWeak, ExternWeakStatic};
pub use crate::fnptr::UnsafeExternFnPtr;
pub use crate::symbol::Symbol;
pub use crate::syscall::{SyscallIntegerOrPointer, SyscallWord};

// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Not public API: used by the macros' expansions.
#[doc(hidden)]
pub mod __private {
    pub use crate::extern_weak::check_asm_name;
    pub use crate::symbol::check_forwarded_attribute;
    pub use crate::syscall::{
        enosys, syscall_word, SignedIntegerReturn, FORCE_NO_LIBC, FORCE_NO_SYSCALL,
        RAW_SYSCALL_LOOKS_UP,
    };
    pub use crate::thunk::{abort_on_unwind, Thunk};
    pub use libc;
}
