// A `#[link_name]` on an `extern` block cannot name each of its items.
weaklink::weak! {
    #[link_name = "getpid"]
    extern "C" {
        fn process_id() -> i32;
    }
}

fn main() {}
