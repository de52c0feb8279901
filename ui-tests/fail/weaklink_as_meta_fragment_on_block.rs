// A `#[weaklink(..)]` that another macro forwards as a `$m:meta` fragment
// onto an `extern` block is opaque to `weak!`, as on an item: an error,
// never a lookup in another scope than the one written.
macro_rules! my_weak {
    ($(#[$m:meta])* extern "C" { $($items:tt)* }) => {
        weaklink::weak! { $(#[$m])* extern "C" { $($items)* } }
    };
}

my_weak! {
    #[weaklink(library = "libc.so.6")]
    extern "C" {
        fn getpid() -> i32;
    }
}

fn main() {}
