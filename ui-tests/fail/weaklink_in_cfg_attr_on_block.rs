// The attributes of an `extern` block follow the rules of an item's: a
// `weaklink(..)` in `#[cfg_attr]` cannot be read there either.
weaklink::weak! {
    #[cfg_attr(all(), weaklink(library = "libc.so.6"))]
    extern "C" {
        fn getpid() -> i32;
    }
}

fn main() {}
