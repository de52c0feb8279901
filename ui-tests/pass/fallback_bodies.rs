//! Declarations with a fallback body compile, mixed with the other forms.
#![deny(warnings)]

use libc::c_int;
use weaklink::weak;

weak! {
    /// Documented and public.
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
        let _ = flags;
        // SAFETY: the caller passes room for two descriptors.
        unsafe { libc::pipe(fds) }
    }
    fn plain_next_to_it(x: c_int) -> c_int;
    #[weaklink(library = "libc.so.6")]
    #[link_name = "getpid"]
    pub(crate) unsafe fn pid_from_libc() -> libc::pid_t { -1 }
    extern "system" fn system_abi(x: u32,) -> u32 { x }
    fn no_return(out: *mut u8) {
        // SAFETY: the caller passes a valid pointer.
        unsafe { *out = 1 };
    }
    static also_a_variable: c_int;
}

fn main() {
    let mut fds = [0; 2];
    let mut byte = 0u8;
    unsafe {
        assert_eq!(pipe2(fds.as_mut_ptr(), 0), 0);
        assert_eq!(system_abi(3), 3);
        no_return(&mut byte);
        let _ = pid_from_libc();
    }
    assert_eq!(byte, 1);
    let _ = (plain_next_to_it.get(), also_a_variable.get());
}
