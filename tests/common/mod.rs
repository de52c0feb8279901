//! Helpers shared by the integration tests: what the platform under test
//! has ([`platform`]), running one of this binary's tests in a child process
//! ([`child`]), building and loading native code on Linux ([`native`]), and
//! starting threads together ([`race`]).
//!
//! Each test binary compiles this module on its own and uses part of it.
#![allow(dead_code, unused_imports, unused_macros)]

pub mod child;
#[cfg(target_os = "linux")]
pub mod native;
pub mod platform;

use std::path::PathBuf;
use std::sync::{Arc, Barrier};
use std::{env, fs, thread};

pub use child::ChildTest;
pub use platform::{has_loader, has_threads};

/// Runs `f` on `threads` threads that start together, and returns what each
/// returned. Needs threads: see [`has_threads`].
pub fn race<T, F>(threads: usize, f: F) -> Vec<T>
where
    T: Send + 'static,
    F: Fn() -> T + Send + Sync + 'static,
{
    assert!(
        has_threads(),
        "no threads on this target: mark the test ignored here (see has_threads)"
    );
    let barrier = Arc::new(Barrier::new(threads));
    let f = Arc::new(f);
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            let f = Arc::clone(&f);
            thread::spawn(move || {
                barrier.wait();
                f()
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

/// Cargo's temporary directory for this package's tests, or the system's.
pub fn temp_base() -> PathBuf {
    option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(env::temp_dir)
}

/// An empty scratch directory of this process, named after `tag`, outside
/// the sources. The caller removes it when done.
pub fn scratch_dir(tag: &str) -> PathBuf {
    let dir = temp_base().join(format!("weaklink-test-{}-{}", std::process::id(), tag));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}
