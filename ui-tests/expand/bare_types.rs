// The standard library's earlier spelling and rustix's: bare parameter
// types, no `;` after the last declaration; types written through a module
// alias (as rustix's call site names the pointer's type too), named and
// unnamed mixed, or nested generics.
use libc::c_int;

weaklink::weak! { fn pipe2(*mut c_int, c_int) -> c_int }

mod rustix {
    use libc as c;
    weaklink::weak! { fn statx(c::c_int, *const c::c_char, c::c_int, c::c_uint, *mut c::c_void) -> c::c_int }

    pub fn get() -> Option<unsafe extern "C" fn(c::c_int, *const c::c_char, c::c_int, c::c_uint, *mut c::c_void) -> c::c_int> {
        statx.get()
    }
}

weaklink::weak! {
    fn unnamed_and_named(c_int, y: *const libc::c_char, _: c_int) -> c_int;
    fn nested_types(x: *mut Vec<Option<u8>>, y: Option<unsafe extern "C" fn(c_int) -> c_int>) -> *mut Option<u8>;
}
