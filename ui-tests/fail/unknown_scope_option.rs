weaklink::weak! {
    #[weaklink(lib = "libz.so.1")]
    fn zlibVersion() -> *const u8;
}

fn main() {}
