//! `pass/` must compile (and run); `fail/` must not, with the messages in
//! the `.stderr` files beside each case. With the `diagnostics` feature,
//! `fail-diagnostics/` holds the type errors again, with the messages that
//! weaklink's `diagnostics` feature adds.
//!
//! To update the expected messages after an intended change:
//! `TRYBUILD=overwrite cargo test` (and again with `--features diagnostics`),
//! then review the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    if cfg!(feature = "diagnostics") {
        t.compile_fail("fail-diagnostics/*.rs");
    } else {
        t.pass("pass/*.rs");
        t.compile_fail("fail/*.rs");
    }
}
