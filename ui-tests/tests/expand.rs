//! Expansion snapshots: each `expand/NAME.rs` uses one group of the
//! spellings that `weak!`, `dlsym!` and `syscall!` accept, and
//! `expand/NAME.expanded.rs` beside it is what the compiler expands it to.
//! They exist so that every change to the macros is reviewed as a diff of
//! the code they generate, not only as "it still compiles".
//!
//! The test first checks that every case compiles (warnings denied), then
//! expands each with `rustc -Zunpretty=expanded` and compares the result
//! with the checked-in file. The cases are built as library examples of a
//! scratch package in the target directory, with the same dependency
//! versions as this workspace (its `Cargo.lock` is copied). The flag is
//! unstable, so the nested cargo runs with `RUSTC_BOOTSTRAP=1`, as
//! `cargo expand` does. The output depends on the compiler (this
//! workspace's pinned toolchain) and on the target (cfgs are resolved):
//! the snapshots are those of Linux, and the test is ignored elsewhere.
//!
//! To update the snapshots after an intended change, or after adding a
//! case:
//!
//! ```text
//! WEAKLINK_BLESS=1 cargo test --test expand
//! ```
//!
//! then review `git diff -- expand/`. Blessing also writes the snapshot of
//! a new case and deletes that of a case that no longer exists.
//!
//! Keep comments in a case outside the macro invocations: the pretty
//! printer copies source comments into its output, and those from inside an
//! invocation land in odd places.
//!
//! The `pass/` cases of `tests/ui.rs` run most of these declarations: they
//! `include!` a case into a module of their own and use its items there,
//! so each declaration is written once for both tests. A case therefore
//! holds items only (no `//!` docs, no `#![...]` attributes).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BLESS: &str = "WEAKLINK_BLESS";
const SUFFIX: &str = ".expanded.rs";

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "the snapshots are the expansions for Linux"
)]
fn expand() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases_dir = ui.join("expand");
    let bless = env::var_os(BLESS).is_some_and(|v| !v.is_empty() && v != "0");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("expand");
    let (cases, orphans) = list_cases(&cases_dir);
    assert!(!cases.is_empty(), "no cases in {}", cases_dir.display());
    write_scratch_package(ui, &scratch, &cases);

    let mut failures = Vec::new();
    let check = run(cargo(&scratch).args(["check", "--examples"]));
    if let Err(stderr) = check {
        failures.push(format!("a case does not compile:\n{stderr}"));
    }

    for (name, source) in &cases {
        let output = run(cargo(&scratch).args([
            "rustc",
            "--profile=check",
            "--example",
            name,
            "--",
            "-Zunpretty=expanded",
        ]));
        let actual = match output {
            Ok(stdout) => normalise(&stdout, ui),
            Err(stderr) => {
                failures.push(format!("{name}: expansion failed:\n{stderr}"));
                continue;
            }
        };
        let snapshot = source.with_file_name(format!("{name}{SUFFIX}"));
        let expected = fs::read_to_string(&snapshot).ok();
        if expected.as_deref() == Some(actual.as_str()) {
            continue;
        }
        if bless {
            fs::write(&snapshot, &actual).unwrap();
            eprintln!("wrote {}", snapshot.display());
            continue;
        }
        let seen = scratch.join(format!("{name}{SUFFIX}"));
        fs::write(&seen, &actual).unwrap();
        failures.push(match expected {
            None => format!("{name}: no snapshot {}", snapshot.display()),
            Some(expected) => format!(
                "{name}: the expansion differs from {} (the new one is in {}):\n{}",
                snapshot.display(),
                seen.display(),
                diff(&expected, &actual),
            ),
        });
    }

    for orphan in orphans {
        if bless {
            fs::remove_file(&orphan).unwrap();
            eprintln!("removed {}", orphan.display());
        } else {
            failures.push(format!("{} has no case beside it", orphan.display()));
        }
    }

    assert!(
        failures.is_empty(),
        "\n{}\n\nIf the change is intended, run `{BLESS}=1 cargo test --test expand` \
         and review the diff.",
        failures.join("\n\n"),
    );
}

/// The cases (name and path), sorted, and the snapshots without a case.
fn list_cases(dir: &Path) -> (Vec<(String, PathBuf)>, Vec<PathBuf>) {
    let mut cases = Vec::new();
    let mut snapshots = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_str().unwrap().to_owned();
        if let Some(name) = file.strip_suffix(SUFFIX) {
            snapshots.push((name.to_owned(), path));
        } else if let Some(name) = file.strip_suffix(".rs") {
            cases.push((name.to_owned(), path));
        }
    }
    cases.sort();
    let orphans = snapshots
        .into_iter()
        .filter(|(name, _)| !cases.iter().any(|(case, _)| case == name))
        .map(|(_, path)| path)
        .collect();
    (cases, orphans)
}

/// A package with one library example per case, depending on weaklink and
/// libc, outside every workspace.
fn write_scratch_package(ui: &Path, scratch: &Path, cases: &[(String, PathBuf)]) {
    fs::create_dir_all(scratch).unwrap();
    let weaklink = ui.parent().unwrap();
    let mut manifest = format!(
        "[package]\n\
         name = \"weaklink-expand\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [lib]\n\
         path = \"lib.rs\"\n\
         \n\
         [dependencies]\n\
         weaklink = {{ path = '{}' }}\n\
         libc = \"0.2\"\n\
         \n\
         [lints.rust]\n\
         warnings = \"deny\"\n\
         dead_code = \"allow\"\n\
         \n\
         [workspace]\n",
        weaklink.display(),
    );
    for (name, path) in cases {
        write!(
            manifest,
            "\n[[example]]\nname = \"{name}\"\npath = '{}'\ncrate-type = [\"lib\"]\n",
            path.display(),
        )
        .unwrap();
    }
    fs::write(scratch.join("Cargo.toml"), manifest).unwrap();
    fs::write(scratch.join("lib.rs"), "").unwrap();
    fs::copy(ui.join("Cargo.lock"), scratch.join("Cargo.lock")).unwrap();
}

/// Cargo, as running this test, in the scratch package, with unstable
/// compiler flags allowed.
fn cargo(scratch: &Path) -> Command {
    let mut cmd = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env("CARGO_TERM_QUIET", "true")
        .env("CARGO_TERM_COLOR", "never")
        .env("RUSTC_BOOTSTRAP", "1");
    cmd
}

/// The command's stdout, or its stderr if it failed.
fn run(cmd: &mut Command) -> Result<String, String> {
    let output = cmd.output().unwrap();
    if output.status.success() {
        Ok(String::from_utf8(output.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// The expansion without what depends on the machine: line endings and
/// where the sources are.
fn normalise(expansion: &str, ui: &Path) -> String {
    let mut text = expansion.replace("\r\n", "\n");
    text = text.replace(&ui.display().to_string(), "$UI_TESTS");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// The lines that differ, between the first and the last difference, with
/// two lines of context and line numbers of the expected text.
fn diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let start = prefix.saturating_sub(2);
    let mut out = String::new();
    for (i, line) in old.iter().enumerate().take(prefix).skip(start) {
        writeln!(out, "{:>5}   {line}", i + 1).unwrap();
    }
    for (i, line) in old[prefix..old.len() - suffix].iter().enumerate() {
        writeln!(out, "{:>5} - {line}", prefix + i + 1).unwrap();
    }
    for line in &new[prefix..new.len() - suffix] {
        writeln!(out, "      + {line}").unwrap();
    }
    let end = old.len() - suffix;
    for (i, line) in old.iter().enumerate().skip(end).take(2) {
        writeln!(out, "{:>5}   {line}", i + 1).unwrap();
    }
    out
}
