//! No export has ordinal 0. (Windows only: elsewhere any ordinal is an
//! error, see ui-tests/fail/ordinal_off_windows.rs.)
// expected error: ordinal 0 is no export's

#[cfg(windows)]
weaklink::weak! {
    #[weaklink(library = "uxtheme.dll", ordinal = 0)]
    fn ShouldAppsUseDarkMode() -> u8;
}

fn main() {
    #[cfg(windows)]
    let _ = ShouldAppsUseDarkMode.get();
}
