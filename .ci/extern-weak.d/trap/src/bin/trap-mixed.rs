//! Needs `TRAP_2` of libtrapfix.so through a weak reference (`trap_new`,
//! an `extern_weak` declaration) and a strong one (`trap_also`, called
//! directly when an argument is given).
use std::os::raw::c_int;

extern "C" {
    fn trap_old() -> c_int;
    fn trap_also() -> c_int;
}

weaklink::weak! {
    #[weaklink(extern_weak)]
    fn trap_new() -> c_int;
}

fn main() {
    // SAFETY: all three take nothing and return an int.
    let old = unsafe { trap_old() };
    let new = trap_new.get().map(|f| unsafe { f() });
    println!("trap_old: {}, trap_new: {:?}", old, new);
    if std::env::args().len() > 1 {
        println!("trap_also: {}", unsafe { trap_also() });
    }
}
