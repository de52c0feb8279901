//! Scope attributes, data symbols and `syscall!` declarations compile and
//! run: those of `expand/scopes.rs`, `expand/data.rs` and
//! `expand/syscall.rs`, whose expansions are checked there, each in a
//! module of its own with what it is used for.
#![deny(warnings)]

mod scopes {
    include!("../expand/scopes.rs");

    pub fn check() {
        assert_eq!(next_getpid.name(), "getpid");
        let _ = (in_library.get(), versioned.get(), both.get(), stacked.get());
    }
}

mod data {
    use std::ptr::NonNull;
    use weaklink::State;

    include!("../expand/data.rs");

    pub fn check() {
        let _: Option<NonNull<*const *const c_char>> = environ.get();
        assert_eq!(weaklink_variable.state(), State::Unresolved);
        let _ = (__progname.get(), last_without_separator.get());
        let _ = a_function_between.get();
    }
}

#[cfg(target_os = "linux")]
mod syscall {
    include!("../expand/syscall.rs");

    pub fn check() {
        unsafe {
            assert!(gettid() > 0);
            assert_eq!(gettid_by_global_path(), gettid());
            let mut b = [0u8; 4];
            let _ = getrandom(b.as_mut_ptr(), 4, 0);
            let _ = getcpu(std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut());
        }
    }
}

fn main() {
    scopes::check();
    data::check();
    #[cfg(target_os = "linux")]
    syscall::check();
}
