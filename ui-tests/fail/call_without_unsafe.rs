// The call vouches for the declaration, so it is `unsafe`.
weaklink::weak!(fn getpid() -> libc::pid_t;);

fn main() {
    if let Some(f) = getpid.get() {
        let _ = f();
    }
}
