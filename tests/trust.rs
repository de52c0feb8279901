//! What a found answer guarantees: it lies in a loaded object (so a
//! thread's own copy of a thread-local variable is refused), it never
//! dangles (its object is pinned), `library = ".."` decides from the loaded
//! objects without touching the file system, and a lookup leaves the
//! thread's `dlerror()` state empty.
//!
//! The tests that need a library of their own build it from
//! `tests/fixtures/*.c` at run time with `cc` (or `WEAKLINK_TEST_CC`, for a
//! cross compiler), into a scratch directory (see `common/native.rs`);
//! without a compiler they say so and skip. The ones that may crash or hang
//! run in a child process.
#![cfg(unix)]

use libc::{c_char, c_int};
use weaklink::{weak, State};

mod common;

/// glibc's `errno` is a thread-local (`STT_TLS`) symbol: `dlsym` answers
/// with the calling thread's copy, which must never be cached for all.
#[test]
fn thread_local_errno_is_missing() {
    weak! {
        static errno: c_int;
    }
    assert!(errno.get().is_none(), "a per-thread address was cached");
    assert_eq!(errno.state(), State::Missing);
}

/// glibc's thread-local symbols (`errno`, `__h_errno`) in every scope,
/// looked up from a thread whose stack the program gave it, in its own
/// `.bss`: glibc puts the thread's copies of thread-local variables at the
/// top of that stack, inside a loaded object (the program), where only the
/// symbol's type tells them from data.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn thread_local_errno_on_a_stack_inside_the_program_is_missing() {
    use std::ptr;
    weak! {
        #[link_name = "errno"]
        static default_errno: c_int;
        #[weaklink(next)]
        #[link_name = "errno"]
        static next_errno: c_int;
        #[weaklink(library = "libc.so.6")]
        #[link_name = "errno"]
        static library_errno: c_int;
        #[weaklink(version = "GLIBC_PRIVATE")]
        #[link_name = "errno"]
        static versioned_errno: c_int;
        #[weaklink(library = "libc.so.6", version = "GLIBC_PRIVATE")]
        #[link_name = "errno"]
        static library_versioned_errno: c_int;
        static __h_errno: c_int;
    }
    #[repr(C, align(4096))]
    struct Stack([u8; 1 << 20]);
    static mut STACK: Stack = Stack([0; 1 << 20]);
    /// What the thread saw: `dlsym`'s answer for `errno`, and which
    /// declarations were found.
    struct Seen {
        raw: usize,
        found: [bool; 6],
    }
    extern "C" fn on_the_stack(seen: *mut libc::c_void) -> *mut libc::c_void {
        // SAFETY: a NUL-terminated name; the answer is only compared.
        let raw = unsafe { libc::dlsym(libc::RTLD_DEFAULT, b"errno\0".as_ptr().cast()) };
        let found = [
            default_errno.get().is_some(),
            next_errno.get().is_some(),
            library_errno.get().is_some(),
            versioned_errno.get().is_some(),
            library_versioned_errno.get().is_some(),
            __h_errno.get().is_some(),
        ];
        // SAFETY: the `Seen` that the creating thread waits for.
        unsafe {
            *seen.cast::<Seen>() = Seen {
                raw: raw as usize,
                found,
            }
        };
        ptr::null_mut()
    }
    let mut seen = Seen {
        raw: 0,
        found: [true; 6],
    };
    // SAFETY: the stack is only this thread's (the test runs once per
    // process), and `seen` outlives it: it is joined below.
    unsafe {
        let stack = ptr::addr_of_mut!(STACK);
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        assert_eq!(libc::pthread_attr_init(&mut attr), 0);
        assert_eq!(
            libc::pthread_attr_setstack(&mut attr, stack.cast(), std::mem::size_of::<Stack>()),
            0
        );
        let mut thread: libc::pthread_t = std::mem::zeroed();
        let arg: *mut Seen = &mut seen;
        assert_eq!(
            libc::pthread_create(&mut thread, &attr, on_the_stack, arg.cast()),
            0
        );
        assert_eq!(libc::pthread_join(thread, ptr::null_mut()), 0);
        libc::pthread_attr_destroy(&mut attr);
        let start = stack as usize;
        assert!(
            seen.raw >= start && seen.raw < start + std::mem::size_of::<Stack>(),
            "errno's copy ({:#x}) is not on the given stack: the test shows nothing",
            seen.raw
        );
    }
    assert_eq!(
        seen.found, [false; 6],
        "a per-thread address inside the program was cached (default, next, \
         library, version, library and version, __h_errno)"
    );
}

/// The thread's `dlerror()` state after a lookup: empty, found or missing,
/// whatever was pending before.
#[test]
fn dlerror_is_empty_after_a_lookup() {
    weak! {
        fn weaklink_trust_no_such_function() -> c_int;
        #[link_name = "getpid"]
        fn trust_getpid() -> libc::pid_t;
        // A library that is not loaded: the lookup makes no dl* call.
        #[weaklink(library = "libweaklink_trust_not_loaded.so")]
        #[link_name = "getpid"]
        fn trust_getpid_elsewhere() -> libc::pid_t;
    }
    /// Leaves an unread error in this thread's `dlerror()` state.
    fn leave_an_error() {
        // SAFETY: a NUL-terminated name; the answer is not used.
        let p =
            unsafe { libc::dlsym(libc::RTLD_DEFAULT, b"weaklink_trust_nope\0".as_ptr().cast()) };
        assert!(p.is_null());
    }
    leave_an_error();
    assert!(weaklink_trust_no_such_function.get().is_none());
    // SAFETY: dlerror only touches this thread's state.
    let after_miss: *mut c_char = unsafe { libc::dlerror() };
    assert!(after_miss.is_null(), "a miss left a dlerror() message");

    leave_an_error();
    assert_eq!(trust_getpid.get().is_some(), common::has_loader());
    // SAFETY: as above.
    assert!(
        unsafe { libc::dlerror() }.is_null(),
        "a hit left a dlerror() message"
    );

    leave_an_error();
    assert!(trust_getpid_elsewhere.get().is_none());
    // SAFETY: as above.
    assert!(
        unsafe { libc::dlerror() }.is_null(),
        "a lookup in a library not loaded left the pending message"
    );
}

#[cfg(target_os = "linux")]
use common::native;

/// Whether there is a loader to test; says so when there is none.
#[cfg(target_os = "linux")]
fn loader_or_skip() -> bool {
    let has = common::has_loader();
    if !has {
        println!("skipped: no dynamic loader in a static executable");
    }
    has
}

/// A library's `__thread` variable is refused in every scope; its ordinary
/// variable, next to it, is found. Also shows `library = ".."` matching a
/// loaded library by its soname and by its file name.
#[cfg(target_os = "linux")]
#[test]
fn thread_local_variable_of_a_library_is_missing() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("tls");
    let lib = dir.join("libweaklink_fixture_tls.so");
    if !native::build("tls.c", &lib, Some("libweaklink_fixture_tls.so.1")) {
        return;
    }
    native::dlopen(&lib, libc::RTLD_NOW | libc::RTLD_GLOBAL);

    weak! {
        static weaklink_fixture_tls: c_int;
        static weaklink_fixture_data: c_int;
        #[weaklink(library = "libweaklink_fixture_tls.so.1")]
        #[link_name = "weaklink_fixture_tls"]
        static tls_by_soname: c_int;
        #[weaklink(library = "libweaklink_fixture_tls.so.1")]
        #[link_name = "weaklink_fixture_data"]
        static data_by_soname: c_int;
        #[weaklink(library = "libweaklink_fixture_tls.so")]
        #[link_name = "weaklink_fixture_data"]
        static data_by_file_name: c_int;
    }
    // Each thread has its own copy: caching one would be wrong.
    assert!(
        weaklink_fixture_tls.get().is_none(),
        "a per-thread address was cached"
    );
    assert!(
        tls_by_soname.get().is_none(),
        "a per-thread address was cached"
    );

    let data = weaklink_fixture_data.get().expect("an ordinary variable");
    // SAFETY: an int the library initialised and nobody writes.
    assert_eq!(unsafe { data.as_ptr().read() }, 7);
    assert_eq!(data_by_soname.get(), Some(data));
    assert_eq!(data_by_file_name.get(), Some(data));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The same, where the address alone cannot tell: with an allocator that
/// serves memory from inside a loaded object (`tests/fixtures/arena_malloc.c`,
/// preloaded), glibc places the library's thread-local variable there. The
/// child checks that it does, then that the variable is still refused.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn thread_local_variable_allocated_inside_a_loaded_object_is_missing() {
    if !loader_or_skip() {
        return;
    }
    run_with_arena("tls.c", "tls_arena_child");
}

/// Builds `tests/fixtures/<source>` into a library and runs the child test
/// `child` with its path in `WEAKLINK_TEST_FIXTURE` and the arena `malloc`
/// preloaded; skips where there is no C compiler.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn run_with_arena(source: &str, child: &str) {
    let dir = common::scratch_dir(child);
    let arena = dir.join("libweaklink_fixture_arena.so");
    let lib = dir.join(format!("libweaklink_fixture_{}.so", child));
    if !native::build("arena_malloc.c", &arena, None) || !native::build(source, &lib, None) {
        return;
    }
    common::ChildTest::new(child)
        .env("LD_PRELOAD", &arena)
        .env("WEAKLINK_TEST_FIXTURE", &lib)
        // A backtrace would fill the arena.
        .env("RUST_BACKTRACE", "0")
        .time_limit(std::time::Duration::from_secs(60))
        .run()
        .assert_success();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Started by `thread_local_variable_allocated_inside_a_loaded_object_is_missing`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
#[ignore = "run by thread_local_variable_allocated_inside_a_loaded_object_is_missing, in a child process"]
fn tls_arena_child() {
    if !common::child::is_child() {
        return;
    }
    let lib = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    native::dlopen(&lib, libc::RTLD_NOW | libc::RTLD_GLOBAL);
    weak! {
        static weaklink_fixture_tls: c_int;
        static weaklink_fixture_data: c_int;
        fn weaklink_fixture_in_arena(p: *const libc::c_void) -> c_int;
    }
    let in_arena = weaklink_fixture_in_arena
        .get()
        .expect("the preloaded arena");
    // From a thread of its own, whose copy glibc allocates on first use.
    std::thread::spawn(move || {
        // SAFETY: a NUL-terminated name; dlsym only reads it.
        let raw = unsafe {
            libc::dlsym(
                libc::RTLD_DEFAULT,
                b"weaklink_fixture_tls\0".as_ptr().cast(),
            )
        };
        // SAFETY: the fixture's function, declared as it is defined.
        assert_eq!(
            unsafe { in_arena(raw) },
            1,
            "the copy is not in the arena: the test shows nothing"
        );
        assert!(
            weaklink_fixture_tls.get().is_none(),
            "a per-thread address inside a loaded object was cached"
        );
    })
    .join()
    .unwrap();
    assert!(weaklink_fixture_data.get().is_some());
}

/// A name that a library defines twice, in two versions, once as a
/// function and once as a thread-local variable
/// (`tests/fixtures/versioned_tls.c`): the thread-local definition is
/// refused in whichever order the symbol table lists the two, with either
/// hash table (`--hash-style=gnu`, `--hash-style=sysv`), whether asked for
/// by its version or as the default one. With the arena `malloc` preloaded,
/// so that the copy's address cannot tell.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn thread_local_version_of_a_function_name_is_missing() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("tls-versions");
    let arena = dir.join("libweaklink_fixture_arena.so");
    if !native::build("arena_malloc.c", &arena, None) {
        return;
    }
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/versioned_tls.map");
    for style in ["gnu", "sysv"] {
        let lib = dir.join(format!("libweaklink_fixture_vtls_{}.so", style));
        let link = vec![
            format!("-Wl,--version-script,{}", script.display()).into(),
            format!("-Wl,--hash-style={}", style).into(),
        ];
        if !native::build_with("versioned_tls.c", &lib, None, &link) {
            return;
        }
    }
    common::ChildTest::new("tls_versions_child")
        .env("LD_PRELOAD", &arena)
        .env("WEAKLINK_TEST_FIXTURE", &dir)
        .env("RUST_BACKTRACE", "0")
        .time_limit(std::time::Duration::from_secs(60))
        .run()
        .assert_success();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Started by `thread_local_version_of_a_function_name_is_missing`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
#[ignore = "run by thread_local_version_of_a_function_name_is_missing, in a child process"]
fn tls_versions_child() {
    use std::ffi::CString;
    use weaklink::{Symbol, WeakStatic};
    if !common::child::is_child() {
        return;
    }
    /// A weak `name` in `library`, with `version` if given, built at run time.
    fn weak_static(name: &str, library: &str, version: Option<&str>) -> &'static WeakStatic<c_int> {
        fn leak(s: &str) -> &'static [u8] {
            Box::leak(format!("{}\0", s).into_bytes().into_boxed_slice())
        }
        let mut symbol = Symbol::new(leak(name)).in_library(leak(library));
        if let Some(version) = version {
            symbol = symbol.with_version(leak(version));
        }
        Box::leak(Box::new(WeakStatic::new(Box::leak(Box::new(symbol)))))
    }
    weak! {
        fn weaklink_fixture_in_arena(p: *const libc::c_void) -> c_int;
    }
    let in_arena = weaklink_fixture_in_arena
        .get()
        .expect("the preloaded arena");
    let dir = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    // The thread-local definitions: `a`'s default version, `b`'s first.
    let thread_locals = [
        ("weaklink_fixture_vtls_a", None),
        ("weaklink_fixture_vtls_a", Some("WEAKLINK_FIXTURE_TLS_2")),
        ("weaklink_fixture_vtls_b", Some("WEAKLINK_FIXTURE_TLS_1")),
    ];
    for style in ["gnu", "sysv"] {
        let library = format!("libweaklink_fixture_vtls_{}.so", style);
        let handle =
            native::dlopen(&dir.join(&library), libc::RTLD_NOW | libc::RTLD_LOCAL) as usize;
        for (name, version) in thread_locals {
            let weak = weak_static(name, &library, version);
            // From a thread of its own, whose copy glibc allocates on first use.
            std::thread::spawn(move || {
                let c_name = CString::new(name).unwrap();
                let handle = handle as *mut libc::c_void;
                // SAFETY: a handle from dlopen, NUL-terminated strings.
                let raw = unsafe {
                    match version {
                        None => libc::dlsym(handle, c_name.as_ptr()),
                        Some(version) => {
                            let version = CString::new(version).unwrap();
                            libc::dlvsym(handle, c_name.as_ptr(), version.as_ptr())
                        }
                    }
                };
                // SAFETY: the fixture's function, declared as it is defined.
                assert_eq!(
                    unsafe { in_arena(raw) },
                    1,
                    "{} {:?} ({}): the copy is not in the arena: the test shows nothing",
                    name,
                    version,
                    style
                );
                assert!(
                    weak.get().is_none(),
                    "{} {:?} ({}): a per-thread address inside a loaded object was cached",
                    name,
                    version,
                    style
                );
            })
            .join()
            .unwrap();
        }
    }
}

/// Thread-local variables and functions of one library whose names are
/// close (a prefix, a tail the linker stores inside the other name's
/// string) or many (900 of each kind: long hash chains, a Bloom filter of
/// many words), with either hash table: every function is found, and is
/// what `dlsym` answers; every thread-local variable is refused, with the
/// arena `malloc` preloaded so that the copy's address cannot tell.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn thread_local_and_function_neighbours() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("tls-neighbours");
    let arena = dir.join("libweaklink_fixture_arena.so");
    if !native::build("arena_malloc.c", &arena, None) {
        return;
    }
    for style in ["gnu", "sysv"] {
        let lib = dir.join(format!("libweaklink_fixture_neighbours_{}.so", style));
        let options = vec![
            format!("-DSTYLE={}", style).into(),
            format!("-Wl,--hash-style={}", style).into(),
        ];
        if !native::build_with("tls_neighbours.c", &lib, None, &options) {
            return;
        }
    }
    common::ChildTest::new("tls_neighbours_child")
        .env("LD_PRELOAD", &arena)
        .env("WEAKLINK_TEST_FIXTURE", &dir)
        .env("RUST_BACKTRACE", "0")
        .time_limit(std::time::Duration::from_secs(120))
        .run()
        .assert_success();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Started by `thread_local_and_function_neighbours`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
#[ignore = "run by thread_local_and_function_neighbours, in a child process"]
fn tls_neighbours_child() {
    use std::ffi::CString;
    use weaklink::{Symbol, WeakStatic};
    if !common::child::is_child() {
        return;
    }
    weak! {
        fn weaklink_fixture_in_arena(p: *const libc::c_void) -> c_int;
    }
    let in_arena = weaklink_fixture_in_arena
        .get()
        .expect("the preloaded arena");
    let dir = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    for style in ["gnu", "sysv"] {
        let library = format!("libweaklink_fixture_neighbours_{}.so", style);
        let handle =
            native::dlopen(&dir.join(&library), libc::RTLD_NOW | libc::RTLD_LOCAL) as usize;
        let name = move |s: &str| format!("weaklink_fixture_{}_{}", style, s);
        // (name, whether it is thread-local)
        let mut names = vec![
            (name("pre"), false),
            (name("pre_tls"), true),
            (name("tpre"), true),
            (name("tpre_fn"), false),
            (name("tail"), true),
            (format!("weaklink_x_{}", name("tail")), false),
            (name("ftail"), false),
            (format!("weaklink_x_{}", name("ftail")), true),
            ("weaklink_fixture_collide".into(), false),
            ("weaklink_fixture_collidedrrcodb".into(), true),
            ("weaklink_fixture_tcollide".into(), true),
            ("weaklink_fixture_tcollideehnksst".into(), false),
        ];
        for i in 100..1000 {
            names.push((name(&format!("many_fn_{}", i)), false));
            names.push((name(&format!("many_tls_{}", i)), true));
        }
        // From a thread of its own, whose copies glibc allocates on first use.
        std::thread::spawn(move || {
            let handle = handle as *mut libc::c_void;
            for (name, thread_local) in names {
                let c_name = CString::new(name.as_str()).unwrap();
                // SAFETY: a handle from dlopen, a NUL-terminated name.
                let raw = unsafe { libc::dlsym(handle, c_name.as_ptr()) };
                assert!(!raw.is_null(), "{}: not in the library", name);
                let leaked: &'static [u8] = Box::leak(c_name.into_bytes_with_nul().into());
                let in_library: &'static [u8] =
                    Box::leak(format!("{}\0", library).into_bytes().into());
                let symbol = Box::leak(Box::new(Symbol::new(leaked).in_library(in_library)));
                let weak: &'static WeakStatic<u8> = Box::leak(Box::new(WeakStatic::new(symbol)));
                let got = weak.get().map(|p| p.as_ptr().cast::<libc::c_void>());
                if thread_local {
                    // SAFETY: the fixture's function, declared as it is defined.
                    assert_eq!(
                        unsafe { in_arena(raw) },
                        1,
                        "{}: the copy is not in the arena: the test shows nothing",
                        name
                    );
                    assert_eq!(got, None, "{}: a per-thread address was cached", name);
                } else {
                    assert_eq!(got, Some(raw), "{}: a function was not found", name);
                }
            }
        })
        .join()
        .unwrap();
    }
}

/// A function found in a library that the program then `dlclose`s stays
/// callable: its object was pinned (the library scope keeps its handle).
/// Each scope in a child process of its own, so that a crash fails the
/// test, and so that one scope's lookup cannot pin the library for another.
#[cfg(target_os = "linux")]
fn found_function_survives_dlclose(scope: &str) {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir(scope);
    let lib = dir.join("libweaklink_fixture_answer.so");
    if !native::build("answer.c", &lib, None) {
        return;
    }
    let done = common::ChildTest::new("pinned_child")
        .env("WEAKLINK_TEST_FIXTURE", &lib)
        .env("WEAKLINK_TEST_SCOPE", scope)
        .time_limit(std::time::Duration::from_secs(60))
        .run();
    done.assert_success();
    assert!(done.stdout.contains("after dlclose: 42"), "{}", done.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(target_os = "linux")]
#[test]
fn next_scope_answer_survives_dlclose() {
    found_function_survives_dlclose("next");
}

#[cfg(target_os = "linux")]
#[test]
fn default_scope_answer_survives_dlclose() {
    found_function_survives_dlclose("default");
}

#[cfg(target_os = "linux")]
#[test]
fn library_scope_answer_survives_dlclose() {
    found_function_survives_dlclose("library");
}

/// Started by `found_function_survives_dlclose`.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "run by the *_survives_dlclose tests, in a child process"]
fn pinned_child() {
    if !common::child::is_child() {
        return;
    }
    let lib = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    let scope = std::env::var("WEAKLINK_TEST_SCOPE").unwrap();
    weak! {
        fn weaklink_fixture_answer() -> c_int;
        #[weaklink(next)]
        #[link_name = "weaklink_fixture_answer"]
        fn next_answer() -> c_int;
        #[weaklink(library = "libweaklink_fixture_answer.so")]
        #[link_name = "weaklink_fixture_answer"]
        fn library_answer() -> c_int;
    }
    let handle = native::dlopen(&lib, libc::RTLD_NOW | libc::RTLD_GLOBAL);
    let f = match scope.as_str() {
        "default" => weaklink_fixture_answer.get(),
        "next" => next_answer.get(),
        "library" => library_answer.get(),
        _ => panic!("scope {}", scope),
    }
    .expect("the library is loaded, RTLD_GLOBAL");
    // SAFETY: the fixture's function, declared as it is defined.
    assert_eq!(unsafe { f() }, 42);
    // SAFETY: the handle came from dlopen and is not used again.
    assert_eq!(unsafe { libc::dlclose(handle) }, 0);
    assert!(
        common::platform::is_loaded("libweaklink_fixture_answer.so"),
        "dlclose unloaded the library under a cached answer"
    );
    // SAFETY: as above; its library must still be loaded.
    println!("after dlclose: {}", unsafe { f() });
}

/// `planted_child`, with files planted in `dir` under the names of
/// libraries that are not loaded, and `dir` on `LD_LIBRARY_PATH`: an
/// ordinary file and a FIFO (opening which blocks until a writer comes).
/// The lookup must neither open them nor hang.
#[cfg(target_os = "linux")]
fn planted_child_in(dir: &std::path::Path) -> common::ChildTest {
    use std::os::unix::ffi::OsStrExt;
    std::fs::write(dir.join("libweaklink_planted.so"), b"not a library\n").unwrap();
    let fifo = dir.join("libweaklink_fifo.so");
    let mut name = fifo.as_os_str().as_bytes().to_vec();
    name.push(0);
    // SAFETY: a NUL-terminated path in the test's own directory.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr().cast(), 0o600) }, 0);
    common::ChildTest::new("planted_child").env("LD_LIBRARY_PATH", dir)
}

#[cfg(target_os = "linux")]
#[test]
fn library_scope_never_opens_a_planted_file() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("planted");
    let done = planted_child_in(&dir)
        .time_limit(std::time::Duration::from_secs(10))
        .run();
    done.assert_success();
    assert!(done.stdout.contains("planted: missing"), "{}", done.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The same child under `strace -f -e trace=%file`: no file-system call
/// names a planted file. Skipped where strace is missing.
#[cfg(target_os = "linux")]
#[test]
fn library_scope_makes_no_file_system_call() {
    if !loader_or_skip() {
        return;
    }
    if std::process::Command::new("strace")
        .arg("-V")
        .output()
        .map_or(true, |o| !o.status.success())
    {
        return println!("skipped: strace is not installed");
    }
    let dir = common::scratch_dir("strace");
    let trace = dir.join("trace.txt");
    let options = ["-f", "-qq", "-e", "trace=%file", "-o"]
        .iter()
        .map(std::ffi::OsStr::new)
        .chain(Some(trace.as_os_str()));
    let done = planted_child_in(&dir)
        .wrapped_in("strace", options)
        .time_limit(std::time::Duration::from_secs(30))
        .run();
    if !done.status.success() && done.stderr.contains("ptrace") {
        return println!("skipped: strace cannot trace here: {}", done.stderr);
    }
    let calls = std::fs::read_to_string(&trace).unwrap();
    assert!(!calls.is_empty(), "empty trace");
    let touching: Vec<&str> = calls
        .lines()
        .filter(|l| l.contains("libweaklink_planted") || l.contains("libweaklink_fifo"))
        .collect();
    assert!(touching.is_empty(), "file-system calls: {:#?}", touching);
    done.assert_success();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Started by the two tests above, with the planted directory on
/// `LD_LIBRARY_PATH`.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "run by library_scope_never_opens_a_planted_file, in a child process"]
fn planted_child() {
    if !common::child::is_child() {
        return;
    }
    // Opening a FIFO blocks until a writer comes: end the process rather
    // than hang (under strace too, where killing strace would leave it
    // behind). SIGALRM's default action ends the process.
    // SAFETY: no handler is installed; alarm only arms a timer.
    unsafe { libc::alarm(8) };
    weak! {
        #[weaklink(library = "libweaklink_planted.so")]
        fn weaklink_planted_function() -> c_int;
        #[weaklink(library = "libweaklink_fifo.so")]
        fn weaklink_fifo_function() -> c_int;
    }
    assert!(weaklink_planted_function.get().is_none());
    assert!(weaklink_fifo_function.get().is_none());
    println!("planted: missing");
}

/// `library = "X"` searches X and what X depends on, as `dlsym` on X's
/// handle does: a symbol of X's dependency is found, and so is the C
/// library's `getpid`, although X defines neither.
#[cfg(target_os = "linux")]
#[test]
fn library_scope_searches_what_the_library_depends_on() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("depends");
    let dep = dir.join("libweaklink_fixture_plugin_dep.so");
    let outer = dir.join("libweaklink_fixture_outer.so");
    let link: Vec<std::ffi::OsString> = vec![
        "-Wl,--no-as-needed".into(),
        format!("-L{}", dir.display()).into(),
        "-lweaklink_fixture_plugin_dep".into(),
        format!("-Wl,-rpath,{}", dir.display()).into(),
    ];
    if !native::build(
        "plugin_dep.c",
        &dep,
        Some("libweaklink_fixture_plugin_dep.so"),
    ) || !native::build_with("outer.c", &outer, None, &link)
    {
        return;
    }
    native::dlopen(&outer, libc::RTLD_NOW | libc::RTLD_LOCAL);
    weak! {
        #[weaklink(library = "libweaklink_fixture_outer.so")]
        fn weaklink_fixture_dep_only() -> c_int;
        #[weaklink(library = "libweaklink_fixture_outer.so")]
        fn getpid() -> libc::pid_t;
        // Loaded RTLD_LOCAL: the default scope does not see it.
        #[link_name = "weaklink_fixture_dep_only"]
        fn default_dep_only() -> c_int;
    }
    let f = weaklink_fixture_dep_only
        .get()
        .expect("a symbol of the library's dependency");
    // SAFETY: the fixture's function, declared as it is defined.
    assert_eq!(unsafe { f() }, 5);
    let pid = getpid.get().expect("the C library is a dependency too");
    assert_eq!(pid as usize, libc::getpid as *const () as usize);
    assert!(default_dep_only.get().is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A library loaded by path, with no soname, is matched by the name the
/// loader recorded for it, and by nothing else: the last component of
/// that path, or the whole path. Loaded through a symbolic link, the
/// link's name is what was recorded, not the name of the file it points to.
#[cfg(target_os = "linux")]
#[test]
fn library_scope_matches_the_name_the_loader_recorded() {
    use weaklink::{Symbol, WeakFn};
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("recorded");
    let lib = dir.join("libweaklink_fixture_nosoname.so");
    if !native::build("answer.c", &lib, None) {
        return;
    }
    let alias = dir.join("libweaklink_fixture_alias.so");
    std::os::unix::fs::symlink(&lib, &alias).unwrap();
    native::dlopen(&alias, libc::RTLD_NOW | libc::RTLD_LOCAL);

    type Answer = unsafe extern "C" fn() -> c_int;
    /// A weak `weaklink_fixture_answer` in `library`, a name known at run
    /// time only.
    fn in_library(library: &str) -> Option<Answer> {
        let name: &'static [u8] =
            Box::leak(format!("{}\0", library).into_bytes().into_boxed_slice());
        let symbol = Symbol::new(b"weaklink_fixture_answer\0").in_library(name);
        let weak: &'static WeakFn<Answer> =
            Box::leak(Box::new(WeakFn::new(Box::leak(Box::new(symbol)))));
        weak.get()
    }
    let by_file_name = in_library("libweaklink_fixture_alias.so").expect("matched by file name");
    // SAFETY: the fixture's function, declared as it is defined.
    assert_eq!(unsafe { by_file_name() }, 42);
    let by_path = in_library(alias.to_str().unwrap()).expect("matched by path");
    assert_eq!(by_path as usize, by_file_name as usize);
    assert!(
        in_library("libweaklink_fixture_nosoname.so").is_none(),
        "the link's target is not the recorded name"
    );
    assert!(in_library(lib.to_str().unwrap()).is_none());
    assert!(
        in_library("libweaklink_fixture_alias").is_none(),
        "a prefix is no match"
    );
    assert!(in_library("weaklink_fixture_alias.so").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `version = ".."` on glibc (`dlvsym`): a versioned symbol is found with
/// its own version only; a symbol of an object that has no version
/// information at all is found whatever version is asked for.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn versions_with_and_without_version_information() {
    let dir = common::scratch_dir("versions");
    let versioned = dir.join("libweaklink_fixture_versioned.so");
    let plain = dir.join("libweaklink_fixture_unversioned.so");
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/versioned.map");
    let script = vec![format!("-Wl,--version-script,{}", script.display()).into()];
    if !native::build_with("versioned.c", &versioned, None, &script)
        || !native::build("answer.c", &plain, None)
    {
        return;
    }
    native::dlopen(&versioned, libc::RTLD_NOW | libc::RTLD_LOCAL);
    native::dlopen(&plain, libc::RTLD_NOW | libc::RTLD_LOCAL);
    weak! {
        #[weaklink(library = "libweaklink_fixture_versioned.so", version = "WEAKLINK_FIXTURE_1")]
        fn weaklink_fixture_versioned() -> c_int;
        #[weaklink(library = "libweaklink_fixture_versioned.so", version = "WEAKLINK_FIXTURE_2")]
        #[link_name = "weaklink_fixture_versioned"]
        fn other_version() -> c_int;
        #[weaklink(library = "libweaklink_fixture_versioned.so")]
        #[link_name = "weaklink_fixture_versioned"]
        fn any_version() -> c_int;
        #[weaklink(library = "libweaklink_fixture_unversioned.so", version = "WEAKLINK_FIXTURE_2")]
        fn weaklink_fixture_answer() -> c_int;
    }
    let f = weaklink_fixture_versioned.get().expect("its own version");
    // SAFETY: the fixture's functions, declared as they are defined.
    assert_eq!(unsafe { f() }, 3);
    assert!(other_version.get().is_none(), "a version it does not have");
    assert_eq!(any_version.get().map(|f| f as usize), Some(f as usize));
    let f = weaklink_fixture_answer
        .get()
        .expect("no version information: any version matches");
    // SAFETY: as above.
    assert_eq!(unsafe { f() }, 42);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Symbols the loader finds but whose value is no usable address are
/// missing: an absolute symbol of value 0 (`dlsym` answers null, with no
/// error), one of value 1 (which the cache itself uses for "missing"), an
/// absolute symbol of another value (in no loaded object), and
/// an IFUNC whose resolver returns null.
#[cfg(target_os = "linux")]
#[test]
fn symbols_that_are_no_address_are_missing() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("absolute");
    let lib = dir.join("libweaklink_fixture_absolute.so");
    if !native::build("absolute.c", &lib, None) {
        return;
    }
    let handle = native::dlopen(&lib, libc::RTLD_NOW | libc::RTLD_LOCAL);
    weak! {
        #[weaklink(library = "libweaklink_fixture_absolute.so")]
        static weaklink_fixture_zero: u8;
        #[weaklink(library = "libweaklink_fixture_absolute.so")]
        static weaklink_fixture_one: u8;
        #[weaklink(library = "libweaklink_fixture_absolute.so")]
        static weaklink_fixture_absolute: u8;
        // A declaration with a body (a thunk) takes the body for it too.
        #[weaklink(library = "libweaklink_fixture_absolute.so")]
        #[link_name = "weaklink_fixture_one"]
        fn weaklink_fixture_one_as_function() -> c_int {
            -1
        }
        #[weaklink(library = "libweaklink_fixture_absolute.so")]
        fn weaklink_fixture_null_ifunc() -> c_int;
        #[weaklink(library = "libweaklink_fixture_absolute.so")]
        fn weaklink_fixture_ordinary() -> c_int;
    }
    // What `dlsym` on the handle answers, and whether it set an error.
    let raw = |name: &[u8]| {
        // SAFETY: a handle from dlopen, a NUL-terminated name; dlerror
        // only touches this thread's state.
        unsafe {
            libc::dlerror();
            let addr = libc::dlsym(handle, name.as_ptr().cast());
            (addr as usize, !libc::dlerror().is_null())
        }
    };
    // The loader finds them all.
    assert_eq!(raw(b"weaklink_fixture_zero\0"), (0, false));
    assert_eq!(raw(b"weaklink_fixture_one\0"), (1, false));
    assert_eq!(raw(b"weaklink_fixture_absolute\0"), (0x1234, false));
    assert_eq!(raw(b"weaklink_fixture_null_ifunc\0"), (0, false));
    assert!(raw(b"weaklink_no_such_symbol\0").1);

    assert_eq!(weaklink_fixture_zero.get(), None);
    assert_eq!(weaklink_fixture_zero.state(), State::Missing);
    assert_eq!(weaklink_fixture_one.get(), None);
    assert_eq!(weaklink_fixture_one.state(), State::Missing);
    // SAFETY: the body runs; the symbol is never called.
    assert_eq!(unsafe { weaklink_fixture_one_as_function() }, -1);
    assert_eq!(weaklink_fixture_absolute.get(), None);
    assert!(weaklink_fixture_null_ifunc.get().is_none());
    assert_eq!(weaklink_fixture_null_ifunc.state(), State::Missing);
    let f = weaklink_fixture_ordinary
        .get()
        .expect("its neighbour is found");
    // SAFETY: the fixture's function, declared as it is defined.
    assert_eq!(unsafe { f() }, 42);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A loaded library whose `DT_HASH` table is damaged (its chain count
/// `0xffffffff`, every chain a loop), as a hostile or broken object can
/// be, and which has thread-local storage: a first lookup answers at once.
/// No loader table is walked by weaklink, so none can stall a lookup while
/// the loader's lock is held. (A walk bounded only by the table's own
/// count took about 30 seconds here.)
#[cfg(all(
    target_os = "linux",
    target_env = "gnu",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
#[test]
fn damaged_hash_table_does_not_stall_a_lookup() {
    if !loader_or_skip() {
        return;
    }
    let dir = common::scratch_dir("damaged-hash");
    let lib = dir.join("libweaklink_fixture_damaged.so");
    let options = vec!["-nostdlib".into(), "-Wl,--hash-style=sysv".into()];
    if !native::build_with("damaged_hash.c", &lib, None, &options) {
        return;
    }
    damage_sysv_hash(&lib);
    common::ChildTest::new("damaged_hash_child")
        .env("WEAKLINK_TEST_FIXTURE", &lib)
        .time_limit(std::time::Duration::from_secs(10))
        .run()
        .assert_success();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Makes every bucket of the 64-bit ELF file's `.hash` section lead to a
/// chain that loops on itself, and its chain count `0xffffffff`.
#[cfg(all(
    target_os = "linux",
    target_env = "gnu",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
fn damage_sysv_hash(path: &std::path::Path) {
    const SHT_HASH: u32 = 5;
    let mut elf = std::fs::read(path).unwrap();
    let u16_at = |b: &[u8], at: usize| u16::from_ne_bytes([b[at], b[at + 1]]) as usize;
    let u32_at = |b: &[u8], at: usize| u32::from_ne_bytes(b[at..at + 4].try_into().unwrap());
    let u64_at =
        |b: &[u8], at: usize| u64::from_ne_bytes(b[at..at + 8].try_into().unwrap()) as usize;
    assert_eq!(elf[4], 2, "not a 64-bit ELF file");
    let (shoff, shentsize, shnum) = (u64_at(&elf, 0x28), u16_at(&elf, 0x3a), u16_at(&elf, 0x3c));
    let table = (0..shnum)
        .map(|i| shoff + i * shentsize)
        .find(|&header| u32_at(&elf, header + 4) == SHT_HASH)
        .map(|header| u64_at(&elf, header + 0x18))
        .expect("no .hash section");
    let buckets = u32_at(&elf, table) as usize;
    let mut put = |at: usize, value: u32| elf[at..at + 4].copy_from_slice(&value.to_ne_bytes());
    put(table + 4, u32::MAX);
    for bucket in 0..buckets {
        put(table + 8 + 4 * bucket, 1);
    }
    // Symbol 1's chain entry: symbol 1 again.
    put(table + 8 + 4 * buckets + 4, 1);
    std::fs::write(path, elf).unwrap();
}

/// Started by `damaged_hash_table_does_not_stall_a_lookup`.
#[cfg(all(
    target_os = "linux",
    target_env = "gnu",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
#[test]
#[ignore = "run by damaged_hash_table_does_not_stall_a_lookup, in a child process"]
fn damaged_hash_child() {
    if !common::child::is_child() {
        return;
    }
    let lib = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    native::dlopen(&lib, libc::RTLD_NOW | libc::RTLD_LOCAL);
    weak! {
        #[link_name = "getpid"]
        fn damaged_getpid() -> libc::pid_t;
        #[weaklink(library = "libweaklink_fixture_damaged.so")]
        static weaklink_fixture_damaged_tls: c_int;
    }
    assert!(damaged_getpid.get().is_some());
    assert!(weaklink_fixture_damaged_tls.get().is_none());
}

/// A thread-local symbol of size 0 at the end of a library's block (an
/// end marker): `dlsym` answers the end of the calling thread's block,
/// which is a per-thread address. With the arena `malloc` preloaded, that address lies inside a loaded
/// object, so neither rule
/// ("inside a block", "in no object") refuses it, and one thread's address
/// is cached for every thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn thread_local_end_marker_inside_a_loaded_object_is_missing() {
    if !loader_or_skip() {
        return;
    }
    run_with_arena("tls_end.c", "tls_end_child");
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
#[ignore = "run by thread_local_end_marker_inside_a_loaded_object_is_missing, in a child process"]
fn tls_end_child() {
    if !common::child::is_child() {
        return;
    }
    let lib = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    native::dlopen(&lib, libc::RTLD_NOW | libc::RTLD_GLOBAL);
    weak! {
        static weaklink_fixture_tls_end: u8;
    }
    fn raw() -> usize {
        // SAFETY: a NUL-terminated name; dlsym only reads it.
        unsafe {
            libc::dlsym(
                libc::RTLD_DEFAULT,
                b"weaklink_fixture_tls_end\0".as_ptr().cast(),
            ) as usize
        }
    }
    let (mine, cached) = std::thread::spawn(|| {
        let cached = weaklink_fixture_tls_end.get().map(|p| p.as_ptr() as usize);
        (raw(), cached)
    })
    .join()
    .unwrap();
    let other = std::thread::spawn(raw).join().unwrap();
    assert_ne!(
        mine, other,
        "the same address in two threads: the test shows nothing"
    );
    assert_eq!(
        cached, None,
        "a per-thread address was cached: thread A's {:#x}, thread B's is {:#x}",
        mine, other
    );
}
