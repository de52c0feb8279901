// A match binding cannot shadow the static the macro declared (E0530):
// write `Some(f) =>`.
use libc::c_int;

weaklink::weak!(fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;);

fn main() {
    let mut fds = [0; 2];
    match pipe2.get() {
        Some(pipe2) => unsafe { pipe2(fds.as_mut_ptr(), 0) },
        None => -1,
    };
}
