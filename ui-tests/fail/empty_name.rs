use weaklink::{Symbol, WeakFn};

static NOTHING: WeakFn<unsafe extern "C" fn()> = WeakFn::new(&Symbol::new(b"\0"));

fn main() {}
