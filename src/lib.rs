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
//! - [`weak!`] (also spelled [`dlsym!`]) declares weak functions as
//!   `static`s. It accepts the spellings the existing private copies use, so
//!   code carrying one can switch by changing an import.
//! - [`WeakFn<F>`] is such a `static`: [`get`](WeakFn::get) returns
//!   `Option<F>`, looking the symbol up the first time only.
//! - [`UnsafeExternFnPtr`] says which types `F` may be: `unsafe extern "C"`
//!   and `unsafe extern "system"` function pointers, 0 to 12 arguments, and C
//!   variadics.
//!
//! # How it works
//!
//! A [`WeakFn`] is two words: a code address that is non-null only once the
//! symbol has been found, and a pointer to its NUL-terminated name whose low
//! bit records "looked up and missing". [`get`](WeakFn::get) loads the
//! address; if it is non-null, that is the answer, and the compiler folds
//! this null test into the caller's `Some`/`None` match, so a call through a
//! found symbol costs one load and one branch more than a direct call.
//! Otherwise `get` calls one small out-of-line function, shared by every
//! declaration in the program, that returns the cached "missing" or looks
//! the symbol up and stores the answer.
//!
//! The load is `Acquire` and the store `Release`, so everything the loader
//! did to make the function callable on the thread that found it is visible
//! to every thread that calls it. Threads racing on the first call may each
//! look the symbol up; they find the same answer. After that, no call looks
//! up again, takes a lock or enters the loader, so [`get`](WeakFn::get) is
//! async-signal-safe once the symbol was resolved, and
//! [`get_cached`](WeakFn::get_cached) always is.
//!
//! # Platforms
//!
//! | platform | lookup |
//! |---|---|
//! | Linux (glibc, musl), Android, macOS, iOS, tvOS, watchOS, visionOS, FreeBSD, NetBSD, OpenBSD, DragonFly, illumos, Solaris | `dlsym(RTLD_DEFAULT, name)`: every object loaded in the process, in load order |
//! | statically linked musl | no dynamic loader: every `get()` is `None` |
//! | everything else, including Windows for now | no backend: every `get()` is `None` |
//!
//! A lookup never loads a library, never panics and never fails to link: a
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
//!   pointer.
//!
//! Without features the crate builds on Rust 1.63.

#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs, clippy::undocumented_unsafe_blocks)]

mod cache;
mod fnptr;
mod macros;
mod symbol;
mod sys;
mod syscall;

pub use crate::cache::{State, WeakFn, WeakStatic};
pub use crate::fnptr::UnsafeExternFnPtr;
pub use crate::symbol::Symbol;

/// Not public API: used by the macros' expansions.
#[doc(hidden)]
pub mod __private {
    pub use crate::syscall::{SyscallArg, SyscallRet};
    pub use core::{concat, stringify};
    pub use libc;

    /// `ENOSYS` on this platform.
    pub const ENOSYS: libc::c_int = crate::sys::ENOSYS;

    /// Sets the calling thread's `errno`, where the platform has one.
    pub fn set_errno(value: libc::c_int) {
        crate::sys::set_errno(value);
    }

    /// Built with `--cfg weaklink_force="syscall"` or `="enosys"`:
    /// `syscall!` never calls libc's function.
    pub const FORCE_NO_LIBC: bool =
        cfg!(any(weaklink_force = "syscall", weaklink_force = "enosys"));

    /// Built with `--cfg weaklink_force="enosys"`: `syscall!` never makes
    /// the raw system call either.
    pub const FORCE_NO_SYSCALL: bool = cfg!(weaklink_force = "enosys");

    /// The length of `name` with a NUL appended.
    pub const fn len_with_nul(name: &str) -> usize {
        name.len() + 1
    }
}
