//! `syscall!`: libc's function if it has it, else the raw system call, else
//! `ENOSYS`; and the helpers its expansion calls.

use core::ffi::c_void;
use core::mem::{self, ManuallyDrop};

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
/// exported, else the raw call"; rustix's means "the raw call only". The two
/// differ wherever libc does more than trap: `setresuid` through glibc
/// changes the credentials of every thread in the process, while the raw
/// system call changes only the calling thread's.
///
/// # The system call number
///
/// - `via SYS_statx`, a bare name: the `libc` crate's `SYS_statx` when it
///   has one, else a constant of that name in scope (so `via SYS_openat2`
///   works with your own `const SYS_openat2` while `libc` lacks it).
/// - `via libc::SYS_gettid`, `via crate::consts::SYS_MINE`: a path means
///   that constant.
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
/// through C varargs as a register-sized value: integers no wider than
/// `c_long` are widened to it (signed ones sign-extended, unsigned ones
/// zero-extended), raw pointers are passed as pointers, and any other type
/// of at most a register's size (`BorrowedFd<'_>`, `&T`, `Option<&T>`,
/// `NonNull<T>`, `#[repr(transparent)]` wrappers) is passed by its bits:
/// pointer-sized ones as a pointer, smaller ones sign-extended, as a C
/// `int` would be. A wider argument (64-bit integers on 32-bit targets,
/// which the kernel takes split across two registers in an
/// architecture-specific way) is a compile error when the function is
/// built: pass a pointer, or write that call by hand. The return type must
/// be a signed integer (`c_int`, `c_long`, `isize`, `i64`), since `-1`
/// reports an error.
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
    ($(
        $(#[$($attr:tt)*])*
        $vis:vis $(unsafe)? fn $name:ident ($($arg:ident : $ty:ty),* $(,)?)
        via $nr:tt $(:: $nr_path:ident)* -> $ret:ty
    );* $(;)?) => {$(
        $crate::__weak_declaration! {
            "C" [] [$(#[$($attr)*])*] [!$crate::__private::FORCE_NO_LIBC] [
                $vis fn $name ($($arg: $ty),*) -> $ret {
                    $crate::__syscall_fallback!([$nr $(:: $nr_path)*] $($arg),*)
                }
            ]
        }
    )*};
    ($($bad:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: syscall! takes declarations such as ",
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
    ([$($nr:tt)*] $($arg:ident),*) => {{
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            if !$crate::__private::FORCE_NO_SYSCALL {
                // SAFETY: the caller vouches for the arguments, as for any
                // `unsafe fn`; they are widened as the kernel expects them.
                return $crate::__private::SignedIntegerReturn::from_syscall_ret(unsafe {
                    $crate::__private::libc::syscall(
                        $crate::__syscall_number!($($nr)*),
                        $({
                            #[allow(unused_imports)]
                            use $crate::__private::{WidenByLayout as _, WidenKnown as _};
                            (&&$crate::__private::SyscallArg::new($arg)).widen()
                        }),*
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

/// A `syscall!` argument on its way to the kernel. Never dropped: the
/// kernel, like libc's function, takes it as it is.
#[doc(hidden)]
pub struct SyscallArg<T>(ManuallyDrop<T>);

impl<T> SyscallArg<T> {
    #[inline(always)]
    pub fn new(value: T) -> Self {
        SyscallArg(ManuallyDrop::new(value))
    }
}

/// Integers and raw pointers: widened by their type. Picked first, by
/// method resolution, where it applies.
#[doc(hidden)]
pub trait WidenKnown {
    type Arg;
    fn widen(&self) -> Self::Arg;
}

impl<T: RegisterSizedArgument + Copy> WidenKnown for &SyscallArg<T> {
    type Arg = T::Arg;
    #[inline(always)]
    fn widen(&self) -> T::Arg {
        (*self.0).into_syscall_arg()
    }
}

/// Any other type: passed by its bits, as a pointer.
#[doc(hidden)]
pub trait WidenByLayout {
    fn widen(&self) -> *const c_void;
}

impl<T> WidenByLayout for SyscallArg<T> {
    #[inline(always)]
    fn widen(&self) -> *const c_void {
        #[allow(clippy::let_unit_value)]
        let () = FitsInRegister::<T>::CHECK;
        let value: &T = &self.0;
        // SAFETY: `T` is at most pointer-sized (checked above), and only
        // `size_of::<T>()` bytes are read from it, as the integer of that
        // size.
        unsafe {
            let p = value as *const T;
            match mem::size_of::<T>() {
                0 => core::ptr::null(),
                1 => p.cast::<i8>().read_unaligned() as isize as *const c_void,
                2 => p.cast::<i16>().read_unaligned() as isize as *const c_void,
                4 if mem::size_of::<*const c_void>() == 8 => {
                    p.cast::<i32>().read_unaligned() as isize as *const c_void
                }
                _ => p.cast::<*const c_void>().read_unaligned(),
            }
        }
    }
}

/// A compile-time check that `T` fits in one register.
struct FitsInRegister<T>(mem::MaybeUninit<T>);

impl<T> FitsInRegister<T> {
    const CHECK: () = {
        let size = mem::size_of::<T>();
        assert!(
            size <= 2 || size == 4 || size == mem::size_of::<*const c_void>(),
            "weaklink: a syscall! argument must be an integer or a value of 1, 2, 4 bytes or a pointer's size; pass wider values by pointer"
        );
    };
}

/// How an integer or raw pointer is passed to `libc::syscall`.
#[doc(hidden)]
pub trait RegisterSizedArgument {
    /// The type it travels as through C varargs.
    type Arg;
    /// Widens an integer to `c_long`; passes a pointer as it is.
    fn into_syscall_arg(self) -> Self::Arg;
}

macro_rules! widen {
    ($($t:ty),*) => {$(
        impl RegisterSizedArgument for $t {
            type Arg = isize;
            #[inline]
            fn into_syscall_arg(self) -> isize {
                // Lossless: only types no wider than a register get this
                // impl; `as` sign-extends signed and zero-extends unsigned
                // ones. (`c_long` is `isize`'s width on every Linux.)
                self as isize
            }
        }
    )*};
}

widen!(i8, i16, i32, u8, u16, u32, isize, usize, bool);
#[cfg(target_pointer_width = "64")]
widen!(i64, u64);

impl<T> RegisterSizedArgument for *const T {
    type Arg = *const T;
    #[inline]
    fn into_syscall_arg(self) -> *const T {
        self
    }
}

impl<T> RegisterSizedArgument for *mut T {
    type Arg = *mut T;
    #[inline]
    fn into_syscall_arg(self) -> *mut T {
        self
    }
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
