// A forwarded `cfg_attr` whose doc string is a raw string with a quote
// inside: the `weaklink` attribute after it is still found, and refused.
macro_rules! my_weak {
    ($(#[$m:meta])* fn $name:ident() -> $r:ty;) => {
        weaklink::weak! { $(#[$m])* fn $name() -> $r; }
    };
}

my_weak! {
    #[cfg_attr(all(), doc = r#"a "quoted" word"#, weaklink(next))]
    fn my_getpid() -> i32;
}

fn main() {}
