// `syscall!`: libc's function, else the raw system call named by `via`,
// else ENOSYS.
use libc::{c_int, pid_t};
use weaklink::syscall;

syscall! {
    /// Docs and visibility.
    pub fn gettid() via SYS_gettid -> pid_t;
    fn getrandom(buf: *mut u8, len: usize, flags: u32,) via SYS_getrandom -> isize;
    unsafe fn getcpu(cpu: *mut u32, node: *mut u32, cache: *mut libc::c_void) via SYS_getcpu -> c_int;
    fn gettid_by_global_path() via ::libc::SYS_gettid -> pid_t
}
