// A reference parameter: write `*const i32`.
weaklink::weak! {
    fn takes_ref(x: &i32) -> i32;
}

fn main() {}
