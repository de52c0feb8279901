// mio's name for the macro, with its spelling, one and several per
// invocation, at module level and inside a function body.
use libc::c_int;
use weaklink::dlsym;

dlsym!(fn pipe2(*mut c_int, c_int) -> c_int);

dlsym! {
    fn several(c_int) -> c_int;
    fn several_2(c_int) -> c_int;
}

pub fn inside_a_function() -> bool {
    dlsym!(fn getppid() -> libc::pid_t);
    getppid.get().is_some()
}
