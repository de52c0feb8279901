//! A plugin: a library that a program loads with `dlopen`, and whose own
//! code looks symbols up with weaklink. weaklink's lookups run in the
//! object that weaklink is compiled into, so what a scope finds depends on
//! which object asks: `tests/plugins.rs` loads this library `RTLD_LOCAL`,
//! linked against a library of its own, and compares what the plugin finds
//! with what the program finds. The lookups are those of
//! `tests/fixtures/plugin_lookups.rs`, which the test compiles into the
//! program too.
//!
//! Unix only: on other systems the library is empty.
#![cfg(unix)]

#[path = "../../../tests/fixtures/plugin_lookups.rs"]
mod lookups;

/// What this plugin's lookups found, one `scope:name=answer` field each,
/// written into `buf` (`len` bytes; cut short if too small). Returns the
/// text's full length.
///
/// # Safety
///
/// `buf` is valid for writing `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn weaklink_plugin_report(buf: *mut u8, len: usize) -> usize {
    let text = lookups::report();
    // SAFETY: the caller's contract; at most `len` bytes are written.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), buf, text.len().min(len)) };
    text.len()
}
