//! What weaklink finds on this system: for well-known optional functions,
//! whether the running process has each one, where, and for a few, what the
//! loader bound at start-up through `#[weaklink(extern_weak)]`. What a call
//! costs is `cargo bench` (see `benches/README.md`).
//!
//! ```text
//! cargo run --release --example probe
//! ```

#[allow(unused_imports)]
use libc::{c_char, c_int, c_long, c_uint, c_void, size_t};
use std::ffi::CStr;
use weaklink::weak;

/// Declares each function weakly, with its real prototype (the probe never
/// calls them), and `$rows()`: each one's name, and its address if found.
macro_rules! probe {
    ($rows:ident: $(#[cfg($c:meta)] $(#[$($how:tt)*])* extern $abi:literal { $(fn $name:ident $args:tt $(-> $ret:ty)?;)* })*) => {
        $(#[cfg($c)] weak! { $(#[$($how)*])* extern $abi { $(fn $name $args $(-> $ret)?;)* } })*

        pub fn $rows() -> Vec<(&'static str, Option<usize>)> {
            #[allow(unused_mut)] // where no group is declared
            let mut rows = Vec::new();
            $(#[cfg($c)] rows.extend([$(($name.name(), $name.get().map(|f| f as usize))),*]);)*
            rows
        }
    };
}

probe! { lookups:
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

/// A few of them again as weak references, which the loader binds when the
/// program starts: never looked up.
mod bound {
    #[allow(unused_imports)] // where none is declared
    use super::*;

    probe! { rows:
        #[cfg(all(
            any(target_os = "linux", target_os = "freebsd", target_os = "netbsd"),
            any(target_arch = "x86_64", target_arch = "aarch64", target_arch = "x86", target_arch = "arm"),
        ))]
        #[weaklink(extern_weak)]
        extern "C" {
            fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
            fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> isize;
            fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int;
            fn strlcpy(dst: *mut c_char, src: *const c_char, size: size_t) -> size_t;
        }
    }
}

// Linked, as a TLS crate links it, so that its newer functions can be found.
#[cfg(target_vendor = "apple")]
#[link(name = "Security", kind = "framework")]
extern "C" {}

fn main() {
    let (arch, os) = (std::env::consts::ARCH, std::env::consts::OS);
    // SAFETY: gnu_get_libc_version(3) returns a static C string.
    let glibc = gnu_get_libc_version
        .get()
        .map(|f| unsafe { CStr::from_ptr(f()) });
    let glibc = glibc.map_or(String::new(), |v| {
        format!(", glibc {}", v.to_string_lossy())
    });
    println!("weaklink probe: {arch}-{os}{glibc}\n");
    if cfg!(all(target_env = "musl", target_feature = "crt-static")) {
        println!("statically linked musl: no dynamic loader, every lookup misses\n");
    }
    let (rows, bound) = (lookups(), bound::rows());
    let w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let line = |cells: [&str; 5]| {
        let [name, status, weak, addr, lib] = cells;
        let line = format!("{name:<w$}  {status:<7}  {weak:<11}  {addr:>18}  {lib}");
        println!("{}", line.trim_end());
    };
    let status = |addr: Option<usize>| if addr.is_some() { "found" } else { "missing" };
    line(["symbol", "lookup", "extern_weak", "address", "provided by"]);
    for &(name, addr) in &rows {
        let weak = bound.iter().find(|b| b.0 == name).map(|b| status(b.1));
        let hex = addr.map_or("-".to_string(), |a| format!("{a:#x}"));
        let lib = addr.map_or(String::new(), provider);
        line([name, status(addr), weak.unwrap_or(""), &hex, &lib]);
    }
    let found = rows.iter().filter(|r| r.1.is_some()).count();
    println!("\n{found} of {} found.", rows.len());
    if !bound.is_empty() {
        println!("extern_weak: for those also declared so, what the loader bound at start-up.");
    }
}

weak! {
    fn gnu_get_libc_version() -> *const c_char;
}

/// The file of the loaded object that contains `addr`.
#[cfg(unix)]
fn provider(addr: usize) -> String {
    // SAFETY: Dl_info is plain data; all zeroes is a valid value.
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    // SAFETY: dladdr(3) only reads the address and fills `info`.
    if unsafe { libc::dladdr(addr as *const c_void, &mut info) } == 0 || info.dli_fname.is_null() {
        return "?".to_string();
    }
    // SAFETY: dli_fname is a C string owned by the loader.
    String::from(unsafe { CStr::from_ptr(info.dli_fname) }.to_string_lossy())
}

/// The file of the loaded module that contains `addr`.
#[cfg(windows)]
fn provider(addr: usize) -> String {
    #[link(name = "kernel32")]
    extern "system" {
        fn GetModuleHandleExW(flags: u32, addr: *const u16, module: *mut *mut c_void) -> i32;
        fn GetModuleFileNameW(module: *mut c_void, name: *mut u16, size: u32) -> u32;
    }
    let (mut module, mut buf) = (std::ptr::null_mut(), [0u16; 512]);
    // SAFETY: any address may be asked about; the buffer's size is passed.
    let len = unsafe {
        // GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | .._UNCHANGED_REFCOUNT
        match GetModuleHandleExW(0x4 | 0x2, addr as *const u16, &mut module) {
            0 => 0,
            _ => GetModuleFileNameW(module, buf.as_mut_ptr(), buf.len() as u32),
        }
    };
    String::from_utf16_lossy(&buf[..len as usize])
}

/// Elsewhere (WASI), nothing is found.
#[cfg(not(any(unix, windows)))]
fn provider(_addr: usize) -> String {
    String::new()
}
