//! A mio/rustix-style optional system call: copy between two files with
//! `copy_file_range` (libc's, else the raw system call), and fall back to
//! `read` + `write` where the kernel answers `ENOSYS` (or cannot do it for
//! these files: `EXDEV`, `EINVAL`, `EOPNOTSUPP`).
//!
//! ```text
//! cargo run --example optional_syscall
//! ```

#[cfg(any(target_os = "linux", target_os = "android"))]
pub mod imp {
    use std::fs::File;
    use std::io::{self, Read, Seek, SeekFrom, Write};
    use std::os::unix::io::AsRawFd;

    use libc::{c_int, c_uint, size_t};

    weaklink::syscall! {
        /// copy_file_range(2): libc's wrapper if it has one (glibc 2.27+),
        /// else the raw system call (Linux 4.5+), else ENOSYS.
        fn copy_file_range(
            fd_in: c_int,
            off_in: *mut i64,
            fd_out: c_int,
            off_out: *mut i64,
            len: size_t,
            flags: c_uint,
        ) via SYS_copy_file_range -> isize
    }

    /// How the bytes were copied.
    #[derive(Debug, PartialEq, Eq)]
    pub enum How {
        /// In the kernel, by `copy_file_range`.
        CopyFileRange,
        /// Through a buffer, by `read` and `write`.
        ReadWrite,
    }

    /// Copies all of `from` (from its start) to the end of `to`.
    /// `in_kernel: false` skips straight to the fallback.
    pub fn copy(from: &mut File, to: &mut File, in_kernel: bool) -> io::Result<(u64, How)> {
        let len = from.metadata()?.len();
        if in_kernel {
            let mut copied = 0u64;
            loop {
                let mut off_in = copied as i64;
                // SAFETY: two open descriptors and a valid offset; a null
                // output offset means "the file's own position".
                let n = unsafe {
                    copy_file_range(
                        from.as_raw_fd(),
                        &mut off_in,
                        to.as_raw_fd(),
                        std::ptr::null_mut(),
                        (len - copied) as size_t,
                        0,
                    )
                };
                if n > 0 {
                    copied += n as u64;
                    if copied == len {
                        return Ok((copied, How::CopyFileRange));
                    }
                    continue;
                }
                if n == 0 {
                    return Ok((copied, How::CopyFileRange));
                }
                let e = io::Error::last_os_error();
                match e.raw_os_error() {
                    Some(libc::ENOSYS | libc::EXDEV | libc::EINVAL | libc::EOPNOTSUPP)
                        if copied == 0 =>
                    {
                        break
                    }
                    _ => return Err(e),
                }
            }
        }
        from.seek(SeekFrom::Start(0))?;
        let mut buf = Vec::new();
        from.read_to_end(&mut buf)?;
        to.write_all(&buf)?;
        Ok((buf.len() as u64, How::ReadWrite))
    }

    pub fn main() -> io::Result<()> {
        let dir = std::env::temp_dir();
        let src_path = dir.join(format!("weaklink-example-{}-src", std::process::id()));
        let dst_path = dir.join(format!("weaklink-example-{}-dst", std::process::id()));
        File::create(&src_path)?.write_all(b"hello from optional_syscall\n")?;
        let mut src = File::open(&src_path)?;
        let mut dst = File::create(&dst_path)?;
        let (n, how) = copy(&mut src, &mut dst, true)?;
        println!("copied {} bytes with {:?}", n, how);
        std::fs::remove_file(&src_path)?;
        std::fs::remove_file(&dst_path)?;
        Ok(())
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn main() -> std::io::Result<()> {
    imp::main()
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn main() {
    println!("copy_file_range is a Linux system call");
}
