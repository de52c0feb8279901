//! The sealed trait that says which types a [`WeakFn`](crate::WeakFn) may hold.

use core::ffi::c_void;
use core::mem;

mod sealed {
    pub trait Sealed {}
}

/// Implemented for exactly the types a weak symbol can be called through:
/// `unsafe extern "C" fn(..) -> R` and `unsafe extern "system" fn(..) -> R`
/// pointers.
///
/// The trait's name is what the compiler prints when a [`WeakFn`] is given
/// any other type, so the message reads as the fix: *the trait
/// `UnsafeExternFnPtr` is not implemented for `fn(i32) -> i32`* means "write
/// `unsafe extern "C" fn(i32) -> i32`".
///
/// Implemented for:
///
/// - `unsafe extern "C" fn(A1, .., An) -> R` and
///   `unsafe extern "system" fn(A1, .., An) -> R` for 0 to 12 arguments;
/// - C variadics, `unsafe extern "C" fn(A1, .., An, ...) -> R`, with 1 to 12
///   fixed arguments (Rust has no variadic pointer without a fixed argument,
///   and variadics exist only for the `"C"` ABI);
/// - with the `c-unwind` feature (Rust 1.71 or newer), the same arities for
///   `unsafe extern "C-unwind" fn`.
///
/// Not implemented, and so a compile error:
///
/// - safe `fn` pointers: a symbol found at run time cannot be vouched for by
///   the compiler, so calling it must be `unsafe`;
/// - Rust-ABI pointers (`unsafe fn(..)`): C libraries do not export them;
/// - any non-pointer type;
/// - pointers whose parameters have lifetimes (`unsafe extern "C" fn(&T)`,
///   `fn(BorrowedFd<'_>)`): such a type is generic over the lifetime and no
///   blanket implementation can cover it. [`weak!`](crate::weak) accepts
///   them, since it only ever builds `unsafe extern` pointer types; by hand,
///   use raw pointers (`*const T`, `*mut T`).
///
/// With the `diagnostics` feature (Rust 1.78 or newer) the compiler also
/// prints a message and note saying this.
///
/// The trait is sealed: it cannot be implemented outside this crate.
///
/// # Safety
///
/// Implemented only by this crate, for function-pointer types whose
/// representation is one non-null code address.
///
/// [`WeakFn`]: crate::WeakFn
#[cfg_attr(
    feature = "diagnostics",
    diagnostic::on_unimplemented(
        message = "`{Self}` cannot be looked up as a weak symbol: it is not an `unsafe extern \"C\" fn(..) -> R` (or `\"system\"`) pointer",
        label = "write this type as `unsafe extern \"C\" fn(..) -> R`",
        note = "weak symbols are called through `unsafe extern \"C\"` or `unsafe extern \"system\"` function pointers with at most 12 arguments; use raw pointers, not references, for pointer arguments"
    )
)]
pub unsafe trait UnsafeExternFnPtr: Copy + Send + Sync + sealed::Sealed {}

macro_rules! impl_fn_ptr {
    // One ABI, every arity in the list; variadics too where the ABI has them.
    ($abi:literal, variadic: $var:tt; $([$($arg:ident),*])*) => {
        $(
            impl_fn_ptr!(@impl unsafe extern $abi fn($($arg),*) -> Ret; $($arg),*);
            impl_fn_ptr!(@variadic $var $abi; $($arg),*);
        )*
    };
    (@variadic yes $abi:literal; ) => {};
    (@variadic yes $abi:literal; $($arg:ident),+) => {
        impl_fn_ptr!(@impl unsafe extern $abi fn($($arg,)+ ...) -> Ret; $($arg),+);
    };
    (@variadic no $abi:literal; $($arg:ident),*) => {};
    (@impl $ty:ty; $($arg:ident),*) => {
        impl<Ret, $($arg),*> sealed::Sealed for $ty {}

        // SAFETY: a function pointer of any signature is one non-null code
        // address, the same size as a data pointer (checked below).
        unsafe impl<Ret, $($arg),*> UnsafeExternFnPtr for $ty {}
    };
}

/// Every arity from 0 to 12, for one ABI.
macro_rules! impl_arities {
    ($abi:literal, variadic: $var:tt) => {
        impl_fn_ptr!($abi, variadic: $var;
            []
            [A1]
            [A1, A2]
            [A1, A2, A3]
            [A1, A2, A3, A4]
            [A1, A2, A3, A4, A5]
            [A1, A2, A3, A4, A5, A6]
            [A1, A2, A3, A4, A5, A6, A7]
            [A1, A2, A3, A4, A5, A6, A7, A8]
            [A1, A2, A3, A4, A5, A6, A7, A8, A9]
            [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10]
            [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11]
            [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12]
        );
    };
}

impl_arities!("C", variadic: yes);
impl_arities!("system", variadic: no);
#[cfg(feature = "c-unwind")]
impl_arities!("C-unwind", variadic: no);

// Code and data pointers must be the same size for the transmute above.
const _: () = {
    assert!(mem::size_of::<unsafe extern "C" fn()>() == mem::size_of::<*mut c_void>());
};

/// `Some(F)` for a non-null code address, `None` for null.
///
/// # Safety
///
/// `F` is a function-pointer type; a non-null `addr` is a code address.
#[inline(always)]
pub(crate) unsafe fn fn_from_addr<F>(addr: *mut c_void) -> Option<F> {
    if addr.is_null() {
        None
    } else {
        // SAFETY: `F` is a function pointer, which has the size of a data
        // pointer (checked where the `F` was accepted) and is one code
        // address on every target this crate supports.
        Some(unsafe { mem::transmute_copy::<*mut c_void, F>(&addr) })
    }
}
