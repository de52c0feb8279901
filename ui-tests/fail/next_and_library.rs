// `next` and `library` both say where to look: a symbol is looked up in one
// place.
weaklink::weak! {
    #[weaklink(next, library = "libc.so.6")]
    fn getpid() -> i32;
}

fn main() {}
