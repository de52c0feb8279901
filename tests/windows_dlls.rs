//! DLLs that are not loaded yet, and exports by ordinal: the library scope
//! leaves such a DLL alone; `load = "system32"` loads it from the system
//! directory and nowhere else, and unloads it again on a miss; `ordinal`
//! finds an export by number, also one that has no name; and winit's
//! `get_function!` (LoadLibraryA + GetProcAddress) written as `weak!`
//! declarations agrees with it.
//!
//! The fixture, `fixtures/windows_ordinals.c` with its `.def` file, is
//! built and installed into the (wine) system directory as
//! `weaklink_fixture.dll` by `.ci/run`'s `windows()`, which names the built
//! file in `WEAKLINK_TEST_WINDOWS_FIXTURE`. Without that variable the
//! fixture tests say so and pass.
#![cfg(windows)]

use std::path::PathBuf;
use std::{env, fs};

use libc::c_void;
use weaklink::{weak, State};

/// The fixture's name in the system directory.
const FIXTURE: &str = "weaklink_fixture.dll";

#[link(name = "kernel32")]
extern "system" {
    fn GetModuleHandleW(name: *const u16) -> *mut c_void;
    fn LoadLibraryA(name: *const u8) -> *mut c_void;
    fn LoadLibraryW(name: *const u16) -> *mut c_void;
    fn GetProcAddress(module: *mut c_void, name: *const u8) -> *mut c_void;
    fn FreeLibrary(module: *mut c_void) -> i32;
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

/// Whether a module of this name is loaded (no reference is taken).
fn is_loaded(name: &str) -> bool {
    // SAFETY: a NUL-terminated UTF-16 name; the handle is not kept.
    !unsafe { GetModuleHandleW(wide(name).as_ptr()) }.is_null()
}

/// The built fixture, if `.ci/run` installed it.
fn fixture() -> Option<PathBuf> {
    let path = env::var_os("WEAKLINK_TEST_WINDOWS_FIXTURE");
    if path.is_none() {
        eprintln!(
            "note: skipped: WEAKLINK_TEST_WINDOWS_FIXTURE is not set; .ci/run's windows() \
             builds tests/fixtures/windows_ordinals.c and installs it into system32 as {}",
            FIXTURE
        );
    }
    path.map(PathBuf::from)
}

/// The address an export has, or null: the fixture's functions are
/// compared by address, `f as usize`.
fn address<F: Copy>(f: Option<F>) -> usize {
    assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<usize>());
    // SAFETY: F is a function pointer type, the size of a usize.
    f.map_or(0, |f| unsafe { std::mem::transmute_copy::<F, usize>(&f) })
}

weak! {
    // (a) The plain library scope: never loads.
    #[weaklink(library = "weaklink_fixture.dll")]
    #[link_name = "weaklink_fixture_by_name"]
    fn by_name_if_loaded() -> i32;

    #[weaklink(library = "weaklink_fixture.dll", load = "system32")]
    extern "C" {
        // (d) Loaded for the lookup, missing: unloaded again.
        fn weaklink_fixture_absent() -> i32;
        // (b) Loaded and kept.
        fn weaklink_fixture_by_name() -> i32;
        // Exported with no name (NONAME): by name it is missing.
        fn weaklink_fixture_hidden() -> i32;
    }

    #[weaklink(library = "weaklink_fixture.dll", load = "system32", ordinal = 7)]
    #[link_name = "weaklink_fixture_by_name"]
    fn by_ordinal_7() -> i32;
    #[weaklink(library = "weaklink_fixture.dll", load = "system32", ordinal = 9)]
    #[link_name = "weaklink_fixture_hidden"]
    fn by_ordinal_9() -> i32;
    // The gap between the fixture's ordinals 7 and 9, and one past them.
    #[weaklink(library = "weaklink_fixture.dll", load = "system32", ordinal = 8)]
    fn by_ordinal_8() -> i32;
    #[weaklink(library = "weaklink_fixture.dll", load = "system32", ordinal = 100)]
    fn by_ordinal_100() -> i32;
}

/// One test, in this order, since a DLL loaded and kept by (b) cannot be
/// unloaded for (a) and (d) again.
#[test]
fn fixture_is_loaded_on_request_only_from_system32() {
    if fixture().is_none() {
        return;
    }
    assert!(
        !is_loaded(FIXTURE),
        "{} was loaded before the test",
        FIXTURE
    );

    // (a) Not loaded, plain library scope: missing, and still not loaded.
    assert!(by_name_if_loaded.get().is_none());
    assert_eq!(by_name_if_loaded.state(), State::Missing);
    assert!(!is_loaded(FIXTURE), "the library scope loaded {}", FIXTURE);

    // (d) Loaded for the lookup, but the symbol is missing: unloaded again.
    assert!(weaklink_fixture_absent.get().is_none());
    assert!(
        !is_loaded(FIXTURE),
        "{} stayed loaded after a miss",
        FIXTURE
    );

    // (b) Found: loaded from system32, and kept.
    let f = weaklink_fixture_by_name
        .get()
        .expect("weaklink_fixture.dll in system32");
    // SAFETY: `int weaklink_fixture_by_name(void)`.
    assert_eq!(unsafe { f() }, 7);
    assert!(is_loaded(FIXTURE));
    // A miss cached before the load stays a miss.
    assert!(by_name_if_loaded.get().is_none());

    // By ordinal: the same export as by name; the unnamed one too.
    assert_eq!(
        address(by_ordinal_7.get()),
        address(weaklink_fixture_by_name.get())
    );
    let hidden = by_ordinal_9.get().expect("ordinal 9, exported NONAME");
    // SAFETY: `int weaklink_fixture_hidden(void)`.
    assert_eq!(unsafe { hidden() }, 9);
    assert!(
        weaklink_fixture_hidden.get().is_none(),
        "a NONAME export has no name to find"
    );
    assert!(by_ordinal_8.get().is_none(), "no export at ordinal 8");
    assert!(by_ordinal_100.get().is_none(), "no export at ordinal 100");

    // What GetProcAddress answers directly, by name and by ordinal.
    // SAFETY: a NUL-terminated name; the module is loaded and pinned.
    let module = unsafe { GetModuleHandleW(wide(FIXTURE).as_ptr()) };
    // SAFETY: a loaded module, a NUL-terminated name or an ordinal below
    // 0x10000 (MAKEINTRESOURCEA).
    let direct = |name: *const u8| unsafe { GetProcAddress(module, name) } as usize;
    assert_eq!(
        address(by_ordinal_7.get()),
        direct(b"weaklink_fixture_by_name\0".as_ptr())
    );
    assert_eq!(address(by_ordinal_7.get()), direct(7 as *const u8));
    assert_eq!(address(by_ordinal_9.get()), direct(9 as *const u8));

    // `Debug` shows the declared name, with the ordinal and the load.
    let debug = format!("{:?}", by_ordinal_9);
    assert!(
        debug.contains(r#"name: "weaklink_fixture_hidden""#)
            && debug.contains("ordinal: 9")
            && debug.contains(r#"load: "system32""#),
        "{}",
        debug
    );
}

weak! {
    #[weaklink(library = "weaklink_fixture_in_cwd.dll", load = "system32")]
    #[link_name = "weaklink_fixture_by_name"]
    fn from_current_directory() -> i32;
    #[weaklink(library = "weaklink_fixture_in_app_dir.dll", load = "system32")]
    #[link_name = "weaklink_fixture_by_name"]
    fn from_application_directory() -> i32;
}

/// (c) A copy of the fixture under a name that is in the current
/// directory, or in the program's own directory, and not in system32, is
/// never loaded by `load = "system32"`; `LoadLibraryW` (the default search
/// order) finds both copies, which shows that they could have been.
#[test]
fn load_scope_never_searches_the_current_or_the_program_directory() {
    let fixture = match fixture() {
        Some(f) => f,
        None => return,
    };
    let cwd = fixture.with_file_name("cwd-only");
    fs::create_dir_all(&cwd).unwrap();
    let in_cwd = "weaklink_fixture_in_cwd.dll";
    fs::copy(&fixture, cwd.join(in_cwd)).unwrap();
    let exe = env::current_exe().unwrap();
    let in_app_dir = "weaklink_fixture_in_app_dir.dll";
    let app_dir_copy = exe.with_file_name(in_app_dir);
    fs::copy(&fixture, &app_dir_copy).unwrap();
    let before = env::current_dir().unwrap();
    env::set_current_dir(&cwd).unwrap();

    assert!(from_current_directory.get().is_none());
    assert!(!is_loaded(in_cwd));
    assert!(from_application_directory.get().is_none());
    assert!(!is_loaded(in_app_dir));

    for name in [in_cwd, in_app_dir] {
        // SAFETY: a NUL-terminated name; the fixture has no initialisers
        // of its own, and the reference is given back.
        let module = unsafe { LoadLibraryW(wide(name).as_ptr()) };
        assert!(!module.is_null(), "the default search finds {}", name);
        // SAFETY: the reference just taken.
        unsafe { FreeLibrary(module) };
    }

    env::set_current_dir(before).unwrap();
    // Left in target/ if the system still maps it.
    let _ = fs::remove_file(app_dir_copy);
}

// (e) winit's Windows backend declares these with `get_function!`:
// `LoadLibraryA(library)`, then `GetProcAddress`, cached in a lazy static.
// As weak! declarations, `load = "system32"` loads user32 and shcore the
// way winit's LoadLibraryA does, from the system directory only.
weak! {
    #[weaklink(library = "user32.dll", load = "system32")]
    extern "system" {
        fn GetDpiForWindow(hwnd: *mut c_void) -> u32;
        fn SetProcessDpiAwarenessContext(value: isize) -> i32;
        fn SetProcessDPIAware() -> i32;
        fn EnableNonClientDpiScaling(hwnd: *mut c_void) -> i32;
        fn AdjustWindowRectExForDpi(
            rect: *mut [i32; 4],
            style: u32,
            menu: i32,
            ex_style: u32,
            dpi: u32,
        ) -> i32;
        fn weaklink_test_not_in_user32();
    }
    #[weaklink(library = "shcore.dll", load = "system32")]
    extern "system" {
        fn GetDpiForMonitor(monitor: *mut c_void, kind: i32, x: *mut u32, y: *mut u32) -> i32;
        fn SetProcessDpiAwareness(value: i32) -> i32;
    }
    // winit's dark mode asks uxtheme.dll for ordinal 132 this way.
    #[weaklink(library = "uxtheme.dll", load = "system32", ordinal = 132)]
    extern "system" {
        fn ShouldAppsUseDarkMode() -> u8;
    }
}

/// What winit's `get_function!` answers: `LoadLibraryA` (never freed),
/// then `GetProcAddress` by name or ordinal.
fn get_function(library: &str, name: *const u8) -> usize {
    let library = format!("{}\0", library);
    // SAFETY: a NUL-terminated name of a system DLL.
    let module = unsafe { LoadLibraryA(library.as_ptr()) };
    assert!(!module.is_null(), "{}", library);
    // SAFETY: a loaded module, and a NUL-terminated name or an ordinal.
    unsafe { GetProcAddress(module, name) as usize }
}

#[test]
fn winit_get_function_as_weak_declarations() {
    let answers = [
        (
            "user32.dll",
            "GetDpiForWindow",
            address(GetDpiForWindow.get()),
        ),
        (
            "user32.dll",
            "SetProcessDpiAwarenessContext",
            address(SetProcessDpiAwarenessContext.get()),
        ),
        (
            "user32.dll",
            "SetProcessDPIAware",
            address(SetProcessDPIAware.get()),
        ),
        (
            "user32.dll",
            "EnableNonClientDpiScaling",
            address(EnableNonClientDpiScaling.get()),
        ),
        (
            "user32.dll",
            "AdjustWindowRectExForDpi",
            address(AdjustWindowRectExForDpi.get()),
        ),
        (
            "user32.dll",
            "weaklink_test_not_in_user32",
            address(weaklink_test_not_in_user32.get()),
        ),
        (
            "shcore.dll",
            "GetDpiForMonitor",
            address(GetDpiForMonitor.get()),
        ),
        (
            "shcore.dll",
            "SetProcessDpiAwareness",
            address(SetProcessDpiAwareness.get()),
        ),
    ];
    for (library, name, weak) in answers {
        let c_name = format!("{}\0", name);
        let direct = get_function(library, c_name.as_ptr());
        assert_eq!(weak, direct, "{} in {}", name, library);
        eprintln!(
            "{}!{}: {}",
            library,
            name,
            if weak == 0 { "missing" } else { "found" }
        );
    }
    assert_ne!(
        address(GetDpiForMonitor.get()),
        0,
        "every shcore.dll has it"
    );
    assert_eq!(address(weaklink_test_not_in_user32.get()), 0);

    let dark = address(ShouldAppsUseDarkMode.get());
    assert_eq!(dark, get_function("uxtheme.dll", 132 as *const u8));
    eprintln!(
        "uxtheme.dll!#132: {}",
        if dark == 0 { "missing" } else { "found" }
    );
}
