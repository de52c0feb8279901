//! Needs `TRAP_2` of libtrapfix.so through one weak reference only:
//! `trap_new`, an `extern_weak` declaration. `trap_old` (`TRAP_1`) is
//! called directly.
use std::os::raw::c_int;

extern "C" {
    fn trap_old() -> c_int;
}

weaklink::weak! {
    #[weaklink(extern_weak)]
    fn trap_new() -> c_int;
}

fn main() {
    // SAFETY: both take nothing and return an int.
    let old = unsafe { trap_old() };
    let new = trap_new.get().map(|f| unsafe { f() });
    println!("trap_old: {}, trap_new: {:?}", old, new);
}
