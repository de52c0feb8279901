//! A real `LD_PRELOAD` allocator interposer written with weaklink
//! (`examples/malloc-interpose`): it replaces `malloc`, `calloc`, `realloc`
//! and `free`, forwards each to the C library's with `#[weaklink(next)]`,
//! and resolves them before the allocator can re-enter the loader. Programs
//! run normally under it, and its counts show the calls went through it.
//! It also shows the trap it avoids: a lookup from inside `malloc`
//! re-enters `malloc`.
//!
//! glibc only; skipped (with a message) elsewhere, under an emulator, and
//! where the example's sources are not there.
#![cfg(target_os = "linux")]

mod common;

use common::native;

/// The interposer, built; `None` (with a message) where it cannot be.
fn interposer() -> Option<std::path::PathBuf> {
    if !cfg!(target_env = "gnu") {
        println!("skipped: the interposer example is for glibc");
        return None;
    }
    if !native::member_available("malloc-interpose") {
        return None;
    }
    native::build_member(
        "malloc-interpose",
        "weaklink-malloc-interpose-example",
        "malloc_interpose",
        &[],
    )
}

/// This test binary, run again under the interposer: allocations of every
/// kind work, and each kind went through the interposer.
#[test]
fn allocator_interposer_forwards_every_call() {
    let lib = match interposer() {
        Some(lib) => lib,
        None => return,
    };
    let done = common::ChildTest::new("malloc_child")
        .env("LD_PRELOAD", &lib)
        .time_limit(std::time::Duration::from_secs(60))
        .run();
    done.assert_success();
    print!("{}", done.stdout);
    let report = done
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("report: "))
        .unwrap_or_else(|| panic!("no report:\n{}", done.stdout));
    assert_eq!(
        native::field(report, "resolved"),
        Some(1),
        "the constructor resolved all four: {}",
        report
    );
    for call in ["malloc", "calloc", "realloc", "free"] {
        assert!(
            native::field(report, call).map_or(false, |n| n > 0),
            "no {} call went through the interposer: {}",
            call,
            report
        );
    }

    // The trap: a lookup of a missing symbol from inside malloc
    // re-enters malloc, and would do so until the stack overflows.
    let trap = done
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("reentry: "))
        .unwrap_or_else(|| panic!("no reentry line:\n{}", done.stdout));
    let limit = native::field(trap, "limit").unwrap();
    assert_eq!(native::field(trap, "missing"), Some(limit), "{}", trap);
}

/// Runs under the interposer, started by the test above.
#[cfg(target_env = "gnu")]
#[test]
#[ignore = "run by allocator_interposer_forwards_every_call, in a child process"]
fn malloc_child() {
    if !common::child::is_child() {
        return;
    }
    use libc::c_int;
    use weaklink::weak;
    weak! {
        fn weaklink_malloc_interpose_report(buf: *mut u8, len: usize) -> usize;
        fn weaklink_malloc_interpose_reentry(found: c_int) -> usize;
        fn weaklink_malloc_interpose_reentry_limit() -> usize;
    }
    let report = || {
        let f = weaklink_malloc_interpose_report
            .get()
            .expect("the interposer is preloaded");
        let mut buf = [0u8; 256];
        // SAFETY: the interposer's function, declared as it defines it,
        // with a buffer of `buf.len()` bytes.
        let len = unsafe { f(buf.as_mut_ptr(), buf.len()) };
        String::from_utf8_lossy(&buf[..len.min(buf.len())]).into_owned()
    };
    let before = report();

    // malloc and realloc: a growing vector; free: dropping it.
    let mut v = Vec::new();
    for i in 0..10_000u32 {
        v.push(i);
    }
    assert_eq!(v.iter().map(|&i| u64::from(i)).sum::<u64>(), 49_995_000);
    drop(v);
    // calloc: zeroed memory of a small alignment.
    let zeroes = vec![0u64; 1 << 16];
    assert!(zeroes.iter().all(|&z| z == 0));
    drop(zeroes);
    // Another thread's allocations.
    let text = std::thread::spawn(|| format!("{}-{}", "weak", 42))
        .join()
        .unwrap();
    assert_eq!(text, "weak-42");
    // The C functions themselves.
    // SAFETY: malloc, realloc, calloc and free with their own blocks.
    unsafe {
        let p = libc::malloc(8).cast::<u8>();
        assert!(!p.is_null());
        p.write_bytes(7, 8);
        let p = libc::realloc(p.cast(), 4096).cast::<u8>();
        assert!(!p.is_null());
        assert_eq!(*p.add(7), 7);
        let z = libc::calloc(100, 100).cast::<u8>();
        assert!(!z.is_null());
        assert_eq!(*z.add(9999), 0);
        libc::free(z.cast());
        libc::free(p.cast());
    }
    let after = report();
    println!("before: {}", before);
    println!("report: {}", after);
    for call in ["malloc", "calloc", "realloc", "free"] {
        let (b, a) = (
            native::field(&before, call).unwrap(),
            native::field(&after, call).unwrap(),
        );
        assert!(a > b, "{} calls did not go through the interposer", call);
    }

    let reentry = weaklink_malloc_interpose_reentry.get().unwrap();
    let limit = weaklink_malloc_interpose_reentry_limit.get().unwrap();
    // SAFETY: the interposer's functions, declared as it defines them.
    let (missing, found, limit) = unsafe { (reentry(0), reentry(1), limit()) };
    println!(
        "reentry: missing={} found={} limit={}",
        missing, found, limit
    );
}

/// A program that is not Rust (`sort`) under the interposer: its output is
/// right, and the report the interposer writes at exit counts its calls.
#[test]
fn allocator_interposer_under_another_program() {
    let lib = match interposer() {
        Some(lib) => lib,
        None => return,
    };
    let dir = common::scratch_dir("malloc-sort");
    let input = dir.join("input.txt");
    std::fs::write(&input, "pear\napple\nfig\n").unwrap();
    let report = dir.join("report.txt");
    let mut sort = std::process::Command::new("sort");
    sort.arg(&input)
        .env("LD_PRELOAD", &lib)
        .env("WEAKLINK_MALLOC_INTERPOSE_REPORT", &report);
    let done = match std::process::Command::new("sort").arg("--version").output() {
        Ok(o) if o.status.success() => {
            common::child::run_timed(sort, std::time::Duration::from_secs(30))
        }
        _ => return println!("skipped: no `sort` program"),
    };
    done.assert_success();
    assert_eq!(done.stdout, "apple\nfig\npear\n");
    let report = std::fs::read_to_string(&report).expect("the interposer's report");
    println!("sort: {}", report.trim());
    assert_eq!(report.lines().count(), 1, "{}", report);
    assert_eq!(native::field(&report, "resolved"), Some(1), "{}", report);
    assert!(
        native::field(&report, "malloc").map_or(false, |n| n > 0),
        "{}",
        report
    );
    let _ = std::fs::remove_dir_all(&dir);
}
