//! Scope attributes, data symbols and `syscall!` declarations compile.
#![deny(warnings)]

use libc::{c_char, c_int, pid_t};
use weaklink::{syscall, weak, State};

weak! {
    #[weaklink(next)]
    #[link_name = "getpid"]
    fn next_getpid() -> pid_t;
    #[weaklink(library = "libc.so.6")]
    pub fn in_library() -> c_int;
    #[weaklink(version = "GLIBC_2.2.5")]
    fn versioned();
    #[weaklink(library = "libc.so.6", version = "GLIBC_2.2.5",)]
    fn both();
    #[weaklink(next)]
    #[weaklink(version = "GLIBC_2.2.5")]
    fn stacked();
    static environ: *const *const c_char;
    /// A documented, public variable.
    pub static mut weaklink_ui_variable: c_int;
    #[weaklink(library = "libc.so.6")]
    static __progname: *const c_char;
}

weak! {
    #[weaklink(next)]
    #[link(name = "c")]
    extern "C" {
        #[link_name = "getppid"]
        fn next_getppid() -> pid_t;
        #[weaklink(version = "GLIBC_2.2.5")]
        static mut stdin: *mut libc::FILE;
    }
}

#[cfg(target_os = "linux")]
syscall! {
    /// Docs and visibility.
    pub fn gettid() via SYS_gettid -> pid_t;
    fn getrandom(buf: *mut u8, len: usize, flags: u32,) via SYS_getrandom -> isize;
    unsafe fn getcpu(cpu: *mut u32, node: *mut u32, cache: *mut libc::c_void) via SYS_getcpu -> c_int;
}

fn main() {
    assert_eq!(next_getpid.name(), "getpid");
    assert_eq!(next_getppid.name(), "getppid");
    let _ = (in_library.get(), versioned.get(), both.get(), stacked.get());
    let _: Option<std::ptr::NonNull<*const *const c_char>> = environ.get();
    assert_eq!(weaklink_ui_variable.state(), State::Unresolved);
    let _ = (__progname.get(), stdin.get());
    #[cfg(target_os = "linux")]
    unsafe {
        assert!(gettid() > 0);
        let mut b = [0u8; 4];
        let _ = getrandom(b.as_mut_ptr(), 4, 0);
        let _ = getcpu(std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut());
    }
}
