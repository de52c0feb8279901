//! A small program with every kind of `extern_weak` declaration, for
//! `.ci/extern-weak`'s ltrace, glibc version trap and cross-link checks.
//! `ffs` is called by nothing else in a Rust program, so its reference
//! stays weak.
#![allow(non_upper_case_globals)]
use libc::c_int;
#[cfg(target_os = "linux")]
use libc::{c_uint, pid_t};
use weaklink::ExternWeak;

type Ffs = unsafe extern "C" fn(c_int) -> c_int;

macro_rules! form {
    ($form:ident, $name:tt) => {{
        weaklink::__extern_weak_slot!(@$form fn addr = $name);
        // SAFETY: `addr` reads the weak reference to `$name`.
        unsafe { ExternWeak::<Ffs>::__new(addr, stringify!($name)) }
    }};
}

const ffs: ExternWeak<Ffs> = weaklink::__extern_weak!(Ffs, ffs);
const ffs_slot: ExternWeak<Ffs> = form!(slot, ffs);
#[cfg(target_pointer_width = "64")]
const ffs_got: ExternWeak<Ffs> = form!(got, ffs);
// Mach-O links a weak import only if a linked library has the symbol.
#[cfg(not(target_vendor = "apple"))]
const missing: ExternWeak<Ffs> = weaklink::__extern_weak!(Ffs, weaklink_demo_missing);
#[cfg(not(target_vendor = "apple"))]
const missing_slot: ExternWeak<Ffs> = form!(slot, weaklink_demo_missing);
// glibc 2.36 added pidfd_open.
#[cfg(target_os = "linux")]
const pidfd_open: ExternWeak<unsafe extern "C" fn(pid_t, c_uint) -> c_int> =
    weaklink::__extern_weak!(unsafe extern "C" fn(pid_t, c_uint) -> c_int, pidfd_open);

// What a lookup looks like to ltrace, when asked for with an argument.
weaklink::weak! {
    fn weaklink_demo_looked_up();
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("lookup") {
        println!("{:?}", weaklink_demo_looked_up.get());
    }
    let mut all: Vec<ExternWeak<Ffs>> = vec![ffs, ffs_slot];
    #[cfg(target_pointer_width = "64")]
    all.push(ffs_got);
    #[cfg(not(target_vendor = "apple"))]
    all.extend([missing, missing_slot]);
    for w in all {
        // SAFETY: ffs(3) takes any int.
        let value = w.get().map(|f| unsafe { f(0x10) });
        println!("{:?} -> {:?}", w, value);
    }
    #[cfg(target_os = "linux")]
    println!("{:?}", pidfd_open);
}
