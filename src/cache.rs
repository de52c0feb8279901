//! The cache: a symbol and the answer of its one lookup, in two words.
//!
//! # The state machine
//!
//! A [`WeakFn`] or [`WeakStatic`] holds two atomic words:
//!
//! | `addr`   | `symbol`            | state                      |
//! |----------|---------------------|----------------------------|
//! | null     | symbol              | not looked up yet          |
//! | null     | symbol + 1 (tagged) | looked up, missing         |
//! | non-null | symbol              | looked up, found at `addr` |
//!
//! `addr` is non-null **only** when the symbol was found, so the fast path
//! is a single load and a null test, and that null test is the same one the
//! caller's `Some`/`None` match makes: the compiler merges them. "Not looked
//! up yet" and "missing" are told apart off the fast path, by the low bit of
//! `symbol`, which is free because a [`Symbol`] is aligned to at least 2. The
//! tag is added with `wrapping_add`, so the tagged pointer keeps the
//! symbol's provenance.
//!
//! # Memory ordering
//!
//! The fast path loads `addr` with `Acquire`, paired with the `Release` store
//! that publishes it. The address comes from the dynamic loader, which
//! mapped, relocated and initialised the library on the thread that looked it
//! up; acquiring the pointer makes all of that happen-before any use of it on
//! another thread, with no reliance on the platform's loader or on data
//! dependencies. On x86 an acquire load is a plain `mov`; on AArch64 it is
//! `ldar` instead of `ldr`. The standard library's own weak symbols made the
//! same choice.
//!
//! Two threads asking for the first time at once may both look the symbol
//! up. Both get the same answer and store it; the extra lookup costs time
//! once, never correctness. After an answer is stored nothing looks up
//! again.

use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicPtr, Ordering};

use crate::fnptr::UnsafeExternFnPtr;
use crate::symbol::{debug_symbol, Scope, Symbol, SymbolRef};
use crate::sys;

/// What a [`WeakFn`] or [`WeakStatic`] knows about its symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// Not looked up yet.
    Unresolved,
    /// Looked up, and not found; it will not be looked up again.
    Missing,
    /// Looked up, and found.
    Found,
}

/// A lookup function, as the slow path calls it: the scope, and the
/// NUL-terminated name.
type Lookup = unsafe fn(scope: &Scope, name: *const u8) -> *mut c_void;

/// The part of a weak symbol that does not depend on its type, so that the
/// slow path is compiled once for the whole program.
#[repr(C)]
struct RawWeak {
    /// Non-null only when found.
    addr: AtomicPtr<c_void>,
    /// The `Symbol`; plus one once it is known to be missing.
    symbol: AtomicPtr<u8>,
}

impl RawWeak {
    const fn new(symbol: SymbolRef) -> Self {
        RawWeak {
            addr: AtomicPtr::new(ptr::null_mut()),
            symbol: AtomicPtr::new(symbol.as_ptr() as *mut u8),
        }
    }

    /// The fast path: the address if found, else what the slow path says.
    #[inline(always)]
    fn get(&self) -> *mut c_void {
        let addr = self.cached();
        if addr.is_null() {
            resolve(self)
        } else {
            addr
        }
    }

    #[inline(always)]
    fn cached(&self) -> *mut c_void {
        self.addr.load(Ordering::Acquire)
    }

    /// The symbol without its tag, and whether it was tagged.
    fn symbol(&self) -> (SymbolRef, bool) {
        let p = self.symbol.load(Ordering::Acquire);
        let missing = (p as usize) & 1 == 1;
        // Step back over the tag rather than masking the address, so that
        // the pointer keeps its provenance.
        let p = p.wrapping_sub(missing as usize) as *const u8;
        // SAFETY: `p` is the pointer `new` stored, untagged.
        (unsafe { SymbolRef::from_ptr(p) }, missing)
    }

    fn state(&self) -> State {
        if !self.cached().is_null() {
            State::Found
        } else if self.symbol().1 {
            State::Missing
        } else {
            State::Unresolved
        }
    }

    fn name(&self) -> &'static str {
        self.symbol().0.name()
    }

    /// The slow path's first step: a cached miss is answered here, in a
    /// load and a test; anything else goes on to `look_up`.
    #[inline(always)]
    fn resolve_via(&self, look_up: fn(&RawWeak) -> *mut c_void) -> *mut c_void {
        if self.symbol().1 {
            ptr::null_mut()
        } else {
            look_up(self)
        }
    }

    /// The lookup: unless another thread has found the symbol meanwhile,
    /// looks it up with `lookup` and caches the answer, found or missing.
    #[inline(always)]
    fn look_up_with(&self, lookup: Lookup) -> *mut c_void {
        let found = self.cached();
        if !found.is_null() {
            return found;
        }
        let (symbol, _) = self.symbol();
        // SAFETY: the name is NUL-terminated and the scope checked.
        let addr = unsafe { lookup(symbol.scope(), symbol.name_ptr()) };
        if addr.is_null() {
            let tagged = symbol.as_ptr().wrapping_add(1) as *mut u8;
            self.symbol.store(tagged, Ordering::Release);
        } else {
            self.addr.store(addr, Ordering::Release);
        }
        addr
    }

    fn debug(&self, f: &mut fmt::Formatter<'_>, type_name: &str) -> fmt::Result {
        let (symbol, _) = self.symbol();
        let mut d = debug_symbol(f, type_name, symbol.name(), symbol.scope());
        d.field("state", &self.state());
        let addr = self.cached();
        if !addr.is_null() {
            d.field("addr", &addr);
        }
        d.finish()
    }
}

/// The one out-of-line slow path of every weak symbol in the program.
///
/// It answers a cached miss itself, in a handful of instructions, and leaves
/// the lookup to a function of its own, so that answering a miss does not
/// pay for the lookup's stack frame.
#[cold]
#[inline(never)]
fn resolve(raw: &RawWeak) -> *mut c_void {
    raw.resolve_via(look_up)
}

#[cold]
#[inline(never)]
fn look_up(raw: &RawWeak) -> *mut c_void {
    raw.look_up_with(sys::lookup)
}

/// The methods that [`WeakFn`] and [`WeakStatic`] share, on their `raw`.
macro_rules! shared_methods {
    () => {
        /// Looks the symbol up now, if it has not been, and returns whether
        /// the process has it.
        ///
        /// Call it before the process enters a sandbox (seccomp, `pledge`,
        /// `unveil`) that may no longer allow what the loader does, or
        /// before installing a signal handler that uses
        /// [`get_cached`](Self::get_cached).
        pub fn resolve(&self) -> bool {
            !self.raw.get().is_null()
        }

        /// Whether the symbol was looked up yet, and what was found.
        pub fn state(&self) -> State {
            self.raw.state()
        }

        /// The symbol's name, as it is looked up.
        pub fn name(&self) -> &'static str {
            self.raw.name()
        }
    };
}

/// A C function that may or may not exist in the running process, looked up
/// by name the first time it is asked for and cached from then on.
///
/// Declare one with [`weak!`](crate::weak) (or by hand with [`WeakFn::new`])
/// in a `static`, then call [`get`](WeakFn::get):
///
/// ```
/// use libc::c_int;
///
/// weaklink::weak! {
///     fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
/// }
///
/// let mut fds = [-1; 2];
/// let rc = match pipe2.get() {
///     // SAFETY: the declaration above matches pipe2(2).
///     Some(f) => unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) },
///     // SAFETY: `fds` has room for two descriptors.
///     None => unsafe { libc::pipe(fds.as_mut_ptr()) },
/// };
/// assert_eq!(rc, 0);
/// # unsafe { libc::close(fds[0]); libc::close(fds[1]); }
/// ```
///
/// (Write `Some(f) =>`, not `Some(pipe2) =>`: a match binding cannot shadow
/// the `static pipe2` that the macro declared, error E0530.)
///
/// `F` is the function's type as an `unsafe extern "C" fn(..) -> R` or
/// `unsafe extern "system" fn(..) -> R` pointer; see [`UnsafeExternFnPtr`]
/// for exactly which types are accepted.
///
/// # Where the symbol is looked up
///
/// By default, in every object loaded in the process, in load order, as
/// `dlsym(RTLD_DEFAULT, name)` does on Unix; the [`Symbol`] it was built
/// from can narrow that (see the [crate documentation](crate#scopes)).
/// Nothing is ever loaded. The first answer is kept for the life of the
/// process: a library loaded later does not turn a missing symbol into a
/// found one.
///
/// On targets without a dynamic loader, including statically linked musl,
/// and on targets this crate has no backend for, every lookup finds nothing
/// and [`get`](WeakFn::get) returns `None`. Link to the function directly
/// where you must have it.
///
/// # Cost
///
/// After the first call, `get` is one atomic load and one test, the same
/// test the caller's `match` makes, and it never locks, allocates or calls
/// into the loader: it is async-signal-safe. The first call looks the symbol
/// up in a shared, out-of-line function. See the [crate
/// documentation](crate#how-it-works) for the state machine and the memory
/// ordering.
///
/// # Size
///
/// Two pointers: the answer and the symbol.
#[repr(C)]
pub struct WeakFn<F: UnsafeExternFnPtr> {
    raw: RawWeak,
    _type: PhantomData<F>,
}

impl<F: UnsafeExternFnPtr> WeakFn<F> {
    /// A weak function for `symbol`, not looked up yet.
    ///
    /// ```
    /// use weaklink::{Symbol, WeakFn};
    ///
    /// static GETPID: WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
    ///     WeakFn::new(&Symbol::new(b"getpid\0"));
    /// # assert_eq!(GETPID.name(), "getpid");
    /// ```
    pub const fn new<const N: usize>(symbol: &'static Symbol<N>) -> Self {
        WeakFn {
            raw: RawWeak::new(SymbolRef::new(symbol)),
            _type: PhantomData,
        }
    }

    /// The function, if the process has it.
    ///
    /// Looks it up the first time; from then on returns the cached answer
    /// (found or missing) with no lookup. Calling the function is `unsafe`:
    /// the call site vouches that `F` is its real signature.
    #[inline]
    pub fn get(&self) -> Option<F> {
        // SAFETY: null, or the address the loader returned for this symbol.
        unsafe { F::from_addr(self.raw.get()) }
    }

    /// The function if an earlier call already found it; `None` otherwise.
    /// Never looks anything up.
    ///
    /// For code that must not enter the dynamic loader: signal handlers,
    /// the child of `fork` in a multi-threaded program, code inside a
    /// sandbox. Resolve the symbol beforehand with [`resolve`](Self::resolve)
    /// or [`get`](Self::get).
    #[inline]
    pub fn get_cached(&self) -> Option<F> {
        // SAFETY: as in `get`.
        unsafe { F::from_addr(self.raw.cached()) }
    }

    shared_methods!();
}

impl<F: UnsafeExternFnPtr> fmt::Debug for WeakFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.raw.debug(f, "WeakFn")
    }
}

/// A C global variable that may or may not exist in the running process,
/// looked up by name the first time it is asked for and cached from then on.
///
/// For data symbols such as `environ`, `__progname` or glibc's
/// `__libc_single_threaded`. Declare one with a `static` item in
/// [`weak!`](crate::weak):
///
/// ```
/// use libc::c_char;
///
/// weaklink::weak! {
///     static environ: *const *const c_char;
/// }
///
/// if let Some(env) = environ.get() {
///     // SAFETY: `environ` is a pointer-sized global that the C library
///     // keeps valid; reading it races only with setenv/putenv, which this
///     // program does not call concurrently.
///     let first = unsafe { env.as_ptr().read() };
///     assert!(!first.is_null());
/// }
/// ```
///
/// [`get`](WeakStatic::get) returns a raw [`NonNull<T>`], never a
/// reference: the C side may write the variable at any time, so reading or
/// writing it is `unsafe` and the caller's to synchronise.
///
/// Lookups, scopes, cost, size and platform behaviour are those of
/// [`WeakFn`].
#[repr(C)]
pub struct WeakStatic<T> {
    raw: RawWeak,
    // `fn() -> T` keeps the static `Send + Sync` whatever `T` is: only a
    // raw pointer to the data is ever handed out.
    _type: PhantomData<fn() -> NonNull<T>>,
}

impl<T> WeakStatic<T> {
    /// A weak variable for `symbol`, not looked up yet.
    ///
    /// ```
    /// use weaklink::{Symbol, WeakStatic};
    ///
    /// static SINGLE: WeakStatic<libc::c_char> =
    ///     WeakStatic::new(&Symbol::new(b"__libc_single_threaded\0"));
    /// # assert_eq!(SINGLE.name(), "__libc_single_threaded");
    /// ```
    pub const fn new<const N: usize>(symbol: &'static Symbol<N>) -> Self {
        WeakStatic {
            raw: RawWeak::new(SymbolRef::new(symbol)),
            _type: PhantomData,
        }
    }

    /// The variable's address, if the process has it. Looks it up the first
    /// time only, like [`WeakFn::get`].
    #[inline]
    pub fn get(&self) -> Option<NonNull<T>> {
        NonNull::new(self.raw.get().cast())
    }

    /// The variable's address if an earlier call already found it; never
    /// looks anything up. See [`WeakFn::get_cached`].
    #[inline]
    pub fn get_cached(&self) -> Option<NonNull<T>> {
        NonNull::new(self.raw.cached().cast())
    }

    shared_methods!();
}

impl<T> fmt::Debug for WeakStatic<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.raw.debug(f, "WeakStatic")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::sync::atomic::AtomicUsize;

    static FAKE: Symbol<5> = Symbol::new(b"fake\0");

    // A lookup that never touches the loader, so the state machine can be
    // tested anywhere, Miri included.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    static ANSWER: AtomicPtr<c_void> = AtomicPtr::new(ptr::null_mut());

    unsafe fn fake_lookup(scope: &Scope, name: *const u8) -> *mut c_void {
        // SAFETY: the slow path passes the symbol's name.
        assert_eq!(unsafe { crate::symbol::str_until_nul(name) }, "fake");
        assert_eq!(scope, SymbolRef::new(&FAKE).scope());
        CALLS.fetch_add(1, Ordering::SeqCst);
        ANSWER.load(Ordering::SeqCst)
    }

    /// The slow path as `resolve` runs it, with the fake lookup.
    fn fake_look_up(raw: &RawWeak) -> *mut c_void {
        raw.look_up_with(fake_lookup)
    }

    // The two cases share the globals above, so they run in one test.
    #[test]
    fn state_machine() {
        let missing = RawWeak::new(SymbolRef::new(&FAKE));
        assert_eq!(missing.state(), State::Unresolved);
        for _ in 0..3 {
            assert!(missing.resolve_via(fake_look_up).is_null());
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 1, "missing is cached");
        assert_eq!(missing.state(), State::Missing);
        assert_eq!(missing.name(), "fake", "the tag does not leak");

        let mut target = 0u8;
        let addr = &mut target as *mut u8 as *mut c_void;
        ANSWER.store(addr, Ordering::SeqCst);
        let found = RawWeak::new(SymbolRef::new(&FAKE));
        assert!(found.cached().is_null());
        for _ in 0..3 {
            assert_eq!(found.resolve_via(fake_look_up), addr);
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "found is cached");
        assert_eq!(found.state(), State::Found);
        assert_eq!(found.cached(), addr);
        assert_eq!(found.name(), "fake");
    }
}
