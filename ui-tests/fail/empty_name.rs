use weaklink::{SymbolName, WeakFn};

static NOTHING: WeakFn<unsafe extern "C" fn()> = WeakFn::new(&SymbolName::new(b"\0"));

fn main() {}
