//! Symbol versions are an ELF notion.
// expected error: symbol versions do not exist on Windows

weaklink::weak! {
    #[weaklink(version = "V1")]
    fn f();
}

fn main() {
    let _ = f.get();
}
