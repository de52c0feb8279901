// A declaration with a body: an `unsafe fn` whose target starts as a
// self-replacing thunk, next to a plain declaration.
use libc::c_int;

weaklink::weak! {
    /// Documented and public.
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
        let _ = flags;
        unsafe { libc::pipe(fds) }
    }
    fn plain_next_to_it(x: c_int) -> c_int;
    #[weaklink(library = "libc.so.6")]
    #[link_name = "getpid"]
    pub(crate) unsafe fn pid_from_libc() -> libc::pid_t { -1 }
    extern "system" fn system_abi(x: u32,) -> u32 { x }
    fn no_return(out: *mut u8) {
        unsafe { *out = 1 };
    }
}
