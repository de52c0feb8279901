// The macro cannot read a `link_name` inside `#[cfg_attr]`: write a
// `#[cfg]`'d declaration for each name.
weaklink::weak! {
    #[cfg_attr(target_os = "linux", link_name = "getpid")]
    fn process_id() -> i32;
}

fn main() {}
