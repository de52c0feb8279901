// More arguments than the crate supports.
type P = *mut u8;
weaklink::weak! {
    fn too_many(P, P, P, P, P, P, P, P, P, P, P, P, P);
}

fn main() {}
