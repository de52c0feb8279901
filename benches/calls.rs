//! What a call through a `WeakFn` costs, next to the alternatives.
//!
//! ```text
//! cargo bench --bench calls                      # wall clock, medians
//! cargo bench --bench calls -- VARIANT N         # N calls of one variant
//! ```
//!
//! The second form exists for exact instruction counts: run it under
//! `valgrind --tool=callgrind` for two values of N and divide the difference
//! in instructions by the difference in N (see the README).
//!
//! Every variant calls `pthread_self`, which does almost nothing, so the
//! differences between variants are the cost of reaching it.

use std::env;
use std::ffi::c_void;
use std::mem;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::time::Instant;

use weaklink::weak;

type SelfFn = unsafe extern "C" fn() -> libc::pthread_t;

weak! {
    fn pthread_self() -> libc::pthread_t;
    fn weaklink_bench_missing() -> libc::pthread_t;
}

/// The hand-written cache most projects carry: an `AtomicPtr` that starts
/// at a sentinel, filled on first use.
struct StdStyle {
    name: &'static [u8],
    addr: AtomicPtr<c_void>,
}

const UNINIT: *mut c_void = 1 as *mut c_void;

impl StdStyle {
    const fn new(name: &'static [u8]) -> Self {
        StdStyle {
            name,
            addr: AtomicPtr::new(UNINIT),
        }
    }

    #[inline]
    fn get(&self) -> Option<SelfFn> {
        let addr = match self.addr.load(Ordering::Acquire) {
            UNINIT => self.init(),
            addr => addr,
        };
        if addr.is_null() {
            None
        } else {
            // SAFETY: a non-null address the loader returned for this name.
            Some(unsafe { mem::transmute::<*mut c_void, SelfFn>(addr) })
        }
    }

    #[cold]
    fn init(&self) -> *mut c_void {
        // SAFETY: the name is NUL-terminated.
        let addr = unsafe { libc::dlsym(libc::RTLD_DEFAULT, self.name.as_ptr().cast()) };
        self.addr.store(addr, Ordering::Release);
        addr
    }
}

static STD_STYLE: StdStyle = StdStyle::new(b"pthread_self\0");

fn fallback() -> libc::pthread_t {
    0
}

// SAFETY (all variants): pthread_self(3) takes nothing and returns the
// calling thread's handle, and each pointer below has that signature.
fn direct() -> libc::pthread_t {
    unsafe { libc::pthread_self() }
}

fn weaklink_found() -> libc::pthread_t {
    match pthread_self.get() {
        Some(f) => unsafe { f() },
        None => fallback(),
    }
}

fn weaklink_missing() -> libc::pthread_t {
    match weaklink_bench_missing.get() {
        Some(f) => unsafe { f() },
        None => fallback(),
    }
}

fn std_style() -> libc::pthread_t {
    match STD_STYLE.get() {
        Some(f) => unsafe { f() },
        None => fallback(),
    }
}

fn dlsym_every_call() -> libc::pthread_t {
    let addr = unsafe { libc::dlsym(libc::RTLD_DEFAULT, b"pthread_self\0".as_ptr().cast()) };
    if addr.is_null() {
        fallback()
    } else {
        unsafe { mem::transmute::<*mut c_void, SelfFn>(addr)() }
    }
}

const VARIANTS: &[&str] = &[
    "direct",
    "weaklink",
    "weaklink-missing",
    "std-style",
    "dlsym",
];

/// `n` calls of `f`, inlined into a loop of its own for each variant.
#[inline(never)]
fn run<F: Fn() -> libc::pthread_t>(f: F, n: u64) -> libc::pthread_t {
    let mut acc: libc::pthread_t = 0;
    for _ in 0..n {
        acc = acc.wrapping_add(f());
    }
    acc
}

fn run_variant(name: &str, n: u64) -> libc::pthread_t {
    match name {
        "direct" => run(direct, n),
        "weaklink" => run(weaklink_found, n),
        "weaklink-missing" => run(weaklink_missing, n),
        "std-style" => run(std_style, n),
        "dlsym" => run(dlsym_every_call, n),
        _ => panic!("unknown variant {}; one of {:?}", name, VARIANTS),
    }
}

fn main() {
    let args: Vec<String> = env::args().skip(1).filter(|a| a != "--bench").collect();
    if let [variant, n] = args.as_slice() {
        let n: u64 = n.parse().expect("N must be a number");
        // Resolve outside the measured calls, as a long-running program has.
        let _ = (
            pthread_self.get(),
            weaklink_bench_missing.get(),
            STD_STYLE.get(),
        );
        println!("{}", run_variant(variant, n) != 0);
        return;
    }

    println!("ns per call of pthread_self(), median of 9 runs:");
    for &name in VARIANTS {
        let n = if name == "dlsym" { 200_000 } else { 5_000_000 };
        run_variant(name, 1000);
        let mut times: Vec<f64> = (0..9)
            .map(|_| {
                let start = Instant::now();
                let acc = run_variant(name, n);
                let t = start.elapsed().as_secs_f64() * 1e9 / n as f64;
                assert!(acc != 0 || name == "weaklink-missing");
                t
            })
            .collect();
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!("  {:<18} {:>8.2}", name, times[4]);
    }
}
