//! Real lookups through the platform's loader, on Unix and Windows.

mod common;

use common::platform::{process_id, weak_process_id};
use libc::c_int;
use weaklink::{weak, State, WeakFn};

// The function every system has, declared three times: each declaration
// has a cache of its own, and each test below starts from an empty one.
weak_process_id! {
    /// The process id.
    fn getpid;
    /// For the cached-read test.
    fn getpid_for_cached_read;
    /// For the race test.
    fn getpid_for_race;
}

weak! {
    fn weaklink_test_no_such_function(x: c_int) -> c_int;
}

#[test]
fn present_symbol_resolves_and_agrees_with_libc() {
    let found = getpid.get();
    assert_eq!(found.is_some(), common::has_loader(), "{:?}", getpid);
    if let Some(f) = found {
        // SAFETY: getpid(2) / GetCurrentProcessId take nothing and return
        // the process id.
        assert_eq!(unsafe { f() }, process_id());
        // The very function the linker bound `libc::getpid` to.
        #[cfg(unix)]
        assert_eq!(f as usize, libc::getpid as *const () as usize);
        assert_eq!(getpid.state(), State::Found);
        // The same answer every time, and the cached read agrees.
        assert_eq!(getpid.get().map(|f| f as usize), Some(f as usize));
        assert_eq!(getpid.get_cached().map(|f| f as usize), Some(f as usize));
    }
}

#[test]
fn missing_symbol_is_none_every_time() {
    for _ in 0..1000 {
        assert!(weaklink_test_no_such_function.get().is_none());
    }
    assert_eq!(weaklink_test_no_such_function.state(), State::Missing);
    assert!(weaklink_test_no_such_function.get_cached().is_none());
    assert!(!weaklink_test_no_such_function.resolve());
    assert_eq!(
        weaklink_test_no_such_function.name(),
        "weaklink_test_no_such_function"
    );
}

#[test]
fn cached_read_never_looks_up() {
    let f = &getpid_for_cached_read;
    assert_eq!(f.state(), State::Unresolved);
    for _ in 0..10 {
        assert!(f.get_cached().is_none());
    }
    assert_eq!(f.state(), State::Unresolved, "get_cached looked up");

    assert_eq!(f.resolve(), common::has_loader());
    assert_eq!(f.get_cached().is_some(), common::has_loader());
    if let Some(f) = f.get_cached() {
        // SAFETY: as in the first test.
        assert_eq!(unsafe { f() }, process_id());
    }
}

#[test]
#[cfg_attr(
    all(target_os = "wasi", not(target_feature = "atomics")),
    ignore = "no threads on this target"
)]
fn racing_first_callers_agree() {
    let answers = common::race(16, || getpid_for_race.get().map(|f| f as usize));
    assert_eq!(answers[0].is_some(), common::has_loader());
    assert!(answers.iter().all(|a| *a == answers[0]), "{:?}", answers);
    assert_eq!(getpid_for_race.get().map(|f| f as usize), answers[0]);
}

#[test]
#[cfg_attr(
    all(target_os = "wasi", not(target_feature = "atomics")),
    ignore = "no threads on this target"
)]
fn racing_first_callers_agree_on_missing() {
    weak!(
        fn weaklink_test_also_missing() -> c_int;
    );
    let answers = common::race(16, || weaklink_test_also_missing.get().is_none());
    assert!(answers.into_iter().all(|none| none));
    assert_eq!(weaklink_test_also_missing.state(), State::Missing);
}

#[test]
fn shareable_between_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<WeakFn<unsafe extern "C" fn(*mut u8) -> c_int>>();
    send_sync::<weaklink::WeakStatic<*mut *mut u8>>();
    send_sync::<weaklink::Symbol>();
}

#[test]
fn two_words() {
    type F = unsafe extern "C" fn(*mut c_int, c_int) -> c_int;
    assert_eq!(
        std::mem::size_of::<WeakFn<F>>(),
        2 * std::mem::size_of::<usize>()
    );
    assert_eq!(
        std::mem::size_of::<WeakFn<unsafe extern "system" fn()>>(),
        2 * std::mem::size_of::<usize>()
    );
}

#[test]
fn debug_shows_name_and_state() {
    weak!(
        fn weaklink_test_debug_missing();
    );
    let before = format!("{:?}", weaklink_test_debug_missing);
    assert_eq!(
        before,
        r#"WeakFn { name: "weaklink_test_debug_missing", state: Unresolved }"#
    );
    let _ = weaklink_test_debug_missing.get();
    let after = format!("{:?}", weaklink_test_debug_missing);
    assert_eq!(
        after,
        r#"WeakFn { name: "weaklink_test_debug_missing", state: Missing }"#
    );

    let _ = getpid.get();
    let found = format!("{:?}", getpid);
    if common::has_loader() {
        assert!(
            found.starts_with(&format!(
                "WeakFn {{ name: {:?}, state: Found, addr: 0x",
                getpid.name()
            )),
            "{}",
            found
        );
    }
}

#[test]
fn missing_data_symbol_is_none() {
    weak! {
        static weaklink_test_no_such_variable: c_int;
    }
    let v = &weaklink_test_no_such_variable;
    assert_eq!(
        format!("{:?}", v),
        r#"WeakStatic { name: "weaklink_test_no_such_variable", state: Unresolved }"#
    );
    assert!(v.get_cached().is_none());
    assert_eq!(v.state(), State::Unresolved);
    assert!(v.get().is_none());
    assert!(v.get().is_none());
    assert_eq!(v.state(), State::Missing);
    assert!(!v.resolve());
    assert_eq!(v.name(), "weaklink_test_no_such_variable");
}

/// A name nothing defines is missing in every scope; on a target with no
/// loader (static musl, WASI) every scope answers so. Windows has no `next`
/// nor versions (compile errors).
#[cfg(not(windows))]
#[test]
fn made_up_names_miss_in_every_scope() {
    weak! {
        #[weaklink(next)]
        fn weaklink_test_next_missing() -> c_int;
        #[weaklink(library = "libweaklink_test_not_loaded.so")]
        fn weaklink_test_library_missing() -> c_int;
        #[weaklink(version = "WEAKLINK_TEST_1.0")]
        fn weaklink_test_version_missing() -> c_int;
        #[weaklink(next, version = "WEAKLINK_TEST_1.0")]
        static weaklink_test_next_version_missing: c_int;
    }
    assert!(weaklink_test_next_missing.get().is_none());
    assert!(weaklink_test_library_missing.get().is_none());
    assert!(weaklink_test_version_missing.get().is_none());
    assert!(weaklink_test_next_version_missing.get().is_none());
    for state in [
        weaklink_test_next_missing.state(),
        weaklink_test_library_missing.state(),
        weaklink_test_version_missing.state(),
        weaklink_test_next_version_missing.state(),
    ] {
        assert_eq!(state, State::Missing);
    }
}

#[test]
fn link_name_chooses_the_symbol() {
    // Declared with `#[link_name]` under another Rust name.
    weak_process_id! {
        fn pid_by_link_name;
    }
    assert_eq!(pid_by_link_name.name(), getpid.name());
    if let Some(f) = pid_by_link_name.get() {
        // SAFETY: as in the first test.
        assert_eq!(unsafe { f() }, process_id());
    } else {
        assert!(!common::has_loader());
    }
}

#[cfg(unix)]
#[test]
fn variadic_call() {
    weak!(
        fn snprintf(
            buf: *mut libc::c_char,
            len: libc::size_t,
            format: *const libc::c_char,
            ...
        ) -> c_int;
    );
    let f = match snprintf.get() {
        Some(f) => f,
        None => return assert!(!common::has_loader()),
    };
    let mut buf = [0 as libc::c_char; 32];
    // SAFETY: snprintf(3) with a valid buffer, its length, a format and the
    // one int argument it names.
    let n = unsafe {
        f(
            buf.as_mut_ptr(),
            buf.len(),
            b"<%d>\0".as_ptr().cast(),
            42 as c_int,
        )
    };
    assert_eq!(n, 4);
    // SAFETY: snprintf NUL-terminated what it wrote inside `buf`.
    let text = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
    assert_eq!(text.to_bytes(), b"<42>");
}

#[cfg(all(target_env = "musl", target_feature = "crt-static"))]
#[test]
fn static_musl_finds_nothing() {
    weak!(
        fn malloc(n: libc::size_t) -> *mut libc::c_void;
    );
    assert!(malloc.get().is_none());
    assert!(getpid.get().is_none());
    assert_eq!(malloc.state(), State::Missing);
}
