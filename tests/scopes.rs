//! Where symbols are looked up (one library, a version, the next object),
//! and weak data symbols, each through the real loader.
#![cfg(all(unix, not(all(target_env = "musl", target_feature = "crt-static"))))]

use std::env;

use libc::{c_char, c_int, c_void, size_t};
use weaklink::{weak, State};

mod common;

/// The C library, as `dlopen` names it once loaded.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
macro_rules! libc_name {
    () => {
        "libc.so.6"
    };
}
#[cfg(any(target_os = "android", all(target_os = "linux", target_env = "musl")))]
macro_rules! libc_name {
    () => {
        "libc.so"
    };
}
#[cfg(target_vendor = "apple")]
macro_rules! libc_name {
    () => {
        "/usr/lib/libSystem.B.dylib"
    };
}
#[cfg(any(target_os = "freebsd", target_os = "dragonfly"))]
macro_rules! libc_name {
    () => {
        "libc.so.7"
    };
}
#[cfg(target_os = "netbsd")]
macro_rules! libc_name {
    () => {
        "libc.so.12"
    };
}
#[cfg(any(target_os = "illumos", target_os = "solaris"))]
macro_rules! libc_name {
    () => {
        "libc.so.1"
    };
}

weak! {
    #[weaklink(library = libc_name!())]
    fn getpid() -> libc::pid_t;
}

#[test]
fn library_scope_finds_what_a_loaded_library_exports() {
    if cfg!(target_os = "openbsd") {
        assert!(getpid.get().is_none(), "no RTLD_NOLOAD on OpenBSD");
        return;
    }
    let f = getpid.get().expect("getpid in the C library");
    // SAFETY: getpid(2) takes nothing and returns a pid_t.
    assert_eq!(unsafe { f() }, unsafe { libc::getpid() });
    assert_eq!(f as *const () as usize, libc::getpid as *const () as usize);
}

#[test]
fn library_scope_finds_nothing_elsewhere() {
    weak! {
        #[weaklink(library = libc_name!())]
        fn weaklink_test_not_in_libc();
        #[weaklink(library = "libweaklink-no-such-library.so.7")]
        fn malloc(n: size_t) -> *mut c_void;
    }
    assert!(weaklink_test_not_in_libc.get().is_none());
    assert!(malloc.get().is_none(), "a library that does not exist");
    assert_eq!(malloc.state(), State::Missing);
}

/// The libraries mapped into this process, from `/proc/self/maps`.
#[cfg(target_os = "linux")]
fn mapped(library: &str) -> bool {
    std::fs::read_to_string("/proc/self/maps")
        .unwrap()
        .lines()
        .any(|l| {
            l.rsplit('/')
                .next()
                .map_or(false, |f| f.starts_with(library))
        })
}

/// libresolv ships with glibc, wherever glibc is (cross sysroots too), and
/// nothing in this test process loads it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn library_scope_never_loads_a_library() {
    weak! {
        #[weaklink(library = "libresolv.so.2")]
        fn __b64_ntop(src: *const u8, len: size_t, dst: *mut c_char, size: size_t) -> c_int;
    }
    assert!(
        !mapped("libresolv.so"),
        "libresolv was loaded before the test"
    );
    assert!(__b64_ntop.get().is_none());
    assert_eq!(__b64_ntop.state(), State::Missing);
    assert!(!mapped("libresolv.so"), "the lookup loaded libresolv");

    // The check above can see a load: loading it for real shows up.
    // SAFETY: libresolv has no initialisers of interest; the handle is kept.
    let handle = unsafe { libc::dlopen(b"libresolv.so.2\0".as_ptr().cast(), libc::RTLD_NOW) };
    assert!(!handle.is_null(), "libresolv.so.2 is part of glibc");
    assert!(mapped("libresolv.so"));
    // The miss stays cached; a fresh declaration now finds the symbol.
    assert!(__b64_ntop.get().is_none());
    weak! {
        #[weaklink(library = "libresolv.so.2")]
        #[link_name = "__b64_ntop"]
        fn b64_ntop_after_load(src: *const u8, len: size_t, dst: *mut c_char, size: size_t) -> c_int;
    }
    let f = b64_ntop_after_load.get().expect("libresolv is loaded now");
    let mut out = [0 as c_char; 16];
    // SAFETY: __b64_ntop encodes `len` bytes into `size` bytes of `dst`.
    let n = unsafe { f(b"weak".as_ptr(), 4, out.as_mut_ptr(), out.len()) };
    assert_eq!(n, 8);
    // SAFETY: NUL-terminated by __b64_ntop.
    let text = unsafe { std::ffi::CStr::from_ptr(out.as_ptr()) };
    assert_eq!(text.to_bytes(), b"d2Vhaw==");
}

/// memcpy has two versions on x86_64 glibc: the original, which behaved as
/// memmove, and the one from 2.14 on.
#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
#[test]
fn versioned_symbols() {
    type Memcpy = unsafe extern "C" fn(*mut c_void, *const c_void, size_t) -> *mut c_void;
    weak! {
        #[weaklink(version = "GLIBC_2.2.5")]
        #[link_name = "memcpy"]
        fn memcpy_2_2_5(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
        #[weaklink(version = "GLIBC_2.14")]
        #[link_name = "memcpy"]
        fn memcpy_2_14(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
        #[weaklink(version = "GLIBC_2.14", library = "libc.so.6")]
        #[link_name = "memcpy"]
        fn memcpy_2_14_in_libc(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
        #[weaklink(version = "GLIBC_0.0")]
        #[link_name = "memcpy"]
        fn memcpy_no_such_version(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
    }
    let old: Memcpy = memcpy_2_2_5.get().expect("memcpy@GLIBC_2.2.5");
    let new: Memcpy = memcpy_2_14.get().expect("memcpy@GLIBC_2.14");
    assert_ne!(old as usize, new as usize, "two versions, two functions");
    assert_eq!(
        memcpy_2_14_in_libc.get().map(|f| f as usize),
        Some(new as usize)
    );
    assert!(memcpy_no_such_version.get().is_none());

    // The default version is the newest one.
    // SAFETY: a NUL-terminated name and the default pseudo-handle.
    let default = unsafe { libc::dlsym(libc::RTLD_DEFAULT, b"memcpy\0".as_ptr().cast()) };
    assert_eq!(default as usize, new as usize);

    for f in [old, new] {
        let src = *b"weaklink";
        let mut dst = [0u8; 8];
        // SAFETY: both are memcpy, with valid, disjoint buffers of 8 bytes.
        unsafe { f(dst.as_mut_ptr().cast(), src.as_ptr().cast(), 8) };
        assert_eq!(&dst, b"weaklink");
    }
}

/// Builds the example interposer (`examples/interpose`) with the cargo
/// running these tests, into this test target's temporary directory, and
/// returns the library's path; `None` where its sources are missing (the
/// published package does not ship them).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn build_interposer() -> Option<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("examples/interpose/Cargo.toml").is_file() {
        return None;
    }
    let target_dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("interpose");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = std::process::Command::new(cargo);
    build
        .args(["build", "--quiet", "--offline"])
        .args(["-p", "weaklink-interpose-example"])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
    // Cross-compiled tests say for which target (cargo tells tests nothing).
    let mut out_dir = target_dir.clone();
    if let Some(target) = env::var_os("WEAKLINK_TEST_TARGET") {
        build.arg("--target").arg(&target);
        out_dir.push(target);
    }
    let out = build.output().unwrap();
    assert!(
        out.status.success(),
        "building the interposer failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out_dir.join("debug").join("libinterpose.so"))
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn next_scope_forwards_from_an_interposer() {
    let lib = match build_interposer() {
        Some(lib) => lib,
        None => {
            eprintln!(
                "skipped: examples/interpose is missing (the published package does not ship it)"
            );
            return;
        }
    };
    let out = common::this_test_binary()
        .args(["--exact", "interposed_child", "--ignored", "--nocapture"])
        .env("LD_PRELOAD", &lib)
        .env("WEAKLINK_TEST_INTERPOSED", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{}{}",
        out.status,
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("interposed calls: 3"), "{}", stdout);
}

/// Runs under the interposer, started by the test above.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
#[ignore = "run by next_scope_forwards_from_an_interposer, in a child process"]
fn interposed_child() {
    assert!(env::var_os("WEAKLINK_TEST_INTERPOSED").is_some());
    weak!(
        fn weaklink_interpose_calls() -> usize;
    );
    let calls = weaklink_interpose_calls
        .get()
        .expect("the interposer is preloaded");
    // SAFETY: the interposer's counter, declared as it defines it.
    let before = unsafe { calls() };
    // SAFETY: SYS_getpid asks the kernel directly, bypassing any library.
    let truth = unsafe { libc::syscall(libc::SYS_getpid) } as libc::pid_t;
    for _ in 0..3 {
        // The call goes to the interposer, which forwards to libc's getpid:
        // the answer is the real one.
        assert_eq!(unsafe { libc::getpid() }, truth);
    }
    // SAFETY: as above.
    println!("interposed calls: {}", unsafe { calls() } - before);
}

weak! {
    static environ: *const *const c_char;
}

#[test]
fn data_symbol_environ_agrees_with_std() {
    let env_ptr = environ.get().expect("every Unix C library has environ");
    let mut entries = Vec::new();
    // SAFETY: `environ` is a NULL-terminated array of C strings; no other
    // thread of this test binary changes the environment meanwhile.
    unsafe {
        let mut p = *env_ptr.as_ptr();
        while !(*p).is_null() {
            entries.push(std::ffi::CStr::from_ptr(*p).to_bytes().to_vec());
            p = p.add(1);
        }
    }
    // std skips entries without `=`; otherwise the two views must agree.
    use std::os::unix::ffi::OsStrExt;
    let mut from_c: Vec<Vec<u8>> = entries.into_iter().filter(|e| e.contains(&b'=')).collect();
    let mut from_std: Vec<Vec<u8>> = env::vars_os()
        .map(|(k, v)| [k.as_bytes(), b"=", v.as_bytes()].concat())
        .collect();
    from_c.sort();
    from_std.sort();
    assert!(!from_std.is_empty());
    assert_eq!(from_c, from_std);
}

#[cfg(any(target_os = "linux", target_os = "android"))]
#[test]
fn data_symbol_progname() {
    weak! {
        extern "C" {
            static mut __progname: *const c_char;
        }
    }
    let p = __progname
        .get()
        .expect("glibc, musl and bionic have __progname");
    // SAFETY: a C string set at start-up and not changed since.
    let name = unsafe { std::ffi::CStr::from_ptr(*p.as_ptr()) };
    let exe = env::current_exe().unwrap();
    let file = exe.file_name().unwrap().to_str().unwrap();
    assert_eq!(name.to_str().unwrap(), file);
}

/// glibc 2.32 and newer keep a flag that is cleared when the first thread
/// starts.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn data_symbol_single_threaded_flag() {
    weak!(
        static __libc_single_threaded: c_char;
    );
    std::thread::spawn(|| ()).join().unwrap();
    if let Some(flag) = __libc_single_threaded.get() {
        // SAFETY: a char the C library writes only while single-threaded.
        assert_eq!(unsafe { flag.as_ptr().read_volatile() }, 0);
    }
}

#[test]
fn data_symbol_missing() {
    weak!(
        static weaklink_test_no_such_variable: c_int;
    );
    assert!(weaklink_test_no_such_variable.get().is_none());
    assert_eq!(weaklink_test_no_such_variable.state(), State::Missing);
    assert_eq!(
        format!("{:?}", weaklink_test_no_such_variable),
        r#"WeakStatic { name: "weaklink_test_no_such_variable", state: Missing }"#
    );
}
