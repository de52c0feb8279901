// -1 reports an error: the return type must be a signed integer.
weaklink::syscall! {
    fn getpid() via SYS_getpid -> u32
}

fn main() {}
