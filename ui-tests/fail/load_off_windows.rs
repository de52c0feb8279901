// weaklink loads a library only on Windows, and only from system32 when asked:
// elsewhere `load` is a compile error that says to open the library yourself.
weaklink::weak! {
    #[weaklink(library = "libz.so.1", load = "system32")]
    fn zlibVersion() -> *const u8;
}

fn main() {
    let _ = zlibVersion.get();
}
