// A safe `fn` pointer: the call through a symbol found at run time must be
// `unsafe`, so write `unsafe extern "C" fn(i32) -> i32`.
use weaklink::{Symbol, WeakFn};

static ABS: WeakFn<fn(i32) -> i32> = WeakFn::new(&Symbol::new(b"abs\0"));

fn main() {}
