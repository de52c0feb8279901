//! `pass/` must compile (and run); most of its cases run the declarations
//! of the expansion snapshots' cases (`expand/`, `tests/expand.rs`), each
//! included into a module. `fail/` must not compile, with the messages in
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
        t.pass(long_lists());
        t.compile_fail("fail/*.rs");
    }
}

/// Writes the long-lists case: 200 plain declarations and 200 `extern`
/// blocks (each expands in one step however long the list is) and a mixed
/// list of 50 items (two recursion levels per item), all within the
/// default recursion limit.
fn long_lists() -> std::path::PathBuf {
    use std::fmt::Write;
    let mut src = String::from("#![allow(dead_code, non_upper_case_globals)]\n");
    src.push_str("weaklink::weak! {\n");
    for i in 0..200 {
        writeln!(src, "    fn plain_{}(x: *mut u8, n: usize) -> i32;", i).unwrap();
    }
    src.push_str("}\nweaklink::weak! {\n");
    for i in 0..200 {
        writeln!(
            src,
            "    extern \"C\" {{ pub fn block_{}(x: *mut u8) -> i32; }}",
            i
        )
        .unwrap();
    }
    src.push_str("}\nweaklink::weak! {\n");
    for i in 0..25 {
        writeln!(
            src,
            "    fn mixed_{}() -> i32, static var_{}: *mut u8;",
            i, i
        )
        .unwrap();
    }
    src.push_str("}\nfn main() {\n");
    src.push_str("    assert_eq!(plain_199.name(), \"plain_199\");\n");
    src.push_str("    assert_eq!(block_199.name(), \"block_199\");\n");
    src.push_str("    assert_eq!(mixed_24.name(), \"mixed_24\");\n");
    src.push_str("    assert_eq!(var_24.name(), \"var_24\");\n}\n");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("long_lists.rs");
    std::fs::write(&path, src).unwrap();
    path
}
