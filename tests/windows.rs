//! Windows functions that not every Windows has, found where present. The
//! behaviours shared with Unix (lookups, scopes, data symbols) are tested
//! in the other files, on Windows too.
#![cfg(windows)]

use std::time::{SystemTime, UNIX_EPOCH};

use weaklink::weak;

weak! {
    extern "system" {
        fn GetSystemTimePreciseAsFileTime(time: *mut u64);
        fn SetThreadDescription(thread: *mut libc::c_void, description: *const u16) -> i32;
        fn GetThreadDescription(thread: *mut libc::c_void, description: *mut *mut u16) -> i32;
        fn GetCurrentThread() -> *mut libc::c_void;
        fn LocalFree(memory: *mut libc::c_void) -> *mut libc::c_void;
    }
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
