// `#[weaklink(extern_weak)]`: weak references bound by the loader, declared
// as `const`s; with a body, a function that runs it when nothing is bound.
use libc::{c_char, c_int, pid_t};

weaklink::weak! {
    #[weaklink(extern_weak)]
    fn getpid() -> pid_t;
    #[weaklink(extern_weak)]
    #[link_name = "getppid"]
    pub fn parent() -> pid_t;
    // A trailing comma, as in every attribute list.
    #[weaklink(extern_weak,)]
    static environ: *const *const c_char;
    #[weaklink(extern_weak)]
    fn abs(x: c_int) -> c_int {
        if x < 0 { -x } else { x }
    }
}

weaklink::weak! {
    #[weaklink(extern_weak)]
    extern "C" {
        pub fn getuid() -> libc::uid_t;
    }
}
