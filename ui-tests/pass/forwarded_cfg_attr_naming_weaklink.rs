//! A `#[cfg_attr]` that another macro forwards as a `$m:meta` fragment is
//! refused only if it carries a `link_name` or a `weaklink` attribute
//! (`weak!`'s docs: "it is an error if it is a `link_name` or a
//! `weaklink`"). These carry neither: the words appear in a feature name
//! and in a doc string, and in a condition.
#![deny(warnings)]
#![allow(dead_code, non_upper_case_globals, unexpected_cfgs)]

macro_rules! forward {
    ($(#[$m:meta])* fn $name:ident() -> $r:ty;) => {
        weaklink::weak! { $(#[$m])* fn $name() -> $r; }
    };
}

forward! {
    #[cfg_attr(feature = "weaklink", allow(unused))]
    fn getpid() -> libc::pid_t;
}

forward! {
    #[cfg_attr(unix, doc = "Looked up by weaklink; its C name is its link_name.")]
    fn getppid() -> libc::pid_t;
}

// Written directly: the condition is not looked into either.
weaklink::weak! {
    #[cfg_attr(feature = "weaklink", allow(unused))]
    #[cfg_attr(all(), cfg_attr(not(weaklink), doc = "link_name"))]
    fn getuid() -> libc::uid_t;
}

fn main() {
    assert_eq!(getuid.name(), "getuid");
    assert_eq!(getpid.name(), "getpid");
    assert_eq!(getppid.name(), "getppid");
}
