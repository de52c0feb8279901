//! Counts the real lookups from outside: the test re-runs this binary with
//! glibc's `LD_DEBUG=bindings`, which logs one line per symbol the loader
//! binds, `dlsym` included, and checks how many name our symbol.
//!
//! glibc only: other loaders have no such log.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

use std::env;

use weaklink::weak;

mod common;

// Symbols nothing else in this process looks up with `dlsym`.
weak! {
    fn getsid(pid: libc::pid_t) -> libc::pid_t;
    fn getpgid(pid: libc::pid_t) -> libc::pid_t;
    fn getpgrp() -> libc::pid_t;
}

const CALLS: usize = 100_000;
const THREADS: usize = 8;
const MODE: &str = "WEAKLINK_TEST_LOOKUP_MODE";

/// Runs the `child` test of this binary under `LD_DEBUG=bindings` and
/// returns how many times the loader bound `symbol` for a `dlsym` call.
fn lookups_in_child(mode: &str, symbol: &str) -> usize {
    let log = common::ChildTest::new("child")
        .env(MODE, mode)
        .run_logging_bindings(&format!("ld-debug-{}", mode));
    let needle = format!("normal symbol `{}'", symbol);
    log.lines().filter(|l| l.ends_with(&needle)).count()
}

#[test]
fn one_lookup_for_many_calls_on_one_thread() {
    assert_eq!(lookups_in_child("one-thread", "getsid"), 1);
}

#[test]
fn at_most_one_lookup_per_racing_thread() {
    let n = lookups_in_child("threads", "getpgid");
    assert!((1..=THREADS).contains(&n), "{} lookups", n);
}

/// Once answered, `get()` never looks up again: not from a signal handler
/// (where entering the loader is not allowed), not in the child of a
/// multi-threaded `fork` (where another thread may have held its locks).
#[test]
fn no_lookup_from_signal_handlers_or_after_fork() {
    assert_eq!(lookups_in_child("signals-and-fork", "getpgrp"), 1);
}

/// What the signal handler saw: found by `get()`, by `get_cached()`.
static IN_HANDLER: [std::sync::atomic::AtomicUsize; 2] = [
    std::sync::atomic::AtomicUsize::new(0),
    std::sync::atomic::AtomicUsize::new(0),
];

extern "C" fn on_signal(_: libc::c_int) {
    use std::sync::atomic::Ordering::Relaxed;
    if getpgrp.get().is_some() {
        IN_HANDLER[0].fetch_add(1, Relaxed);
    }
    if getpgrp.get_cached().is_some() {
        IN_HANDLER[1].fetch_add(1, Relaxed);
    }
}

fn signals_and_fork() {
    use std::sync::atomic::Ordering::Relaxed;
    assert!(getpgrp.resolve());
    // SAFETY: installs a handler that only loads atomics and counts.
    unsafe {
        let handler: extern "C" fn(libc::c_int) = on_signal;
        libc::signal(libc::SIGUSR1, handler as libc::sighandler_t);
        for _ in 0..1000 {
            libc::raise(libc::SIGUSR1);
        }
    }
    assert_eq!(IN_HANDLER[0].load(Relaxed), 1000);
    assert_eq!(IN_HANDLER[1].load(Relaxed), 1000);
    // Multi-threaded, then fork: the child may only do async-signal-safe
    // things, and calls through the cached answer.
    let busy = std::thread::spawn(|| {
        for _ in 0..CALLS {
            assert!(getpgrp.get().is_some());
        }
    });
    // SAFETY: the child calls only getpgrp (through the cache) and _exit.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0);
    if pid == 0 {
        let ok = match getpgrp.get() {
            // SAFETY: getpgrp(2) takes nothing.
            Some(f) => unsafe { f() == libc::getpgrp() },
            None => false,
        };
        // SAFETY: leaves the child at once, running nothing else.
        unsafe { libc::_exit(if ok { 0 } else { 1 }) };
    }
    let mut status = 0;
    // SAFETY: waits for the child just forked.
    assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0);
    busy.join().unwrap();
}

/// The child's side: makes the calls. Run only by the tests above.
#[test]
#[ignore = "run by the other tests in this file, in a child process"]
fn child() {
    if !common::child::is_child() {
        return;
    }
    match env::var(MODE).as_deref() {
        Ok("one-thread") => {
            for _ in 0..CALLS {
                let f = getsid.get().expect("getsid is in glibc");
                // SAFETY: getsid(2) takes a pid and returns one.
                assert_eq!(unsafe { f(0) }, unsafe { libc::getsid(0) });
            }
        }
        Ok("threads") => {
            common::race(THREADS, || {
                for _ in 0..CALLS / THREADS {
                    assert!(getpgid.get().is_some());
                }
            });
        }
        Ok("signals-and-fork") => signals_and_fork(),
        other => panic!("unknown mode {:?}", other),
    }
}
