// Not a function pointer at all.
use weaklink::{Symbol, WeakFn};

static ENVIRON: WeakFn<*mut *mut u8> = WeakFn::new(&Symbol::new(b"environ\0"));

fn main() {}
