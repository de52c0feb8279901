//! rustix's weak-linking macros, as forwards to weaklink's: `.ci/rustix`
//! puts this file in place of rustix's `src/weak.rs`, which rustix reads
//! with `#[macro_use] mod weak;`. No call site changes.
//!
//! - `weak!`: a `static` looked up once, `weaklink::weak!`;
//! - `weakcall!`: libc's function, else `ENOSYS`, `weaklink::weakcall!`;
//! - `weak_or_syscall!`: libc's function, else the raw system call,
//!   `weaklink::weak_or_syscall!`;
//! - `syscall!`: on Linux and Android the raw system call only, never
//!   libc's function; elsewhere libc's function, else `ENOSYS`:
//!   `weaklink::raw_syscall!`.

#![cfg_attr(linux_raw, allow(unsafe_code))]
// As in the file this one replaces: not every target uses every macro.
#![allow(unused_macros)]

macro_rules! weak {
    ($($input:tt)*) => { ::weaklink::weak! { $($input)* } };
}

macro_rules! weakcall {
    ($($input:tt)*) => { ::weaklink::weakcall! { $($input)* } };
}

macro_rules! weak_or_syscall {
    ($($input:tt)*) => { ::weaklink::weak_or_syscall! { $($input)* } };
}

macro_rules! syscall {
    ($($input:tt)*) => { ::weaklink::raw_syscall! { $($input)* } };
}

// With `std`, `BorrowedFd` is std's, which weaklink's `std` feature (turned
// on by rustix's, in the patched Cargo.toml) makes an argument. Without it,
// rustix's own copy: its descriptor number, a `c_int`.
#[cfg(not(feature = "std"))]
// SAFETY: the descriptor number, which is what a `BorrowedFd`
// (`#[repr(transparent)]` over a `c_int`) is passed to C as.
unsafe impl ::weaklink::SyscallIntegerOrPointer for crate::fd::BorrowedFd<'_> {
    #[inline]
    fn into_syscall_word(self) -> ::weaklink::SyscallWord {
        ::weaklink::SyscallIntegerOrPointer::into_syscall_word(crate::fd::AsRawFd::as_raw_fd(&self))
    }
}
