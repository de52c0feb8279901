//! Helpers shared by the integration tests.

use std::sync::{Arc, Barrier};
use std::thread;

/// Runs `f` on `threads` threads that start together, and returns what each
/// returned.
#[allow(dead_code)]
pub fn race<T, F>(threads: usize, f: F) -> Vec<T>
where
    T: Send + 'static,
    F: Fn() -> T + Send + Sync + 'static,
{
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

/// A command that runs this test binary again, for tests that check a
/// child process.
///
/// Under an emulator (qemu-user with no binfmt registration) a foreign
/// binary cannot be started directly: `WEAKLINK_TEST_RUNNER`, if set, is the
/// command line to start it with, e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`.
#[allow(dead_code)]
pub fn this_test_binary() -> std::process::Command {
    let exe = std::env::current_exe().unwrap();
    match std::env::var("WEAKLINK_TEST_RUNNER") {
        Ok(runner) if !runner.trim().is_empty() => {
            let mut parts = runner.split_whitespace();
            let mut command = std::process::Command::new(parts.next().unwrap());
            command.args(parts).arg(exe);
            command
        }
        _ => std::process::Command::new(exe),
    }
}

/// Whether this build can find anything at all: Windows, or a Unix with a
/// dynamic loader. Statically linked musl has none.
#[allow(dead_code)]
pub fn has_loader() -> bool {
    cfg!(any(
        windows,
        all(
            unix,
            not(all(target_env = "musl", target_feature = "crt-static"))
        )
    ))
}
