//! The self-replacing thunk behind declarations with a fallback body and
//! behind `syscall!`.
//!
//! A [`Thunk`] holds the function every call jumps to. It starts as the
//! declaration's *first-call* function, which asks [`Thunk::resolve`] for
//! the symbol or the fallback, stores the answer over itself, and calls it.
//! Every later call is one acquire load and one indirect call: no branch,
//! found or missing. Racing first calls may each look up, but the answer
//! is decided by compare-exchange: the first answer stored is the one
//! every call uses, as for [`WeakFn`](crate::WeakFn).

use core::ffi::c_void;
use core::marker::PhantomData;
use core::mem;
use core::ptr;
use core::sync::atomic::{AtomicPtr, Ordering};

use crate::symbol::Symbol;
use crate::sys;

/// The target of a self-replacing thunk of type `F`, and its symbol.
#[doc(hidden)]
pub struct Thunk<F> {
    target: AtomicPtr<c_void>,
    /// The first answer a first call stored; null until then.
    answer: AtomicPtr<c_void>,
    symbol: &'static Symbol,
    _type: PhantomData<F>,
}

/// The same bits, seen as another type.
union Bits<A: Copy, B: Copy> {
    from: A,
    to: B,
}

/// `a`'s bits as a `B`. Only ever used between a `Thunk`'s `F`, a function
/// pointer (`new`'s contract) of a data pointer's size (`new`'s check), and
/// `*mut c_void`: both are one code address on every target this crate
/// supports.
#[inline(always)]
const fn reinterpret<A: Copy, B: Copy>(a: A) -> B {
    assert!(mem::size_of::<A>() == mem::size_of::<B>());
    // SAFETY: see above; and no byte of `B` is left unwritten.
    unsafe { Bits { from: a }.to }
}

impl<F: Copy> Thunk<F> {
    /// A thunk for `symbol` whose calls go to `first` until it replaces
    /// itself.
    ///
    /// # Safety
    ///
    /// `F` must be an `unsafe extern` function pointer type.
    pub const unsafe fn new(symbol: &'static Symbol, first: F) -> Self {
        assert!(
            mem::size_of::<F>() == mem::size_of::<*mut c_void>(),
            "weaklink: a thunk's type must be an `unsafe extern \"C\" fn` pointer"
        );
        Thunk {
            target: AtomicPtr::new(reinterpret(first)),
            answer: AtomicPtr::new(ptr::null_mut()),
            symbol,
            _type: PhantomData,
        }
    }

    /// Where calls go now.
    #[inline(always)]
    pub fn target(&self) -> F {
        reinterpret(self.target.load(Ordering::Acquire))
    }

    /// The first call's work: the symbol if the process has it (and
    /// `use_symbol`), else `fallback`, stored as the target and returned;
    /// if a racing first call stored its answer first, that one is stored
    /// and returned instead, so every call agrees.
    pub fn resolve(&self, fallback: F, use_symbol: bool) -> F {
        let mine = choose(self.symbol, reinterpret(fallback), use_symbol);
        // `answer` decides (a function's address is never null), so no
        // function pointers are compared: those need not be unique.
        let p = match self.answer.compare_exchange(
            ptr::null_mut(),
            mine,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => mine,
            Err(first) => first,
        };
        self.target.store(p, Ordering::Release);
        reinterpret(p)
    }
}

/// The non-generic part of [`Thunk::resolve`], compiled once.
#[cold]
#[inline(never)]
fn choose(symbol: &Symbol, fallback: *mut c_void, use_symbol: bool) -> *mut c_void {
    let found = if use_symbol {
        sys::lookup(symbol)
    } else {
        ptr::null_mut()
    };
    if found.is_null() {
        fallback
    } else {
        found
    }
}

/// Runs `body`, and aborts the process if it panics: fallback bodies are
/// called through an `extern` ABI, which must not be unwound through.
#[doc(hidden)]
#[inline(always)]
pub fn abort_on_unwind<R>(body: impl FnOnce() -> R) -> R {
    let guard = AbortOnUnwind;
    let result = body();
    mem::forget(guard);
    result
}

/// Panics when dropped, which only happens while a panic unwinds past it:
/// a panic during a panic aborts.
struct AbortOnUnwind;

impl Drop for AbortOnUnwind {
    fn drop(&mut self) {
        panic!("weaklink: a fallback body panicked; aborting, as unwinding out of an extern function is not allowed");
    }
}

/// Makes a declaration with a fallback body: an `unsafe fn` that calls the
/// symbol if the process has it, else the body. With a lookup, a
/// self-replacing [`Thunk`]; with `extern_weak`, what the loader bound.
/// The body is a function of its own, outside the block that holds the
/// helpers, so it sees its own name (and can recurse by it) and nothing
/// else of the expansion but `__weaklink_body`.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_thunk {
    ($abi:literal [$($k:tt)*] $sym:tt $u:tt [$vis:vis] $name:ident ($($arg:ident : $ty:ty),*) [$($ret:ty)?]
        { $($body:tt)* }
    ) => {
        $($k)*
        $vis unsafe fn $name($($arg: $ty),*) $(-> $ret)? {
            #[allow(unused_unsafe, clippy::needless_return)]
            unsafe fn __weaklink_body($($arg: $ty),*) $(-> $ret)? { $($body)* }
            // The helpers live in this block, out of the body's sight.
            let __weaklink_f: unsafe extern $abi fn($($ty),*) $(-> $ret)? = {
                type __WeaklinkFn = unsafe extern $abi fn($($ty),*) $(-> $ret)?;
                unsafe extern $abi fn __weaklink_fallback($($arg: $ty),*) $(-> $ret)? {
                    // SAFETY: as for the function being declared.
                    $crate::__private::abort_on_unwind(move || unsafe { __weaklink_body($($arg),*) })
                }
                $crate::__weak_thunk! { @target $abi $name $sym $u ($($arg: $ty),*) [$($ret)?] }
            };
            // SAFETY: as for the function being declared.
            unsafe { __weaklink_f($($arg),*) }
        }
    };
    // What the loader bound, else the fallback.
    (@target $abi:literal $name:ident [$l:tt [extern_weak $(,)+]] [$($u:tt)*] ($($arg:ident : $ty:ty),*) [$($ret:ty)?]) => {{
        const __WEAKLINK_EXTERN: $crate::ExternWeak<__WeaklinkFn> =
            $crate::__extern_weak!(@make ExternWeak<__WeaklinkFn>,
                [$crate::__weak_symbol!(@c_name $name $l)]);
        match if $($u)* { __WEAKLINK_EXTERN.get() } else { ::core::option::Option::None } {
            ::core::option::Option::Some(__weaklink_f) => __weaklink_f,
            ::core::option::Option::None => __weaklink_fallback,
        }
    }};
    // Where the thunk points now.
    (@target $abi:literal $name:ident $sym:tt [$($u:tt)*] ($($arg:ident : $ty:ty),*) [$($ret:ty)?]) => {{
        unsafe extern $abi fn __weaklink_first($($arg: $ty),*) $(-> $ret)? {
            // SAFETY: as for the function being declared.
            unsafe { __WEAKLINK_THUNK.resolve(__weaklink_fallback, $($u)*)($($arg),*) }
        }
        // Without a lookup to make (`raw_syscall!` on Linux, a forced
        // fallback), calls go to the fallback from the start.
        static __WEAKLINK_THUNK: $crate::__private::Thunk<__WeaklinkFn> =
            // SAFETY: an `unsafe extern` function pointer type.
            unsafe {
                $crate::__private::Thunk::new(
                    &$crate::__weak_symbol!($name $sym),
                    if $($u)* { __weaklink_first } else { __weaklink_fallback },
                )
            };
        __WEAKLINK_THUNK.target()
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe extern "C" fn first(x: i32) -> i32 {
        x + 1
    }
    unsafe extern "C" fn fallback(x: i32) -> i32 {
        x + 2
    }

    type F = unsafe extern "C" fn(i32) -> i32;
    static NOWHERE: Symbol = Symbol::new(b"weaklink_thunk_test_nowhere\0");

    #[test]
    fn starts_at_first_then_replaces_itself() {
        // SAFETY: `F` is an unsafe extern fn pointer.
        let thunk: Thunk<F> = unsafe { Thunk::new(&NOWHERE, first) };
        // SAFETY: both functions take any i32.
        assert_eq!(unsafe { thunk.target()(1) }, 2);
        // `use_symbol: false` never asks the loader (Miri has none).
        let chosen = thunk.resolve(fallback, false);
        // SAFETY: as above.
        assert_eq!(unsafe { chosen(1) }, 3);
        // SAFETY: as above.
        assert_eq!(unsafe { thunk.target()(1) }, 3);
    }

    unsafe extern "C" fn other(x: i32) -> i32 {
        x + 3
    }

    /// Racing first calls, made deterministic: the answer another first
    /// call stored before this one's is the one returned and kept.
    #[test]
    fn the_first_answer_stored_wins() {
        // SAFETY: `F` is an unsafe extern fn pointer.
        let thunk: Thunk<F> = unsafe { Thunk::new(&NOWHERE, first) };
        let winner = thunk.resolve(fallback, false);
        // A slower first call, whose own answer would be `other`.
        let late = thunk.resolve(other, false);
        // SAFETY: all three functions take any i32.
        unsafe {
            assert_eq!(winner(1), 3);
            assert_eq!(late(1), 3, "a late first call kept its own answer");
            assert_eq!(thunk.target()(1), 3);
        }
    }

    /// The same with real threads, released together: each first call
    /// would store a different function, and all of them return the one
    /// stored first.
    extern crate std;
    #[cfg(not(target_family = "wasm"))] // threads
    #[test]
    fn racing_first_calls_with_different_answers_agree() {
        const ANSWERS: [F; 3] = [fallback as F, other as F, first as F];
        // Made from a `const`, which on Rust 1.63 cannot refer to a static.
        const RACED: Symbol = Symbol::new(b"weaklink_thunk_test_raced\0");
        // SAFETY: `F` is an unsafe extern fn pointer.
        #[allow(clippy::declare_interior_mutable_const)]
        const FRESH: Thunk<F> = unsafe { Thunk::new(&RACED, first) };
        static THUNKS: [Thunk<F>; 100] = [FRESH; 100];
        for thunk in &THUNKS[..if cfg!(miri) { 3 } else { 100 }] {
            let results = crate::cache::tests::race(ANSWERS.len(), move |i| {
                // SAFETY: all three functions take any i32.
                unsafe { thunk.resolve(ANSWERS[i], false)(1) }
            });
            // SAFETY: as above.
            let now = unsafe { thunk.target()(1) };
            assert!(
                results.iter().all(|&r| r == now),
                "{:?} vs {}",
                results,
                now
            );
        }
    }

    #[test]
    fn abort_guard_is_transparent_without_a_panic() {
        assert_eq!(abort_on_unwind(|| 7), 7);
    }
}
