//! Signatures with lifetimes, as the standard library's and rustix's own
//! copies declare them: in `weak!`, in `extern` blocks, in fallback bodies
//! and in `syscall!`.
#![deny(warnings)]
#![allow(dead_code)]

use std::os::unix::io::BorrowedFd;
use std::ptr::NonNull;

use libc::{c_char, c_int, c_uint};

/// A `#[repr(transparent)]` wrapper, as rustix's types are.
#[repr(transparent)]
#[derive(Clone, Copy)]
pub struct Flags(c_uint);

weaklink::weak! {
    fn statx(dirfd: BorrowedFd<'_>, path: *const c_char, flags: c_int, mask: c_uint, buf: *mut u8) -> c_int;
    fn fclonefileat(src: BorrowedFd<'_>, dst_dir: BorrowedFd<'_>, dst: *const c_char, flags: Flags) -> c_int;
    fn clock_gettime(clock: libc::clockid_t, tp: &mut libc::timespec) -> c_int;
    fn takes_refs(a: &c_int, b: Option<&c_int>, c: Option<NonNull<u8>>) -> c_int;
    fn fstat(fd: BorrowedFd<'_>, buf: &mut libc::stat) -> c_int {
        let _ = (fd, buf);
        -1
    }
}

weaklink::weak! {
    extern "C" {
        pub fn fsync(fd: BorrowedFd<'_>) -> c_int;
    }
}

// A wrapper says how it travels to the kernel: as what it wraps.
// SAFETY: the `c_uint` it wraps, widened as one.
unsafe impl weaklink::SyscallIntegerOrPointer for Flags {
    fn into_syscall_word(self) -> weaklink::SyscallWord {
        weaklink::SyscallIntegerOrPointer::into_syscall_word(self.0)
    }
}

/// A descriptor borrowed for `'a`, as rustix's and std's `BorrowedFd<'a>`
/// (which `syscall!` takes with weaklink's `std` feature).
#[repr(transparent)]
#[derive(Clone, Copy)]
pub struct Fd<'a>(c_int, std::marker::PhantomData<BorrowedFd<'a>>);

// SAFETY: the `c_int` it wraps, widened as one.
unsafe impl weaklink::SyscallIntegerOrPointer for Fd<'_> {
    fn into_syscall_word(self) -> weaklink::SyscallWord {
        weaklink::SyscallIntegerOrPointer::into_syscall_word(self.0)
    }
}

weaklink::syscall! {
    fn fdatasync(fd: Fd<'_>) via SYS_fdatasync -> c_int;
    fn clock_getres(clock: libc::clockid_t, res: &mut libc::timespec) via SYS_clock_getres -> c_int;
    fn fchmod(fd: Fd<'_>, mode: Flags) via libc::SYS_fchmod -> c_int;
    fn getpid_by_number() via (libc::SYS_getpid) -> c_int;
}

fn main() {
    let _ = (statx.get(), fclonefileat.get(), clock_gettime.get(), takes_refs.get(), fsync.get());
    let _ = (fstat as unsafe fn(_, _) -> _, fdatasync as unsafe fn(_) -> _, clock_getres as unsafe fn(_, _) -> _);
    let _ = (fchmod as unsafe fn(_, _) -> _, getpid_by_number as unsafe fn() -> _);
}
