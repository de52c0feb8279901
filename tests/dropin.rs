//! What a crate switching from its own private copy relies on: the names
//! looked up are the names written, any parameter name or function name
//! works, signatures may have lifetimes, `syscall!` takes any number, and
//! `--cfg weaklink_force="missing"` turns every lookup into a miss.
//!
//! Unix, and WASI, where every lookup is a miss: the names and the fallback
//! bodies are checked there too.
#![cfg(any(unix, target_os = "wasi"))]

#[cfg(unix)]
use std::os::unix::io::{AsFd, BorrowedFd};

use libc::{c_int, pid_t};
use weaklink::weak;

mod common;

/// Whether lookups can find anything in this build.
fn finds() -> bool {
    common::has_loader() && !cfg!(weaklink_force = "missing")
}

weak! {
    // A raw identifier: `r#type` is looked up as `type`.
    fn r#type() -> c_int;
    // A `#[link_name]` written with `concat!`.
    #[link_name = concat!("get", "pid")]
    fn pid_by_concat() -> pid_t;
}

#[cfg(unix)]
weak! {
    // Lifetimes in parameters, as rustix and std declare them.
    fn fstat(fd: BorrowedFd<'_>, buf: &mut libc::stat) -> c_int;
    fn clock_gettime(clock: libc::clockid_t, tp: &mut libc::timespec) -> c_int;
}

#[test]
fn raw_identifiers_look_up_the_plain_name() {
    assert_eq!(r#type.name(), "type");
}

#[test]
fn concat_link_name_is_read() {
    assert_eq!(pid_by_concat.name(), "getpid");
    assert_eq!(pid_by_concat.get().is_some(), finds());
    if let Some(f) = pid_by_concat.get() {
        // SAFETY: getpid(2).
        assert_eq!(unsafe { f() } as u32, std::process::id());
    }
}

#[cfg(unix)]
#[test]
fn borrowed_fd_and_mut_ref_parameters() {
    let file = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).unwrap();
    if let Some(f) = fstat.get() {
        // SAFETY: all zeroes is a valid `stat`.
        let mut buf: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: fstat(2) with an open descriptor and a `stat` to fill.
        assert_eq!(unsafe { f(file.as_fd(), &mut buf) }, 0);
        use std::os::unix::fs::MetadataExt;
        assert_eq!(buf.st_ino as u64, file.metadata().unwrap().ino());
    } else {
        assert!(!finds() || cfg!(target_env = "gnu"), "fstat missing");
    }
    if let Some(f) = clock_gettime.get() {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime(2) with a valid clock and a timespec.
        assert_eq!(unsafe { f(libc::CLOCK_MONOTONIC, &mut ts) }, 0);
        assert!(ts.tv_sec > 0 || ts.tv_nsec > 0);
    } else {
        assert!(!finds());
    }
}

// Names the expansion must not trip over: functions and parameters named as
// the expansion's own locals, a parameter named as its function, and a body
// that recurses by its own name.
weak! {
    fn f(x: u32) -> u32 { x + 1 }
    fn guard(guard: u32) -> u32 { guard + 2 }
    fn result(f: u32) -> u32 { f + 3 }
    fn weaklink_test_factorial(n: u64) -> u64 {
        // SAFETY: the function has no requirements.
        if n <= 1 { 1 } else { n * unsafe { weaklink_test_factorial(n - 1) } }
    }
}

#[test]
fn any_name_works_in_a_fallback_body() {
    // SAFETY: none of these has requirements, and no C library defines
    // them with another signature (`f`, `guard` and `result` are missing).
    unsafe {
        assert_eq!(f(1), 2);
        assert_eq!(guard(1), 3);
        assert_eq!(result(1), 4);
        assert_eq!(weaklink_test_factorial(10), 3_628_800);
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
mod syscalls {
    use super::*;
    use weaklink::syscall;

    /// A constant of the crate's own, where `libc` has none.
    const SYS_WEAKLINK_GETPID: libc::c_long = libc::SYS_getpid;
    const fn getpid_number() -> libc::c_long {
        libc::SYS_getpid
    }
    mod consts {
        pub const SYS_MINE: libc::c_long = libc::SYS_getpid;
    }

    syscall! {
        fn rc(x: c_int) via SYS_getpid -> c_int;
        fn by_local(x: c_int) via SYS_WEAKLINK_GETPID -> c_int;
        fn by_path() via consts::SYS_MINE -> c_int;
        fn by_libc_path() via libc::SYS_getpid -> c_int;
        fn by_expression() via (getpid_number()) -> c_int;
        // `#[link_name]` names libc's function: getppid if libc has it,
        // else the raw getpid.
        #[link_name = "getppid"]
        fn parent_or_self() via SYS_getpid -> pid_t;
    }

    // `BorrowedFd<'_>` is a `std` type: weaklink's `std` feature makes it
    // an argument `syscall!` takes.
    #[cfg(feature = "std")]
    syscall! {
        fn fsync(fd: BorrowedFd<'_>) via SYS_fsync -> c_int;
    }

    fn raw_getpid() -> c_int {
        // SAFETY: getpid takes no arguments.
        unsafe { libc::syscall(libc::SYS_getpid) as c_int }
    }

    #[test]
    fn via_takes_any_constant() {
        // None of these names exists in libc (the `x` argument is passed
        // and ignored), so each is the raw system call by its number.
        let expected = if cfg!(weaklink_force = "enosys") {
            -1
        } else {
            raw_getpid()
        };
        // SAFETY: getpid ignores its arguments.
        unsafe {
            assert_eq!(rc(7), expected);
            assert_eq!(by_local(7), expected);
            assert_eq!(by_path(), expected);
            assert_eq!(by_libc_path(), expected);
            assert_eq!(by_expression(), expected);
        }
    }

    #[test]
    fn link_name_picks_libc_function() {
        // SAFETY: no arguments.
        let answer = unsafe { parent_or_self() };
        if cfg!(weaklink_force = "enosys") {
            assert_eq!(answer, -1);
        } else if finds() && !cfg!(weaklink_force = "syscall") {
            // SAFETY: getppid(2).
            assert_eq!(answer, unsafe { libc::getppid() });
        } else {
            assert_eq!(answer, raw_getpid());
        }
    }

    #[cfg(feature = "std")]
    #[test]
    fn borrowed_fd_argument() {
        use std::os::unix::io::AsRawFd;
        let file = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).unwrap();
        // SAFETY: an open descriptor.
        let rc = unsafe { fsync(file.as_fd()) };
        if cfg!(weaklink_force = "enosys") {
            assert_eq!(rc, -1);
        } else {
            // Directories may refuse fsync (EINVAL), never EBADF.
            let errno = std::io::Error::last_os_error().raw_os_error();
            assert!(rc == 0 || errno != Some(libc::EBADF), "{:?}", errno);
            let _ = file.as_raw_fd();
        }
    }
}

weaklink::weakcall! {
    /// rustix's `weakcall!`: libc's function if found, else `ENOSYS`.
    #[link_name = "getpid"]
    fn weakcall_getpid() -> pid_t;
    fn weaklink_test_weakcall_missing(x: c_int, p: *mut u8) -> c_int
}

/// rustix's spellings of `weakcall!`: a visibility with a path, a
/// trailing `,` after the last parameter.
mod weakcall_spellings {
    pub mod inner {
        weaklink::weakcall! {
            pub(in super::super) fn kill(
                pid: libc::pid_t,
                sig: libc::c_int,
            ) -> libc::c_int
        }
    }
}

/// Whether `weakcall!` and `syscall!` may call libc's function in this
/// build.
fn calls_libc() -> bool {
    finds() && !cfg!(any(weaklink_force = "syscall", weaklink_force = "enosys"))
}

fn enosys() -> bool {
    std::io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS)
}

#[test]
fn weakcall_calls_libc_else_fails_with_enosys() {
    // SAFETY: getpid takes nothing.
    let pid = unsafe { weakcall_getpid() };
    if calls_libc() {
        assert_eq!(pid as u32, std::process::id());
    } else {
        assert_eq!(pid, -1);
        assert!(enosys());
    }
    // SAFETY: no library defines this made-up name.
    assert_eq!(
        unsafe { weaklink_test_weakcall_missing(1, std::ptr::null_mut()) },
        -1
    );
    assert!(enosys());
    // This process's id, where there is one (not on WASI), else any: kill
    // is then not called.
    let me = if calls_libc() {
        std::process::id() as pid_t
    } else {
        0
    };
    // SAFETY: kill(2) with no signal only checks that this process exists.
    let rc = unsafe { weakcall_spellings::inner::kill(me, 0) };
    assert_eq!(rc, if calls_libc() { 0 } else { -1 });
}

/// Where there are no raw system calls, `raw_syscall!` is `weakcall!`.
#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
#[test]
fn raw_syscall_looks_up_without_raw_calls() {
    weaklink::raw_syscall! {
        fn getpid() via SYS_getpid -> pid_t;
        fn weaklink_test_raw_missing(x: c_int) via (0) -> c_int
    }
    // SAFETY: getpid takes nothing.
    let pid = unsafe { getpid() };
    if calls_libc() {
        assert_eq!(pid as u32, std::process::id());
    } else {
        assert_eq!(pid, -1);
    }
    // SAFETY: no library defines this made-up name.
    assert_eq!(unsafe { weaklink_test_raw_missing(1) }, -1);
    assert!(enosys());
}

#[cfg(weaklink_force = "missing")]
#[test]
fn forced_missing_finds_nothing() {
    weak! {
        fn getpid() -> pid_t;
        static environ: *const *const libc::c_char;
    }
    assert!(getpid.get().is_none());
    assert!(environ.get().is_none());
    assert_eq!(getpid.state(), weaklink::State::Missing);
}

/// Where there are no raw system calls, `syscall!` fails with the C
/// library's own `ENOSYS`.
#[cfg(target_os = "wasi")]
#[test]
fn syscall_fails_with_enosys_without_raw_calls() {
    weaklink::syscall! {
        fn weaklink_test_no_syscall(x: i32) via (0) -> i32;
    }
    // SAFETY: the declaration has no requirements.
    assert_eq!(unsafe { weaklink_test_no_syscall(1) }, -1);
    assert_eq!(
        std::io::Error::last_os_error().raw_os_error(),
        Some(libc::ENOSYS)
    );
}
