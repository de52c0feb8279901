//! Every declaration form, with core types only, under strict lints.
#![no_std]
#![deny(warnings, missing_docs, unsafe_op_in_unsafe_fn)]

weaklink::weak! {
    /// A function.
    pub fn weaklink_answer(x: i32) -> i32;
    /// A variable.
    pub static weaklink_counter: u32;
    /// A function with a fallback body.
    pub fn weaklink_doubled(x: i32) -> i32 { x * 2 }
}

weaklink::weak! {
    extern "C" {
        /// From an `extern` block.
        pub fn weaklink_from_block() -> u8;
    }
}

weaklink::syscall! {
    /// A system call by number: `ENOSYS` where there are none.
    pub fn weaklink_no_syscall(x: i32) via (0) -> i32;
}

/// Uses each declaration: there is nothing to find on these targets.
pub fn nothing_found() -> bool {
    weaklink_answer.get().is_none()
        && weaklink_counter.get().is_none()
        && weaklink_from_block.get().is_none()
        // SAFETY: neither function has requirements.
        && unsafe { weaklink_doubled(2) == 4 && weaklink_no_syscall(1) == -1 }
}
