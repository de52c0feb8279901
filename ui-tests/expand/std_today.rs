// The standard library's spelling today: named parameters, each
// declaration ending with `;`. A list of such declarations takes the
// one-step arm; the same works inside a function body.
use libc::c_int;

weaklink::weak!(fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;);

weaklink::weak! {
    fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int;
    fn accept4(fd: c_int, addr: *mut libc::sockaddr, len: *mut libc::socklen_t, flags: c_int) -> c_int;
}

pub fn inside_a_function() -> bool {
    weaklink::weak!(fn getpid() -> libc::pid_t;);
    getpid.get().is_some()
}
