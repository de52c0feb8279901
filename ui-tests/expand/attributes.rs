// Visibility, docs and other attributes go on the `static`; a `#[cfg]`
// that is false removes the declaration.
use libc::{c_int, c_uint, c_void, size_t};

weaklink::weak! {
    /// Documented and public.
    pub fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> isize;
    #[cfg(target_os = "linux")]
    pub(crate) fn gettid() -> libc::pid_t;
    #[cfg(not(any(unix, windows)))]
    fn never_compiled(x: NoSuchType) -> NoSuchType;
    #[doc = "A `#[doc]` attribute, as bindgen writes it."]
    #[deprecated = "a lint attribute is kept"]
    pub(in crate) fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int;
}
