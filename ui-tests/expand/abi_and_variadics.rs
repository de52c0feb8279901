// Explicit ABIs and qualifiers (the pointer type is always `unsafe extern
// "ABI" fn`), C variadics and many arguments.
use libc::{c_char, c_int};

weaklink::weak! {
    unsafe fn written_unsafe(x: c_int) -> c_int;
    extern "C" fn explicit_c(x: c_int);
    pub extern "system" fn explicit_system(x: c_int) -> c_int;
    unsafe extern "C" fn unsafe_and_extern(x: c_int);
    extern fn bare_extern();
    fn variadic(format: *const c_char, ...) -> c_int;
    fn variadic_unnamed(*const c_char, ...) -> c_int;
    fn twelve(c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int);
}
