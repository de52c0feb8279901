//! A `#![no_std]` crate that depends on weaklink under another name (`wl`)
//! and imports nothing else from it: the macros' expansions must stand on
//! `$crate::` paths alone and pass the strictest lints.
#![no_std]
#![deny(
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    clippy::undocumented_unsafe_blocks
)]

use libc::c_int;

wl::weak! {
    /// `pipe2(2)`.
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    /// A symbol no system has.
    pub(crate) fn weaklink_no_std_user_missing();
}

wl::dlsym! {
    /// `dup3(2)`, in mio's spelling.
    pub fn dup3(c_int, c_int, c_int) -> c_int
}

wl::weak! {
    /// An `extern` block, as bindgen writes one.
    #[link(name = "c")]
    extern "C" {
        /// `getpid(2)`.
        #[link_name = "getpid"]
        pub fn process_id() -> libc::pid_t;
        /// `snprintf(3)`.
        pub fn snprintf(buf: *mut libc::c_char, len: libc::size_t, format: *const libc::c_char, ...) -> c_int;
    }
}

/// Opens a pipe with `O_CLOEXEC` set, the way the standard library does.
///
/// # Errors
///
/// The `errno` of the failing call.
pub fn make_pipe() -> Result<[c_int; 2], c_int> {
    let mut fds = [-1; 2];
    let rc = match pipe2.get() {
        // SAFETY: the declaration matches pipe2(2); `fds` has room for two.
        Some(f) => unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) },
        // SAFETY: `fds` has room for two descriptors.
        None => unsafe { libc::pipe(fds.as_mut_ptr()) },
    };
    if rc == 0 {
        Ok(fds)
    } else {
        Err(rc)
    }
}

/// Whether the missing symbol was found (never).
#[must_use]
pub fn missing_found() -> bool {
    weaklink_no_std_user_missing.get().is_some()
}

/// The process id, through the renamed symbol, if it was found.
#[must_use]
pub fn pid() -> Option<libc::pid_t> {
    // SAFETY: getpid(2) takes nothing and returns a pid_t.
    process_id.get().map(|f| unsafe { f() })
}

/// Whether `dup3` and `snprintf` were found.
#[must_use]
pub fn others_found() -> (bool, bool) {
    (dup3.resolve(), snprintf.resolve())
}

/// A declaration inside a function body.
#[must_use]
pub fn local() -> bool {
    wl::weak!(
        fn getppid() -> libc::pid_t;
    );
    getppid.get().is_some()
}

wl::weak! {
    /// The environment, as the C library keeps it.
    pub static environ: *const *const libc::c_char;
    /// `getpid(2)`, the definition after this object's.
    #[weaklink(next)]
    #[link_name = "getpid"]
    pub fn next_getpid() -> libc::pid_t;
    /// `memcpy`, in the C library, in its original version.
    #[weaklink(library = "libc.so.6", version = "GLIBC_2.2.5")]
    #[link_name = "memcpy"]
    pub fn memcpy_old(
        dst: *mut libc::c_void,
        src: *const libc::c_void,
        n: libc::size_t,
    ) -> *mut libc::c_void;
}

#[cfg(target_os = "linux")]
wl::syscall! {
    /// `gettid(2)`: libc's, else the system call, else `ENOSYS`.
    pub fn gettid() via SYS_gettid -> libc::pid_t;
    /// `getrandom(2)`.
    pub fn getrandom(buf: *mut u8, len: usize, flags: u32) via SYS_getrandom -> isize
}
