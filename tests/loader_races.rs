//! A library unloaded by "another thread" in the middle of a first lookup,
//! made deterministic: `fixtures/loader_race.c`, preloaded into a child,
//! wraps `dl_iterate_phdr` so that, once armed, it closes a library (and
//! opens another, or changes directory) just before or just after the next
//! walk of the loaded objects, which a lookup makes after the loader's
//! answer. Whatever happens there, the answer cached is one whose object is
//! loaded and pinned, or none: never one from another object that now lies
//! at the same address, and never a file opened by a path that names
//! something else now.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use libc::{c_char, c_int, c_void};
use weaklink::weak;

mod common;

use common::native;

/// The libraries and the preloaded interposer, built into `dir`; `None`
/// (the test skips) where no C compiler is at hand.
fn build(dir: &Path) -> Option<PathBuf> {
    let interposer = dir.join("libweaklink_fixture_race.so");
    let ok = native::build("loader_race.c", &interposer, None)
        && ["a", "b"].iter().all(|v| {
            let lib = dir.join(format!("libweaklink_fixture_race_{}.so", v));
            let name = format!("-DNAME=weaklink_fixture_race_{}", v).into();
            native::build_with("race_victim.c", &lib, None, &[name])
        });
    ok.then_some(interposer)
}

/// Runs `race_child` with `race` in `scope`; returns what it printed.
fn race(scope: &str, race: &str) -> Option<String> {
    if !common::has_loader() {
        println!("skipped: no dynamic loader in a static executable");
        return None;
    }
    let dir = common::scratch_dir(&format!("race-{}-{}", race, scope));
    let interposer = build(&dir)?;
    let done = common::ChildTest::new("race_child")
        .env("LD_PRELOAD", &interposer)
        .env("WEAKLINK_TEST_FIXTURE", &dir)
        .env("WEAKLINK_TEST_SCOPE", scope)
        .env("WEAKLINK_TEST_RACE", race)
        .time_limit(Duration::from_secs(60))
        .run();
    done.assert_success();
    let _ = std::fs::remove_dir_all(&dir);
    Some(done.stdout)
}

/// The library holding a `next` answer is unloaded after the lookup, and
/// another one is loaded at its address before the answer is checked: the
/// answer is refused. (It was cached, and a call ran the other library's
/// function.)
#[test]
fn next_answer_replaced_at_the_same_address_is_refused() {
    if let Some(out) = race("next", "swap") {
        let staged = !(native::emulated() && out.contains("skipped: "));
        assert!(!staged || out.contains("swap: missing"), "{}", out);
    }
}

/// The same race in the default scope cannot happen on glibc: its lookup
/// marks the answer's object as never to be unloaded, so the `dlclose`
/// leaves it where it is, and the answer is cached and callable.
#[test]
fn default_answer_cannot_be_replaced() {
    if let Some(out) = race("default", "swap") {
        assert!(out.contains("swap: kept, 42"), "{}", out);
    }
}

/// The library holding a `next` answer was loaded by a relative path, and
/// is unloaded after the walk, while the process enters a directory where
/// that path names a FIFO: nothing opens it (opening a FIFO blocks), and
/// the answer is refused.
#[test]
fn next_answer_never_reopens_a_relative_path() {
    if let Some(out) = race("next", "chdir") {
        assert!(out.contains("chdir: missing"), "{}", out);
    }
}

/// The same for `library = ".."`, whose handle is taken after the walk
/// that matched the name.
#[test]
fn library_scope_never_reopens_a_relative_path() {
    if let Some(out) = race("library", "chdir") {
        assert!(out.contains("chdir: missing"), "{}", out);
    }
}

/// With no race at all: a library loaded by a relative path is never
/// matched by `library = ".."` (that path may name another file by the
/// time it is handed to the loader), while the default scope finds it.
#[test]
fn library_loaded_by_a_relative_path_is_never_matched() {
    if let Some(out) = race("library", "relative") {
        assert!(out.contains("relative: missing"), "{}", out);
    }
    if let Some(out) = race("default", "relative") {
        assert!(out.contains("relative: kept, 42"), "{}", out);
    }
}

/// Started by the tests above.
#[test]
#[ignore = "run by the tests of loader_races.rs, in a child process"]
fn race_child() {
    if !common::child::is_child() {
        return;
    }
    // A FIFO opened for reading blocks until a writer comes: end the
    // process rather than hang. SIGALRM's default action ends it.
    // SAFETY: no handler is installed; alarm only arms a timer.
    unsafe { libc::alarm(20) };
    let dir = PathBuf::from(std::env::var_os("WEAKLINK_TEST_FIXTURE").unwrap());
    let scope = std::env::var("WEAKLINK_TEST_SCOPE").unwrap();
    let race = std::env::var("WEAKLINK_TEST_RACE").unwrap();

    weak! {
        fn weaklink_fixture_race_a() -> c_int;
        #[weaklink(next)]
        #[link_name = "weaklink_fixture_race_a"]
        fn next_race_a() -> c_int;
        #[weaklink(library = "libweaklink_fixture_race_a.so")]
        #[link_name = "weaklink_fixture_race_a"]
        fn library_race_a() -> c_int;
    }
    let c = |s: &[u8]| CString::new(s).unwrap();
    // SAFETY: NUL-terminated names; the interposer defines both functions
    // with these types.
    let (arm, opened) = unsafe {
        let arm = libc::dlsym(libc::RTLD_DEFAULT, c(b"weaklink_race_arm").as_ptr());
        let opened = libc::dlsym(libc::RTLD_DEFAULT, c(b"weaklink_race_opened").as_ptr());
        assert!(
            !arm.is_null() && !opened.is_null(),
            "the interposer is not preloaded"
        );
        (
            std::mem::transmute::<
                *mut c_void,
                unsafe extern "C" fn(c_int, *mut c_void, *const c_char, *const c_char),
            >(arm),
            std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> *mut c_void>(opened),
        )
    };

    let (handle, at, to_open, to_enter);
    match race.as_str() {
        "swap" => {
            handle = native::dlopen(
                &dir.join("libweaklink_fixture_race_a.so"),
                libc::RTLD_NOW | libc::RTLD_GLOBAL,
            );
            // Closed just before the walk, with `b` loaded in its place.
            at = 1;
            to_open = Some(c(dir
                .join("libweaklink_fixture_race_b.so")
                .as_os_str()
                .as_bytes()));
            to_enter = None;
        }
        "relative" => {
            std::env::set_current_dir(&dir).unwrap();
            handle = native::dlopen(
                Path::new("./libweaklink_fixture_race_a.so"),
                libc::RTLD_NOW | libc::RTLD_GLOBAL,
            );
            // Nothing changes at the walk.
            at = 0;
            to_open = None;
            to_enter = None;
        }
        "chdir" => {
            // Loaded by a relative path, which the loader records as it is.
            std::env::set_current_dir(&dir).unwrap();
            handle = native::dlopen(
                Path::new("./libweaklink_fixture_race_a.so"),
                libc::RTLD_NOW | libc::RTLD_GLOBAL,
            );
            // Where the same path is a FIFO.
            let planted = dir.join("planted");
            std::fs::create_dir(&planted).unwrap();
            let fifo = c(planted
                .join("libweaklink_fixture_race_a.so")
                .as_os_str()
                .as_bytes());
            // SAFETY: a NUL-terminated path in the test's own directory.
            assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
            // Closed just after the walk, then the directory changes.
            at = 2;
            to_open = None;
            to_enter = Some(c(planted.as_os_str().as_bytes()));
        }
        _ => panic!("race {}", race),
    }
    // SAFETY: a handle from dlopen and a NUL-terminated name.
    let a_addr = unsafe { libc::dlsym(handle, c(b"weaklink_fixture_race_a").as_ptr()) };
    assert!(!a_addr.is_null());
    let ptr_or_null = |s: &Option<CString>| s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    // SAFETY: the interposer's function, declared as it is defined; the
    // strings outlive the change it makes.
    unsafe { arm(at, handle, ptr_or_null(&to_open), ptr_or_null(&to_enter)) };

    let got = match scope.as_str() {
        "default" => weaklink_fixture_race_a.get(),
        "next" => next_race_a.get(),
        "library" => library_race_a.get(),
        _ => panic!("scope {}", scope),
    };

    if race == "swap" {
        // SAFETY: the interposer's function, declared as it is defined.
        let b = unsafe { opened() };
        assert!(!b.is_null(), "b was not loaded");
        let a_loaded = common::platform::is_loaded("libweaklink_fixture_race_a.so");
        if !a_loaded {
            // SAFETY: a handle from dlopen and a NUL-terminated name.
            let b_addr = unsafe { libc::dlsym(b, c(b"weaklink_fixture_race_b").as_ptr()) };
            // qemu-user places a new mapping after the last one rather
            // than in the hole an unmapped one left (seen for aarch64 and
            // s390x): there the race cannot be staged.
            if b_addr != a_addr && native::emulated() {
                println!("skipped: b was not loaded at a's address under the emulator");
                return;
            }
            assert_eq!(
                b_addr, a_addr,
                "b was not loaded at a's address: the test shows nothing"
            );
        }
    }
    match got {
        None => println!("{}: missing", race),
        Some(f) => {
            assert_eq!(
                f as usize, a_addr as usize,
                "not the address the loader gave"
            );
            assert!(
                common::platform::is_loaded("libweaklink_fixture_race_a.so"),
                "an answer was cached whose library is not loaded"
            );
            // SAFETY: the fixture's function, declared as it is defined; its
            // library is loaded (checked above).
            println!("{}: kept, {}", race, unsafe { f() });
        }
    }
}
