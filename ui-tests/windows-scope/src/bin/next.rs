//! `RTLD_NEXT` is a Unix loader's notion.
// expected error: the `next` scope (RTLD_NEXT) does not exist on Windows

weaklink::weak! {
    #[weaklink(next)]
    fn f();
}

fn main() {
    let _ = f.get();
}
