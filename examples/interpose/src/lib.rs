//! An `LD_PRELOAD` interposer: a library that defines `getpid`, counts the
//! calls, and forwards each one to the definition it hides, found with
//! `#[weaklink(next)]` (`dlsym(RTLD_NEXT, "getpid")`).
//!
//! ```text
//! cargo build -p weaklink-interpose-example
//! LD_PRELOAD=target/debug/libinterpose.so some-program
//! ```
//!
//! It also exports `weaklink_interpose_calls`, so a program can find out,
//! with an ordinary weak lookup, whether it runs under the interposer and
//! how often its `getpid` calls went through it.
//!
//! Unix only: on other systems the library is empty.
#![cfg(unix)]

use std::sync::atomic::{AtomicUsize, Ordering};

weaklink::weak! {
    // The next `getpid` after this library: libc's. The Rust name differs
    // so that it does not clash with the `getpid` this library defines.
    #[weaklink(next)]
    #[link_name = "getpid"]
    fn next_getpid() -> libc::pid_t;
}

static CALLS: AtomicUsize = AtomicUsize::new(0);

/// Replaces `getpid` for every object that binds to it after this library.
#[no_mangle]
pub extern "C" fn getpid() -> libc::pid_t {
    CALLS.fetch_add(1, Ordering::Relaxed);
    match next_getpid.get() {
        // SAFETY: the next definition is libc's getpid(2).
        Some(real) => unsafe { real() },
        // getpid cannot fail, and with no definition after this library
        // there is nothing true to return.
        // SAFETY: abort(3) is always safe to call.
        None => unsafe { libc::abort() },
    }
}

/// How many `getpid` calls went through this library.
#[no_mangle]
pub extern "C" fn weaklink_interpose_calls() -> usize {
    CALLS.load(Ordering::Relaxed)
}
