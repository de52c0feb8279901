//! The standard library's fallback: `pipe2(O_CLOEXEC)` where libc has it,
//! else `pipe` followed by `fcntl(FD_CLOEXEC)` on both ends.
//!
//! ```text
//! cargo run --example pipe2_fallback
//! ```
//!
//! The fallback is not atomic: another thread's `fork` + `exec` between
//! `pipe` and `fcntl` can inherit the descriptors. That is the reason to
//! prefer `pipe2` where it exists, and why the standard library does.

#[cfg(unix)]
pub mod imp {
    use std::io;

    use libc::c_int;

    weaklink::weak! {
        fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    }

    /// The signature `pipe2` is called through.
    pub type Pipe2 = unsafe extern "C" fn(*mut c_int, c_int) -> c_int;

    /// A pipe whose ends are closed on `exec`, made with `pipe2` if libc has
    /// it.
    pub fn cloexec_pipe() -> io::Result<[c_int; 2]> {
        cloexec_pipe_with(pipe2.get())
    }

    /// The same, with `pipe2` given, or `None` to take the fallback.
    pub fn cloexec_pipe_with(pipe2_fn: Option<Pipe2>) -> io::Result<[c_int; 2]> {
        let mut fds = [-1; 2];
        match pipe2_fn {
            Some(f) => {
                // SAFETY: `f` is pipe2(2); `fds` has room for two descriptors.
                cvt(unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
            }
            None => {
                // SAFETY: `fds` has room for two descriptors.
                cvt(unsafe { libc::pipe(fds.as_mut_ptr()) })?;
                for &fd in &fds {
                    // SAFETY: `fd` was just opened by this function.
                    if let Err(e) = cvt(unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) })
                    {
                        // SAFETY: closing what this function opened.
                        unsafe {
                            libc::close(fds[0]);
                            libc::close(fds[1]);
                        }
                        return Err(e);
                    }
                }
            }
        }
        Ok(fds)
    }

    fn cvt(rc: c_int) -> io::Result<c_int> {
        if rc == -1 {
            Err(io::Error::last_os_error())
        } else {
            Ok(rc)
        }
    }

    /// Whether `fd` is closed on `exec`.
    pub fn is_cloexec(fd: c_int) -> bool {
        // SAFETY: F_GETFD only reads the descriptor's flags.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
        flags != -1 && flags & libc::FD_CLOEXEC != 0
    }

    pub fn main() {
        let how = if pipe2.get().is_some() {
            "pipe2(O_CLOEXEC)"
        } else {
            "pipe + fcntl(FD_CLOEXEC)"
        };
        let fds = cloexec_pipe().expect("a pipe");
        println!(
            "made a pipe with {}: fds {:?}, close-on-exec: {} {}",
            how,
            fds,
            is_cloexec(fds[0]),
            is_cloexec(fds[1])
        );
        let fallback = cloexec_pipe_with(None).expect("a pipe");
        println!(
            "and with the fallback: fds {:?}, close-on-exec: {} {}",
            fallback,
            is_cloexec(fallback[0]),
            is_cloexec(fallback[1])
        );
        for fd in fds.iter().chain(&fallback) {
            // SAFETY: closing what this program opened.
            unsafe { libc::close(*fd) };
        }
    }
}

#[cfg(unix)]
fn main() {
    imp::main();
}

#[cfg(not(unix))]
fn main() {
    println!("pipe2 is a Unix function");
}
