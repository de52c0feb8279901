// rustix's macros: `weakcall!` (libc's function, else ENOSYS),
// `weak_or_syscall!` (`syscall!` by rustix's name) and `raw_syscall!`
// (rustix's `syscall!`: on Linux the raw system call only, from the first
// call, never a lookup).
use libc::{c_int, c_uint, pid_t};

weaklink::weakcall! {
    pub(crate) fn eventfd(initval: c_uint, flags: c_int) -> c_int
}

weaklink::weak_or_syscall! {
    fn gettid() via SYS_gettid -> pid_t
}

const SYS: libc::c_long = libc::SYS_setuid;

weaklink::raw_syscall! {
    fn setuid(uid: libc::uid_t) via SYS -> c_int
}
