// By hand, more arguments than the trait covers (12). (`weak!` builds the
// pointer type itself and accepts any arity.)
use weaklink::{Symbol, WeakFn};

type P = *mut u8;
static TOO_MANY: WeakFn<unsafe extern "C" fn(P, P, P, P, P, P, P, P, P, P, P, P, P)> =
    WeakFn::new(&Symbol::new(b"too_many\0"));

fn main() {
    let _ = TOO_MANY.get();
}
