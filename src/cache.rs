//! The cache: a symbol's name and the answer of its one lookup, in two words.
//!
//! # The state machine
//!
//! A [`WeakFn`] holds two atomic words:
//!
//! | `addr`   | `name`            | state                     |
//! |----------|-------------------|---------------------------|
//! | null     | name              | not looked up yet         |
//! | null     | name + 1 (tagged) | looked up, missing        |
//! | non-null | name              | looked up, found at `addr`|
//!
//! `addr` is non-null **only** when the symbol was found, so the fast path
//! of [`WeakFn::get`] is a single load and a null test, and that null test is
//! the same one the caller's `Some`/`None` match makes: the compiler merges
//! them. "Not looked up yet" and "missing" are told apart off the fast path,
//! by the low bit of `name`, which is free because a [`SymbolName`] is
//! aligned to 2. The tag is added with `wrapping_add`, so the tagged pointer
//! keeps the name's provenance.
//!
//! # Memory ordering
//!
//! The fast path loads `addr` with `Acquire`, paired with the `Release` store
//! that publishes it. The address comes from the dynamic loader, which
//! mapped, relocated and initialised the library on the thread that looked it
//! up; acquiring the pointer makes all of that happen-before any call made
//! through it on another thread, with no reliance on the platform's loader
//! or on data dependencies. On x86 an acquire load is a plain `mov`; on
//! AArch64 it is `ldar` instead of `ldr`. The standard library's own weak
//! symbols made the same choice.
//!
//! Two threads calling `get` for the first time at once may both look the
//! symbol up. Both get the same answer and store it; the extra lookup costs
//! time once, never correctness. After an answer is stored no call looks up
//! again.

use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use core::ptr;
use core::sync::atomic::{AtomicPtr, Ordering};

use crate::fnptr::UnsafeExternFnPtr;
use crate::sys;

/// A symbol name, NUL-terminated, checked when it is built and aligned so
/// that a [`WeakFn`] can keep one bit of state in the pointer to it.
///
/// `N` counts the trailing NUL. Build one in a `const` or `static`, where a
/// bad name is a compile error:
///
/// ```
/// use weaklink::SymbolName;
///
/// static NAME: SymbolName<6> = SymbolName::new(b"pipe2\0");
/// assert_eq!(NAME.as_str(), "pipe2");
/// ```
///
/// ```compile_fail
/// // No trailing NUL: the constant fails to evaluate.
/// static NAME: weaklink::SymbolName<5> = weaklink::SymbolName::new(b"pipe2");
/// ```
///
/// The [`weak!`](crate::weak) macro builds these for you.
#[repr(C, align(2))]
pub struct SymbolName<const N: usize> {
    bytes: [u8; N],
}

impl<const N: usize> SymbolName<N> {
    /// Checks `bytes` and wraps them.
    ///
    /// # Panics
    ///
    /// If the name is empty, does not end with exactly one NUL byte (it must
    /// end with one and contain no other), or is not UTF-8. Evaluated in a
    /// `const` or `static`, that panic is a compile error.
    pub const fn new(bytes: &[u8; N]) -> Self {
        check_name(bytes);
        SymbolName { bytes: *bytes }
    }

    /// Builds a name from `name` (without its NUL) by appending the NUL.
    /// `N` must be `name.len() + 1`. Used by the macros.
    #[doc(hidden)]
    pub const fn from_str_without_nul(name: &str) -> Self {
        let src = name.as_bytes();
        if src.len() + 1 != N {
            panic!("weaklink: internal error: symbol name length mismatch");
        }
        let mut bytes = [0u8; N];
        let mut i = 0;
        while i < src.len() {
            bytes[i] = src[i];
            i += 1;
        }
        check_name(&bytes);
        SymbolName { bytes }
    }

    /// The name, without its trailing NUL.
    pub fn as_str(&self) -> &str {
        // SAFETY: `check_name` accepted these bytes: valid UTF-8 ending in
        // exactly one NUL.
        unsafe { name_from_ptr(self.bytes.as_ptr()) }
    }
}

impl<const N: usize> fmt::Debug for SymbolName<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

const fn check_name(bytes: &[u8]) {
    let n = bytes.len();
    if n < 2 {
        panic!("weaklink: a symbol name must not be empty; write b\"name\\0\"");
    }
    if bytes[n - 1] != 0 {
        panic!("weaklink: a symbol name must end with a NUL byte; write b\"name\\0\"");
    }
    let mut i = 0;
    while i < n - 1 {
        if bytes[i] == 0 {
            panic!("weaklink: a symbol name must not contain a NUL byte before its end");
        }
        i += 1;
    }
    if core::str::from_utf8(bytes).is_err() {
        panic!("weaklink: a symbol name must be UTF-8");
    }
}

/// Reads a name back from the pointer a [`WeakFn`] keeps.
///
/// # Safety
///
/// `p` must point to the bytes of a [`SymbolName`] that lives for `'a`.
unsafe fn name_from_ptr<'a>(p: *const u8) -> &'a str {
    let mut len = 0;
    // SAFETY: the bytes end with a NUL (checked when the name was built),
    // so the scan stays inside them.
    while unsafe { *p.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: `len` bytes from `p` are inside the name and are UTF-8
    // (checked when the name was built, and a NUL byte never splits a UTF-8
    // sequence).
    unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, len)) }
}

/// What a [`WeakFn`] knows about its symbol, from [`WeakFn::state`].
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

/// The part of a [`WeakFn`] that does not depend on its type, so that the
/// slow path is compiled once for the whole program.
#[repr(C)]
pub(crate) struct RawWeak {
    /// Non-null only when found.
    addr: AtomicPtr<c_void>,
    /// The name; plus one once the symbol is known to be missing.
    name: AtomicPtr<u8>,
}

/// A lookup function, as the slow path calls it.
type Lookup = unsafe fn(name: *const u8) -> *mut c_void;

impl RawWeak {
    const fn new(name: *const u8) -> Self {
        RawWeak {
            addr: AtomicPtr::new(ptr::null_mut()),
            name: AtomicPtr::new(name as *mut u8),
        }
    }

    #[inline(always)]
    fn load(&self) -> *mut c_void {
        self.addr.load(Ordering::Acquire)
    }

    /// The name pointer without its tag, and whether it was tagged.
    fn name_ptr(&self) -> (*const u8, bool) {
        let p = self.name.load(Ordering::Acquire);
        let missing = (p as usize) & 1 == 1;
        // Step back over the tag rather than masking the address, so that
        // the pointer keeps its provenance.
        (p.wrapping_sub(missing as usize) as *const u8, missing)
    }

    fn state(&self) -> State {
        if !self.load().is_null() {
            State::Found
        } else if self.name_ptr().1 {
            State::Missing
        } else {
            State::Unresolved
        }
    }

    fn name(&self) -> &'static str {
        // SAFETY: a `RawWeak` is only built from a `&'static SymbolName`.
        unsafe { name_from_ptr(self.name_ptr().0) }
    }

    /// The slow path: returns the cached answer if there is one, else looks
    /// the symbol up with `lookup` and caches the answer.
    #[inline(always)]
    fn resolve_with(&self, lookup: Lookup) -> *mut c_void {
        let found = self.load();
        if !found.is_null() {
            return found;
        }
        let (name, missing) = self.name_ptr();
        if missing {
            return ptr::null_mut();
        }
        // SAFETY: `name` points to a NUL-terminated `SymbolName`.
        let addr = unsafe { lookup(name) };
        if addr.is_null() {
            self.name
                .store(name.wrapping_add(1) as *mut u8, Ordering::Release);
        } else {
            self.addr.store(addr, Ordering::Release);
        }
        addr
    }
}

/// The one out-of-line slow path of every [`WeakFn`] in the program.
#[cold]
#[inline(never)]
fn resolve(raw: &RawWeak) -> *mut c_void {
    raw.resolve_with(sys::lookup)
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
/// In every object loaded in the process, in load order, as
/// `dlsym(RTLD_DEFAULT, name)` does on Unix. Nothing is ever loaded. The
/// first answer is kept for the life of the process: a library loaded later
/// does not turn a missing symbol into a found one.
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
/// up in a shared, out-of-line function. See the [module
/// documentation](crate#how-it-works) for the state machine and the memory
/// ordering.
///
/// # Size
///
/// Two pointers: the answer and the name.
#[repr(C)]
pub struct WeakFn<F: UnsafeExternFnPtr> {
    raw: RawWeak,
    _type: PhantomData<F>,
}

impl<F: UnsafeExternFnPtr> WeakFn<F> {
    /// A weak function called `name`, not looked up yet.
    ///
    /// ```
    /// use weaklink::{SymbolName, WeakFn};
    ///
    /// static GETPID: WeakFn<unsafe extern "C" fn() -> libc::pid_t> =
    ///     WeakFn::new(&SymbolName::new(b"getpid\0"));
    /// # assert_eq!(GETPID.name(), "getpid");
    /// ```
    pub const fn new<const N: usize>(name: &'static SymbolName<N>) -> Self {
        WeakFn {
            raw: RawWeak::new(name.bytes.as_ptr()),
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
        let mut addr = self.raw.load();
        if addr.is_null() {
            addr = resolve(&self.raw);
        }
        // SAFETY: `addr` is null or the address the loader returned for
        // this symbol.
        unsafe { F::from_addr(addr) }
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
        unsafe { F::from_addr(self.raw.load()) }
    }

    /// Looks the symbol up now, if it has not been, and returns whether the
    /// process has it.
    ///
    /// Call it before the process enters a sandbox (seccomp, `pledge`,
    /// `unveil`) that may no longer allow what the loader does, or before
    /// installing a signal handler that uses [`get_cached`](Self::get_cached).
    pub fn resolve(&self) -> bool {
        self.get().is_some()
    }

    /// Whether the symbol was looked up yet, and what was found.
    pub fn state(&self) -> State {
        self.raw.state()
    }

    /// The symbol's name, as it is looked up.
    pub fn name(&self) -> &'static str {
        self.raw.name()
    }
}

impl<F: UnsafeExternFnPtr> fmt::Debug for WeakFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("WeakFn");
        d.field("name", &self.name()).field("state", &self.state());
        let addr = self.raw.load();
        if !addr.is_null() {
            d.field("addr", &addr);
        }
        d.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::sync::atomic::AtomicUsize;

    static NAME: SymbolName<5> = SymbolName::new(b"fake\0");

    // A lookup that never touches the loader, so the state machine can be
    // tested anywhere, Miri included.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    static ANSWER: AtomicPtr<c_void> = AtomicPtr::new(ptr::null_mut());

    unsafe fn fake_lookup(name: *const u8) -> *mut c_void {
        // SAFETY: the slow path passes the name it was built with.
        assert_eq!(unsafe { name_from_ptr(name) }, "fake");
        CALLS.fetch_add(1, Ordering::SeqCst);
        ANSWER.load(Ordering::SeqCst)
    }

    // The two cases share the globals above, so they run in one test.
    #[test]
    fn state_machine() {
        let missing = RawWeak::new(NAME.bytes.as_ptr());
        assert_eq!(missing.state(), State::Unresolved);
        for _ in 0..3 {
            assert!(missing.resolve_with(fake_lookup).is_null());
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 1, "missing is cached");
        assert_eq!(missing.state(), State::Missing);
        assert_eq!(missing.name(), "fake", "the tag does not leak");

        let mut target = 0u8;
        let addr = &mut target as *mut u8 as *mut c_void;
        ANSWER.store(addr, Ordering::SeqCst);
        let found = RawWeak::new(NAME.bytes.as_ptr());
        assert!(found.load().is_null());
        for _ in 0..3 {
            assert_eq!(found.resolve_with(fake_lookup), addr);
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "found is cached");
        assert_eq!(found.state(), State::Found);
        assert_eq!(found.load(), addr);
        assert_eq!(found.name(), "fake");
    }

    #[test]
    fn name_checks() {
        assert_eq!(
            SymbolName::<7>::from_str_without_nul("getpid").as_str(),
            "getpid"
        );
        assert_eq!(NAME.as_str(), "fake");
        assert_eq!(core::mem::align_of::<SymbolName<5>>(), 2);
    }
}
