//! `syscall!`: libc's function if it has it, else the raw system call, else
//! `ENOSYS`.

/// Declares functions that call libc's function of the same name when the
/// running libc exports it, else (on Linux and Android) make the raw system
/// call, else set `errno` to `ENOSYS` and return `-1`.
///
/// The spelling is rustix's: each declaration names the system call number
/// with `via`, looked up in the `libc` crate (`via SYS_statx` means
/// `libc::SYS_statx`):
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
/// with the docs, attributes and visibility written on it.
///
/// # Cost
///
/// The function is a self-replacing thunk: its target starts as a function
/// that looks libc's up, stores libc's function or the fallback over
/// itself, and calls it. Every later call is one load and one indirect call,
/// with no branch (see the README's performance table).
///
/// # Why libc first
///
/// Calling libc's wrapper, when there is one, keeps `LD_PRELOAD`
/// interposers and sandboxes that hook libc working, and lets libc do what
/// it does around the call. The raw system call covers a libc older than the
/// kernel. `ENOSYS` is what a kernel without the call would answer anyway.
///
/// # Arguments and return values
///
/// Parameters must be named. For the raw system call, arguments travel
/// through C varargs as the kernel expects them: integers of up to the width
/// of `c_long` are widened to `c_long` (signed ones sign-extended, unsigned
/// ones zero-extended), and raw pointers are passed as pointers. 64-bit
/// integers on 32-bit targets, which the kernel takes split across two
/// registers in an architecture-specific way, are not accepted (a compile
/// error): pass a pointer, or write that call by hand. The return type must
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
/// raw system call), for example in `RUSTFLAGS`. These are for tests only.
#[macro_export]
macro_rules! syscall {
    ($(
        $(#[$attr:meta])*
        $vis:vis $(unsafe)? fn $name:ident($($arg:ident : $ty:ty),* $(,)?) via $nr:ident -> $ret:ty
    );* $(;)?) => {$(
        $crate::__weak_thunk! {
            attrs: [$(#[$attr])*],
            vis: [$vis],
            abi: "C",
            name: $name,
            args: [$($arg: $ty),*],
            ret: $ret,
            symbol: [[] []],
            skip_libc: $crate::__private::FORCE_NO_LIBC,
            fallback: {
                // The raw system call where there is one, else ENOSYS.
                #[cfg(any(target_os = "linux", target_os = "android"))]
                {
                    if !$crate::__private::FORCE_NO_SYSCALL {
                        // SAFETY: the caller vouches for the arguments, as
                        // for any `unsafe fn`; they are widened as the
                        // kernel expects them.
                        let rc = unsafe {
                            $crate::__private::libc::syscall(
                                $crate::__private::libc::$nr,
                                $($crate::__private::RegisterSizedArgument::into_syscall_arg($arg)),*
                            )
                        };
                        return $crate::__private::SignedIntegerReturn::from_syscall_ret(rc);
                    }
                }
                $crate::__private::set_errno($crate::__private::ENOSYS);
                $crate::__private::SignedIntegerReturn::from_syscall_ret(-1)
            }
        }
    )*};
}

/// How a `syscall!` argument is passed to `libc::syscall`.
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
            type Arg = libc::c_long;
            #[inline]
            fn into_syscall_arg(self) -> libc::c_long {
                // Lossless: only types no wider than `c_long` get this impl;
                // `as` sign-extends signed and zero-extends unsigned ones.
                self as libc::c_long
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

/// How a `syscall!` result is made from the kernel's `c_long`.
#[doc(hidden)]
pub trait SignedIntegerReturn {
    /// Narrows the result; `-1` stays `-1`.
    fn from_syscall_ret(rc: libc::c_long) -> Self;
}

macro_rules! narrow {
    ($($t:ty),*) => {$(
        impl SignedIntegerReturn for $t {
            #[inline]
            fn from_syscall_ret(rc: libc::c_long) -> Self {
                // The kernel returns a value of the declared type or -errno,
                // which the C library turned into -1.
                rc as $t
            }
        }
    )*};
}

narrow!(i32, i64, isize);
