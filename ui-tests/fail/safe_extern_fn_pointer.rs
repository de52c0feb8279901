// `extern "C"` but not `unsafe`.
use weaklink::{Symbol, WeakFn};

static ABS: WeakFn<extern "C" fn(i32) -> i32> = WeakFn::new(&Symbol::new(b"abs\0"));

fn main() {}
