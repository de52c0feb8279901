// A `#[link_name]` the macro cannot read is an error, never ignored.
const NAME: &str = "getpid";
weaklink::weak! {
    #[link_name = NAME]
    fn process_id() -> i32;
}

fn main() {}
