//! An ordinal numbers an export of one DLL: the library comes first.
//! (Windows only, as ordinal_zero.rs.)
// expected error: an ordinal needs a library: name it first

#[cfg(windows)]
weaklink::weak! {
    #[weaklink(ordinal = 132, library = "uxtheme.dll")]
    fn ShouldAppsUseDarkMode() -> u8;
}

fn main() {
    #[cfg(windows)]
    let _ = ShouldAppsUseDarkMode.get();
}
