//! What weaklink finds on this system.
//!
//! ```text
//! cargo run --example probe
//! ```
//!
//! For a list of well-known optional functions, prints whether the running
//! process has each one, its address, the object that provides it, and what
//! the first lookup took; then what a cached `get()` and a call through it
//! cost, next to a direct call and a `dlsym` on every call.

use std::time::{Duration, Instant};

#[allow(unused_imports)]
use libc::{c_char, c_int, c_long, c_uint, c_void, size_t};
use weaklink::weak;

// Declared with their real prototypes, as a user of each would.
#[cfg(unix)]
weak! {
    fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int;
    fn accept4(fd: c_int, addr: *mut libc::sockaddr, len: *mut libc::socklen_t, flags: c_int) -> c_int;
    fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> isize;
    fn getentropy(buf: *mut c_void, len: size_t) -> c_int;
    fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int;
    fn memfd_create(name: *const c_char, flags: c_uint) -> c_int;
    fn copy_file_range(fd_in: c_int, off_in: *mut i64, fd_out: c_int, off_out: *mut i64, len: size_t, flags: c_uint) -> isize;
    fn strlcpy(dst: *mut c_char, src: *const c_char, size: size_t) -> size_t;
    fn reallocarray(ptr: *mut c_void, n: size_t, size: size_t) -> *mut c_void;
    fn posix_spawn_file_actions_addchdir_np(actions: *mut c_void, path: *const c_char) -> c_int;
}

#[cfg(any(target_os = "linux", target_os = "android"))]
weak! {
    fn statx(dirfd: c_int, path: *const c_char, flags: c_int, mask: c_uint, buf: *mut c_void) -> c_int;
    fn pidfd_open(pid: libc::pid_t, flags: c_uint) -> c_int;
    fn pidfd_send_signal(pidfd: c_int, sig: c_int, info: *mut c_void, flags: c_uint) -> c_int;
    fn gettid() -> libc::pid_t;
    fn renameat2(olddirfd: c_int, old: *const c_char, newdirfd: c_int, new: *const c_char, flags: c_uint) -> c_int;
    fn preadv2(fd: c_int, iov: *const libc::iovec, n: c_int, off: i64, flags: c_int) -> isize;
    fn epoll_pwait2(epfd: c_int, events: *mut c_void, max: c_int, timeout: *const libc::timespec, sigmask: *const c_void) -> c_int;
    // glibc has no wrappers for these two: a probe should show misses too.
    fn openat2(dirfd: c_int, path: *const c_char, how: *mut c_void, size: size_t) -> c_long;
    fn clone3(args: *mut c_void, size: size_t) -> c_long;
    fn __pthread_get_minstack(attr: *const libc::pthread_attr_t) -> size_t;
    fn gnu_get_libc_version() -> *const c_char;
}

#[cfg(target_vendor = "apple")]
weak! {
    fn SSLSetALPNProtocols(ctx: *mut c_void, protocols: *const c_void) -> i32;
    fn os_unfair_lock_lock(lock: *mut c_void);
    fn pthread_jit_write_protect_np(enabled: c_int);
}

#[cfg(windows)]
weak! {
    extern "system" {
        fn SetThreadDescription(thread: *mut c_void, description: *const u16) -> i32;
        fn GetSystemTimePreciseAsFileTime(time: *mut u64);
        fn WaitOnAddress(addr: *const c_void, compare: *const c_void, size: usize, ms: u32) -> i32;
    }
}

/// One line of the table.
struct Row {
    name: &'static str,
    addr: Option<usize>,
    first: Duration,
}

/// Looks each declaration up for the first time, timing it.
macro_rules! rows {
    ($($sym:ident),* $(,)?) => {
        vec![$({
            let start = Instant::now();
            let addr = $sym.get().map(|f| f as *const () as usize);
            Row { name: $sym.name(), addr, first: start.elapsed() }
        }),*]
    };
}

fn main() {
    let mut rows: Vec<Row> = Vec::new();
    #[cfg(unix)]
    rows.extend(rows![
        pipe2,
        dup3,
        accept4,
        getrandom,
        getentropy,
        close_range,
        memfd_create,
        copy_file_range,
        strlcpy,
        reallocarray,
        posix_spawn_file_actions_addchdir_np,
    ]);
    #[cfg(any(target_os = "linux", target_os = "android"))]
    rows.extend(rows![
        statx,
        pidfd_open,
        pidfd_send_signal,
        gettid,
        renameat2,
        preadv2,
        epoll_pwait2,
        openat2,
        clone3,
        __pthread_get_minstack,
    ]);
    #[cfg(target_vendor = "apple")]
    rows.extend(rows![
        SSLSetALPNProtocols,
        os_unfair_lock_lock,
        pthread_jit_write_protect_np,
    ]);
    #[cfg(windows)]
    rows.extend(rows![
        SetThreadDescription,
        GetSystemTimePreciseAsFileTime,
        WaitOnAddress,
    ]);

    println!("weaklink probe: {}", system());
    println!();
    let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    println!(
        "{:<width$}  {:<7}  {:>18}  {:>12}  provided by",
        "symbol",
        "status",
        "address",
        "first lookup",
        width = width
    );
    println!("{}", "-".repeat(width + 2 + 7 + 2 + 18 + 2 + 12 + 2 + 24));
    for row in &rows {
        let (status, addr, lib) = match row.addr {
            Some(a) => ("found", format!("{:#x}", a), provider(a)),
            None => ("missing", "-".to_string(), String::new()),
        };
        println!(
            "{:<width$}  {:<7}  {:>18}  {:>12}  {}",
            row.name,
            status,
            addr,
            format!("{:.1?}", row.first),
            lib,
            width = width
        );
    }
    let found = rows.iter().filter(|r| r.addr.is_some()).count();
    println!();
    println!("{} of {} found.", found, rows.len());
    println!();
    costs();
}

/// A line describing this system.
fn system() -> String {
    #[allow(unused_mut)]
    let mut s = format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS);
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        s.push_str(if cfg!(target_env = "musl") {
            ", musl"
        } else if cfg!(target_env = "gnu") {
            ", glibc"
        } else {
            ""
        });
        if let Some(f) = gnu_get_libc_version.get() {
            // SAFETY: gnu_get_libc_version(3) returns a static C string.
            let v = unsafe { std::ffi::CStr::from_ptr(f()) };
            s.push_str(&format!(" {}", v.to_string_lossy()));
        }
        if cfg!(target_feature = "crt-static") {
            s.push_str(", statically linked: no dynamic loader, nothing can be found");
        }
    }
    s
}

/// The file of the loaded object that contains `addr`.
#[cfg(unix)]
fn provider(addr: usize) -> String {
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    // SAFETY: dladdr(3) only reads the address and fills `info`.
    if unsafe { libc::dladdr(addr as *const c_void, &mut info) } == 0 || info.dli_fname.is_null() {
        return "?".to_string();
    }
    // SAFETY: dli_fname is a C string owned by the loader.
    let name = unsafe { std::ffi::CStr::from_ptr(info.dli_fname) };
    name.to_string_lossy().into_owned()
}

#[cfg(not(unix))]
fn provider(_addr: usize) -> String {
    String::new()
}

/// Median nanoseconds per call over `runs` runs of `n` calls each.
#[cfg(unix)]
fn per_call(n: u32, runs: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let mut acc = 0usize;
            for _ in 0..n {
                acc = acc.wrapping_add(f());
            }
            // Keep the work observable so it is not optimised away.
            // SAFETY: reading a local through a valid pointer.
            unsafe { std::ptr::read_volatile(&acc) };
            start.elapsed().as_secs_f64() * 1e9 / f64::from(n)
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[runs / 2]
}

#[cfg(unix)]
#[allow(clippy::unnecessary_cast)] // `pthread_t` is `usize` on some targets
fn costs() {
    // A function that does almost nothing, so the call's cost shows.
    weak!(
        fn pthread_self() -> libc::pthread_t;
    );
    const N: u32 = 2_000_000;
    const RUNS: usize = 7;

    // SAFETY (all closures): pthread_self(3) takes nothing and returns the
    // calling thread's handle; the weak declaration has that signature.
    let direct = per_call(N, RUNS, || unsafe { libc::pthread_self() as usize });
    let weak = per_call(N, RUNS, || match pthread_self.get() {
        Some(f) => unsafe { f() as usize },
        None => 0,
    });
    let get_only = per_call(N, RUNS, || pthread_self.get().is_some() as usize);
    let dlsym = per_call(N / 20, RUNS, || {
        // SAFETY: a NUL-terminated name and the default pseudo-handle.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, b"pthread_self\0".as_ptr().cast()) };
        if p.is_null() {
            0
        } else {
            type F = unsafe extern "C" fn() -> libc::pthread_t;
            // SAFETY: the loader's pthread_self, with its real signature.
            unsafe { std::mem::transmute::<*mut c_void, F>(p)() as usize }
        }
    });

    println!(
        "cost per call of pthread_self(), median of {} runs (wall clock, so approximate;",
        RUNS
    );
    println!("the README has exact instruction counts):");
    if cfg!(debug_assertions) {
        println!("  (an unoptimised build: run with --release for figures that mean something)");
    }
    println!("  direct call through the import       {:>8.2} ns", direct);
    println!("  weak: cached get() + call            {:>8.2} ns", weak);
    println!(
        "  cached get() alone                   {:>8.2} ns",
        get_only
    );
    println!("  dlsym() + call on every call         {:>8.2} ns", dlsym);
    if pthread_self.get().is_some() {
        println!(
            "  a cached get() + call is {:.0}x cheaper than dlsym on every call",
            dlsym / weak
        );
    }
}
#[cfg(not(unix))]
fn costs() {
    println!("(cost figures are measured on Unix only)");
}
