weaklink::weak! {
    struct NotAFunction;
}

fn main() {}
