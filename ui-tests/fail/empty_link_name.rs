weaklink::weak! {
    #[link_name = ""]
    fn nameless();
}

fn main() {}
