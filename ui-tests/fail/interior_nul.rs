weaklink::weak! {
    #[link_name = "pipe\02"]
    fn pipe2();
}

fn main() {}
