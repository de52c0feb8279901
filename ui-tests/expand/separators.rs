// Trailing commas, `,` between declarations, a missing `-> R` (meaning
// `()`), and no separator after the last declaration: this list takes the
// one-declaration-at-a-time arms.
use libc::c_int;

weaklink::weak! {
    fn close_range(first: u32, last: u32, flags: c_int,) -> c_int;
    fn trailing(c_int, c_int,) -> c_int,
    fn no_return(c_int);
    fn no_return_comma(c_int),
    fn last_without_separator()
}
