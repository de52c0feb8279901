// C global variables: `static` and `static mut` both become a
// `WeakStatic`, with docs, visibility and scopes as for functions.
use libc::{c_char, c_int};

weaklink::weak! {
    static environ: *const *const c_char;
    /// A documented, public variable.
    pub static mut weaklink_variable: c_int;
    #[weaklink(library = "libc.so.6")]
    static __progname: *const c_char,
    fn a_function_between();
    pub(crate) static last_without_separator: c_int
}
