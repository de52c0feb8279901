//! Every spelling that existing private copies of the macro use compiles
//! unchanged, at module level and inside function bodies, and works at
//! their call sites. Most are the declarations of the `expand/` cases, whose
//! expansions are checked there, each included in a module of its own here
//! with what it is used for; the last modules hold the spellings that have
//! no snapshot.
#![deny(warnings)]
#![allow(dead_code)]

mod std_today {
    include!("../expand/std_today.rs");

    // The standard library's call site.
    pub fn make_pipe() -> c_int {
        let mut fds = [-1 as c_int; 2];
        match pipe2.get() {
            // SAFETY: matches pipe2(2).
            Some(f) => unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) },
            // SAFETY: room for two descriptors.
            None => unsafe { libc::pipe(fds.as_mut_ptr()) },
        }
    }

    pub fn others() -> bool {
        dup3.get().is_some() && accept4.get().is_some()
    }

    pub fn check() {
        assert_eq!(make_pipe(), 0);
        assert!(inside_a_function());
    }
}

mod bare_types {
    include!("../expand/bare_types.rs");

    pub fn check() {
        assert_eq!(pipe2.name(), "pipe2");
        assert_eq!(rustix::get().is_some(), cfg!(target_os = "linux"));
        let _ = (unnamed_and_named.get(), nested_types.get());
    }
}

mod dlsym {
    include!("../expand/dlsym.rs");

    // mio's call site.
    pub fn found() -> bool {
        match pipe2.get() {
            Some(f) => {
                let _: unsafe extern "C" fn(*mut c_int, c_int) -> c_int = f;
                true
            }
            None => false,
        }
    }

    pub fn check() {
        assert!(inside_a_function());
        let _ = (several.get(), several_2.get());
    }
}

mod attributes {
    include!("../expand/attributes.rs");

    pub fn check() {
        let _ = getrandom.get();
        #[cfg(target_os = "linux")]
        let _ = gettid.get();
        #[allow(deprecated)]
        let _ = close_range.get();
    }
}

mod separators {
    include!("../expand/separators.rs");

    pub fn check() {
        let _: Option<unsafe extern "C" fn(c_int)> = no_return.get();
        let _ = (close_range.get(), trailing.get(), no_return_comma.get());
        let _ = last_without_separator.get();
    }
}

mod abi_and_variadics {
    include!("../expand/abi_and_variadics.rs");

    pub fn check() {
        let _: Option<unsafe extern "system" fn(c_int) -> c_int> = explicit_system.get();
        let _: Option<unsafe extern "C" fn(*const c_char, ...) -> c_int> = variadic.get();
        let _ = (written_unsafe.get(), explicit_c.get(), unsafe_and_extern.get());
        let _ = (bare_extern.get(), variadic_unnamed.get(), twelve.get());
    }
}

mod names {
    include!("../expand/names.rs");

    pub fn check() {
        assert_eq!(min_stack.name(), "__pthread_get_minstack");
        assert_eq!(weird_name.name(), "\u{1}weird");
        assert_eq!(r#type.name(), "type");
        assert_eq!(raw_attribute_names.name(), "getppid");
        assert!(format!("{:?}", raw_attribute_names).contains("libc.so.6"));
    }
}

mod extern_blocks {
    include!("../expand/extern_blocks.rs");

    pub fn check() {
        let _: Option<unsafe extern "system" fn(u32) -> u32> = system_block.get();
        let _: Option<unsafe extern "C" fn() -> c_int> = safe_item.get();
        #[cfg(unix)]
        {
            assert_eq!(next_getppid.name(), "getppid");
            let _ = stdin.get();
        }
        let _ = (bindgen_gettid.get(), memfd_create.get(), printf.get());
        let _ = (program_invocation_name.get(), no_abi_block.get(), unsafe_item.get());
        let _ = after_the_blocks.get();
    }
}

fn main() {
    std_today::check();
    bare_types::check();
    dlsym::check();
    attributes::check();
    separators::check();
    abi_and_variadics::check();
    names::check();
    extern_blocks::check();
    assert_eq!(std_today::others(), dlsym::found());
}

mod thirteen_arguments {
    // `weak!` builds the pointer type itself, so any arity works.
    type P = *mut u8;
    weaklink::weak! {
        fn many(P, P, P, P, P, P, P, P, P, P, P, P, P);
    }
}

mod wrapped_by_another_macro {
    // A macro of the user's that passes a visibility through as `$vis:vis`
    // (an opaque fragment by then), empty or not.
    macro_rules! declare {
        ($vis:vis $name:ident) => {
            weaklink::weak! {
                $vis fn $name() -> i32;
                $vis fn with_body() -> i32 { 0 }
            }
            weaklink::syscall! {
                $vis fn by_syscall() via SYS_getpid -> i32;
            }
        };
    }
    declare!(pub(crate) getpid);
    mod inner {
        declare!(getppid);
    }
}

mod forwarded_fragments {
    // Docs and other attributes forwarded as `meta` fragments, and a body
    // forwarded as a `block` fragment.
    macro_rules! declare {
        ($(#[$m:meta])* $vis:vis fn $name:ident($($a:ident: $t:ty),*) -> $r:ty $body:block) => {
            weaklink::weak! {
                $(#[$m])*
                $vis fn $name($($a: $t),*) -> $r $body
            }
        };
    }
    declare! {
        /// Documented through another macro.
        #[allow(dead_code)]
        pub(crate) fn weaklink_forwarded(x: i32) -> i32 { x + 1 }
    }
}
