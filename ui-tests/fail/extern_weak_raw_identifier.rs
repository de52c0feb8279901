// The assembler cannot take `r#type` as a symbol: name it with
// `#[link_name]`.
weaklink::weak! {
    #[weaklink(extern_weak)]
    fn r#type() -> i32;
}

fn main() {}
