//! What the platform under test has, in one place: a test asks for "a
//! function every system has" or "a library nothing loads", and this file
//! says what that is on each system.
//!
//! Names that nothing defines need no entry: every test's made-up symbol
//! starts with `weaklink_test_`, which no system library uses.
//!
//! `#[weaklink(library = ..)]` and `#[link_name = concat!(..)]` take string
//! literals, so the names are macros (usable there) as well as constants.

/// Whether this build can find anything at all: Windows, or a Unix with a
/// dynamic loader. Statically linked musl has none, and neither has any
/// other target (WASI: every lookup there is a miss).
pub fn has_loader() -> bool {
    cfg!(any(
        windows,
        all(
            unix,
            not(all(target_env = "musl", target_feature = "crt-static"))
        )
    ))
}

/// What the process-id function returns.
#[cfg(unix)]
pub type ProcessId = libc::pid_t;
/// What the process-id function returns.
#[cfg(windows)]
pub type ProcessId = u32;
/// What the process-id function would return, where there is none to find
/// (WASI has no process ids).
#[cfg(not(any(unix, windows)))]
pub type ProcessId = u32;

/// Whether this build can start threads. WASI preview 1 without the
/// threads proposal cannot: `std::thread::spawn` fails there. Tests that
/// need threads are ignored on those targets with this `cfg_attr`:
///
/// ```ignore
/// #[cfg_attr(
///     all(target_os = "wasi", not(target_feature = "atomics")),
///     ignore = "no threads on this target"
/// )]
/// ```
pub fn has_threads() -> bool {
    cfg!(not(all(
        target_os = "wasi",
        not(target_feature = "atomics")
    )))
}

/// The answer the process-id function must give. Only asked for when the
/// function was found (`std::process::id` panics on WASI).
pub fn process_id() -> ProcessId {
    std::process::id() as ProcessId
}

/// Declares, with `weak!`, the function every system has: `getpid` on Unix,
/// `GetCurrentProcessId` on Windows, with no parameters and a
/// [`ProcessId`] result. Each item is written `fn name;` or
/// `fn name { fallback body }`, after any attributes and a visibility; each
/// is a declaration of its own, with a cache of its own.
///
/// ```ignore
/// common::weak_process_id! {
///     #[weaklink(library = common::system_library!())]
///     fn getpid;
///     pub(crate) fn pid_or_zero { 0 }
/// }
/// ```
macro_rules! weak_process_id {
    // The visibility is matched as tokens: `weak!` reads it as tokens too.
    ($(
        $(#[$($attr:tt)*])* $(pub $(($($in:tt)*))?)? fn $name:ident $({ $($body:tt)* })? $(;)?
    )*) => {$(
        #[cfg(unix)]
        weaklink::weak! {
            $(#[$($attr)*])*
            #[link_name = "getpid"]
            $(pub $(($($in)*))?)? fn $name() -> libc::pid_t $({ $($body)* })?
        }
        #[cfg(windows)]
        weaklink::weak! {
            $(#[$($attr)*])*
            #[link_name = "GetCurrentProcessId"]
            $(pub $(($($in)*))?)? extern "system" fn $name() -> u32 $({ $($body)* })?
        }
        // No loader to find it with (WASI): the same shape, never found.
        #[cfg(not(any(unix, windows)))]
        weaklink::weak! {
            $(#[$($attr)*])*
            #[link_name = "getpid"]
            $(pub $(($($in)*))?)? fn $name() -> u32 $({ $($body)* })?
        }
    )*};
}
pub(crate) use weak_process_id;

// The library that exports it: see `SYSTEM_LIBRARY` below.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
macro_rules! system_library {
    () => {
        "libc.so.6"
    };
}
#[cfg(any(
    target_os = "android",
    target_os = "openbsd",
    all(target_os = "linux", target_env = "musl")
))]
macro_rules! system_library {
    () => {
        "libc.so"
    };
}
#[cfg(target_vendor = "apple")]
macro_rules! system_library {
    () => {
        "/usr/lib/libSystem.B.dylib"
    };
}
#[cfg(any(target_os = "freebsd", target_os = "dragonfly"))]
macro_rules! system_library {
    () => {
        "libc.so.7"
    };
}
#[cfg(target_os = "netbsd")]
macro_rules! system_library {
    () => {
        "libc.so.12"
    };
}
#[cfg(any(target_os = "illumos", target_os = "solaris"))]
macro_rules! system_library {
    () => {
        "libc.so.1"
    };
}
#[cfg(windows)]
macro_rules! system_library {
    () => {
        "kernel32.dll"
    };
}
#[cfg(any(unix, windows))]
pub(crate) use system_library;

/// The library that exports the process-id function, by the name the
/// loader knows it by once it is loaded: the C library on Unix, and
/// kernel32.dll on Windows (whose C runtime has no one name: msvcrt.dll for
/// windows-gnu, ucrtbase.dll or linked statically for MSVC).
#[cfg(any(unix, windows))]
pub const SYSTEM_LIBRARY: &str = system_library!();

/// A library that every system of its kind has and that no test process
/// loads, and a function it exports: glibc's libresolv (cross sysroots have
/// it too), and Windows's common-dialog DLL. Elsewhere there is none to
/// rely on.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
macro_rules! unloaded_library {
    () => {
        "libresolv.so.2"
    };
    (function) => {
        "__b64_ntop"
    };
}
#[cfg(windows)]
macro_rules! unloaded_library {
    () => {
        "comdlg32.dll"
    };
    (function) => {
        "GetOpenFileNameW"
    };
}
#[cfg(any(windows, all(target_os = "linux", target_env = "gnu")))]
pub(crate) use unloaded_library;

/// See [`unloaded_library!`].
#[cfg(any(windows, all(target_os = "linux", target_env = "gnu")))]
pub const UNLOADED_LIBRARY: &str = unloaded_library!();

/// Whether `library` is loaded in this process, seen from outside the
/// loader's lookup functions: a mapped file whose name starts with
/// `library`'s up to `.so` (`libresolv.so.2` matches `libresolv.so*`).
#[cfg(target_os = "linux")]
pub fn is_loaded(library: &str) -> bool {
    let prefix = library.find(".so").map_or(library, |i| &library[..i + 3]);
    std::fs::read_to_string("/proc/self/maps")
        .unwrap()
        .lines()
        .any(|l| {
            l.rsplit('/')
                .next()
                .map_or(false, |f| f.starts_with(prefix))
        })
}

/// Whether `library` is loaded in this process.
#[cfg(windows)]
pub fn is_loaded(library: &str) -> bool {
    #[link(name = "kernel32")]
    extern "system" {
        fn GetModuleHandleW(name: *const u16) -> *mut libc::c_void;
    }
    let name: Vec<u16> = library.encode_utf16().chain(Some(0)).collect();
    // SAFETY: a NUL-terminated UTF-16 name; the handle is not kept.
    !unsafe { GetModuleHandleW(name.as_ptr()) }.is_null()
}
