//! `load` loads one named DLL. (Windows only: elsewhere `load` is an error,
//! see ui-tests/fail/load_off_windows.rs.)
// expected error: `load` needs a library: name it first

#[cfg(windows)]
weaklink::weak! {
    #[weaklink(load = "system32")]
    fn GetDpiForMonitor();
}

fn main() {
    #[cfg(windows)]
    let _ = GetDpiForMonitor.get();
}
