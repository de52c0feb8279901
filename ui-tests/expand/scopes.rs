// `#[weaklink(...)]` options: where the symbol is looked up.
use libc::{c_int, pid_t};

weaklink::weak! {
    #[weaklink(next)]
    #[link_name = "getpid"]
    fn next_getpid() -> pid_t;
    #[weaklink(library = "libc.so.6")]
    pub fn in_library() -> c_int;
    #[weaklink(version = "GLIBC_2.2.5")]
    fn versioned();
    #[weaklink(library = "libc.so.6", version = "GLIBC_2.2.5",)]
    fn both();
    #[weaklink(next)]
    #[weaklink(version = "GLIBC_2.2.5")]
    fn stacked();
}
