// A Rust-ABI pointer: C libraries export C-ABI functions.
use weaklink::{SymbolName, WeakFn};

static ABS: WeakFn<unsafe fn(i32) -> i32> = WeakFn::new(&SymbolName::new(b"abs\0"));

fn main() {}
