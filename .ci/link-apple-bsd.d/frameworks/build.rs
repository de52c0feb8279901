// How each program links WeaklinkKit, the stand-in framework whose stub
// .ci/link-apple-bsd writes into the SDK. `missing` gets more arguments
// from the script (`cargo zigbuild rustc -- -C link-arg=..`).
fn main() {
    for (bin, how) in [
        ("framework", "-framework"),
        ("weak_framework", "-weak_framework"),
        ("missing", "-framework"),
        // After the bin's own `#[link(kind = "framework")]`.
        ("link_attribute", "-weak_framework"),
    ] {
        println!("cargo:rustc-link-arg-bin={bin}={how}");
        println!("cargo:rustc-link-arg-bin={bin}=WeaklinkKit");
    }
}
