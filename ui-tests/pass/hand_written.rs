//! `WeakFn` declared by hand, for every ABI and arity the trait covers.
#![deny(warnings)]

use weaklink::{Symbol, UnsafeExternFnPtr, WeakFn};

type P = *mut u8;

static NAME: Symbol = Symbol::new(b"getpid\0");
static GETPID: WeakFn<unsafe extern "C" fn() -> libc::pid_t> = WeakFn::new(&NAME);
static INLINE: WeakFn<unsafe extern "system" fn(P) -> i32> =
    WeakFn::new(&Symbol::new(b"inline\0"));

fn accepts<F: UnsafeExternFnPtr>() {}

fn main() {
    accepts::<unsafe extern "C" fn()>();
    accepts::<unsafe extern "C" fn(P) -> P>();
    accepts::<unsafe extern "C" fn(P, P, P, P, P, P, P, P, P, P, P, P) -> P>();
    accepts::<unsafe extern "C" fn(P, ...) -> P>();
    accepts::<unsafe extern "C" fn(P, P, P, P, P, P, P, P, P, P, P, P, ...)>();
    accepts::<unsafe extern "system" fn()>();
    accepts::<unsafe extern "system" fn(P, P, P, P, P, P, P, P, P, P, P, P) -> u64>();
    accepts::<unsafe extern "C" fn(*const (), *mut [u8; 4], Option<unsafe extern "C" fn()>)>();

    assert_eq!(GETPID.name(), "getpid");
    assert_eq!(INLINE.name(), "inline");
    let _ = GETPID.get();
    let _ = INLINE.get_cached();
}
