// A fallback body uses its arguments, so they need names.
weaklink::weak! {
    fn pipe2(*mut i32, i32) -> i32 {
        -1
    }
}

fn main() {}
