// A Rust-ABI pointer: C libraries export C-ABI functions.
use weaklink::{Symbol, WeakFn};

static ABS: WeakFn<unsafe fn(i32) -> i32> = WeakFn::new(&Symbol::new(b"abs\0"));

fn main() {}
