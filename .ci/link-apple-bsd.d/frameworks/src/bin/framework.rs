// Linked with `-framework WeaklinkKit` (build.rs).
fn main() {
    frameworks::report();
}
