// syscall! forwards its arguments, so they need names.
weaklink::syscall! {
    fn getpid(i32) via SYS_getpid -> i32
}

fn main() {}
