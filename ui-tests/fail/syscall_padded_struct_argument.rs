// A struct with padding is not an integer: reading it as one would pass its
// uninitialised padding byte to the kernel. Pass `&Padded` instead.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Padded {
    pub a: u8,
    pub b: u16,
}

weaklink::syscall! {
    fn takes_padded(arg: Padded) via SYS_getpid -> i32;
}

fn main() {}
