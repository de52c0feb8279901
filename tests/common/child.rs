//! Running one of this binary's tests in a child process, for what a test
//! cannot check in its own process: an environment set before start-up
//! (`LD_PRELOAD`, `LD_DEBUG`, `LD_LIBRARY_PATH`), an abort, a crash, a hang,
//! or process-wide caches that must start empty.
//!
//! The child's test is an `#[ignore]`d test of the same binary that does
//! nothing unless [`is_child`] says the parent started it, so that
//! `cargo test -- --include-ignored` still passes:
//!
//! ```ignore
//! #[test]
//! fn parent() {
//!     let done = common::ChildTest::new("child").env("LD_PRELOAD", lib).run();
//!     done.assert_success();
//!     assert!(done.stdout.contains("..."), "{}", done.stdout);
//! }
//!
//! #[test]
//! #[ignore = "run by `parent`, in a child process"]
//! fn child() {
//!     if !common::child::is_child() {
//!         return;
//!     }
//!     // ...
//! }
//! ```

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
use std::{env, fmt};

/// Set in the child's environment to the name of the test it runs.
const CHILD: &str = "WEAKLINK_TEST_CHILD";

/// Whether this process was started by [`ChildTest::run`].
pub fn is_child() -> bool {
    env::var_os(CHILD).map_or(false, |name| !name.is_empty())
}

/// The command line that starts this test binary again: the binary itself,
/// or, where `WEAKLINK_TEST_RUNNER` is set, that runner followed by it.
///
/// Under an emulator (qemu-user with no binfmt registration) a foreign
/// binary cannot be started directly: `WEAKLINK_TEST_RUNNER` is the command
/// line to start it with, e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`.
pub fn this_test_binary_line() -> Vec<OsString> {
    let mut line: Vec<OsString> = match env::var("WEAKLINK_TEST_RUNNER") {
        Ok(runner) => runner.split_whitespace().map(OsString::from).collect(),
        Err(_) => Vec::new(),
    };
    line.push(env::current_exe().unwrap().into());
    line
}

/// One test of this binary, to run alone in a child process.
pub struct ChildTest {
    test: String,
    wrapper: Vec<OsString>,
    envs: Vec<(OsString, OsString)>,
    limit: Duration,
}

impl ChildTest {
    /// The test named `test` (run with `--exact`, `--include-ignored` and
    /// `--nocapture`, on one thread), with this process's environment.
    pub fn new(test: &str) -> Self {
        ChildTest {
            test: test.to_owned(),
            wrapper: Vec::new(),
            envs: Vec::new(),
            // A child that hangs fails its test, not the whole run; slow
            // enough for an emulator.
            limit: Duration::from_secs(300),
        }
    }

    /// Also sets `key` to `value` in the child's environment.
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.envs
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// Starts the child through `program` and its `args`, such as
    /// `strace -f -o trace.txt`: the child's own command line follows them.
    pub fn wrapped_in<I, S>(mut self, program: impl AsRef<OsStr>, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.wrapper = Some(program.as_ref().to_owned())
            .into_iter()
            .chain(args.into_iter().map(|a| a.as_ref().to_owned()))
            .collect();
        self
    }

    /// Kills the child, and fails, if it still runs after `limit`.
    pub fn time_limit(mut self, limit: Duration) -> Self {
        self.limit = limit;
        self
    }

    /// The command that [`run`](Self::run) starts.
    pub fn command(&self) -> Command {
        let mut line = self.wrapper.clone();
        line.extend(this_test_binary_line());
        let mut command = Command::new(&line[0]);
        command
            .args(&line[1..])
            .arg(&self.test)
            .args([
                "--exact",
                "--include-ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &self.test)
            .envs(self.envs.iter().map(|(k, v)| (k, v)));
        command
    }

    /// Runs the child to its end and returns what it did. Panics if it
    /// cannot start, or runs longer than the time limit.
    pub fn run(self) -> Finished {
        run_timed(self.command(), self.limit)
    }

    /// Runs the child with glibc's `LD_DEBUG=bindings`, asserts that it
    /// succeeded, and returns the loader's log: a line for each symbol it
    /// bound, ending in ``normal symbol `NAME'`` for a `dlsym` (and in a
    /// version tag for a start-up binding). `tag` names the scratch
    /// directory of the log, distinct for each caller.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    pub fn run_logging_bindings(self, tag: &str) -> String {
        let dir = super::scratch_dir(tag);
        self.env("LD_DEBUG", "bindings")
            .env("LD_DEBUG_OUTPUT", dir.join("log"))
            .run()
            .assert_success();
        let mut log = String::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read(entry.unwrap().path()).unwrap();
            log.push_str(&String::from_utf8_lossy(&text));
        }
        assert!(!log.is_empty(), "LD_DEBUG wrote no log");
        std::fs::remove_dir_all(&dir).unwrap();
        log
    }
}

/// Runs `command` to its end, with no input, and returns what it did.
/// Panics if it cannot start; kills it, and panics, if it still runs after
/// `limit`.
pub fn run_timed(mut command: Command, limit: Duration) -> Finished {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {:?}: {}", command, e));
    let stdout = Collected::start(child.stdout.take().unwrap());
    let stderr = Collected::start(child.stderr.take().unwrap());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "child still running after {:?}, killed: {:?}\n{}{}",
                limit,
                command,
                stdout.text(),
                stderr.text()
            );
        }
        thread::sleep(Duration::from_millis(10));
    };
    // The pipes close when the last process holding them ends, which may
    // be a grandchild: wait for that, but not forever.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !(stdout.done() && stderr.done()) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
    Finished {
        status,
        stdout: stdout.text(),
        stderr: stderr.text(),
    }
}

/// What a child process did.
pub struct Finished {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Finished {
    /// Panics, with the child's output, unless it exited successfully.
    pub fn assert_success(&self) {
        assert!(self.status.success(), "child failed: {}", self);
    }
}

impl fmt::Display for Finished {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}{}", self.status, self.stdout, self.stderr)
    }
}

/// A pipe read to its end on a thread of its own, so that neither of two
/// pipes can fill up and block the child.
struct Collected {
    text: Arc<Mutex<Vec<u8>>>,
    reader: JoinHandle<()>,
}

impl Collected {
    fn start(mut pipe: impl Read + Send + 'static) -> Self {
        let text = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&text);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Collected { text, reader }
    }

    fn done(&self) -> bool {
        self.reader.is_finished()
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.text.lock().unwrap()).into_owned()
    }
}
