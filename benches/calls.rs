//! What a call through a `WeakFn` costs, next to what projects write today.
//!
//! ```text
//! cargo bench --bench calls                  # wall clock: medians of 9 runs
//! cargo bench --bench calls -- list          # the variants, one a line
//! cargo bench --bench calls -- VARIANT N     # N calls of one variant
//! cargo bench --bench calls -- first N       # the first get() of N fresh statics
//! cargo bench --bench calls -- threads T N   # T threads race, then N calls each
//! ```
//!
//! The last four forms exist for `benches/figures.sh`, which counts
//! instructions with callgrind and lookups with `LD_DEBUG` (deterministic
//! figures; wall-clock times on a shared machine are not).
//!
//! Every variant reaches `pthread_self`, which does almost nothing, so the
//! differences between variants are the cost of reaching it; the two
//! `gettid` variants compare a `syscall!` thunk with a direct call.
#![cfg_attr(not(unix), allow(dead_code, unused_imports))]
// OnceLock (Rust 1.70) is one of the things compared; benchmarks are built
// with a current compiler only.
#![allow(clippy::incompatible_msrv)]

use std::env;
use std::ffi::c_void;
use std::mem;
use std::sync::OnceLock;
use std::time::Instant;

use weaklink::weak;

#[path = "support/std_style.rs"]
mod std_style;
use std_style::StdStyle;

#[cfg(unix)]
type Tid = libc::pthread_t;
#[cfg(not(unix))]
type Tid = usize;

type SelfFn = unsafe extern "C" fn() -> Tid;

const MISSING: &str = "weaklink_bench_missing\0";

weak! {
    fn pthread_self() -> Tid;
    fn weaklink_bench_missing() -> Tid;
    // For `threads`: looked up by nothing else in this program.
    #[link_name = "pthread_self"]
    fn raced() -> Tid;
}

weak! {
    // Declarations with a fallback body: self-replacing thunks.
    #[link_name = "pthread_self"]
    fn thunk_found() -> Tid {
        fallback()
    }
    fn weaklink_bench_thunk_missing() -> Tid {
        fallback()
    }
}

static STD_STYLE: StdStyle<SelfFn> = StdStyle::new("pthread_self\0");
static STD_STYLE_MISSING: StdStyle<SelfFn> = StdStyle::new(MISSING);
static STD_ACQUIRE: StdStyle<SelfFn, true> = StdStyle::new("pthread_self\0");
static STD_ACQUIRE_MISSING: StdStyle<SelfFn, true> = StdStyle::new(MISSING);
static ONCE: OnceLock<Option<SelfFn>> = OnceLock::new();
static ONCE_MISSING: OnceLock<Option<SelfFn>> = OnceLock::new();

/// `dlsym(RTLD_DEFAULT, name)` as a function pointer, or `None`.
fn lookup(name: &str) -> Option<SelfFn> {
    #[cfg(unix)]
    {
        // SAFETY: the name is NUL-terminated.
        let addr = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr().cast()) };
        if !addr.is_null() {
            // SAFETY: the loader's pthread_self, with its real signature.
            return Some(unsafe { mem::transmute::<*mut c_void, SelfFn>(addr) });
        }
    }
    let _ = name;
    None
}

fn fallback() -> Tid {
    0
}

/// Calls through `f` if it was found, as every variant's call site does.
#[inline(always)]
fn call(f: Option<SelfFn>) -> Tid {
    match f {
        // SAFETY: pthread_self(3) takes nothing and returns the calling
        // thread's handle; every pointer here has that signature.
        Some(f) => unsafe { f() },
        None => fallback(),
    }
}

#[cfg(unix)]
fn direct() -> Tid {
    // SAFETY: as in `call`.
    unsafe { libc::pthread_self() }
}
#[cfg(not(unix))]
fn direct() -> Tid {
    fallback()
}

#[cfg(any(target_os = "linux", target_os = "android"))]
weaklink::syscall! {
    // A thunk that picks libc's gettid on its first call.
    fn gettid() via SYS_gettid -> libc::pid_t
}

/// Every variant `run_variant` knows, in the order `benches/figures.sh`
/// prints them (it reads this list: `cargo bench --bench calls -- list`).
/// Those ending in `-gettid` call `gettid`; the others `pthread_self`.
const VARIANTS: &[&str] = &[
    "direct",
    "weaklink",
    "thunk",
    "std-style",
    "std-acquire",
    "oncelock",
    "dlsym",
    "weaklink-missing",
    "thunk-missing",
    "std-style-missing",
    "std-acquire-missing",
    "oncelock-missing",
    "dlsym-missing",
    "direct-gettid",
    "syscall-gettid",
];

/// `n` calls of `f`, inlined into a loop of its own for each variant.
#[inline(never)]
fn run<F: Fn() -> Tid>(f: F, n: u64) -> Tid {
    let mut acc: Tid = 0;
    for _ in 0..n {
        acc = acc.wrapping_add(f());
    }
    acc
}

fn run_variant(name: &str, n: u64) -> Tid {
    match name {
        // SAFETY: gettid(2) takes nothing.
        #[cfg(any(target_os = "linux", target_os = "android"))]
        "direct-gettid" => run(|| unsafe { libc::gettid() } as Tid, n),
        #[cfg(any(target_os = "linux", target_os = "android"))]
        "syscall-gettid" => run(|| unsafe { gettid() } as Tid, n),
        "direct" => run(direct, n),
        "weaklink" => run(|| call(pthread_self.get()), n),
        "weaklink-missing" => run(|| call(weaklink_bench_missing.get()), n),
        // SAFETY: the declarations have no requirements.
        "thunk" => run(|| unsafe { thunk_found() }, n),
        "thunk-missing" => run(|| unsafe { weaklink_bench_thunk_missing() }, n),
        "std-style" => run(|| call(STD_STYLE.get()), n),
        "std-style-missing" => run(|| call(STD_STYLE_MISSING.get()), n),
        "std-acquire" => run(|| call(STD_ACQUIRE.get()), n),
        "std-acquire-missing" => run(|| call(STD_ACQUIRE_MISSING.get()), n),
        "oncelock" => run(|| call(*ONCE.get_or_init(|| lookup("pthread_self\0"))), n),
        "oncelock-missing" => run(|| call(*ONCE_MISSING.get_or_init(|| lookup(MISSING))), n),
        "dlsym" => run(|| call(lookup("pthread_self\0")), n),
        "dlsym-missing" => run(|| call(lookup(MISSING)), n),
        _ => panic!("unknown variant {}; one of {:?}", name, VARIANTS),
    }
}

/// Resolves every cache, as a long-running program has.
fn warm_up() {
    let _ = (pthread_self.get(), weaklink_bench_missing.get());
    let _ = (STD_STYLE.get(), STD_STYLE_MISSING.get());
    ONCE.get_or_init(|| lookup("pthread_self\0"));
    ONCE_MISSING.get_or_init(|| lookup(MISSING));
    // SAFETY: the first calls replace the thunks.
    unsafe {
        thunk_found();
        weaklink_bench_thunk_missing();
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    // SAFETY: gettid(2) takes nothing; the first call replaces the thunk.
    unsafe {
        gettid();
    }
}

/// 64 declarations of the same function, each looked up on its own first
/// `get()`: what a first call costs.
macro_rules! fresh {
    ($($name:ident)*) => {
        weak! {$(
            #[link_name = "pthread_self"]
            fn $name() -> Tid;
        )*}
        static FRESH: &[&weaklink::WeakFn<SelfFn>] = &[$(&$name),*];
    };
}

fresh! {
    f00 f01 f02 f03 f04 f05 f06 f07 f08 f09 f10 f11 f12 f13 f14 f15
    f16 f17 f18 f19 f20 f21 f22 f23 f24 f25 f26 f27 f28 f29 f30 f31
    f32 f33 f34 f35 f36 f37 f38 f39 f40 f41 f42 f43 f44 f45 f46 f47
    f48 f49 f50 f51 f52 f53 f54 f55 f56 f57 f58 f59 f60 f61 f62 f63
}

fn first_calls(n: usize) -> Tid {
    FRESH[..n]
        .iter()
        .map(|w| call(w.get()))
        .fold(0, Tid::wrapping_add)
}

fn race(threads: usize, calls: u64) -> Tid {
    let barrier = std::sync::Barrier::new(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    run(|| call(raced.get()), calls)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .fold(0, Tid::wrapping_add)
    })
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = env::args().skip(1).filter(|a| a != "--bench").collect();
    let args: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
    match args.as_slice() {
        ["list"] => {
            for name in VARIANTS {
                println!("{}", name);
            }
        }
        ["first", n] => {
            let n: usize = n.parse().expect("N");
            println!("{}", first_calls(n.min(FRESH.len())) != 0);
        }
        ["threads", t, n] => {
            println!(
                "{}",
                race(t.parse().expect("T"), n.parse().expect("N")) != 0
            );
        }
        [variant, n] => {
            warm_up();
            println!("{}", run_variant(variant, n.parse().expect("N")) != 0);
        }
        [] => wall_clock(),
        _ => panic!("usage: see the top of benches/calls.rs"),
    }
}

fn wall_clock() {
    warm_up();
    println!("ns per call of pthread_self(), median of 9 runs:");
    for &name in VARIANTS {
        let n = if name.starts_with("dlsym") {
            200_000
        } else {
            5_000_000
        };
        run_variant(name, 1000);
        let t = median(
            (0..9)
                .map(|_| {
                    let start = Instant::now();
                    run_variant(name, n);
                    start.elapsed().as_secs_f64() * 1e9 / n as f64
                })
                .collect(),
        );
        println!("  {:<18} {:>8.2}", name, t);
    }
    let per_first: Vec<f64> = FRESH
        .iter()
        .map(|w| {
            let start = Instant::now();
            call(w.get());
            start.elapsed().as_secs_f64() * 1e9
        })
        .collect();
    println!(
        "  {:<18} {:>8.2}  (the first get(), median of 64 declarations)",
        "first call",
        median(per_first)
    );
}
