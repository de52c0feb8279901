use libc::c_int;

weaklink::weak! {
    fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
}

fn main() {
    let found = pipe2.get();
    println!("pipe2 found: {}", found.is_some());
    if let Some(f) = found {
        let mut fds = [0 as c_int; 2];
        // SAFETY: the declaration matches pipe2(2); `fds` has room for two.
        assert_eq!(unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    }
}
