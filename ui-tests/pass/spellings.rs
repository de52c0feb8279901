//! Every spelling that existing private copies of the macro use compiles
//! unchanged, at module level and inside function bodies.
#![deny(warnings)]
#![allow(dead_code)]

use libc::{c_char, c_int, c_uint, c_void, size_t};
use weaklink::{dlsym, weak};

mod std_today {
    use libc::c_int;
    weaklink::weak!(fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;);
    weaklink::weak! {
        fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int;
        fn accept4(fd: c_int, addr: *mut libc::sockaddr, len: *mut libc::socklen_t, flags: c_int) -> c_int;
    }

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
}

mod std_before {
    use libc::c_int;
    weaklink::weak! { fn pipe2(*mut c_int, c_int) -> c_int }

    pub fn name() -> &'static str {
        pipe2.name()
    }
}

mod mio {
    use libc::c_int;
    weaklink::dlsym!(fn pipe2(*mut c_int, c_int) -> c_int);

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
}

mod rustix {
    // rustix writes its C types through a module alias.
    use libc as c;
    weaklink::weak! { fn statx(c::c_int, *const c::c_char, c::c_int, c::c_uint, *mut c::c_void) -> c::c_int }

    pub fn get() -> Option<unsafe extern "C" fn(c::c_int, *const c::c_char, c::c_int, c::c_uint, *mut c::c_void) -> c::c_int> {
        statx.get()
    }
}

weak! {
    /// Documented; several per invocation; visibility; attributes.
    pub fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> isize;
    #[cfg(target_os = "linux")]
    pub(crate) fn gettid() -> libc::pid_t;
    #[cfg(not(any(unix, windows)))]
    fn never_compiled(x: NoSuchType) -> NoSuchType;
    pub(in crate) fn close_range(first: c_uint, last: c_uint, flags: c_int,) -> c_int;
    fn trailing(c_int, c_int,) -> c_int,
    fn no_return();
    fn no_return_no_args()
}

weak! {
    unsafe fn written_unsafe(x: c_int) -> c_int;
    extern "C" fn explicit_c(x: c_int);
    pub extern "system" fn explicit_system(x: c_int) -> c_int;
    unsafe extern "C" fn both(x: c_int);
    extern fn bare_extern();
    fn unnamed_and_named(c_int, y: *const c_char, _: c_int) -> c_int;
    fn variadic(format: *const c_char, ...) -> c_int;
    fn variadic_unnamed(*const c_char, ...) -> c_int;
    #[link_name = "__pthread_get_minstack"]
    fn min_stack(attr: *const libc::pthread_attr_t) -> size_t;
    fn returns_pointer() -> *mut Option<u8>;
    fn generic_types(x: *mut Vec<Option<u8>>, y: Option<unsafe extern "C" fn(c_int, c_int) -> c_int>);
    fn twelve(c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int);
}

weak! {
    /// bindgen output, pasted as it is.
    #[link(name = "c")]
    extern "C" {
        #[doc = " Returns the caller's thread id."]
        pub fn bindgen_gettid() -> libc::pid_t;
        pub fn memfd_create(name: *const c_char, flags: c_uint) -> c_int;
        #[link_name = "\u{1}weird"]
        pub fn weird_name();
        pub fn printf(format: *const c_char, ...) -> c_int;
    }
    extern {
        fn no_abi_block();
    }
    extern "system" {
        fn system_block(x: u32) -> u32;
    }
    // Rust 2024's spelling of an extern block.
    unsafe extern "C" {
        pub safe fn safe_item() -> c_int;
        pub unsafe fn unsafe_item() -> c_int;
    }
    #[cfg(not(any(unix, windows)))]
    extern "C" {
        fn never_compiled_block(x: NoSuchType);
    }
}

dlsym! {
    fn mio_several(c_int) -> c_int;
    fn mio_several_2(c_int) -> c_int;
}

fn main() {
    weak!(fn getpid() -> libc::pid_t;);
    dlsym!(fn getppid() -> libc::pid_t);

    assert_eq!(std_today::make_pipe(), 0);
    assert_eq!(std_today::others(), mio::found());
    assert_eq!(rustix::get().is_some(), cfg!(target_os = "linux"));
    let _: Option<unsafe extern "system" fn(c_int) -> c_int> = explicit_system.get();
    let _: Option<unsafe extern "C" fn(*const c_char, ...) -> c_int> = variadic.get();
    let _: Option<unsafe extern "C" fn()> = no_return.get();
    let _: Option<unsafe extern "system" fn(u32) -> u32> = system_block.get();
    let _: Option<unsafe extern "C" fn() -> c_int> = safe_item.get();
    assert_eq!(min_stack.name(), "__pthread_get_minstack");
    assert_eq!(weird_name.name(), "\u{1}weird");
    assert_eq!(std_before::name(), "pipe2");
    assert!(getpid.get().is_some() == getppid.get().is_some());
    let _ = (
        getrandom.get(),
        close_range.get(),
        trailing.get(),
        no_return_no_args.get(),
        written_unsafe.get(),
        explicit_c.get(),
        both.get(),
        bare_extern.get(),
        unnamed_and_named.get(),
        variadic_unnamed.get(),
        returns_pointer.get(),
        generic_types.get(),
        twelve.get(),
        bindgen_gettid.get(),
        memfd_create.get(),
        printf.get(),
        no_abi_block.get(),
        unsafe_item.get(),
        mio_several.get(),
        mio_several_2.get(),
    );
    #[cfg(target_os = "linux")]
    let _ = gettid.get();
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
