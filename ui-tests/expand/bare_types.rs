// The standard library's earlier spelling and rustix's: bare parameter
// types, no `;` after the last declaration; types written through a module
// alias, or named and unnamed mixed.
use libc::c_int;

weaklink::weak! { fn pipe2(*mut c_int, c_int) -> c_int }

mod rustix {
    use libc as c;
    weaklink::weak! { fn statx(c::c_int, *const c::c_char, c::c_int, c::c_uint, *mut c::c_void) -> c::c_int }
}

weaklink::weak! {
    fn unnamed_and_named(c_int, y: *const libc::c_char, _: c_int) -> c_int;
    fn nested_types(x: *mut Option<u8>, y: Option<unsafe extern "C" fn(c_int) -> c_int>) -> *mut Option<u8>;
}
