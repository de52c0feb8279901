//! Calls rustix functions that its libc backend declares with `weak!`,
//! `weakcall!`, `weak_or_syscall!` and `syscall!` on Linux, and prints one
//! line per call: `.ci/rustix` runs it against the unpatched and the
//! patched crate, and the patched one with weaklink's fallbacks forced, and
//! compares what they print.

use std::os::unix::fs::MetadataExt;

use rustix::fd::AsFd;
use rustix::io::Errno;

fn show<T>(name: &str, result: Result<T, Errno>, ok: impl FnOnce(T) -> String) {
    match result {
        Ok(value) => println!("{name}: ok {}", ok(value)),
        Err(e) => println!("{name}: error {}", e.raw_os_error()),
    }
}

fn main() {
    // weak_or_syscall!
    let mut buf = [0u8; 16];
    show(
        "getrandom",
        rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::empty()),
        |n| n.to_string(),
    );
    println!(
        "gettid is getpid on the main thread: {}",
        rustix::thread::gettid() == rustix::process::getpid()
    );
    let memfd = rustix::fs::memfd_create("weaklink-rustix-smoke", rustix::fs::MemfdFlags::CLOEXEC);
    show(
        "memfd_create",
        memfd.as_ref().map(|_| ()).map_err(|e| *e),
        |()| String::new(),
    );
    let cwd = std::fs::metadata(".").unwrap();
    show(
        "statx",
        rustix::fs::statx(
            rustix::fs::CWD,
            ".",
            rustix::fs::AtFlags::empty(),
            rustix::fs::StatxFlags::BASIC_STATS,
        ),
        |st| format!("same inode: {}", st.stx_ino == cwd.ino()),
    );
    // syscall!: the raw system call only.
    show(
        "eventfd",
        rustix::event::eventfd(0, rustix::event::EventfdFlags::CLOEXEC),
        |_| String::new(),
    );
    show(
        "pidfd_open",
        rustix::process::pidfd_open(
            rustix::process::getpid(),
            rustix::process::PidfdFlags::empty(),
        ),
        |_| String::new(),
    );
    if let Ok(fd) = &memfd {
        show(
            "fchmod",
            rustix::fs::fchmod(fd.as_fd(), rustix::fs::Mode::from_raw_mode(0o600)),
            |()| String::new(),
        );
        show("syncfs", rustix::fs::syncfs(fd.as_fd()), |()| String::new());
    }
    // weak!: a lookup, with a fallback of rustix's own.
    show(
        "page_size",
        Ok::<_, Errno>(rustix::param::page_size()),
        |n| n.to_string(),
    );
}
