//! What weaklink finds on this system.
//!
//! ```text
//! cargo run --release --example probe
//! ```
//!
//! For a list of well-known optional functions, prints whether the running
//! process has each one, its address, the library that provides it, and
//! what the first lookup took. What a call costs once the answer is cached
//! is measured by `cargo bench --bench calls` (see `benches/README.md`).
#![cfg_attr(not(any(unix, windows)), allow(unused))]

use std::ffi::CStr;
use std::time::{Duration, Instant};

#[allow(unused_imports)]
use libc::{c_char, c_int, c_long, c_uint, c_void, size_t};
use weaklink::weak;

/// One line of the table: the first lookup of one declaration, timed.
struct Row {
    name: &'static str,
    addr: Option<usize>,
    first: Duration,
}

/// Declares each function weakly, with its real prototype as its users
/// would (the probe never calls them), and `first_lookups()`, which looks
/// each one up for the first time and times it.
macro_rules! probe {
    ($(#[cfg($c:meta)] extern $abi:literal { $(fn $name:ident $args:tt $(-> $ret:ty)?;)* })*) => {
        $(#[cfg($c)] weak! { extern $abi { $(fn $name $args $(-> $ret)?;)* } })*

        fn first_lookups() -> Vec<Row> {
            let mut rows = Vec::new();
            $(#[cfg($c)] rows.extend([$({
                let start = Instant::now();
                let addr = $name.get().map(|f| f as usize);
                Row { name: $name.name(), addr, first: start.elapsed() }
            }),*]);)*
            rows
        }
    };
}

probe! {
    #[cfg(unix)]
    extern "C" {
        fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
        fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int;
        fn accept4(fd: c_int, addr: *mut libc::sockaddr, len: *mut libc::socklen_t, flags: c_int) -> c_int;
        fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> isize;
        fn getentropy(buf: *mut c_void, len: size_t) -> c_int;
        fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int;
        fn memfd_create(name: *const c_char, flags: c_uint) -> c_int;
        fn copy_file_range(fd_in: c_int, off_in: *mut i64, fd_out: c_int, off_out: *mut i64, len: size_t, flags: c_uint) -> isize;
        fn strlcpy(dst: *mut c_char, src: *const c_char, size: size_t) -> size_t;
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    extern "C" {
        fn statx(dirfd: c_int, path: *const c_char, flags: c_int, mask: c_uint, buf: *mut c_void) -> c_int;
        fn pidfd_open(pid: libc::pid_t, flags: c_uint) -> c_int;
        fn gettid() -> libc::pid_t;
        fn epoll_pwait2(epfd: c_int, events: *mut c_void, max: c_int, timeout: *const libc::timespec, sigmask: *const c_void) -> c_int;
        // glibc has no wrappers for these two: a probe should show misses too.
        fn openat2(dirfd: c_int, path: *const c_char, how: *mut c_void, size: size_t) -> c_long;
        fn clone3(args: *mut c_void, size: size_t) -> c_long;
        fn __pthread_get_minstack(attr: *const libc::pthread_attr_t) -> size_t;
    }
    #[cfg(target_vendor = "apple")]
    extern "C" {
        fn SSLSetALPNProtocols(ctx: *mut c_void, protocols: *const c_void) -> i32;
        fn os_unfair_lock_lock(lock: *mut c_void);
        fn pthread_jit_write_protect_np(enabled: c_int);
    }
    #[cfg(windows)]
    extern "system" {
        fn SetThreadDescription(thread: *mut c_void, description: *const u16) -> i32;
        fn GetSystemTimePreciseAsFileTime(time: *mut u64);
        fn WaitOnAddress(addr: *const c_void, compare: *const c_void, size: usize, ms: u32) -> i32;
    }
}

// Linked, as a TLS crate links it, so that its newer functions can be found.
#[cfg(target_vendor = "apple")]
#[link(name = "Security", kind = "framework")]
extern "C" {}

fn main() {
    let rows = first_lookups();
    let (arch, os) = (std::env::consts::ARCH, std::env::consts::OS);
    println!("weaklink probe: {arch}-{os}{}\n", plat::c_library());

    let w = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let line = |cells: [&str; 5]| {
        let [name, status, addr, first, lib] = cells;
        let line = format!("{name:<w$}  {status:<7}  {addr:>18}  {first:>12}  {lib}");
        println!("{}", line.trim_end());
    };
    line(["symbol", "status", "address", "first lookup", "provided by"]);
    println!("{}", "-".repeat(w + 2 + 7 + 2 + 18 + 2 + 12 + 2 + 32));
    for row in &rows {
        let (status, addr, lib) = match row.addr {
            Some(a) => ("found", format!("{a:#x}"), plat::provider(a)),
            None => ("missing", "-".to_string(), String::new()),
        };
        line([row.name, status, &addr, &format!("{:.1?}", row.first), &lib]);
    }
    let found = rows.iter().filter(|r| r.addr.is_some()).count();
    println!("\n{found} of {} found.", rows.len());
    #[cfg(all(
        any(target_os = "linux", target_os = "freebsd", target_os = "netbsd"),
        any(
            target_arch = "x86_64",
            target_arch = "aarch64",
            target_arch = "x86",
            target_arch = "arm"
        ),
    ))]
    bound::show();
    let on = if cfg!(unix) { "" } else { " on a Unix system" };
    println!("\nWhat a call through a cached answer costs: cargo bench --bench calls{on}.");
}

/// What the loader bound when this program started, through weak
/// references (`#[weaklink(extern_weak)]`): never looked up.
#[cfg(all(
    any(target_os = "linux", target_os = "freebsd", target_os = "netbsd"),
    any(
        target_arch = "x86_64",
        target_arch = "aarch64",
        target_arch = "x86",
        target_arch = "arm"
    ),
))]
mod bound {
    use super::*;

    weak! {
        #[weaklink(extern_weak)]
        extern "C" {
            fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
            fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> isize;
            fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int;
            fn strlcpy(dst: *mut c_char, src: *const c_char, size: size_t) -> size_t;
        }
    }

    pub fn show() {
        println!("\nbound by the loader at start-up (#[weaklink(extern_weak)], no lookup):");
        let names = [
            pipe2.name(),
            getrandom.name(),
            close_range.name(),
            strlcpy.name(),
        ];
        let found = [
            pipe2.resolve(),
            getrandom.resolve(),
            close_range.resolve(),
            strlcpy.resolve(),
        ];
        for (name, found) in names.iter().zip(found) {
            println!("  {name:<12} {}", if found { "found" } else { "missing" });
        }
    }
}

#[cfg(unix)]
mod plat {
    use super::*;

    weaklink::weak! {
        fn gnu_get_libc_version() -> *const c_char;
    }

    /// `, ` and the C library's name, and its version where that is cheap.
    pub fn c_library() -> String {
        // SAFETY: gnu_get_libc_version(3) returns a static C string.
        let glibc = gnu_get_libc_version
            .get()
            .map(|f| unsafe { CStr::from_ptr(f()) });
        match glibc {
            Some(version) => format!(", glibc {}", version.to_string_lossy()),
            None if cfg!(target_env = "gnu") => ", glibc".to_string(),
            None if cfg!(all(target_env = "musl", target_feature = "crt-static")) => {
                ", musl, statically linked: no dynamic loader, every lookup misses".to_string()
            }
            None if cfg!(target_env = "musl") => ", musl".to_string(),
            None if cfg!(target_os = "android") => ", bionic".to_string(),
            None => String::new(),
        }
    }

    /// The file of the loaded object that contains `addr`.
    pub fn provider(addr: usize) -> String {
        // SAFETY: Dl_info is plain data; all zeroes is a valid value.
        let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
        // SAFETY: dladdr(3) only reads the address and fills `info`.
        let found = unsafe { libc::dladdr(addr as *const c_void, &mut info) } != 0;
        if !found || info.dli_fname.is_null() {
            return "?".to_string();
        }
        // SAFETY: dli_fname is a C string owned by the loader.
        unsafe { CStr::from_ptr(info.dli_fname) }
            .to_string_lossy()
            .into()
    }
}

#[cfg(windows)]
mod plat {
    use super::*;

    #[link(name = "kernel32")]
    extern "system" {
        fn GetModuleHandleExW(flags: u32, addr: *const u16, module: *mut *mut c_void) -> i32;
        fn GetModuleFileNameW(module: *mut c_void, name: *mut u16, size: u32) -> u32;
    }

    weaklink::weak! {
        // Wine's ntdll exports it; no Windows does.
        fn wine_get_version() -> *const c_char;
    }

    /// No C library to name; under Wine, `, ` and Wine's version.
    pub fn c_library() -> String {
        // SAFETY: wine_get_version returns a static C string.
        let wine = wine_get_version
            .get()
            .map(|f| unsafe { CStr::from_ptr(f()) });
        wine.map_or(String::new(), |v| format!(", wine {}", v.to_string_lossy()))
    }

    /// The file of the loaded module that contains `addr`.
    pub fn provider(addr: usize) -> String {
        let (mut module, mut buf) = (std::ptr::null_mut(), [0u16; 512]);
        // GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | .._UNCHANGED_REFCOUNT
        let flags = 0x4 | 0x2;
        // SAFETY: any address may be asked about; the buffer's size is passed.
        let len = unsafe {
            if GetModuleHandleExW(flags, addr as *const u16, &mut module) == 0 {
                return "?".to_string();
            }
            GetModuleFileNameW(module, buf.as_mut_ptr(), buf.len() as u32)
        };
        String::from_utf16_lossy(&buf[..len as usize])
    }
}

/// Elsewhere (WASI): nothing is declared, and nothing could be found.
#[cfg(not(any(unix, windows)))]
mod plat {
    pub fn c_library() -> String {
        String::new()
    }
    pub fn provider(_addr: usize) -> String {
        String::new()
    }
}
