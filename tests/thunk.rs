//! `weak!` declarations with a fallback body: functions that call the
//! symbol if the process has it, else the body.

mod common;

use common::platform::{process_id, weak_process_id};
use weaklink::weak;

weak! {
    /// Doubles, since no library defines it.
    fn weaklink_test_thunk_missing(x: u32) -> u32 {
        x * 2
    }
}

weak_process_id! {
    /// The process id if the system has its function (it has), else 0.
    pub(crate) fn pid_or_zero {
        0
    }
}

#[test]
fn missing_symbol_runs_the_body() {
    for i in 0..1000 {
        // SAFETY: the declaration has no requirements.
        assert_eq!(unsafe { weaklink_test_thunk_missing(i) }, 2 * i);
    }
}

#[test]
fn present_symbol_is_called() {
    // SAFETY: getpid / GetCurrentProcessId take nothing.
    let pid = unsafe { pid_or_zero() };
    if common::has_loader() {
        assert_eq!(pid, process_id());
    } else {
        assert_eq!(pid, 0);
    }
}

#[test]
#[cfg_attr(
    all(target_os = "wasi", not(target_feature = "atomics")),
    ignore = "no threads on this target"
)]
fn racing_first_calls_agree() {
    weak! {
        fn weaklink_test_thunk_race(x: u64) -> u64 {
            x + 1
        }
    }
    let answers = common::race(16, || {
        // SAFETY: the declaration has no requirements.
        (0..100u64).all(|i| unsafe { weaklink_test_thunk_race(i) } == i + 1)
    });
    assert!(answers.into_iter().all(|ok| ok));
}

#[test]
fn body_can_return_early_and_use_its_arguments() {
    weak! {
        fn weaklink_test_thunk_clamp(x: i32, lo: i32, hi: i32,) -> i32 {
            if x < lo {
                return lo;
            }
            x.min(hi)
        }
        fn weaklink_test_thunk_unit(out: *mut i32) {
            // SAFETY: the caller passes a valid pointer.
            unsafe { *out = 7 };
        }
    }
    // SAFETY: the declarations have no requirements beyond a valid pointer.
    unsafe {
        assert_eq!(weaklink_test_thunk_clamp(-5, 0, 10), 0);
        assert_eq!(weaklink_test_thunk_clamp(50, 0, 10), 10);
        let mut out = 0;
        weaklink_test_thunk_unit(&mut out);
        assert_eq!(out, 7);
    }
}

/// A panic in a fallback body must not unwind out of the `extern "C"`
/// function it runs in: the process aborts instead.
#[cfg(unix)]
#[test]
fn panicking_body_aborts() {
    let done = common::ChildTest::new("panicking_body_child").run();
    assert!(
        std::os::unix::process::ExitStatusExt::signal(&done.status) == Some(libc::SIGABRT),
        "{}",
        done
    );
    assert!(
        done.stderr.contains("a fallback body panicked"),
        "{}",
        done.stderr
    );
}

#[cfg(unix)]
#[test]
#[ignore = "run by panicking_body_aborts, in a child process"]
fn panicking_body_child() {
    if !common::child::is_child() {
        return;
    }
    weak! {
        fn weaklink_test_thunk_panics() {
            panic!("the fallback body panics");
        }
    }
    // SAFETY: the declaration has no requirements.
    unsafe { weaklink_test_thunk_panics() };
}
