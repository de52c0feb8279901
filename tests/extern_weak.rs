//! `extern_weak` declarations: weak references bound by the loader when the
//! program is loaded, never looked up.
//!
//! Compiled where weak references are available: ELF Unix targets whose
//! architecture has stable inline assembly (s390x needs Rust 1.84,
//! LoongArch64 Rust 1.72; the others Rust 1.59).
#![cfg(all(
    unix,
    not(target_vendor = "apple"),
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "loongarch64",
        target_arch = "s390x",
    )
))]
#![allow(non_upper_case_globals)]

mod common;

use libc::{c_char, c_int, pid_t};
use weaklink::{ExternWeak, ExternWeakStatic, State};

type GetPid = unsafe extern "C" fn() -> pid_t;
type Pipe2 = unsafe extern "C" fn(*mut c_int, c_int) -> c_int;
type StrVersCmp = unsafe extern "C" fn(*const c_char, *const c_char) -> c_int;

// The default form for the target (a GOT load, or a data slot on 32-bit x86
// and ARM), and both forms by name, so that every target runs both.
const getpid: ExternWeak<GetPid> =
    weaklink::__extern_weak!(unsafe extern "C" fn() -> pid_t, getpid);
const pipe2: ExternWeak<Pipe2> =
    weaklink::__extern_weak!(unsafe extern "C" fn(*mut c_int, c_int) -> c_int, "pipe2");
const missing: ExternWeak<GetPid> =
    weaklink::__extern_weak!(GetPid, weaklink_extern_weak_test_missing);
const environ: ExternWeakStatic<*const *const c_char> =
    weaklink::__extern_weak!(static *const *const c_char, "environ");
const strverscmp: ExternWeak<StrVersCmp> = weaklink::__extern_weak!(StrVersCmp, strverscmp);

/// The same names through the GOT load and through the data slot.
mod forms {
    use super::*;

    macro_rules! with_form {
        ($form:ident, $ty:ty, $name:tt) => {{
            weaklink::__extern_weak_slot!(@$form fn addr = $name);
            // SAFETY: `addr` reads the weak reference to `$name`.
            unsafe { ExternWeak::<$ty>::__new(addr, stringify!($name)) }
        }};
    }

    #[cfg(any(
        target_arch = "x86_64",
        target_arch = "aarch64",
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "loongarch64",
        target_arch = "s390x",
    ))]
    pub mod got {
        use super::*;
        pub const getpid: ExternWeak<GetPid> = with_form!(got, GetPid, getpid);
        pub const missing: ExternWeak<GetPid> =
            with_form!(got, GetPid, weaklink_extern_weak_test_missing);

        #[test]
        fn agrees_with_the_default_form() {
            assert_eq!(addr_of(getpid.get()), addr_of(crate::getpid.get()));
            assert!(missing.get().is_none());
        }
    }

    pub mod slot {
        use super::*;
        pub const getpid: ExternWeak<GetPid> = with_form!(slot, GetPid, getpid);
        pub const missing: ExternWeak<GetPid> =
            with_form!(slot, GetPid, weaklink_extern_weak_test_missing);
        // The same name twice in one crate: one slot.
        pub const getpid_again: ExternWeak<GetPid> = with_form!(slot, GetPid, getpid);

        #[test]
        fn agrees_with_the_default_form() {
            assert_eq!(addr_of(getpid.get()), addr_of(crate::getpid.get()));
            assert_eq!(addr_of(getpid_again.get()), addr_of(crate::getpid.get()));
            assert!(missing.get().is_none());
            assert_eq!(missing.state(), State::Missing);
        }
    }
}

/// Whether this is a statically linked program: no loader, and a weak
/// reference is found only if the program links the function in.
fn static_executable() -> bool {
    !common::has_loader()
}

fn addr_of<F: Copy>(f: Option<F>) -> usize {
    assert_eq!(core::mem::size_of::<F>(), core::mem::size_of::<usize>());
    // SAFETY: `F` is a function pointer type, the size of a usize.
    f.map_or(0, |f| unsafe { core::mem::transmute_copy::<F, usize>(&f) })
}

#[test]
fn found_getpid() {
    // The standard library links getpid in, even in a static executable.
    let f = getpid.get().expect("getpid is bound");
    // SAFETY: getpid(2) takes nothing.
    assert_eq!(unsafe { f() }, std::process::id() as pid_t);
    assert_eq!(getpid.state(), State::Found);
    assert!(getpid.resolve());
    assert_eq!(addr_of(getpid.get_cached()), addr_of(Some(f)));
    assert_eq!(getpid.name(), "getpid");
    let debug = format!("{:?}", getpid);
    assert!(
        debug.starts_with("ExternWeak { name: \"getpid\", state: Found, addr: 0x"),
        "{}",
        debug
    );
}

#[test]
fn found_pipe2() {
    let f = pipe2.get().expect("pipe2 is bound");
    let mut fds = [-1; 2];
    // SAFETY: pipe2(2) with room for two descriptors.
    assert_eq!(unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    for fd in fds {
        // SAFETY: `fd` was just opened by pipe2.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
        assert_eq!(flags & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
        // SAFETY: as above; closed once.
        unsafe { libc::close(fd) };
    }
    assert_eq!(pipe2.name(), "pipe2");
}

#[test]
fn found_is_what_the_loader_has() {
    if static_executable() {
        return;
    }
    for (name, got) in [
        ("getpid\0", addr_of(getpid.get())),
        ("pipe2\0", addr_of(pipe2.get())),
    ] {
        // SAFETY: a NUL-terminated name.
        let looked_up = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr().cast()) };
        assert_eq!(got, looked_up as usize, "{}", name);
    }
}

#[test]
fn missing_is_none() {
    assert!(missing.get().is_none());
    assert!(missing.get_cached().is_none());
    assert!(!missing.resolve());
    assert_eq!(missing.state(), State::Missing);
    assert_eq!(missing.name(), "weaklink_extern_weak_test_missing");
    assert_eq!(
        format!("{:?}", missing),
        "ExternWeak { name: \"weaklink_extern_weak_test_missing\", state: Missing }"
    );
}

#[test]
fn data_symbol() {
    let env = environ.get().expect("environ is bound");
    assert_eq!(environ.state(), State::Found);
    assert_eq!(environ.name(), "environ");
    std::env::set_var("WEAKLINK_EXTERN_WEAK_TEST", "1");
    // SAFETY: `environ` is a pointer-sized C global; no other thread of
    // this test changes the environment while it is read.
    let mut p = unsafe { env.as_ptr().read() };
    let mut seen = false;
    // SAFETY: `p` points into the NULL-terminated array of NUL-terminated
    // strings that `environ` points to, and is advanced only past entries
    // that are not the terminator.
    unsafe {
        while !(*p).is_null() {
            let entry = std::ffi::CStr::from_ptr(*p);
            seen |= entry.to_bytes() == b"WEAKLINK_EXTERN_WEAK_TEST=1";
            p = p.add(1);
        }
    }
    assert!(seen);
}

/// Found when the program has it, which in a static executable means: when
/// something links it in. Nothing in a Rust program calls strverscmp, so a
/// static executable does not have it; every dynamic C library here does.
#[test]
fn static_executable_has_only_what_it_links() {
    if static_executable() {
        assert!(strverscmp.get().is_none());
        assert_eq!(strverscmp.state(), State::Missing);
    } else {
        let f = strverscmp.get().expect("the C library has strverscmp");
        // SAFETY: two NUL-terminated strings.
        let order = unsafe { f(b"a9\0".as_ptr().cast(), b"a10\0".as_ptr().cast()) };
        assert!(order < 0);
    }
}

/// A direct call to the same function, next to the declaration, stays a
/// strong reference: in a static executable it links the function in, and
/// the weak reference then finds it. (Nothing else in a Rust program calls
/// `ffs`.)
#[test]
fn direct_reference_stays_strong() {
    type Ffs = unsafe extern "C" fn(c_int) -> c_int;
    const weak_ffs: ExternWeak<Ffs> = weaklink::__extern_weak!(Ffs, "ffs");
    extern "C" {
        fn ffs(i: c_int) -> c_int;
    }
    // SAFETY: ffs(3) takes any int.
    assert_eq!(unsafe { ffs(0x10) }, 5);
    let f = weak_ffs.get().expect("ffs is linked in");
    // SAFETY: as above.
    assert_eq!(unsafe { f(0x10) }, 5);
    assert_eq!(addr_of(Some(f)), ffs as Ffs as usize);
}

#[test]
fn inside_a_function_body() {
    const fn_local: ExternWeak<GetPid> = weaklink::__extern_weak!(GetPid, "getpid");
    assert_eq!(addr_of(fn_local.get()), addr_of(getpid.get()));
}

/// Each get() reads the word the loader wrote, from any thread.
#[test]
fn every_thread_sees_the_same() {
    let expected = addr_of(getpid.get());
    for got in common::race(8, || addr_of(getpid.get())) {
        assert_eq!(got, expected);
    }
}

/// Run in a child with `LD_DEBUG=bindings`: glibc's loader logs a `dlsym`
/// as ``normal symbol `NAME'`` with no version, and its start-up bindings
/// with one. The names declared here must be bound at start-up only.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn never_looked_up() {
    let log = common::ChildTest::new("calls_in_child").run_logging_bindings("ld-debug");
    assert!(
        log.contains("normal symbol `pipe2' ["),
        "pipe2 bound at start-up:\n{}",
        log
    );
    for name in ["getpid", "pipe2", "strverscmp", "environ"] {
        let lookup = format!("normal symbol `{}'\n", name);
        assert!(!log.contains(&lookup), "{} was looked up", name);
    }
}

/// What `never_looked_up` runs in the child: every declaration, used.
/// Also an ordinary test.
#[test]
fn calls_in_child() {
    let _ = (getpid.get(), pipe2.get(), missing.get(), strverscmp.get());
    let _ = environ.get();
    found_getpid();
    found_pipe2();
}

/// The spelling users write: `#[weaklink(extern_weak)]` in `weak!`, on
/// functions, variables, `extern` blocks and fallback bodies.
mod through_weak {
    use super::*;
    use std::os::unix::io::{AsFd, BorrowedFd};

    weaklink::weak! {
        #[weaklink(extern_weak)]
        fn getpid() -> pid_t;
        #[weaklink(extern_weak)]
        #[link_name = "getppid"]
        fn parent() -> pid_t;
        #[weaklink(extern_weak)]
        fn weaklink_extern_weak_test_missing_too(x: c_int) -> c_int;
        #[weaklink(extern_weak)]
        static environ: *const *const c_char;
        #[weaklink(extern_weak)]
        fn fsync(fd: BorrowedFd<'_>) -> c_int;
        /// A fallback body: runs when the loader bound nothing.
        #[weaklink(extern_weak)]
        fn weaklink_extern_weak_test_doubled(x: c_int) -> c_int {
            x * 2
        }
        #[weaklink(extern_weak)]
        #[link_name = "abs"]
        fn abs_or_zero(x: c_int) -> c_int {
            let _ = x;
            0
        }
    }

    weaklink::weak! {
        #[weaklink(extern_weak)]
        extern "C" {
            pub fn getuid() -> libc::uid_t;
        }
    }

    #[test]
    fn same_calls_as_a_lookup() {
        let forced = cfg!(weaklink_force = "missing");
        assert_eq!(getpid.name(), "getpid");
        assert_eq!(parent.name(), "getppid");
        assert_eq!(getpid.get().is_some(), !forced);
        assert_eq!(getpid.get_cached().is_some(), !forced);
        assert_eq!(getpid.resolve(), !forced);
        if let Some(f) = getpid.get() {
            assert_eq!(getpid.state(), State::Found);
            // SAFETY: getpid(2).
            assert_eq!(unsafe { f() } as u32, std::process::id());
        }
        if let Some(f) = parent.get() {
            // SAFETY: getppid(2).
            assert_eq!(unsafe { f() }, unsafe { libc::getppid() });
        }
        if let Some(f) = getuid.get() {
            // SAFETY: getuid(2).
            assert_eq!(unsafe { f() }, unsafe { libc::getuid() });
        }
        assert!(weaklink_extern_weak_test_missing_too.get().is_none());
        assert_eq!(
            weaklink_extern_weak_test_missing_too.state(),
            State::Missing
        );
        // std reads `environ`, so even a static executable links it in.
        assert_eq!(environ.get().is_some(), !forced);
    }

    #[test]
    fn fallback_bodies() {
        // SAFETY: neither has requirements.
        unsafe {
            assert_eq!(weaklink_extern_weak_test_doubled(21), 42);
            // A static executable has `abs` only if something links it in.
            let bound = !cfg!(weaklink_force = "missing") && !static_executable();
            assert_eq!(abs_or_zero(-5), if bound { 5 } else { 0 });
        }
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    weaklink::syscall! {
        /// libc's getpid, bound by the loader, else the raw system call.
        #[weaklink(extern_weak)]
        #[link_name = "getpid"]
        fn pid_by_syscall() via SYS_getpid -> pid_t;
        #[weaklink(extern_weak)]
        fn weaklink_extern_weak_test_raw_getpid() via SYS_getpid -> pid_t;
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[test]
    fn syscall_declarations() {
        let expected = if cfg!(weaklink_force = "enosys") {
            -1
        } else {
            std::process::id() as pid_t
        };
        // SAFETY: getpid takes nothing.
        unsafe {
            assert_eq!(pid_by_syscall(), expected);
            assert_eq!(weaklink_extern_weak_test_raw_getpid(), expected);
        }
    }

    weaklink::weakcall! {
        /// libc's getpid, bound by the loader, else `ENOSYS`.
        #[weaklink(extern_weak)]
        #[link_name = "getpid"]
        fn pid_by_weakcall() -> pid_t;
        #[weaklink(extern_weak)]
        fn weaklink_extern_weak_test_weakcall_missing(x: c_int) -> c_int;
    }

    #[test]
    fn weakcall_declarations() {
        let forced = cfg!(any(
            weaklink_force = "syscall",
            weaklink_force = "enosys",
            weaklink_force = "missing"
        ));
        // SAFETY: getpid takes nothing.
        let pid = unsafe { pid_by_weakcall() };
        if forced {
            assert_eq!(pid, -1);
        } else {
            assert_eq!(pid, std::process::id() as pid_t);
        }
        // SAFETY: no library defines this made-up name.
        assert_eq!(unsafe { weaklink_extern_weak_test_weakcall_missing(1) }, -1);
        assert_eq!(
            std::io::Error::last_os_error().raw_os_error(),
            Some(libc::ENOSYS)
        );
    }

    #[test]
    fn lifetimes_in_parameters() {
        let file = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).unwrap();
        if let Some(f) = fsync.get() {
            // SAFETY: fsync(2) on an open descriptor; directories may refuse
            // it, never with EBADF.
            let rc = unsafe { f(file.as_fd()) };
            let errno = std::io::Error::last_os_error().raw_os_error();
            assert!(rc == 0 || errno != Some(libc::EBADF));
        }
    }
}

/// A panic in an `extern_weak` declaration's fallback body aborts the
/// process, as it does for a lookup's.
#[test]
fn panicking_body_aborts() {
    let done = common::ChildTest::new("panicking_body_child").run();
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&done.status),
        Some(libc::SIGABRT),
        "{}",
        done
    );
    assert!(done.stderr.contains("a fallback body panicked"), "{}", done);
}

#[test]
#[ignore = "run by panicking_body_aborts, in a child process"]
fn panicking_body_child() {
    if !common::child::is_child() {
        return;
    }
    weaklink::weak! {
        #[weaklink(extern_weak)]
        fn weaklink_extern_weak_test_panics() {
            panic!("the fallback body panics");
        }
    }
    // SAFETY: the declaration has no requirements.
    unsafe { weaklink_extern_weak_test_panics() };
}
