// `extern_weak` is bound by the loader: it cannot be combined with a scope.
weaklink::weak! {
    #[weaklink(extern_weak, library = "libc.so.6")]
    fn getpid() -> i32;
}

fn main() {}
