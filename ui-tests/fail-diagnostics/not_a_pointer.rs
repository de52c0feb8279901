// Not a function pointer at all.
use weaklink::{SymbolName, WeakFn};

static ENVIRON: WeakFn<*mut *mut u8> = WeakFn::new(&SymbolName::new(b"environ\0"));

fn main() {}
