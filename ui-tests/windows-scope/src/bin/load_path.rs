//! `load` searches system32 only: a path would search somewhere else.
//! (Windows only, as load_without_library.rs.)
// expected error: takes a bare file name

#[cfg(windows)]
weaklink::weak! {
    #[weaklink(library = "C:\\Program Files\\App\\helper.dll", load = "system32")]
    fn helper();
}

fn main() {
    #[cfg(windows)]
    let _ = helper.get();
}
