//! What a call through an `extern_weak` declaration costs, in both forms,
//! next to a direct call and a lookup (`WeakFn`), for `benches/figures.sh`:
//!
//! ```text
//! extern-weak-figures list                # the variants, one a line
//! extern-weak-figures VARIANT N           # N calls of one variant
//! extern-weak-figures VARIANT N first     # the same, with no lookup before
//! ```
//!
//! Each call is one call of an out-of-line function per variant (`one_*`),
//! so that nothing is hoisted out of the loop (the GOT load may be); so
//! every count here is one call higher than `benches/calls.rs`'s.
//! `fallback` is what a missing symbol's fallback costs. Unless `first` is
//! given, the lookups' first calls happen before the measured calls.
#![allow(non_upper_case_globals)]
use weaklink::{weak, ExternWeak};
type Tid = libc::pthread_t;
type F = unsafe extern "C" fn() -> Tid;

/// An `extern_weak` declaration of `$name` in the form given (`got` or
/// `slot`), whichever the target would pick.
macro_rules! form {
    ($form:ident, $name:tt) => {{
        weaklink::__extern_weak_slot!(@$form fn addr = $name);
        // SAFETY: `addr` reads the weak reference to `$name`.
        unsafe { ExternWeak::<F>::__new(addr, stringify!($name)) }
    }};
}
const got_found: ExternWeak<F> = form!(got, pthread_self);
const got_missing: ExternWeak<F> = form!(got, ew_figures_missing);
const slot_found: ExternWeak<F> = form!(slot, pthread_self);
const slot_missing: ExternWeak<F> = form!(slot, ew_figures_missing);
weak! {
    fn pthread_self() -> Tid;
    fn ew_figures_missing() -> Tid;
}

#[inline(never)]
fn fallback() -> Tid {
    0
}
#[inline(always)]
fn call(f: Option<F>) -> Tid {
    match f {
        // SAFETY: pthread_self(3) takes nothing.
        Some(f) => unsafe { f() },
        None => fallback(),
    }
}

#[inline(never)]
#[no_mangle]
pub fn one_direct() -> Tid {
    // SAFETY: as above.
    unsafe { libc::pthread_self() }
}
#[inline(never)]
#[no_mangle]
pub fn one_fallback() -> Tid {
    fallback()
}
#[inline(never)]
#[no_mangle]
pub fn one_got() -> Tid {
    call(got_found.get())
}
#[inline(never)]
#[no_mangle]
pub fn one_got_missing() -> Tid {
    call(got_missing.get())
}
#[inline(never)]
#[no_mangle]
pub fn one_slot() -> Tid {
    call(slot_found.get())
}
#[inline(never)]
#[no_mangle]
pub fn one_slot_missing() -> Tid {
    call(slot_missing.get())
}
#[inline(never)]
#[no_mangle]
pub fn one_lookup() -> Tid {
    call(pthread_self.get())
}
#[inline(never)]
#[no_mangle]
pub fn one_lookup_missing() -> Tid {
    call(ew_figures_missing.get())
}

/// Every variant, in the order `benches/figures.sh` prints them (it reads
/// this list: `extern-weak-figures list`).
const VARIANTS: &[(&str, fn() -> Tid)] = &[
    ("direct", one_direct),
    ("extern-weak", one_got),
    ("extern-weak-slot", one_slot),
    ("lookup", one_lookup),
    ("fallback", one_fallback),
    ("extern-weak-missing", one_got_missing),
    ("extern-weak-slot-missing", one_slot_missing),
    ("lookup-missing", one_lookup_missing),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() == 1 && args[0] == "list" {
        for (name, _) in VARIANTS {
            println!("{}", name);
        }
        return;
    }
    let variant = args.first().map(String::as_str).unwrap_or_default();
    let f = match VARIANTS.iter().find(|(name, _)| *name == variant) {
        Some(&(_, f)) => f,
        None => panic!("unknown variant {:?}: see the top of main.rs", variant),
    };
    let n: u64 = args.get(1).expect("N").parse().expect("N");
    if args.get(2).map(String::as_str) != Some("first") {
        let _ = (pthread_self.get(), ew_figures_missing.get());
    }
    let f = std::hint::black_box(f);
    let mut acc: Tid = 0;
    for _ in 0..n {
        acc = acc.wrapping_add(f());
    }
    std::process::exit((acc == 1) as i32);
}
