// By hand, the name must end with a NUL byte.
use weaklink::{Symbol, WeakFn};

static PIPE2: WeakFn<unsafe extern "C" fn()> = WeakFn::new(&Symbol::new(b"pipe2"));

fn main() {}
