//! `syscall!`: libc's function if it has it, else the raw system call, else
//! `ENOSYS`; and the helpers its expansion calls.

use core::ffi::c_void;
use core::ptr::{self, NonNull};

/// Declares functions that call libc's function of the same name when the
/// running libc exports it, else (on Linux and Android) make the raw system
/// call, else set `errno` to `ENOSYS` and return `-1`.
///
/// ```
/// use libc::{c_char, c_int, c_uint, c_void};
/// use weaklink::syscall;
///
/// syscall! {
///     /// `statx(2)`.
///     fn statx(dirfd: c_int, path: *const c_char, flags: c_int, mask: c_uint,
///              buf: *mut c_void) via SYS_statx -> c_int;
///     pub(crate) fn getrandom(buf: *mut u8, len: usize, flags: c_uint) via SYS_getrandom -> isize
/// }
///
/// let mut buf = [0u8; 8];
/// // SAFETY: `buf` is valid for 8 bytes.
/// let n = unsafe { getrandom(buf.as_mut_ptr(), buf.len(), 0) };
/// assert!(n == 8 || std::io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS));
/// ```
///
/// Each declaration becomes an `unsafe fn` with the declared signature, and
/// with the docs, attributes and visibility written on it. `#[link_name]`
/// names libc's function when it differs from the Rust name, and
/// `#[weaklink(...)]` says where to look for it, as in [`weak!`](crate::weak);
/// with `#[weaklink(extern_weak)]`, libc's function is the one the loader
/// bound (no lookup), else the raw call.
///
/// **Not rustix's `syscall!`.** This macro means "libc's function if it is
/// exported, else the raw call" (rustix's `weak_or_syscall!`, which
/// [`weak_or_syscall!`](crate::weak_or_syscall) names too); rustix's
/// `syscall!` means "the raw call only", which is
/// [`raw_syscall!`](crate::raw_syscall). The two differ wherever libc does
/// more than trap: `setresuid` through glibc changes the credentials of
/// every thread in the process, while the raw system call changes only the
/// calling thread's.
///
/// # The system call number
///
/// - `via SYS_statx`, a bare name: the `libc` crate's `SYS_statx` when it
///   has one, else a constant of that name in scope (so `via SYS_openat2`
///   works with your own `const SYS_openat2` while `libc` lacks it).
/// - `via libc::SYS_gettid`, `via ::libc::SYS_gettid`,
///   `via crate::consts::SYS_MINE`: a path means that constant.
/// - `via (437)`: any constant expression, in parentheses.
///
/// # Cost
///
/// The function is a self-replacing thunk: its first call looks libc's
/// function up and stores it, or the fallback, over itself; every later
/// call is one load and one indirect call, with no branch.
///
/// # Why libc first
///
/// Calling libc's wrapper, when there is one, keeps `LD_PRELOAD`
/// interposers and sandboxes that hook libc working, and lets libc do what
/// it does around the call. The raw system call covers a libc older than the
/// kernel. `ENOSYS` is what a kernel without the call would answer anyway.
///
/// The raw call returns what the kernel returns, which is not always what
/// libc's wrapper returns: for `getpriority`, glibc answers the nice value
/// (0) where the kernel answers `20 - nice` (20). Declare with `syscall!`
/// only calls whose wrapper passes the kernel's answer through (most do;
/// the wrapper's manual page says when it does not), or translate in the
/// caller.
///
/// # Arguments and return values
///
/// Parameters must be named. For the raw system call, each argument travels
/// through C varargs as one register-sized word, and its type says how:
/// every parameter type must implement [`SyscallIntegerOrPointer`]. Integers
/// no wider than `c_long` are widened to it (signed ones sign-extended,
/// unsigned ones zero-extended); raw pointers, references, `NonNull<T>` and
/// `Option`s of those are passed as pointers; `BorrowedFd<'_>` is its
/// descriptor number (with the `std` feature); implement the trait for your
/// own `#[repr(transparent)]` wrappers. Any other type (a struct, a wider
/// integer) is a compile error, on every target: pass it by pointer.
/// The return type must be `i32`, `i64` or `isize` (`c_int`, `c_long`,
/// `ssize_t`), since `-1` reports an error.
///
/// # Platform-specific behaviour
///
/// On targets other than Linux and Android there are no raw system calls to
/// fall back on: the `via` clause is accepted and ignored, and the constant
/// it names is not looked at, so it need not exist there.
///
/// # Testing the fallbacks
///
/// To exercise the fallbacks on a machine whose libc has every function,
/// build with `--cfg weaklink_force="syscall"` (never call libc's function)
/// or `--cfg weaklink_force="enosys"` (never call libc's function nor the
/// raw system call), for example in `RUSTFLAGS`. `--cfg
/// weaklink_force="missing"` makes every lookup miss, which here has the
/// effect of `"syscall"`.
#[macro_export]
macro_rules! syscall {
    ($($input:tt)*) => {
        $crate::__syscall! { "syscall" [!$crate::__private::FORCE_NO_LIBC] $($input)* }
    };
}

/// The same macro as [`syscall!`], under the name rustix gives it: libc's
/// function if the running libc exports it, else (on Linux and Android) the
/// raw system call, else `ENOSYS`.
///
/// ```
/// use libc::{c_int, c_uint, c_void};
///
/// weaklink::weak_or_syscall! {
///     fn getrandom(buf: *mut c_void, len: libc::size_t, flags: c_uint) via SYS_getrandom -> libc::ssize_t
/// }
///
/// let mut buf = [0u8; 4];
/// // SAFETY: `buf` is valid for 4 bytes.
/// let n = unsafe { getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
/// assert!(n == 4 || std::io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS));
/// # let _: c_int = 0;
/// ```
///
/// # Safety
///
/// Each declared function is an `unsafe fn`: its callers promise what the
/// C function (and the system call) requires of its arguments.
#[macro_export]
macro_rules! weak_or_syscall {
    ($($input:tt)*) => {
        $crate::__syscall! { "weak_or_syscall" [!$crate::__private::FORCE_NO_LIBC] $($input)* }
    };
}

/// Declares functions that make the raw system call on Linux and Android,
/// and never call libc's function there; elsewhere, call libc's function of
/// the same name if the running libc exports it, else set `errno` to
/// `ENOSYS` and return `-1`.
///
/// The raw call goes through libc's `syscall(3)` (as rustix's does), which
/// an `LD_PRELOAD` library can interpose; libc's function of the declared
/// name is never looked up.
///
/// This is rustix's `syscall!`: use it where libc's wrapper would do
/// something else than the system call. `setuid` through glibc changes the
/// credentials of every thread in the process; the raw system call, those
/// of the calling thread only:
///
/// ```
/// use libc::{c_int, uid_t};
///
/// weaklink::raw_syscall! {
///     /// `setuid(2)`, for the calling thread only on Linux.
///     fn setuid(uid: uid_t) via SYS_setuid -> c_int;
///     fn getpriority(which: c_int, who: libc::id_t) via SYS_getpriority -> c_int
/// }
///
/// // SAFETY: getpriority(2) for this process.
/// let rc = unsafe { getpriority(libc::PRIO_PROCESS as c_int, 0) };
/// # #[cfg(any(target_os = "linux", target_os = "android"))]
/// // The kernel answers `20 - nice`, where glibc's wrapper answers `nice`.
/// // SAFETY: as above.
/// assert!(rc == 20 - unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) } || rc == -1);
/// # let _ = setuid;
/// ```
///
/// The declarations are written as for [`syscall!`], and each becomes an
/// `unsafe fn` of that signature; its arguments must implement
/// [`SyscallIntegerOrPointer`], on every target, and its return type must
/// be a signed integer. On Linux and Android, the function's first call
/// makes the system call: no lookup, and `#[link_name]` and
/// `#[weaklink(..)]` (accepted, and checked) only matter on the other
/// targets, where the function is looked up as with [`weakcall!`](crate::weakcall).
/// `--cfg weaklink_force="enosys"` makes it fail with `ENOSYS` there too.
///
/// # Safety
///
/// Each declared function is an `unsafe fn`: its callers promise what the
/// system call (or the C function, where it is looked up) requires of its
/// arguments.
#[macro_export]
macro_rules! raw_syscall {
    ($($input:tt)*) => {
        $crate::__syscall! { "raw_syscall" [$crate::__private::RAW_SYSCALL_LOOKS_UP] $($input)* }
    };
}

/// Declares functions that call libc's function of the same name when the
/// running libc exports it, else set `errno` to `ENOSYS` and return `-1`:
/// rustix's `weakcall!`.
///
/// ```
/// use libc::{c_char, c_int, c_uint};
///
/// weaklink::weakcall! {
///     /// `memfd_create(2)`, where libc has it.
///     pub(crate) fn memfd_create(name: *const c_char, flags: c_uint) -> c_int;
///     fn weaklink_doc_nowhere(x: c_int) -> c_int
/// }
///
/// // SAFETY: no C library defines this made-up name.
/// assert_eq!(unsafe { weaklink_doc_nowhere(1) }, -1);
/// assert_eq!(std::io::Error::last_os_error().raw_os_error(), Some(libc::ENOSYS));
/// # let _ = memfd_create;
/// ```
///
/// Each declaration becomes an `unsafe fn` with the declared signature
/// (parameters named, a signed integer return type), a self-replacing
/// thunk as for [`syscall!`]; `#[link_name]` and `#[weaklink(..)]` work as
/// in [`weak!`](crate::weak), `#[weaklink(extern_weak)]` included. The
/// arguments need not implement `SyscallIntegerOrPointer` (there is no
/// raw system call to pass them to), but they are passed through the C
/// ABI: a type that is not FFI-safe (`char`) draws the compiler's
/// `improper_ctypes_definitions` warning. Built with any `--cfg
/// weaklink_force=".."`, the function is never looked up.
///
/// # Safety
///
/// Each declared function is an `unsafe fn`: its callers promise what the
/// C function requires of its arguments.
#[macro_export]
macro_rules! weakcall {
    ($(
        $(#[$($attr:tt)*])*
        $vis:vis $(unsafe)? fn $name:ident ($($arg:ident : $ty:ty),* $(,)?) -> $ret:ty
    );* $(;)?) => {$(
        $crate::__weak_declaration! {
            "C" [] [$(#[$($attr)*])*] [!$crate::__private::FORCE_NO_LIBC] [
                $vis fn $name ($($arg: $ty),*) -> $ret {
                    $( let _ = $arg; )*
                    $crate::__private::enosys()
                }
            ]
        }
    )*};
    ($($bad:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: weakcall! takes declarations such as ",
            "`fn name(arg: Type, ...) -> Ret;` (named parameters, a signed return type), found `",
            ::core::stringify!($($bad)*), "`"
        ));
    };
}

/// The declarations of `syscall!`, `weak_or_syscall!` and `raw_syscall!`:
/// the macro's name (for errors), whether to look libc's function up, the
/// declarations.
#[doc(hidden)]
#[macro_export]
macro_rules! __syscall {
    ($macro:literal $use_symbol:tt $(
        $(#[$($attr:tt)*])*
        $vis:vis $(unsafe)? fn $name:ident ($($arg:ident : $ty:ty),* $(,)?)
        via $nr:tt $($nr_first:ident)? $(:: $nr_path:ident)* -> $ret:ty
    );* $(;)?) => {$(
        $crate::__weak_declaration! {
            "C" [] [$(#[$($attr)*])*] $use_symbol [
                $vis fn $name ($($arg: $ty),*) -> $ret {
                    $crate::__syscall_fallback!([$nr $($nr_first)? $(:: $nr_path)*] $($arg: $ty),*)
                }
            ]
        }
    )*};
    ($macro:literal $use_symbol:tt $($bad:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: ", $macro, "! takes declarations such as ",
            "`fn name(arg: Type, ...) via SYS_name -> Ret;` (named parameters, a signed return type), found `",
            ::core::stringify!($($bad)*), "`"
        ));
    };
}

/// The raw system call where there is one, else `ENOSYS`: the fallback body
/// of a `syscall!` declaration.
#[doc(hidden)]
#[macro_export]
macro_rules! __syscall_fallback {
    ([$($nr:tt)*] $($arg:ident : $ty:ty),*) => {{
        // On every target, so that a declaration compiles everywhere or
        // nowhere: each argument must say how it travels to the kernel.
        $(
            #[allow(unused_variables)]
            let $arg = $crate::__private::syscall_word::<$ty>($arg);
        )*
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            if !$crate::__private::FORCE_NO_SYSCALL {
                // SAFETY: the caller vouches for the arguments, as for any
                // `unsafe fn`; each is the word the kernel expects for it,
                // as `SyscallIntegerOrPointer`'s implementations promise.
                return $crate::__private::SignedIntegerReturn::from_syscall_ret(unsafe {
                    $crate::__private::libc::syscall(
                        $crate::__syscall_number!($($nr)*),
                        $($arg),*
                    ) as isize
                });
            }
        }
        $crate::__private::enosys()
    }};
}

/// A system call number: a bare name is the `libc` crate's constant if it
/// has one, else the name in scope; a path or a parenthesised expression is
/// itself.
#[doc(hidden)]
#[macro_export]
macro_rules! __syscall_number {
    ($nr:ident) => {{
        #[allow(unused_imports)]
        use $crate::__private::libc::*;
        $nr
    }};
    ($($nr:tt)*) => {
        $($nr)*
    };
}

/// Built with `--cfg weaklink_force="syscall"`, `="enosys"` or
/// `="missing"`: `syscall!` never calls libc's function.
#[doc(hidden)]
pub const FORCE_NO_LIBC: bool = cfg!(any(
    weaklink_force = "syscall",
    weaklink_force = "enosys",
    weaklink_force = "missing"
));

/// Whether `raw_syscall!` looks libc's function up: only where there are no
/// raw system calls, and unless a `--cfg weaklink_force` says never.
#[doc(hidden)]
pub const RAW_SYSCALL_LOOKS_UP: bool =
    !cfg!(any(target_os = "linux", target_os = "android")) && !FORCE_NO_LIBC;

/// Built with `--cfg weaklink_force="enosys"`: `syscall!` never makes the
/// raw system call either.
#[doc(hidden)]
pub const FORCE_NO_SYSCALL: bool = cfg!(weaklink_force = "enosys");

/// Sets `errno` to `ENOSYS` and returns `-1`.
#[doc(hidden)]
pub fn enosys<R: SignedIntegerReturn>() -> R {
    crate::sys::set_errno(crate::sys::ENOSYS);
    R::from_syscall_ret(-1)
}

/// One argument of a raw system call, as the kernel receives it: one
/// register-sized word, made by [`SyscallIntegerOrPointer`].
///
/// A word is made from an integer (widened to `c_long`, which is `isize`'s
/// width wherever `syscall!` makes raw system calls) or from a pointer,
/// which keeps its provenance: the kernel reads and writes through it as
/// the caller's own code would.
#[derive(Clone, Copy, Debug)]
pub struct SyscallWord(*mut c_void);

impl SyscallWord {
    /// A signed integer, sign-extended to a register's width (as C widens
    /// an `int` argument to `long`).
    #[inline]
    pub const fn from_isize(value: isize) -> Self {
        Self::from_usize(value as usize)
    }

    /// An unsigned integer, zero-extended to a register's width.
    #[inline]
    pub const fn from_usize(value: usize) -> Self {
        // An address without provenance: an integer, not a pointer to
        // anything. (`ptr::without_provenance_mut`, which says so, needs
        // Rust 1.84.)
        SyscallWord(ptr::null_mut::<u8>().wrapping_add(value).cast())
    }

    /// A pointer, passed as it is.
    #[inline]
    pub const fn from_ptr<T>(ptr: *const T) -> Self {
        SyscallWord(ptr.cast::<c_void>() as *mut c_void)
    }

    /// A mutable pointer, passed as it is.
    #[inline]
    pub const fn from_mut_ptr<T>(ptr: *mut T) -> Self {
        SyscallWord(ptr.cast())
    }
}

/// Implemented for the types that can be an argument of a [`syscall!`]
/// declaration: integers and pointers, which the raw system call passes in
/// one register.
///
/// The trait's name is what the compiler prints when a `syscall!` argument
/// has any other type, so the message reads as the fix: *the trait
/// `SyscallIntegerOrPointer` is not implemented for `Pair`* means "pass
/// `&Pair` (or `*const Pair`), or an integer".
///
/// Implemented for:
///
/// - the integers no wider than `c_long`: `i8`, `i16`, `i32`, `isize`, `u8`,
///   `u16`, `u32`, `usize` and `bool`, and `i64` and `u64` on 64-bit
///   targets; signed ones are sign-extended, unsigned ones (and `bool`)
///   zero-extended, as C widens them;
/// - pointers, passed as pointers (their provenance travels with them):
///   `*const T`, `*mut T`, `&T`, `&mut T`, [`NonNull<T>`], and `Option` of
///   a reference or of a `NonNull`, with `None` as the null pointer;
/// - with the `std` feature, on Unix, `std`'s `BorrowedFd<'_>`:
///   its descriptor number. Without it, pass `fd.as_raw_fd()` as a
///   `c_int`, or wrap the descriptor in a type of your own as below.
///
/// Not implemented, and so a compile error:
///
/// - structs, enums, arrays, tuples, floats: the kernel takes none of these
///   by value, and reading one as an integer would pass its padding bytes,
///   which are uninitialised (pass a pointer to it instead);
/// - pointers to unsized types (`&[u8]`, `&str`): two words; pass
///   `.as_ptr()` and the length;
/// - integers wider than a register (`i64` and `u64` on 32-bit targets,
///   `i128`, `u128`), which the kernel takes split across two registers in
///   an architecture-specific way: pass a pointer, or write that call by
///   hand.
///
/// With the `diagnostics` feature (Rust 1.78 or newer) the compiler also
/// prints a message and note saying this.
///
/// # Your own types
///
/// Implement the trait for a `#[repr(transparent)]` wrapper of an integer
/// or a pointer, so that libc's function (which receives the wrapper with
/// the ABI of what it wraps) and the raw system call receive the same
/// value:
///
/// ```
/// use weaklink::{syscall, SyscallIntegerOrPointer, SyscallWord};
///
/// /// Flags for a system call, as a type of its own.
/// #[repr(transparent)]
/// #[derive(Clone, Copy)]
/// pub struct Mode(libc::c_uint);
///
/// // SAFETY: the `c_uint` it wraps is the kernel's argument, widened as a
/// // `c_uint` is.
/// unsafe impl SyscallIntegerOrPointer for Mode {
///     fn into_syscall_word(self) -> SyscallWord {
///         self.0.into_syscall_word()
///     }
/// }
///
/// # #[cfg(any(target_os = "linux", target_os = "android"))]
/// syscall! {
///     fn umask(mask: Mode) via SYS_umask -> libc::c_int;
/// }
/// # #[cfg(any(target_os = "linux", target_os = "android"))]
/// # {
/// // SAFETY: umask(2) takes any mode; the old one is put back.
/// let old = unsafe { umask(Mode(0o022)) };
/// // SAFETY: as above.
/// assert_eq!(unsafe { umask(Mode(old as libc::c_uint)) }, 0o022);
/// # }
/// ```
///
/// # Safety
///
/// [`into_syscall_word`](Self::into_syscall_word) must return the value
/// the kernel expects for the argument, the one a C caller of libc's
/// function would pass for it: an integer with its value (sign- or
/// zero-extended as its C type is), a pointer with its address and
/// provenance. A `syscall!` declaration passes that word to the kernel, and
/// its callers vouch only for the arguments they give, not for how they are
/// converted: a wrong word (another address, a truncated number) could make
/// the kernel write where nothing may be written.
#[cfg_attr(
    feature = "diagnostics",
    diagnostic::on_unimplemented(
        message = "`{Self}` cannot be passed to a system call: it is not an integer or a pointer",
        label = "pass this by reference or pointer, or as an integer",
        note = "each `syscall!` argument reaches the kernel in one register: an integer no wider than `c_long` (or a `bool`), a raw pointer, a reference, a `NonNull`, or an `Option` of a reference or a `NonNull`; for a `#[repr(transparent)]` wrapper of one of these, implement `weaklink::SyscallIntegerOrPointer`"
    )
)]
pub unsafe trait SyscallIntegerOrPointer {
    /// The word the kernel receives for this argument.
    fn into_syscall_word(self) -> SyscallWord;
}

macro_rules! integers {
    ($from:ident as $via:ty: $($t:ty),*) => {$(
        // SAFETY: `as` sign-extends signed integers and zero-extends
        // unsigned ones (and `bool`) to a register's width, as C does; only
        // types no wider than a register get this impl.
        unsafe impl SyscallIntegerOrPointer for $t {
            #[inline]
            fn into_syscall_word(self) -> SyscallWord {
                SyscallWord::$from(self as $via)
            }
        }
    )*};
}

integers!(from_isize as isize: i8, i16, i32, isize);
integers!(from_usize as usize: u8, u16, u32, usize, bool);
#[cfg(target_pointer_width = "64")]
integers!(from_isize as isize: i64);
#[cfg(target_pointer_width = "64")]
integers!(from_usize as usize: u64);

// SAFETY: the pointer itself, with its provenance.
unsafe impl<T> SyscallIntegerOrPointer for *const T {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_ptr(self)
    }
}

// SAFETY: the pointer itself, with its provenance.
unsafe impl<T> SyscallIntegerOrPointer for *mut T {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_mut_ptr(self)
    }
}

// SAFETY: the address of the referent, with its provenance; a reference to
// a sized type is passed to C as that pointer.
unsafe impl<T> SyscallIntegerOrPointer for &T {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_ptr(self)
    }
}

// SAFETY: as for `&T`.
unsafe impl<T> SyscallIntegerOrPointer for &mut T {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_mut_ptr(self)
    }
}

// SAFETY: as for `&T`, and null for `None`, as C receives it.
unsafe impl<T> SyscallIntegerOrPointer for Option<&T> {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_ptr(self.map_or(ptr::null(), |r| r as *const T))
    }
}

// SAFETY: as for `&T`, and null for `None`, as C receives it.
unsafe impl<T> SyscallIntegerOrPointer for Option<&mut T> {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_mut_ptr(self.map_or(ptr::null_mut(), |r| r as *mut T))
    }
}

// SAFETY: the pointer it holds.
unsafe impl<T> SyscallIntegerOrPointer for NonNull<T> {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_mut_ptr(self.as_ptr())
    }
}

// SAFETY: the pointer it holds, and null for `None`, as C receives it.
unsafe impl<T> SyscallIntegerOrPointer for Option<NonNull<T>> {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        SyscallWord::from_mut_ptr(self.map_or(ptr::null_mut(), NonNull::as_ptr))
    }
}

#[cfg(all(feature = "std", unix))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "std", unix))))]
// SAFETY: the descriptor number, a `c_int`, which is what a `BorrowedFd`
// (`#[repr(transparent)]` over it) is passed to C as.
unsafe impl SyscallIntegerOrPointer for std::os::unix::io::BorrowedFd<'_> {
    #[inline]
    fn into_syscall_word(self) -> SyscallWord {
        use std::os::unix::io::AsRawFd;
        self.as_raw_fd().into_syscall_word()
    }
}

/// The word a `syscall!` argument travels as, through C varargs.
#[doc(hidden)]
#[inline(always)]
pub fn syscall_word<T: SyscallIntegerOrPointer>(arg: T) -> *mut c_void {
    arg.into_syscall_word().0
}

/// How a `syscall!` result is made from the kernel's register.
#[doc(hidden)]
pub trait SignedIntegerReturn {
    /// Narrows the result; `-1` stays `-1`.
    fn from_syscall_ret(rc: isize) -> Self;
}

macro_rules! narrow {
    ($($t:ty),*) => {$(
        impl SignedIntegerReturn for $t {
            #[inline]
            fn from_syscall_ret(rc: isize) -> Self {
                // The kernel returns a value of the declared type or -errno,
                // which the C library turned into -1.
                rc as $t
            }
        }
    )*};
}

narrow!(i32, i64, isize);

#[cfg(test)]
mod tests {
    use super::*;

    /// The address a word carries.
    fn bits<T: SyscallIntegerOrPointer>(arg: T) -> usize {
        syscall_word(arg) as usize
    }

    /// Reads the `u32` a word points to: only a pointer that kept its
    /// provenance may (Miri checks it, with `-Zmiri-strict-provenance`).
    fn read<T: SyscallIntegerOrPointer>(arg: T) -> u32 {
        // SAFETY: every caller passes a pointer to a live `u32`.
        unsafe { *syscall_word(arg).cast::<u32>() }
    }

    #[test]
    fn integers_are_widened_as_c_widens_them() {
        assert_eq!(bits(-1i8), usize::MAX);
        assert_eq!(bits(-2i16), usize::MAX - 1);
        assert_eq!(bits(-100i32), -100isize as usize);
        assert_eq!(bits(i32::MIN), i32::MIN as isize as usize);
        assert_eq!(bits(isize::MIN), isize::MIN as usize);
        assert_eq!(bits(0xffu8), 0xff);
        assert_eq!(bits(0xffffu16), 0xffff);
        assert_eq!(bits(u32::MAX), 0xffff_ffff);
        assert_eq!(bits(usize::MAX), usize::MAX);
        assert_eq!(bits(true), 1);
        assert_eq!(bits(false), 0);
        #[cfg(target_pointer_width = "64")]
        {
            assert_eq!(bits(-3i64), usize::MAX - 2);
            assert_eq!(bits(u64::MAX), usize::MAX);
        }
    }

    #[test]
    fn integers_are_made_without_an_integer_to_pointer_cast() {
        // Which Miri refuses under `-Zmiri-strict-provenance`: running
        // this there shows the word is made another way.
        let word = SyscallWord::from_isize(-1);
        assert_eq!(word.0 as usize, usize::MAX);
        assert_eq!(SyscallWord::from_usize(0).0, ptr::null_mut());
    }

    #[test]
    fn pointers_travel_as_pointers() {
        let mut value = 7u32;
        let p: *mut u32 = &mut value;
        assert_eq!(read(p), 7);
        assert_eq!(read(p as *const u32), 7);
        let shared: &u32 = &value;
        assert_eq!(read(shared), 7);
        assert_eq!(syscall_word(shared).cast::<u32>(), p);
        assert_eq!(read(Some(shared)), 7);
        assert_eq!(read(NonNull::from(&mut value)), 7);
        assert_eq!(read(Some(NonNull::from(&mut value))), 7);
        let exclusive: &mut u32 = &mut value;
        assert_eq!(read(exclusive), 7);
        assert_eq!(read(Some(&mut value)), 7);
        // The kernel may write through the pointer it was given.
        let exclusive: &mut u32 = &mut value;
        // SAFETY: a pointer to `value`, which is not borrowed elsewhere.
        unsafe { *syscall_word(exclusive).cast::<u32>() = 8 };
        assert_eq!(value, 8);
    }

    #[test]
    fn none_is_the_null_pointer() {
        assert_eq!(syscall_word(None::<&u32>), ptr::null_mut());
        assert_eq!(syscall_word(None::<&mut u32>), ptr::null_mut());
        assert_eq!(syscall_word(None::<NonNull<u32>>), ptr::null_mut());
        assert_eq!(syscall_word(ptr::null::<u32>()), ptr::null_mut());
    }

    /// A `#[repr(C)]` struct with a padding byte: the bug this trait fixes
    /// read it as an integer, padding included (uninitialised memory, which
    /// Miri reported). Now it must say how it travels, and a reference to
    /// it is what the kernel gets.
    #[test]
    fn a_struct_travels_by_reference() {
        #[repr(C)]
        struct Padded {
            a: u8,
            b: u16,
        }
        let padded = Padded { a: 1, b: 2 };
        let word = syscall_word(&padded).cast::<Padded>();
        // SAFETY: the word points to `padded`.
        let back = unsafe { &*word };
        assert_eq!((back.a, back.b), (1, 2));
    }

    /// A caller's own `#[repr(transparent)]` wrapper, as the trait's docs
    /// show.
    #[test]
    fn wrappers_delegate_to_what_they_wrap() {
        #[repr(transparent)]
        struct Fd<'a>(i32, core::marker::PhantomData<&'a ()>);
        // SAFETY: the `i32` it wraps, widened as one.
        unsafe impl SyscallIntegerOrPointer for Fd<'_> {
            fn into_syscall_word(self) -> SyscallWord {
                self.0.into_syscall_word()
            }
        }
        assert_eq!(
            bits(Fd(-100, core::marker::PhantomData)),
            -100isize as usize
        );
    }

    #[cfg(all(feature = "std", unix))]
    #[test]
    fn borrowed_fd_is_its_number() {
        // SAFETY: the descriptor is never used, only converted.
        let fd = unsafe { std::os::unix::io::BorrowedFd::borrow_raw(3) };
        assert_eq!(bits(fd), 3);
    }
}
