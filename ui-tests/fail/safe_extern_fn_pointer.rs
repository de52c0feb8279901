// `extern "C"` but not `unsafe`.
use weaklink::{SymbolName, WeakFn};

static ABS: WeakFn<extern "C" fn(i32) -> i32> = WeakFn::new(&SymbolName::new(b"abs\0"));

fn main() {}
