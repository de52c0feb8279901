// Exports have ordinals on Windows only: elsewhere, a lookup by ordinal is a
// compile error that says to look the symbol up by name.
weaklink::weak! {
    #[weaklink(library = "uxtheme.dll", ordinal = 132)]
    fn ShouldAppsUseDarkMode() -> u8;
}

fn main() {
    let _ = ShouldAppsUseDarkMode.get();
}
