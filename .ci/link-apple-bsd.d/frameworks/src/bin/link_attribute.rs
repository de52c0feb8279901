// WeaklinkKit named by `#[link(kind = "framework")]`, as core-foundation-sys
// names CoreFoundation, and then by `-weak_framework` from build.rs. rustc
// puts the attribute's `-framework` first, and zig's linker keeps the first
// mention: the load command stays LC_LOAD_DYLIB (.ci/link-apple-bsd checks).
#[link(name = "WeaklinkKit", kind = "framework")]
extern "C" {}

fn main() {
    frameworks::report();
}
