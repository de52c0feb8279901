// Two `#[link_name]`s: which one is meant? Keep one.
weaklink::weak! {
    #[link_name = "getpid"]
    #[link_name = "getppid"]
    fn process_id() -> i32;
}

fn main() {}
