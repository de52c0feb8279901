// `extern` blocks as bindgen writes them: the block's attributes apply to
// each item, except its docs and `#[link]`, which are dropped.
// Blocks without an ABI, Rust 2024's `unsafe extern` with `safe` and
// `unsafe` items, and a declaration after the blocks (which makes the list
// expand one item at a time).
use libc::{c_char, c_int, c_uint, pid_t};

weaklink::weak! {
    /// bindgen output, pasted as it is.
    #[link(name = "c")]
    extern "C" {
        #[doc = " Returns the caller's thread id."]
        pub fn bindgen_gettid() -> pid_t;
        pub fn memfd_create(name: *const c_char, flags: c_uint) -> c_int;
        pub fn printf(format: *const c_char, ...) -> c_int;
        pub static mut program_invocation_name: *mut c_char;
    }
    extern "system" {
        fn system_block(x: u32) -> u32;
    }
    #[cfg(not(any(unix, windows)))]
    extern "C" {
        fn never_compiled_block(x: NoSuchType);
    }
}

weaklink::weak! {
    #[weaklink(next)]
    #[cfg(unix)]
    extern "C" {
        #[link_name = "getppid"]
        fn next_getppid() -> pid_t;
        #[weaklink(version = "GLIBC_2.2.5")]
        static mut stdin: *mut libc::FILE;
    }
    extern {
        fn no_abi_block();
    }
    unsafe extern "C" {
        pub safe fn safe_item() -> c_int;
        pub unsafe fn unsafe_item() -> c_int;
    }
    fn after_the_blocks();
}
