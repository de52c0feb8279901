// The programs behind figures.sh's ".text bytes per extra declaration":
// declarations, each with one call site, made by weaklink (a lookup of
// pthread_self), by the std-style cache, or as `extern_weak` weak
// references (each to a name of its own, which nothing defines) in either
// form. `weaklink_1.rs`, `weaklink_64.rs`, `std_1.rs`, `std_64.rs`,
// `got_*.rs` and `slot_*.rs` each include this file and make one program
// with `program!` (Cargo.toml lists them); the difference between 64
// declarations and 1, divided by 63, is what a declaration adds.

#[path = "../std_style.rs"]
#[allow(dead_code)]
mod std_style;

/// `program!(KIND NAMES...)`, KIND `weaklink`, `std`, `got` or `slot`: one
/// declaration per name, and a `main` that calls each once.
macro_rules! program {
    (@main $($n:ident)*) => {
        fn main() {
            let mut acc: libc::pthread_t = 0;
            $(if let Some(f) = $n.get() {
                // SAFETY: pthread_self(3) takes nothing.
                acc = acc.wrapping_add(unsafe { f() });
            })*
            std::process::exit((acc == 1) as i32);
        }
    };
    (weaklink $($n:ident)*) => {
        weaklink::weak! {
            $(#[link_name = "pthread_self"] fn $n() -> libc::pthread_t;)*
        }
        program!(@main $($n)*);
    };
    (std $($n:ident)*) => {
        $(
            static $n: std_style::StdStyle<unsafe extern "C" fn() -> libc::pthread_t> =
                std_style::StdStyle::new("pthread_self\0");
        )*
        program!(@main $($n)*);
    };
    // `got` or `slot`: the `extern_weak` form forced, for a weak reference
    // to `weaklink_text_size_NAME`.
    ($form:ident $($n:ident)*) => {
        $(
            const $n: weaklink::ExternWeak<unsafe extern "C" fn() -> libc::pthread_t> = {
                weaklink::__extern_weak_slot!(
                    @$form fn addr = ["weaklink_text_size_", ::core::stringify!($n)]
                );
                // SAFETY: `addr` reads the weak reference to the name.
                unsafe {
                    weaklink::ExternWeak::__new(addr, concat!("weaklink_text_size_", stringify!($n)))
                }
            };
        )*
        program!(@main $($n)*);
    };
}

/// `sixty_four!(KIND)`: `program!` with 64 names.
#[allow(unused_macros)]
macro_rules! sixty_four {
    ($kind:ident) => {
        program! {
            $kind
            f00 f01 f02 f03 f04 f05 f06 f07 f08 f09 f10 f11 f12 f13 f14 f15
            f16 f17 f18 f19 f20 f21 f22 f23 f24 f25 f26 f27 f28 f29 f30 f31
            f32 f33 f34 f35 f36 f37 f38 f39 f40 f41 f42 f43 f44 f45 f46 f47
            f48 f49 f50 f51 f52 f53 f54 f55 f56 f57 f58 f59 f60 f61 f62 f63
        }
    };
}
