weaklink::weak! {
    #[weaklink(library = "libz.so\01")]
    fn zlibVersion() -> *const u8;
}

fn main() {}
