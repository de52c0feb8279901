//! `syscall!` on Linux: each declaration gives the same answers as libc's
//! own function (and `copy_file_range`, in tests/examples.rs).
//!
//! Run three ways, to reach each path on a machine whose libc has every
//! function:
//!
//! - `cargo test`: libc's function (or, on static musl where nothing can be
//!   looked up, the raw system call);
//! - `RUSTFLAGS='--cfg weaklink_force="syscall"' cargo test`: the raw system
//!   call;
//! - `RUSTFLAGS='--cfg weaklink_force="enosys"' cargo test`: `ENOSYS`.
#![cfg(any(target_os = "linux", target_os = "android"))]

use std::ffi::CString;
use std::io;

use libc::{c_char, c_int, c_uint, c_void, pid_t, size_t};
use weaklink::syscall;

syscall! {
    fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) via SYS_getrandom -> isize;
    fn statx(
        dirfd: c_int,
        path: *const c_char,
        flags: c_int,
        mask: c_uint,
        buf: *mut Statx,
    ) via SYS_statx -> c_int;
    fn memfd_create(name: *const c_char, flags: c_uint) via SYS_memfd_create -> c_int;
    fn close_range(first: c_uint, last: c_uint, flags: c_int) via SYS_close_range -> c_int;
    /// Documented, public and without a trailing separator.
    pub fn pidfd_open(pid: pid_t, flags: c_uint) via SYS_pidfd_open -> c_int
}

/// The start of the kernel's `struct statx` (the `libc` crate has it for
/// glibc only), padded to its full 256 bytes.
#[repr(C)]
struct Statx {
    mask: u32,
    blksize: u32,
    attributes: u64,
    nlink: u32,
    uid: u32,
    gid: u32,
    mode: u16,
    _pad: u16,
    ino: u64,
    size: u64,
    _rest: [u64; 26],
}

const STATX_BASIC_STATS: c_uint = 0x7ff;

/// Built to answer `ENOSYS` whatever the system has.
const ENOSYS_MODE: bool = cfg!(weaklink_force = "enosys");

fn errno() -> Option<i32> {
    io::Error::last_os_error().raw_os_error()
}

/// In `ENOSYS` mode, checks that the call failed so; otherwise returns its
/// result for the test to check.
fn check<T: PartialEq + From<i8> + std::fmt::Debug>(rc: T) -> Option<T> {
    if ENOSYS_MODE {
        assert_eq!(rc, T::from(-1));
        assert_eq!(errno(), Some(libc::ENOSYS));
        None
    } else {
        Some(rc)
    }
}

/// A memfd opened with libc, for tests that need a descriptor.
fn libc_memfd() -> c_int {
    // SAFETY: a NUL-terminated name.
    let fd = unsafe { libc::memfd_create(b"weaklink-test\0".as_ptr().cast(), libc::MFD_CLOEXEC) };
    assert!(fd >= 0, "{}", io::Error::last_os_error());
    fd
}

#[test]
fn getrandom_fills_the_buffer() {
    let mut buf = [0u8; 64];
    // SAFETY: `buf` is valid for its length.
    let rc = unsafe { getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
    if let Some(n) = check(rc) {
        assert_eq!(n, 64, "{}", io::Error::last_os_error());
        assert!(buf.iter().any(|&b| b != 0));
    }
}

#[test]
fn statx_agrees_with_std() {
    use std::os::unix::fs::MetadataExt;
    let dir = env!("CARGO_MANIFEST_DIR");
    let path = CString::new(dir).unwrap();
    // SAFETY: `Statx` is plain data; all zeroes is a valid value.
    let mut buf: Statx = unsafe { std::mem::zeroed() };
    // SAFETY: a NUL-terminated path and a buffer of the kernel's size.
    let rc = unsafe {
        statx(
            libc::AT_FDCWD,
            path.as_ptr(),
            0,
            STATX_BASIC_STATS,
            &mut buf,
        )
    };
    if check(rc).is_some() {
        assert_eq!(rc, 0, "{}", io::Error::last_os_error());
        let meta = std::fs::metadata(dir).unwrap();
        assert_eq!(buf.ino, meta.ino());
        assert_eq!(u32::from(buf.mode), meta.mode());
        assert_eq!(buf.uid, meta.uid());
        assert_eq!(u64::from(buf.nlink), meta.nlink());
    }
    // A bad path fails as libc's functions do, with the same errno.
    let missing = CString::new("/weaklink/no/such/path").unwrap();
    // SAFETY: as above.
    let rc = unsafe { statx(libc::AT_FDCWD, missing.as_ptr(), 0, 0, &mut buf) };
    if check(rc).is_some() {
        assert_eq!(rc, -1);
        assert_eq!(errno(), Some(libc::ENOENT));
    }
}

/// `copy_file_range` is tested, on each path, with the example that uses it
/// (tests/examples.rs).
#[test]
fn memfd_create_makes_a_file() {
    // SAFETY: a NUL-terminated name.
    let rc = unsafe { memfd_create(b"weaklink\0".as_ptr().cast(), libc::MFD_CLOEXEC) };
    let fd = match check(rc) {
        Some(fd) => fd,
        None => return,
    };
    assert!(fd >= 0, "{}", io::Error::last_os_error());
    let data = b"in a memfd";
    let mut back = [0u8; 10];
    // SAFETY: a descriptor this test owns, and buffers of the right length.
    unsafe {
        assert_eq!(libc::write(fd, data.as_ptr().cast(), 10), 10);
        assert_eq!(libc::pread(fd, back.as_mut_ptr().cast(), 10, 0), 10);
        assert_eq!(
            libc::fcntl(fd, libc::F_GETFD) & libc::FD_CLOEXEC,
            libc::FD_CLOEXEC
        );
        libc::close(fd);
    }
    assert_eq!(&back, data);
}

#[test]
fn close_range_closes() {
    // Moved to a high number: the tests run on parallel threads, and one
    // that opens a descriptor just after this one is closed gets the lowest
    // free number, which would make it look open still.
    let low = libc_memfd();
    // SAFETY: descriptors this test owns.
    let fd = unsafe { libc::fcntl(low, libc::F_DUPFD_CLOEXEC, 900) };
    assert!(fd >= 900, "{}", io::Error::last_os_error());
    // SAFETY: as above.
    unsafe { libc::close(low) };
    // SAFETY: closing a descriptor this test owns.
    let rc = unsafe { close_range(fd as c_uint, fd as c_uint, 0) };
    if check(rc).is_some() {
        assert_eq!(rc, 0, "{}", io::Error::last_os_error());
        // SAFETY: asking about a descriptor number.
        assert_eq!(unsafe { libc::fcntl(fd, libc::F_GETFD) }, -1);
        assert_eq!(errno(), Some(libc::EBADF));
    } else {
        // SAFETY: still open in ENOSYS mode.
        unsafe { libc::close(fd) };
    }
}

#[test]
fn pidfd_open_opens_a_pidfd() {
    // SAFETY: our own pid.
    let rc = unsafe { pidfd_open(libc::getpid(), 0) };
    if let Some(fd) = check(rc) {
        assert!(fd >= 0, "{}", io::Error::last_os_error());
        // SAFETY: a descriptor this test owns.
        unsafe { libc::close(fd) };
    }
}

syscall! {
    fn gettid() via SYS_gettid -> pid_t
}

mod common;

/// The first calls race to replace the thunk; every caller gets its own
/// thread's answer, then and after.
#[test]
fn racing_first_calls_agree() {
    let answers = common::race(16, || {
        // SAFETY: gettid(2) takes nothing.
        let ours = (0..100).map(|_| unsafe { gettid() }).collect::<Vec<_>>();
        // SAFETY: the kernel's own answer.
        let truth = unsafe { libc::syscall(libc::SYS_gettid) } as pid_t;
        (ours, truth)
    });
    for (ours, truth) in answers {
        if ENOSYS_MODE {
            assert!(ours.iter().all(|&t| t == -1));
        } else {
            assert!(
                ours.iter().all(|&t| t == truth),
                "{:?} vs {}",
                &ours[..3],
                truth
            );
        }
    }
}

syscall! {
    fn getpriority(which: c_int, who: libc::id_t) via SYS_getpriority -> c_int;
}

/// What the `syscall!` docs warn about: where libc's wrapper translates the
/// kernel's answer, the raw call does not. `getpriority` through glibc
/// answers the nice value; the raw system call answers `20 - nice`.
#[test]
fn raw_call_returns_what_the_kernel_returns() {
    // SAFETY: getpriority(2) for this process.
    let nice = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
    // SAFETY: as above.
    let rc = unsafe { getpriority(libc::PRIO_PROCESS as c_int, 0) };
    let through_libc = !cfg!(any(
        weaklink_force = "syscall",
        weaklink_force = "missing",
        weaklink_force = "enosys"
    )) && !cfg!(all(target_env = "musl", target_feature = "crt-static"));
    if let Some(rc) = check(rc) {
        if through_libc {
            assert_eq!(rc, nice);
        } else {
            assert_eq!(rc, 20 - nice);
        }
    }
}

syscall! {
    // A path from the crate root, as `#![no_implicit_prelude]` crates write
    // them.
    fn gettid_by_global_path() via ::libc::SYS_gettid -> pid_t;
    fn clock_gettime(clock: libc::clockid_t, tp: &mut libc::timespec) via SYS_clock_gettime -> c_int;
    fn clock_getres(clock: libc::clockid_t, res: Option<&mut libc::timespec>) via SYS_clock_getres -> c_int;
    fn fsync(fd: Fd<'_>) via SYS_fsync -> c_int;
}

/// A descriptor borrowed for `'a`, in the way of std's `BorrowedFd<'a>`
/// (which `syscall!` takes with weaklink's `std` feature).
#[repr(transparent)]
#[derive(Clone, Copy)]
struct Fd<'a>(c_int, std::marker::PhantomData<&'a std::fs::File>);

// SAFETY: the `c_int` it wraps, widened as one.
unsafe impl weaklink::SyscallIntegerOrPointer for Fd<'_> {
    fn into_syscall_word(self) -> weaklink::SyscallWord {
        weaklink::SyscallIntegerOrPointer::into_syscall_word(self.0)
    }
}

#[test]
fn via_a_path_from_the_crate_root() {
    // SAFETY: gettid(2) takes nothing.
    let rc = unsafe { gettid_by_global_path() };
    if let Some(tid) = check(rc) {
        // SAFETY: the kernel's own answer.
        assert_eq!(tid, unsafe { libc::syscall(libc::SYS_gettid) } as pid_t);
    }
}

/// References and `Option`s of references reach the kernel as pointers: it
/// writes through them, and `None` is null.
#[test]
fn reference_arguments() {
    let mut ts = libc::timespec {
        tv_sec: -1,
        tv_nsec: -1,
    };
    // SAFETY: a clock and a `timespec` to fill.
    let rc = unsafe { clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    if check(rc).is_some() {
        assert_eq!(rc, 0, "{}", io::Error::last_os_error());
        assert!(ts.tv_sec >= 0 && (0..1_000_000_000).contains(&ts.tv_nsec));
    }
    let mut res = libc::timespec {
        tv_sec: -1,
        tv_nsec: -1,
    };
    // SAFETY: as above.
    let rc = unsafe { clock_getres(libc::CLOCK_MONOTONIC, Some(&mut res)) };
    if check(rc).is_some() {
        assert_eq!(rc, 0, "{}", io::Error::last_os_error());
        assert!(res.tv_sec == 0 && res.tv_nsec > 0);
    }
    // SAFETY: a null result is allowed.
    let rc = unsafe { clock_getres(libc::CLOCK_MONOTONIC, None) };
    if check(rc).is_some() {
        assert_eq!(rc, 0, "{}", io::Error::last_os_error());
    }
}

/// A type of the caller's own, with a lifetime, as its integer.
#[test]
fn wrapper_argument() {
    use std::os::unix::io::AsRawFd;
    let file = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).unwrap();
    // SAFETY: an open descriptor.
    let rc = unsafe { fsync(Fd(file.as_raw_fd(), std::marker::PhantomData)) };
    if check(rc).is_some() {
        // Directories may refuse fsync (EINVAL), never EBADF.
        assert!(rc == 0 || errno() != Some(libc::EBADF), "{:?}", errno());
    }
    // SAFETY: a descriptor that is not open.
    let rc = unsafe { fsync(Fd(-1, std::marker::PhantomData)) };
    if check(rc).is_some() {
        assert_eq!((rc, errno()), (-1, Some(libc::EBADF)));
    }
}

weaklink::raw_syscall! {
    /// rustix's `syscall!`: the raw system call only, never libc's wrapper.
    #[link_name = "getpriority"]
    fn raw_getpriority(which: c_int, who: libc::id_t) via SYS_getpriority -> c_int;
    // libc's getppid exists, and is never called: the raw getpid is.
    #[link_name = "getppid"]
    fn raw_never_libc() via SYS_getpid -> pid_t
}

weaklink::weak_or_syscall! {
    /// rustix's `weak_or_syscall!`: `syscall!` by another name.
    #[link_name = "getpriority"]
    fn getpriority_or_raw(which: c_int, who: libc::id_t) via SYS_getpriority -> c_int
}

/// `raw_syscall!` never calls libc's function, forced or not: the kernel's
/// `20 - nice`, never glibc's `nice`; `getpid`, never libc's `getppid`.
#[test]
fn raw_syscall_never_calls_libc() {
    // SAFETY: getpriority(2) for this process.
    let nice = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
    // SAFETY: as above.
    if let Some(rc) = check(unsafe { raw_getpriority(libc::PRIO_PROCESS as c_int, 0) }) {
        assert_eq!(rc, 20 - nice);
    }
    // SAFETY: getpid takes nothing.
    if let Some(pid) = check(unsafe { raw_never_libc() }) {
        assert_eq!(pid as u32, std::process::id());
    }
}

/// `weak_or_syscall!` is `syscall!`: libc's function where it is found.
#[test]
fn weak_or_syscall_is_syscall() {
    // SAFETY: getpriority(2) for this process.
    let nice = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
    // SAFETY: as above.
    let rc = unsafe { getpriority_or_raw(libc::PRIO_PROCESS as c_int, 0) };
    // SAFETY: as above.
    let same = unsafe { getpriority(libc::PRIO_PROCESS as c_int, 0) };
    if let Some(rc) = check(rc) {
        assert_eq!(rc, same);
        assert!(rc == nice || rc == 20 - nice);
    }
}

/// rustix's spellings: the number as a constant of the enclosing function,
/// a visibility with a path, one declaration without a `;`.
#[test]
fn rustix_spellings() {
    const SYS: libc::c_long = libc::SYS_getpid;
    mod inner {
        pub mod deeper {
            weaklink::raw_syscall! {
                pub(in super::super) fn raw_gettid() via SYS_gettid -> libc::pid_t
            }
        }
        pub(super) use deeper::raw_gettid;
    }
    weaklink::raw_syscall! {
        fn getpid(
            x: c_int
        ) via SYS -> c_int
    }
    weaklink::weak_or_syscall! {
        fn gettid() via SYS_gettid -> pid_t
    }
    // SAFETY: getpid ignores its argument; gettid takes nothing.
    unsafe {
        if let Some(pid) = check(getpid(7)) {
            assert_eq!(pid as u32, std::process::id());
        }
        if let Some(tid) = check(inner::raw_gettid()) {
            assert_eq!(Some(tid), check(gettid()));
        }
    }
}
