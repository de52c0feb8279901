//! An `extern` block's attributes apply to each of its items, whichever
//! way they reach `weak!`: a false `#[cfg]` removes the items (else each
//! would clash with the constant of the same name below), also when
//! another macro forwards it as a `$m:meta` fragment, or as tokens
//! wrapping such a fragment; `#[weaklink(..)]` on the block applies to each
//! item; docs and `#[link]` are dropped.
#![deny(warnings)]
#![allow(dead_code, non_upper_case_globals)]

macro_rules! as_meta {
    ($(#[$m:meta])* extern "C" { $($items:tt)* }) => {
        weaklink::weak! { $(#[$m])* extern "C" { $($items)* } }
    };
}

macro_rules! as_tokens {
    ($(#[$($a:tt)*])* extern "C" { $($items:tt)* }) => {
        weaklink::weak! { $(#[$($a)*])* extern "C" { $($items)* } }
    };
}

macro_rules! meta_then_tokens {
    ($(#[$m:meta])* extern "C" { $($items:tt)* }) => {
        as_tokens! { $(#[$m])* extern "C" { $($items)* } }
    };
}

weaklink::weak! {
    #[cfg(any())]
    extern "C" {
        fn written_cfg();
    }
}
const written_cfg: () = ();

as_meta! {
    #[cfg(any())]
    extern "C" {
        fn forwarded_meta();
        static forwarded_meta_static: i32;
    }
}
const forwarded_meta: () = ();
const forwarded_meta_static: () = ();

meta_then_tokens! {
    /// Docs on the block are dropped.
    #[cfg(any())]
    extern "C" {
        fn forwarded_twice();
    }
}
const forwarded_twice: () = ();

as_meta! {
    /// Docs and `#[link]` on the block are dropped; `#[allow]` applies.
    #[link(name = "c")]
    #[allow(deprecated)]
    #[cfg(all())]
    extern "C" {
        /// Kept.
        #[deprecated]
        fn kept() -> i32;
    }
}

weaklink::weak! {
    #[weaklink(library = "weaklink-block-attributes-nowhere.so")]
    extern "C" {
        fn getpid() -> i32;
    }
}

fn main() {
    #[allow(deprecated)]
    let _ = kept.get();
    // The library is not loaded: the block's scope reached the item.
    assert!(getpid.get().is_none());
}
