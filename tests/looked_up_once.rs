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
        other => panic!("unknown mode {:?}", other),
    }
}
