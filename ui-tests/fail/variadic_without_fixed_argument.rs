// A C variadic needs at least one fixed argument.
weaklink::weak! {
    fn only_dots(...) -> i32;
}

fn main() {}
