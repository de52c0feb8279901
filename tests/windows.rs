//! The Windows backend: functions every supported Windows has, a made-up
//! one, and the library scope, which never loads a DLL.
#![cfg(windows)]

use std::time::{SystemTime, UNIX_EPOCH};

use weaklink::{weak, State};

weak! {
    extern "system" {
        fn GetSystemTimePreciseAsFileTime(time: *mut u64);
        fn SetThreadDescription(thread: *mut libc::c_void, description: *const u16) -> i32;
        fn GetThreadDescription(thread: *mut libc::c_void, description: *mut *mut u16) -> i32;
        fn GetCurrentThread() -> *mut libc::c_void;
        fn LocalFree(memory: *mut libc::c_void) -> *mut libc::c_void;
        fn WeaklinkNoSuchFunctionW(x: u32) -> u32;
    }
    #[weaklink(library = "kernel32.dll")]
    extern "system" {
        #[link_name = "GetCurrentProcessId"]
        fn process_id_from_kernel32() -> u32;
        #[link_name = "WeaklinkNoSuchFunctionW"]
        fn missing_from_kernel32() -> u32;
    }
    // A DLL that exists on every Windows, and that nothing in this test
    // process loads.
    #[weaklink(library = "comdlg32.dll")]
    extern "system" {
        fn GetOpenFileNameW(params: *mut libc::c_void) -> i32;
    }
}

#[link(name = "kernel32")]
extern "system" {
    fn GetModuleHandleW(name: *const u16) -> *mut libc::c_void;
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

#[test]
fn precise_system_time_is_found_and_agrees_with_std() {
    let f = GetSystemTimePreciseAsFileTime
        .get()
        .expect("Windows 8 and newer have it");
    let mut filetime = 0u64;
    // SAFETY: the function writes one FILETIME (a u64).
    unsafe { f(&mut filetime) };
    // FILETIME counts 100 ns since 1601; the Unix epoch is 11644473600 s later.
    let unix_secs = filetime / 10_000_000 - 11_644_473_600;
    let std_secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(
        unix_secs.abs_diff(std_secs) < 5,
        "{} vs {}",
        unix_secs,
        std_secs
    );
}

#[test]
fn thread_description_round_trips_where_present() {
    let (set, get) = match (SetThreadDescription.get(), GetThreadDescription.get()) {
        (Some(set), Some(get)) => (set, get),
        // Windows 10 1607 and newer; older systems and some Wine versions
        // lack them, which is exactly what a weak lookup is for.
        _ => return,
    };
    let this = GetCurrentThread.get().expect("every Windows has it");
    let name = wide("weaklink");
    let mut back: *mut u16 = std::ptr::null_mut();
    // SAFETY: the pseudo-handle of this thread, a NUL-terminated UTF-16
    // name, and an out-pointer the system fills with a LocalAlloc'd string.
    unsafe {
        let thread = this();
        assert!(set(thread, name.as_ptr()) >= 0);
        assert!(get(thread, &mut back) >= 0);
        let len = (0..).take_while(|&i| *back.add(i) != 0).count();
        assert_eq!(std::slice::from_raw_parts(back, len), &name[..len]);
        if let Some(free) = LocalFree.get() {
            free(back.cast());
        }
    }
}

#[test]
fn made_up_function_is_missing() {
    for _ in 0..100 {
        assert!(WeaklinkNoSuchFunctionW.get().is_none());
    }
    assert_eq!(WeaklinkNoSuchFunctionW.state(), State::Missing);
}

#[test]
fn library_scope_finds_in_a_loaded_dll() {
    let f = process_id_from_kernel32.get().expect("kernel32 is loaded");
    // SAFETY: GetCurrentProcessId takes nothing and returns a DWORD.
    assert_eq!(unsafe { f() }, std::process::id());
    assert!(missing_from_kernel32.get().is_none());
}

#[test]
fn library_scope_never_loads_a_dll() {
    let name = wide("comdlg32.dll");
    // SAFETY: a NUL-terminated UTF-16 name.
    let loaded = || !unsafe { GetModuleHandleW(name.as_ptr()) }.is_null();
    assert!(!loaded(), "comdlg32.dll was loaded before the test");
    assert!(GetOpenFileNameW.get().is_none());
    assert!(!loaded(), "the lookup loaded comdlg32.dll");
}

/// A data export: msvcrt's `_environ`, in every windows-gnu program (the
/// UCRT that MSVC programs use exports a function for it instead).
#[cfg(target_env = "gnu")]
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
