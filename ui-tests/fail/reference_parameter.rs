// By hand, a reference parameter is not covered by the trait (no blanket
// impl covers every lifetime): write `*const i32`, or declare it with
// `weak!`, which accepts it.
use weaklink::{Symbol, WeakFn};

static TAKES_REF: WeakFn<unsafe extern "C" fn(&i32) -> i32> =
    WeakFn::new(&Symbol::new(b"takes_ref\0"));

fn main() {
    let _ = TAKES_REF.get();
}
