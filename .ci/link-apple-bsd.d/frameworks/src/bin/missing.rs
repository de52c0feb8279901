// A weak reference to a symbol that the stub does not export: the link
// fails unless the linker is told to leave undefined symbols to the loader
// (.ci/link-apple-bsd tries both).
weaklink::weak! {
    #[weaklink(extern_weak)]
    static kWLKNotInStub: frameworks::CFStringRef;
}

fn main() {
    frameworks::report();
    println!("{:?}", kWLKNotInStub.get());
}
