//! Native code that the Linux tests build at run time, and `dlopen` to
//! load it.
//!
//! - C libraries from `tests/fixtures/*.c`, with `cc` (or
//!   `WEAKLINK_TEST_CC`, for a cross compiler);
//! - the workspace's `cdylib` members (`examples/*/`), with the cargo that
//!   runs the tests.
//!
//! Everything is built into scratch directories under cargo's temporary
//! target directory, never into the sources. Where a compiler or the
//! members' sources are missing (the packaged crate ships no
//! `examples/*/`), or under an emulator, the helpers say so and the test
//! skips.
use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether the tests run under an emulator (`WEAKLINK_TEST_RUNNER`).
pub fn emulated() -> bool {
    env::var_os("WEAKLINK_TEST_RUNNER").map_or(false, |r| !r.is_empty())
}

/// Builds `tests/fixtures/<source>` into the shared library `out`, with
/// `soname` if given. False, with a message, where no C compiler for
/// the target is at hand.
pub fn build(source: &str, out: &Path, soname: Option<&str>) -> bool {
    build_with(source, out, soname, &[])
}

/// [`build`], with more arguments for the compiler (libraries to link).
pub fn build_with(source: &str, out: &Path, soname: Option<&str>, extra: &[OsString]) -> bool {
    let cc = match env::var_os("WEAKLINK_TEST_CC") {
        Some(cc) if !cc.is_empty() => cc,
        _ if emulated() => {
            println!("skipped: set WEAKLINK_TEST_CC to a C compiler for the target");
            return false;
        }
        _ => "cc".into(),
    };
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(source);
    let mut command = Command::new(&cc);
    command.args(["-shared", "-fPIC", "-o"]).arg(out).arg(&src);
    if let Some(soname) = soname {
        command.arg(format!("-Wl,-soname,{}", soname));
    }
    command.args(extra);
    match command.output() {
        Err(e) => {
            println!("skipped: no C compiler ({:?}: {})", cc, e);
            false
        }
        Ok(o) => {
            assert!(
                o.status.success(),
                "{:?} failed:\n{}",
                command,
                String::from_utf8_lossy(&o.stderr)
            );
            true
        }
    }
}

/// Builds the workspace member `examples/<dir>` (package `package`, a
/// `cdylib` whose library is `lib<lib>.so`) with the cargo running these
/// tests, for `WEAKLINK_TEST_TARGET` when that is set, and returns the
/// library's path. `rustc_args` go to the member's own compilation only
/// (`cargo rustc`). `None`, with a message, where the sources are not
/// there.
pub fn build_member(
    dir: &str,
    package: &str,
    lib: &str,
    rustc_args: &[OsString],
) -> Option<PathBuf> {
    if !member_sources(dir) {
        return None;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // One directory for every run of these tests, so that only what
    // changed is rebuilt.
    let target_dir = super::temp_base().join("weaklink-members");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo);
    if rustc_args.is_empty() {
        build.arg("build");
    } else {
        build.args(["rustc", "--lib"]);
    }
    build
        .args(["--quiet", "--offline", "-p", package])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
    // Cross-compiled tests say for which target (cargo tells tests nothing).
    let mut out_dir = target_dir;
    if let Some(target) = env::var_os("WEAKLINK_TEST_TARGET") {
        build.arg("--target").arg(&target);
        out_dir.push(target);
    }
    if !rustc_args.is_empty() {
        build.arg("--").args(rustc_args);
    }
    let out = build.output().unwrap();
    assert!(
        out.status.success(),
        "{:?} failed:\n{}",
        build,
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out_dir.join("debug").join(format!("lib{}.so", lib)))
}

/// Whether `examples/<dir>` is there to build; says so when not.
fn member_sources(dir: &str) -> bool {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let there = root.join("examples").join(dir).join("Cargo.toml").exists();
    if !there {
        println!(
            "skipped: examples/{}/ is not part of this copy of the crate",
            dir
        );
    }
    there
}

/// Whether [`build_member`] can build `examples/<dir>` and the test can
/// load it in a child of its own: not under an emulator, where the
/// environment of the child (`LD_PRELOAD`) reaches the emulator too. Says
/// why not.
pub fn member_available(dir: &str) -> bool {
    if !member_sources(dir) {
        return false;
    }
    if emulated() {
        println!("skipped: the cdylib examples are not built under an emulator");
        return false;
    }
    true
}

/// `dlopen(path, flags)`; panics on failure.
pub fn dlopen(path: &Path, flags: libc::c_int) -> *mut libc::c_void {
    use std::os::unix::ffi::OsStrExt;
    let mut name = path.as_os_str().as_bytes().to_vec();
    name.push(0);
    // SAFETY: a NUL-terminated path to a library built by the test.
    let handle = unsafe { libc::dlopen(name.as_ptr().cast(), flags) };
    if handle.is_null() {
        // SAFETY: dlerror's message, if any, is a C string of this thread.
        let message = unsafe { libc::dlerror() };
        let message = if message.is_null() {
            String::new()
        } else {
            // SAFETY: as above.
            unsafe { std::ffi::CStr::from_ptr(message) }
                .to_string_lossy()
                .into_owned()
        };
        panic!("dlopen {:?} failed: {}", path, message);
    }
    handle
}

/// The `key=value` fields of a line such as `malloc=3 free=2`.
pub fn field(line: &str, key: &str) -> Option<u64> {
    line.split_whitespace().find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        if k == key {
            v.parse().ok()
        } else {
            None
        }
    })
}
