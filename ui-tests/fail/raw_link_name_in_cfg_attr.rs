// `r#link_name` is `link_name` to the compiler, so to `weak!` too: it
// cannot be read inside `#[cfg_attr]`; nor can `r#weaklink`.
weaklink::weak! {
    #[cfg_attr(all(), r#link_name = "getpid")]
    fn process_id() -> i32;
    #[cfg_attr(all(), r#weaklink(next))]
    fn parent_id() -> i32;
}

fn main() {}
