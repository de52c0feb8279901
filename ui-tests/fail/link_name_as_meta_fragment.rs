// A `#[link_name]` that another macro forwards as a `$m:meta` fragment is
// opaque to `weak!`: an error, never a wrong name looked up in silence.
macro_rules! my_weak {
    ($(#[$m:meta])* fn $name:ident() -> $r:ty;) => {
        weaklink::weak! { $(#[$m])* fn $name() -> $r; }
    };
}

my_weak! {
    #[link_name = "getpid"]
    fn my_getpid() -> i32;
}

fn main() {}
