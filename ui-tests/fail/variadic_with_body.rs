// A C variadic cannot have a fallback body.
weaklink::weak! {
    fn printf(format: *const u8, ...) -> i32 {
        -1
    }
}

fn main() {}
