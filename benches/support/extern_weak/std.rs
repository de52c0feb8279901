//! The standard library's own `#[linkage = "extern_weak"]` (nightly only),
//! around the same calls as main.rs, for comparison:
//! `rustc +nightly -O -C codegen-units=1 -C panic=abort std.rs`, then
//! `std VARIANT N`, VARIANT `std-extern-weak` or `std-extern-weak-missing`.
#![feature(linkage)]
type F = unsafe extern "C" fn() -> usize;
extern "C" {
    #[linkage = "extern_weak"]
    #[link_name = "pthread_self"]
    static FOUND: Option<F>;
    #[linkage = "extern_weak"]
    #[link_name = "ew_figures_missing"]
    static MISSING: Option<F>;
}
#[inline(never)]
fn fallback() -> usize {
    0
}
#[inline(always)]
fn call(f: Option<F>) -> usize {
    match f {
        // SAFETY: pthread_self(3) takes nothing.
        Some(f) => unsafe { f() },
        None => fallback(),
    }
}
#[inline(never)]
#[no_mangle]
pub fn one_std() -> usize {
    // SAFETY: the loader wrote the weak reference before main.
    call(unsafe { FOUND })
}
#[inline(never)]
#[no_mangle]
pub fn one_std_missing() -> usize {
    // SAFETY: as above.
    call(unsafe { MISSING })
}
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args[2].parse().unwrap();
    let f: fn() -> usize = match args[1].as_str() {
        "std-extern-weak" => one_std,
        "std-extern-weak-missing" => one_std_missing,
        v => panic!("unknown variant {}", v),
    };
    let f = std::hint::black_box(f);
    let mut acc = 0usize;
    for _ in 0..n {
        acc = acc.wrapping_add(f());
    }
    std::process::exit((acc == 1) as i32);
}
