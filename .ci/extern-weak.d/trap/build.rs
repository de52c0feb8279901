//! Links the programs against the libtrapfix.so in `TRAPFIX_DIR`.
fn main() {
    println!("cargo:rerun-if-env-changed=TRAPFIX_DIR");
    let dir = std::env::var("TRAPFIX_DIR").expect("TRAPFIX_DIR: the directory of libtrapfix.so");
    println!("cargo:rustc-link-search=native={}", dir);
    println!("cargo:rustc-link-lib=dylib=trapfix");
}
