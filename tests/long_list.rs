//! One `weak!` list of 500 mixed declarations (plain functions, functions
//! with `#[link_name]`, several attributes, doc lines, `#[weaklink(..)]`
//! options or a fallback body, statics and `static mut`s) compiles under
//! the default recursion limit: a list of `fn` and `static` items expands
//! in a fixed number of steps however long it is, and so do the attributes
//! of each item.
//!
//! `long_list!` writes ten declarations per group of ten names, all into
//! the one `weak!` invocation. The names were written with
//! `for i in $(seq -w 0 49); do echo "[a$i b$i c$i d$i e$i f$i g$i h$i i$i j$i]"; done`.
#![allow(non_upper_case_globals, dead_code)]

macro_rules! long_list {
    ($([$a:ident $b:ident $c:ident $d:ident $e:ident $f:ident $g:ident $h:ident $i:ident $j:ident])*) => {
        weaklink::weak! {$(
            fn $a(fd: i32) -> i32;
            #[link_name = "weaklink_long_list_renamed"]
            fn $b() -> i32;
            static $c: *mut u8;
            /// Documented,
            /// on two lines.
            #[allow(clippy::all)]
            #[cfg(all())]
            #[deprecated = "an attribute that stays"]
            pub(crate) fn $d(buf: *mut u8, len: usize) -> isize;
            #[weaklink(library = "weaklink-long-list-nowhere.so")]
            fn $e();
            fn $f(x: i32) -> i32 {
                x + 1
            }
            pub static mut $g: i32;
            #[cfg(any())]
            fn $h(x: NoSuchType);
            #[doc = "A `#[doc]` and a `#[link_name]` built by `concat!`."]
            #[link_name = concat!("weaklink_long_list_", "concat")]
            unsafe extern "C" fn $i(x: *const u8, ...) -> i32;
            #[weaklink(library = "weaklink-long-list-nowhere.so")]
            #[link_name = "weaklink_long_list_both"]
            pub static $j: u64;
        )*}
    };
}

long_list! {
    [a00 b00 c00 d00 e00 f00 g00 h00 i00 j00]
    [a01 b01 c01 d01 e01 f01 g01 h01 i01 j01]
    [a02 b02 c02 d02 e02 f02 g02 h02 i02 j02]
    [a03 b03 c03 d03 e03 f03 g03 h03 i03 j03]
    [a04 b04 c04 d04 e04 f04 g04 h04 i04 j04]
    [a05 b05 c05 d05 e05 f05 g05 h05 i05 j05]
    [a06 b06 c06 d06 e06 f06 g06 h06 i06 j06]
    [a07 b07 c07 d07 e07 f07 g07 h07 i07 j07]
    [a08 b08 c08 d08 e08 f08 g08 h08 i08 j08]
    [a09 b09 c09 d09 e09 f09 g09 h09 i09 j09]
    [a10 b10 c10 d10 e10 f10 g10 h10 i10 j10]
    [a11 b11 c11 d11 e11 f11 g11 h11 i11 j11]
    [a12 b12 c12 d12 e12 f12 g12 h12 i12 j12]
    [a13 b13 c13 d13 e13 f13 g13 h13 i13 j13]
    [a14 b14 c14 d14 e14 f14 g14 h14 i14 j14]
    [a15 b15 c15 d15 e15 f15 g15 h15 i15 j15]
    [a16 b16 c16 d16 e16 f16 g16 h16 i16 j16]
    [a17 b17 c17 d17 e17 f17 g17 h17 i17 j17]
    [a18 b18 c18 d18 e18 f18 g18 h18 i18 j18]
    [a19 b19 c19 d19 e19 f19 g19 h19 i19 j19]
    [a20 b20 c20 d20 e20 f20 g20 h20 i20 j20]
    [a21 b21 c21 d21 e21 f21 g21 h21 i21 j21]
    [a22 b22 c22 d22 e22 f22 g22 h22 i22 j22]
    [a23 b23 c23 d23 e23 f23 g23 h23 i23 j23]
    [a24 b24 c24 d24 e24 f24 g24 h24 i24 j24]
    [a25 b25 c25 d25 e25 f25 g25 h25 i25 j25]
    [a26 b26 c26 d26 e26 f26 g26 h26 i26 j26]
    [a27 b27 c27 d27 e27 f27 g27 h27 i27 j27]
    [a28 b28 c28 d28 e28 f28 g28 h28 i28 j28]
    [a29 b29 c29 d29 e29 f29 g29 h29 i29 j29]
    [a30 b30 c30 d30 e30 f30 g30 h30 i30 j30]
    [a31 b31 c31 d31 e31 f31 g31 h31 i31 j31]
    [a32 b32 c32 d32 e32 f32 g32 h32 i32 j32]
    [a33 b33 c33 d33 e33 f33 g33 h33 i33 j33]
    [a34 b34 c34 d34 e34 f34 g34 h34 i34 j34]
    [a35 b35 c35 d35 e35 f35 g35 h35 i35 j35]
    [a36 b36 c36 d36 e36 f36 g36 h36 i36 j36]
    [a37 b37 c37 d37 e37 f37 g37 h37 i37 j37]
    [a38 b38 c38 d38 e38 f38 g38 h38 i38 j38]
    [a39 b39 c39 d39 e39 f39 g39 h39 i39 j39]
    [a40 b40 c40 d40 e40 f40 g40 h40 i40 j40]
    [a41 b41 c41 d41 e41 f41 g41 h41 i41 j41]
    [a42 b42 c42 d42 e42 f42 g42 h42 i42 j42]
    [a43 b43 c43 d43 e43 f43 g43 h43 i43 j43]
    [a44 b44 c44 d44 e44 f44 g44 h44 i44 j44]
    [a45 b45 c45 d45 e45 f45 g45 h45 i45 j45]
    [a46 b46 c46 d46 e46 f46 g46 h46 i46 j46]
    [a47 b47 c47 d47 e47 f47 g47 h47 i47 j47]
    [a48 b48 c48 d48 e48 f48 g48 h48 i48 j48]
    [a49 b49 c49 d49 e49 f49 g49 h49 i49 j49]
}

#[test]
#[allow(deprecated)]
fn five_hundred_declarations_in_one_list() {
    assert_eq!(a00.name(), "a00");
    assert_eq!(b17.name(), "weaklink_long_list_renamed");
    assert_eq!(c31.name(), "c31");
    assert_eq!(d49.name(), "d49");
    assert!(e22.get().is_none());
    // SAFETY: the fallback body adds one.
    assert_eq!(unsafe { f49(1) }, 2);
    assert_eq!(g05.name(), "g05");
    assert_eq!(i40.name(), "weaklink_long_list_concat");
    assert_eq!(j49.name(), "weaklink_long_list_both");
    assert!(j49.get().is_none());
}

/// The list's internal end marker is no name a declaration can clash
/// with: functions named like it, first or last in a list, are declared.
mod marker_names {
    weaklink::weak! {
        pub fn __weaklink_end_of_list();
        pub fn weaklink_long_list_after_marker() -> i32;
    }
    pub mod last {
        weaklink::weak! {
            pub fn weaklink_long_list_before_marker() -> i32;
            pub fn __weaklink_end_of_list();
        }
    }
}

#[test]
fn a_declaration_named_like_the_list_marker_is_kept() {
    assert_eq!(
        marker_names::__weaklink_end_of_list.name(),
        "__weaklink_end_of_list"
    );
    assert_eq!(
        marker_names::last::__weaklink_end_of_list.name(),
        "__weaklink_end_of_list"
    );
    assert!(marker_names::weaklink_long_list_after_marker
        .get()
        .is_none());
}
