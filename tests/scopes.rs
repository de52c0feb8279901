//! Where symbols are looked up (one library, a version, the next object),
//! and weak data symbols, each through the real loader: wherever there is
//! one, Windows included.
#![cfg(any(
    windows,
    all(unix, not(all(target_env = "musl", target_feature = "crt-static")))
))]

#[cfg(unix)]
use std::env;

#[cfg(unix)]
use libc::c_char;
use libc::{c_int, c_void, size_t};
use weaklink::{weak, State};

mod common;

#[cfg(any(windows, all(target_os = "linux", target_env = "gnu")))]
use common::platform::unloaded_library;
use common::platform::{process_id, system_library, weak_process_id};

weak_process_id! {
    #[weaklink(library = system_library!())]
    fn pid_from_system_library;
}

#[test]
fn library_scope_finds_what_a_loaded_library_exports() {
    if cfg!(target_os = "openbsd") {
        assert!(
            pid_from_system_library.get().is_none(),
            "no RTLD_NOLOAD on OpenBSD"
        );
        return;
    }
    let f = pid_from_system_library
        .get()
        .expect("the process-id function in its library");
    // SAFETY: getpid(2) / GetCurrentProcessId take nothing and return the
    // process id.
    assert_eq!(unsafe { f() }, process_id());
    #[cfg(unix)]
    assert_eq!(f as *const () as usize, libc::getpid as *const () as usize);
}

#[test]
fn library_scope_finds_nothing_elsewhere() {
    weak! {
        #[weaklink(library = system_library!())]
        fn weaklink_test_not_in_system_library();
        #[weaklink(library = "libweaklink-no-such-library.so.7")]
        fn malloc(n: size_t) -> *mut c_void;
    }
    assert!(weaklink_test_not_in_system_library.get().is_none());
    assert!(malloc.get().is_none(), "a library that does not exist");
    assert_eq!(malloc.state(), State::Missing);
}

/// The library scope looks only at what is loaded: a library that exists
/// but is not loaded is not loaded by the lookup either.
#[cfg(any(windows, all(target_os = "linux", target_env = "gnu")))]
#[test]
fn library_scope_never_loads_a_library() {
    use common::platform::{is_loaded, UNLOADED_LIBRARY};
    weak! {
        #[weaklink(library = unloaded_library!())]
        #[link_name = concat!(unloaded_library!(function))]
        fn in_unloaded_library();
    }
    assert!(
        !is_loaded(UNLOADED_LIBRARY),
        "{} was loaded before the test",
        UNLOADED_LIBRARY
    );
    assert!(in_unloaded_library.get().is_none());
    assert_eq!(in_unloaded_library.state(), State::Missing);
    assert!(
        !is_loaded(UNLOADED_LIBRARY),
        "the lookup loaded {}",
        UNLOADED_LIBRARY
    );

    // The check above can see a load: loading the library for real shows
    // up. The miss stays cached; a fresh declaration now finds the symbol.
    #[cfg(unix)]
    {
        // SAFETY: libresolv has no initialisers of interest; the handle is
        // kept.
        let handle = unsafe { libc::dlopen(b"libresolv.so.2\0".as_ptr().cast(), libc::RTLD_NOW) };
        assert!(!handle.is_null(), "libresolv.so.2 is part of glibc");
        assert!(is_loaded(UNLOADED_LIBRARY));
        assert!(in_unloaded_library.get().is_none());
        b64_ntop_after_load();
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn b64_ntop_after_load() {
    weak! {
        #[weaklink(library = "libresolv.so.2")]
        fn __b64_ntop(src: *const u8, len: size_t, dst: *mut c_char, size: size_t) -> c_int;
    }
    let f = __b64_ntop.get().expect("libresolv is loaded now");
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

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn next_scope_forwards_from_an_interposer() {
    let lib = match common::native::build_member(
        "interpose",
        "weaklink-interpose-example",
        "interpose",
        &[],
    ) {
        Some(lib) => lib,
        None => return,
    };
    let done = common::ChildTest::new("interposed_child")
        .env("LD_PRELOAD", &lib)
        .run();
    done.assert_success();
    assert!(done.stdout.contains("interposed calls: 3"), "{}", done);
}

/// Runs under the interposer, started by the test above.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
#[ignore = "run by next_scope_forwards_from_an_interposer, in a child process"]
fn interposed_child() {
    if !common::child::is_child() {
        return;
    }
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

#[cfg(unix)]
weak! {
    static environ: *const *const c_char;
}

#[cfg(unix)]
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

/// A data export: msvcrt's `_environ`, in every windows-gnu program (the
/// UCRT that MSVC programs use exports a function for it instead).
#[cfg(all(windows, target_env = "gnu"))]
#[test]
fn data_symbol_from_msvcrt() {
    weak!(
        static _environ: *const *const libc::c_char;
    );
    let env = _environ.get().expect("msvcrt exports _environ");
    // SAFETY: msvcrt keeps `_environ` pointing to a NULL-terminated array
    // of C strings; nothing changes the environment meanwhile.
    let first = unsafe { *env.as_ptr() };
    assert!(!first.is_null());
    // SAFETY: as above.
    let entry = unsafe { std::ffi::CStr::from_ptr(*first) };
    assert!(entry.to_bytes().contains(&b'='), "{:?}", entry);
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

/// The vDSO, which the kernel maps into every process and which is never
/// unloaded, is recorded by glibc under its soname alone
/// ("linux-vdso.so.1", no path): `library = ".."` finds it by that name,
/// as `dlsym` on its handle does.
#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
#[test]
fn library_scope_finds_the_vdso_by_its_soname() {
    // SAFETY: a NUL-terminated name; RTLD_NOLOAD never loads anything.
    let handle = unsafe {
        libc::dlopen(
            b"linux-vdso.so.1\0".as_ptr().cast(),
            libc::RTLD_NOLOAD | libc::RTLD_LAZY,
        )
    };
    if handle.is_null() {
        println!("skipped: no vDSO");
        return;
    }
    // SAFETY: a handle from dlopen, a NUL-terminated name.
    let raw = unsafe { libc::dlsym(handle, b"__vdso_clock_gettime\0".as_ptr().cast()) };
    assert!(!raw.is_null(), "the vDSO exports __vdso_clock_gettime");

    weaklink::weak! {
        #[weaklink(library = "linux-vdso.so.1")]
        fn __vdso_clock_gettime(clock: libc::clockid_t, ts: *mut libc::timespec) -> libc::c_int;
    }
    assert_eq!(
        __vdso_clock_gettime.get().map(|f| f as usize),
        Some(raw as usize),
        "library = \"linux-vdso.so.1\" does not find what dlsym on its handle finds"
    );
}
