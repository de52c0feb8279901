// By hand, the name must end with a NUL byte.
use weaklink::{SymbolName, WeakFn};

static PIPE2: WeakFn<unsafe extern "C" fn()> = WeakFn::new(&SymbolName::new(b"pipe2"));

fn main() {}
