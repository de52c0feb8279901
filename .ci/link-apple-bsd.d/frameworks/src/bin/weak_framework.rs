// Linked with `-weak_framework WeaklinkKit` (build.rs): the whole framework
// may be missing.
fn main() {
    frameworks::report();
}
