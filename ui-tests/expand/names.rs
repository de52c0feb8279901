// The symbol looked up: the Rust name, or the `#[link_name]` when the two
// differ; a raw identifier; `#[r#link_name]`, which the compiler reads as
// `#[link_name]`, and likewise `#[r#weaklink]`.
weaklink::weak! {
    #[link_name = "__pthread_get_minstack"]
    fn min_stack(attr: *const libc::pthread_attr_t) -> libc::size_t;
    /// Other attributes, before and after `#[link_name]`, stay.
    #[link_name = "\u{1}weird"]
    #[allow(unused)]
    pub fn weird_name();
    fn r#type() -> libc::c_int;
    #[r#weaklink(library = "libc.so.6")]
    #[r#link_name = "getppid"]
    fn raw_attribute_names() -> libc::pid_t;
}
