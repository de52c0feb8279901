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

/// What the cost figures call, and how the platform finds things.
#[cfg(unix)]
mod plat {
    use libc::c_void;

    /// A function that does almost nothing, so that the call's cost shows.
    pub const CHEAP: &str = "pthread_self()";
    /// The platform's own lookup.
    pub const LOOKUP: &str = "dlsym()";

    weaklink::weak!(
        pub fn pthread_self() -> libc::pthread_t;
    );

    // SAFETY (all calls below): pthread_self(3) takes nothing and returns
    // the calling thread's handle; every pointer used has that signature.
    #[allow(clippy::unnecessary_cast)] // `pthread_t` is `usize` on some targets
    pub fn direct() -> usize {
        unsafe { libc::pthread_self() as usize }
    }

    #[allow(clippy::unnecessary_cast)]
    pub fn weak() -> usize {
        match pthread_self.get() {
            Some(f) => unsafe { f() as usize },
            None => 0,
        }
    }

    pub fn resolved() -> bool {
        pthread_self.get().is_some()
    }

    #[allow(clippy::unnecessary_cast)]
    pub fn lookup_every_call() -> usize {
        // SAFETY: a NUL-terminated name and the default pseudo-handle.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, b"pthread_self\0".as_ptr().cast()) };
        if p.is_null() {
            return 0;
        }
        type F = unsafe extern "C" fn() -> libc::pthread_t;
        unsafe { std::mem::transmute::<*mut c_void, F>(p)() as usize }
    }

    /// The file of the loaded object that contains `addr`.
    pub fn provider(addr: usize) -> String {
        // SAFETY: Dl_info is plain data; all zeroes is a valid value.
        let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
        // SAFETY: dladdr(3) only reads the address and fills `info`.
        if unsafe { libc::dladdr(addr as *const c_void, &mut info) } == 0
            || info.dli_fname.is_null()
        {
            return "?".to_string();
        }
        // SAFETY: dli_fname is a C string owned by the loader.
        let name = unsafe { std::ffi::CStr::from_ptr(info.dli_fname) };
        name.to_string_lossy().into_owned()
    }
}

#[cfg(windows)]
mod plat {
    use libc::c_void;

    pub const CHEAP: &str = "GetCurrentThreadId()";
    pub const LOOKUP: &str = "GetProcAddress()";

    mod kernel32 {
        use libc::c_void;

        #[link(name = "kernel32")]
        extern "system" {
            pub fn GetCurrentThreadId() -> u32;
            pub fn GetModuleHandleW(name: *const u16) -> *mut c_void;
            pub fn GetProcAddress(module: *mut c_void, name: *const u8) -> *mut c_void;
            pub fn GetModuleHandleExW(
                flags: u32,
                addr: *const u16,
                module: *mut *mut c_void,
            ) -> i32;
            pub fn GetModuleFileNameW(module: *mut c_void, name: *mut u16, size: u32) -> u32;
        }
    }

    weaklink::weak!(
        extern "system" fn GetCurrentThreadId() -> u32;
    );

    // SAFETY (all calls below): GetCurrentThreadId takes nothing and
    // returns a DWORD; every pointer used has that signature.
    pub fn direct() -> usize {
        unsafe { kernel32::GetCurrentThreadId() as usize }
    }

    pub fn weak() -> usize {
        match GetCurrentThreadId.get() {
            Some(f) => unsafe { f() as usize },
            None => 0,
        }
    }

    pub fn resolved() -> bool {
        GetCurrentThreadId.get().is_some()
    }

    pub fn lookup_every_call() -> usize {
        let name: Vec<u16> = "kernel32.dll".encode_utf16().chain(Some(0)).collect();
        // SAFETY: NUL-terminated names; kernel32 is always loaded.
        let p = unsafe {
            let module = kernel32::GetModuleHandleW(name.as_ptr());
            kernel32::GetProcAddress(module, b"GetCurrentThreadId\0".as_ptr())
        };
        if p.is_null() {
            return 0;
        }
        type F = unsafe extern "system" fn() -> u32;
        unsafe { std::mem::transmute::<*mut c_void, F>(p)() as usize }
    }

    /// The file of the loaded module that contains `addr`.
    pub fn provider(addr: usize) -> String {
        const FROM_ADDRESS: u32 = 0x4;
        const UNCHANGED_REFCOUNT: u32 = 0x2;
        let mut module = std::ptr::null_mut();
        let mut buf = [0u16; 512];
        // SAFETY: an address inside a loaded module, and buffers of the
        // sizes passed.
        let len = unsafe {
            if kernel32::GetModuleHandleExW(
                FROM_ADDRESS | UNCHANGED_REFCOUNT,
                addr as *const u16,
                &mut module,
            ) == 0
            {
                return "?".to_string();
            }
            kernel32::GetModuleFileNameW(module, buf.as_mut_ptr(), buf.len() as u32)
        };
        String::from_utf16_lossy(&buf[..len as usize])
    }
}

#[cfg(not(any(unix, windows)))]
mod plat {
    pub const CHEAP: &str = "nothing";
    pub const LOOKUP: &str = "nothing";
    pub fn direct() -> usize {
        0
    }
    pub fn weak() -> usize {
        0
    }
    pub fn resolved() -> bool {
        false
    }
    pub fn lookup_every_call() -> usize {
        0
    }
    pub fn provider(_addr: usize) -> String {
        String::new()
    }
}

use plat::provider;

/// Median nanoseconds per call over `runs` runs of `n` calls each.
fn per_call(n: u32, runs: usize, f: fn() -> usize) -> f64 {
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

fn costs() {
    const N: u32 = 2_000_000;
    const RUNS: usize = 7;
    if !plat::resolved() {
        println!("({} was not found: no cost figures)", plat::CHEAP);
        return;
    }
    let direct = per_call(N, RUNS, plat::direct);
    let weak = per_call(N, RUNS, plat::weak);
    let get_only = per_call(N, RUNS, || plat::resolved() as usize);
    let lookup = per_call(N / 20, RUNS, plat::lookup_every_call);

    println!(
        "cost per call of {}, median of {} runs (wall clock, so approximate;",
        plat::CHEAP,
        RUNS
    );
    println!("the README has exact instruction counts):");
    if cfg!(debug_assertions) {
        println!("  (an unoptimised build: run with --release for figures that mean something)");
    }
    println!("  direct call through the import        {:>8.2} ns", direct);
    println!("  weak: cached get() + call             {:>8.2} ns", weak);
    println!(
        "  cached get() alone                    {:>8.2} ns",
        get_only
    );
    println!(
        "  {:<37} {:>8.2} ns",
        format!("{} + call on every call", plat::LOOKUP),
        lookup
    );
    println!(
        "  a cached get() + call is {:.0}x cheaper than {} on every call",
        lookup / weak,
        plat::LOOKUP
    );
}
