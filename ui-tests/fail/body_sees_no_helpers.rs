// A fallback body sees its own name and its arguments, nothing of the
// expansion around it: not the thunk, not the fallback wrapper.
weaklink::weak! {
    fn weaklink_ui_helpers(x: i32) -> i32 {
        let _ = __WEAKLINK_THUNK.target();
        unsafe { __weaklink_fallback(x) }
    }
}

fn main() {}
