//! Declarations with a fallback body, mixed with the other forms, compile
//! and run: those of `expand/fallback_bodies.rs`, whose expansion is
//! checked there.
#![deny(warnings)]

include!("../expand/fallback_bodies.rs");

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
    let _ = plain_next_to_it.get();
}
