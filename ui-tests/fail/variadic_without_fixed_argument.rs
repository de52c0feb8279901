// By hand, a C variadic needs at least one fixed argument (the trait
// covers 1 to 12). Older compilers reject `fn(...)` itself.
use weaklink::{Symbol, WeakFn};

static ONLY_DOTS: WeakFn<unsafe extern "C" fn(...) -> i32> =
    WeakFn::new(&Symbol::new(b"only_dots\0"));

fn main() {
    let _ = ONLY_DOTS.get();
}
