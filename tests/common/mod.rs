//! Helpers shared by the integration tests.

use std::sync::{Arc, Barrier};
use std::thread;

/// Runs `f` on `threads` threads that start together, and returns what each
/// returned.
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
