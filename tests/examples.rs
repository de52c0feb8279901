//! The examples' logic, run on both of its paths.
#![cfg(unix)]

#[path = "../examples/pipe2_fallback.rs"]
#[allow(dead_code)]
mod pipe2_fallback;

fn check_pipe(fds: [libc::c_int; 2]) {
    assert!(pipe2_fallback::imp::is_cloexec(fds[0]));
    assert!(pipe2_fallback::imp::is_cloexec(fds[1]));
    let msg = *b"through the pipe";
    let mut back = [0u8; 16];
    // SAFETY: a pipe this test owns, and buffers of the right length.
    unsafe {
        assert_eq!(libc::write(fds[1], msg.as_ptr().cast(), 16), 16);
        assert_eq!(libc::read(fds[0], back.as_mut_ptr().cast(), 16), 16);
        libc::close(fds[0]);
        libc::close(fds[1]);
    }
    assert_eq!(back, msg);
}

#[test]
fn pipe2_path() {
    check_pipe(pipe2_fallback::imp::cloexec_pipe().unwrap());
}

#[test]
fn forced_fallback_path() {
    check_pipe(pipe2_fallback::imp::cloexec_pipe_with(None).unwrap());
}

#[cfg(any(target_os = "linux", target_os = "android"))]
#[path = "../examples/optional_syscall.rs"]
#[allow(dead_code)]
mod optional_syscall;

#[cfg(any(target_os = "linux", target_os = "android"))]
#[test]
fn copy_file_range_and_its_fallback() {
    use optional_syscall::imp::{copy, How};
    use std::io::{Read, Seek, SeekFrom, Write};

    let dir = std::env::temp_dir();
    for in_kernel in [true, false] {
        let src_path = dir.join(format!(
            "weaklink-test-{}-{}-src",
            std::process::id(),
            in_kernel
        ));
        let dst_path = dir.join(format!(
            "weaklink-test-{}-{}-dst",
            std::process::id(),
            in_kernel
        ));
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::File::create(&src_path)
            .unwrap()
            .write_all(&data)
            .unwrap();
        let mut src = std::fs::File::open(&src_path).unwrap();
        let mut dst = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&dst_path)
            .unwrap();
        let (n, how) = copy(&mut src, &mut dst, in_kernel).unwrap();
        assert_eq!(n, data.len() as u64);
        if !in_kernel || cfg!(weaklink_force = "enosys") {
            assert_eq!(how, How::ReadWrite);
        }
        let mut back = Vec::new();
        dst.seek(SeekFrom::Start(0)).unwrap();
        dst.read_to_end(&mut back).unwrap();
        assert_eq!(back, data);
        std::fs::remove_file(&src_path).unwrap();
        std::fs::remove_file(&dst_path).unwrap();
    }
}
