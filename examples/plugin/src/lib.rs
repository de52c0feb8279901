//! A plugin: a library that a program loads with `dlopen`, and whose own
//! code looks symbols up with weaklink. weaklink's lookups run in the
//! object that weaklink is compiled into, so what a scope finds depends on
//! which object asks: `tests/plugins.rs` loads this library `RTLD_LOCAL`,
//! linked against a library of its own, and compares what the plugin finds
//! with what the program finds.
//!
//! It looks up two names in each scope: `weaklink_fixture_who`, a function
//! that returns who defines it (the test defines it in an `LD_PRELOAD`
//! library and in the plugin's dependency), and `weaklink_fixture_dep_only`,
//! which only the dependency defines.
//!
//! Unix only: on other systems the library is empty.
#![cfg(unix)]

use std::ffi::CStr;
use std::fmt::Write;

use libc::{c_char, c_int};

weaklink::weak! {
    fn weaklink_fixture_who() -> *const c_char;
    #[weaklink(next)]
    #[link_name = "weaklink_fixture_who"]
    fn next_who() -> *const c_char;
    #[weaklink(library = "libweaklink_fixture_plugin_dep.so")]
    #[link_name = "weaklink_fixture_who"]
    fn library_who() -> *const c_char;

    fn weaklink_fixture_dep_only() -> c_int;
    #[weaklink(next)]
    #[link_name = "weaklink_fixture_dep_only"]
    fn next_dep_only() -> c_int;
    #[weaklink(library = "libweaklink_fixture_plugin_dep.so")]
    #[link_name = "weaklink_fixture_dep_only"]
    fn library_dep_only() -> c_int;
}

type Who = unsafe extern "C" fn() -> *const c_char;

/// Who answered, or `missing`.
fn who(f: Option<Who>) -> String {
    match f {
        // SAFETY: each definition returns a static C string.
        Some(f) => unsafe { CStr::from_ptr(f()) }
            .to_string_lossy()
            .into_owned(),
        None => "missing".into(),
    }
}

/// `found` or `missing`.
fn found<T>(f: Option<T>) -> &'static str {
    if f.is_some() {
        "found"
    } else {
        "missing"
    }
}

/// What this plugin's lookups found, one `scope:name=answer` field each,
/// written into `buf` (`len` bytes; cut short if too small). Returns the
/// text's full length.
///
/// # Safety
///
/// `buf` is valid for writing `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn weaklink_plugin_report(buf: *mut u8, len: usize) -> usize {
    let mut text = String::new();
    let _ = write!(
        text,
        "default:who={} next:who={} library:who={} \
         default:dep_only={} next:dep_only={} library:dep_only={}",
        who(weaklink_fixture_who.get()),
        who(next_who.get()),
        who(library_who.get()),
        found(weaklink_fixture_dep_only.get()),
        found(next_dep_only.get()),
        found(library_dep_only.get()),
    );
    // SAFETY: the caller's contract; at most `len` bytes are written.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), buf, text.len().min(len)) };
    text.len()
}
