//! The cache: a symbol and the answer of its one lookup, in two words.
//!
//! The crate documentation's "How it works" explains the design and the
//! memory ordering; this is the state table it implements:
//!
//! | `addr`      | state                      |
//! |-------------|----------------------------|
//! | null        | not looked up yet          |
//! | `MISSING`   | looked up, missing         |
//! | any other   | looked up, found at `addr` |
//!
//! The answer is stored once, by compare-exchange from null: the first
//! thread to store wins, and a thread that loses the race returns the
//! stored answer instead of its own, so every caller gets the first answer
//! stored. One word holds the whole answer, so there is no moment at which
//! it is half-published, and no caller ever waits for another.
//!
//! `MISSING` is 1: no object lies at address 1, and a lookup that answers
//! 1 (an absolute symbol of that value) is missing too. So "found" is one
//! unsigned comparison (`addr > 1`), which the compiler folds into the
//! caller's `Some`/`None` match. `addr` is loaded with `Acquire`, paired
//! with the compare-exchange that stores it.

use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use core::mem;
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicPtr, Ordering};

use crate::fnptr::{fn_from_addr, UnsafeExternFnPtr};
use crate::symbol::Symbol;
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

/// `addr` once the lookup missed.
const MISSING: usize = 1;

/// The part of a weak symbol that does not depend on its type, so that the
/// slow path is compiled once for the whole program.
#[repr(C)]
struct RawWeak {
    /// Null, `MISSING`, or the address found.
    addr: AtomicPtr<c_void>,
    symbol: &'static Symbol,
}

impl RawWeak {
    const fn new(symbol: &'static Symbol) -> Self {
        RawWeak {
            addr: AtomicPtr::new(ptr::null_mut()),
            symbol,
        }
    }

    /// The fast path: the address if found, null if known to be missing,
    /// else what the slow path says. Only a symbol not looked up yet
    /// leaves the caller's code.
    #[inline(always)]
    fn get(&self) -> *mut c_void {
        let addr = self.addr.load(Ordering::Acquire);
        if addr as usize > MISSING {
            return addr;
        }
        if addr as usize == MISSING {
            return ptr::null_mut();
        }
        // Tested again, though the slow path answers null or an address
        // found: the compiler then sees the found path's test on this path
        // too, and keeps that path to the one test.
        found(slow_path(self))
    }

    /// The address if found; null if missing or not looked up yet.
    #[inline(always)]
    fn cached(&self) -> *mut c_void {
        found(self.addr.load(Ordering::Acquire))
    }

    fn state(&self) -> State {
        state_of(self.addr.load(Ordering::Acquire))
    }

    /// The slow path: unless an answer is stored already, asks `lookup`,
    /// then stores its answer, found or missing, unless another caller
    /// stored one first: then that one is returned.
    #[inline(always)]
    fn slow_path_with(&self, lookup: fn(&Symbol) -> *mut c_void) -> *mut c_void {
        let stored = self.addr.load(Ordering::Acquire);
        if !stored.is_null() {
            return found(stored);
        }
        // (A lookup answers 1 for nothing: `sys::lookup` refuses it. Were
        // it to, it would read as the miss it is stored as.)
        let mut answer = lookup(self.symbol);
        if answer.is_null() {
            // (No provenance: it is never dereferenced.)
            answer = ptr::null_mut::<u8>().wrapping_add(MISSING).cast();
        }
        let stored = match self.addr.compare_exchange(
            ptr::null_mut(),
            answer,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => answer,
            // Lost the race: the first answer stored is everyone's.
            Err(first) => first,
        };
        found(stored)
    }

    fn debug(&self, f: &mut fmt::Formatter<'_>, type_name: &str) -> fmt::Result {
        // One load, so that the state and the address agree.
        let answer = self.addr.load(Ordering::Acquire);
        let mut d = self.symbol.debug_struct(f, type_name);
        d.field("state", &state_of(answer));
        let addr = found(answer);
        if !addr.is_null() {
            d.field("addr", &addr);
        }
        d.finish()
    }
}

/// What the answer word says.
fn state_of(answer: *mut c_void) -> State {
    match answer as usize {
        0 => State::Unresolved,
        MISSING => State::Missing,
        _ => State::Found,
    }
}

/// `addr` if it is an address found, else null.
#[inline(always)]
fn found(addr: *mut c_void) -> *mut c_void {
    if addr as usize > MISSING {
        addr
    } else {
        ptr::null_mut()
    }
}

/// The out-of-line slow path that every weak symbol in the program shares:
/// the first `get()` of each symbol.
#[cold]
#[inline(never)]
fn slow_path(raw: &RawWeak) -> *mut c_void {
    raw.slow_path_with(sys::lookup)
}

/// The methods that [`WeakFn`] and [`WeakStatic`] share, on their `raw`.
macro_rules! shared_methods {
    () => {
        /// Looks the symbol up now, if it has not been, and returns whether
        /// the process has it.
        ///
        /// Call it before the process enters a sandbox (seccomp, `pledge`,
        /// `unveil`) that may no longer allow what the loader does, before
        /// installing a signal handler that uses
        /// [`get_cached`](Self::get_cached), or before a multi-threaded
        /// program forks.
        ///
        /// ```
        /// weaklink::weak! {
        ///     fn getpid() -> libc::pid_t;
        ///     static environ: *const *const libc::c_char;
        /// }
        ///
        /// // Before entering a sandbox, or installing a signal handler:
        /// let have_getpid = getpid.resolve();
        /// let _ = environ.resolve();
        /// // From here on, get_cached() has the answer.
        /// assert_eq!(getpid.get_cached().is_some(), have_getpid);
        /// ```
        ///
        /// # Thread-safety
        ///
        /// As [`get`](Self::get).
        ///
        /// # Platform-specific behaviour
        ///
        /// As [`get`](Self::get): the first call asks the loader.
        pub fn resolve(&self) -> bool {
            !self.raw.get().is_null()
        }

        /// Whether the symbol was looked up yet, and what was found.
        ///
        /// ```
        /// use weaklink::State;
        ///
        /// weaklink::weak! {
        ///     fn weaklink_doc_no_such_function();
        /// }
        ///
        /// assert_eq!(weaklink_doc_no_such_function.state(), State::Unresolved);
        /// assert!(weaklink_doc_no_such_function.get().is_none());
        /// assert_eq!(weaklink_doc_no_such_function.state(), State::Missing);
        /// ```
        pub fn state(&self) -> State {
            self.raw.state()
        }

        /// The symbol's name, as it is looked up.
        ///
        /// ```
        /// weaklink::weak! {
        ///     #[link_name = "getpid"]
        ///     fn process_id() -> libc::pid_t;
        /// }
        ///
        /// assert_eq!(process_id.name(), "getpid");
        /// ```
        pub fn name(&self) -> &'static str {
            self.raw.symbol.name()
        }
    };
}

/// A C function that may or may not exist in the running process, looked up
/// by name the first time it is asked for and cached from then on.
///
/// Declare one with [`weak!`](crate::weak) (or by hand with [`WeakFn::new`])
/// in a `static`, then call [`get`](WeakFn::get); the [crate
/// documentation](crate) has the canonical example, and explains [how the
/// cache works](crate#how-it-works).
///
/// `F` is the function's type as an `unsafe extern "C" fn(..) -> R` or
/// `unsafe extern "system" fn(..) -> R` pointer. [`WeakFn::new`] accepts the
/// types listed at [`UnsafeExternFnPtr`]; [`weak!`](crate::weak) also
/// accepts parameters with lifetimes (`&T`, `BorrowedFd<'_>`), which no
/// trait can list.
///
/// # Size
///
/// Two pointers: the answer and the symbol.
#[repr(C)]
pub struct WeakFn<F> {
    raw: RawWeak,
    // Only copies of `F` (function pointers) are handed out, so the static
    // is `Send + Sync` whatever `F` is.
    _type: PhantomData<fn() -> F>,
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
    ///
    /// Put it in a `static`. A `const` compiles too, but every use of a
    /// `const` is a fresh copy, so it would look the symbol up on every
    /// use and cache nothing.
    pub const fn new(symbol: &'static Symbol) -> Self {
        // `F: UnsafeExternFnPtr` vouches for what `new_unchecked` asks.
        WeakFn {
            raw: RawWeak::new(symbol),
            _type: PhantomData,
        }
    }
}

impl<F> WeakFn<F> {
    /// A weak function for `symbol`, for a type no trait can vouch for: a
    /// function pointer whose parameters have lifetimes. Used by the macros,
    /// which only ever name `unsafe extern "ABI" fn(..)` types.
    ///
    /// # Safety
    ///
    /// `F` must be an `unsafe extern "C"`, `"system"` or `"C-unwind"`
    /// function pointer type.
    #[doc(hidden)]
    pub const unsafe fn new_unchecked(symbol: &'static Symbol) -> Self {
        assert!(
            mem::size_of::<F>() == mem::size_of::<*mut c_void>(),
            "weaklink: the type of a WeakFn must be an `unsafe extern \"C\" fn` pointer"
        );
        WeakFn {
            raw: RawWeak::new(symbol),
            _type: PhantomData,
        }
    }

    /// The function, if the process has it.
    ///
    /// Looks it up the first time; from then on returns the cached answer,
    /// found or missing, with no lookup. The call is `unsafe`: its `unsafe`
    /// block vouches that `F` is the function's real signature.
    ///
    /// ```
    /// weaklink::weak! {
    ///     fn getpid() -> libc::pid_t;
    /// }
    ///
    /// if let Some(f) = getpid.get() {
    ///     // SAFETY: the declaration matches getpid(2).
    ///     assert_eq!(unsafe { f() }, std::process::id() as libc::pid_t);
    /// }
    /// ```
    ///
    /// # Thread-safety
    ///
    /// Any number of threads may call it at once. Threads that race on the
    /// first call may each look the symbol up, but only the first answer
    /// stored is kept, found or missing, and every thread returns that one;
    /// no thread ever waits for another. Once an answer
    /// is stored, no call looks up again, takes a lock, allocates or enters
    /// the loader: from then on `get` is async-signal-safe.
    ///
    /// # Platform-specific behaviour
    ///
    /// The first call asks the loader (see [Scopes](crate#scopes)). The
    /// loader may allocate (glibc formats a miss's `dlerror` message with
    /// `malloc`) and takes its own locks, so the first call is not
    /// async-signal-safe and must not run inside a `malloc` that the lookup
    /// itself could call: resolve such symbols beforehand with
    /// [`resolve`](Self::resolve). It may also change the thread's
    /// `dlerror()` state. Where there is no dynamic loader (statically
    /// linked musl, targets without a backend) every answer is `None`.
    ///
    /// # Safety
    ///
    /// Calling `get` is safe; calling the function it returns is not, and
    /// the caller's `unsafe` block must make sure that `F` is the C
    /// declaration's true signature and that the arguments meet the C
    /// function's own requirements.
    #[inline]
    pub fn get(&self) -> Option<F> {
        Self::typed(self.raw.get())
    }

    /// The function if an earlier call already found it; `None` otherwise.
    /// Never looks anything up.
    ///
    /// ```
    /// weaklink::weak! {
    ///     fn getppid() -> libc::pid_t;
    /// }
    ///
    /// assert!(getppid.get_cached().is_none()); // not looked up yet
    /// getppid.resolve(); // e.g. before installing a signal handler
    /// // In the handler: a load and a test, nothing else.
    /// if let Some(f) = getppid.get_cached() {
    ///     // SAFETY: the declaration matches getppid(2).
    ///     let _parent = unsafe { f() };
    /// }
    /// ```
    ///
    /// # Thread-safety
    ///
    /// One atomic load: async-signal-safe, and safe in the child of a
    /// multi-threaded `fork` and inside a sandbox, whatever the state.
    ///
    /// # Safety
    ///
    /// As for [`get`](Self::get): calling the function is the `unsafe` part.
    #[inline]
    pub fn get_cached(&self) -> Option<F> {
        Self::typed(self.raw.cached())
    }

    /// A cached address as `F`.
    #[inline(always)]
    fn typed(addr: *mut c_void) -> Option<F> {
        // SAFETY: null, or the address the loader returned for this symbol,
        // whose type `F` is a function pointer (`new`, `new_unchecked`).
        unsafe { fn_from_addr(addr) }
    }

    shared_methods!();
}

impl<F> fmt::Debug for WeakFn<F> {
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
/// Lookups, scopes, cost, size, thread-safety and platform behaviour are
/// those of [`WeakFn`].
#[repr(C)]
pub struct WeakStatic<T> {
    raw: RawWeak,
    // `fn() -> T` keeps the static `Send + Sync` whatever `T` is: only a
    // raw pointer to the data is ever handed out.
    _type: PhantomData<fn() -> NonNull<T>>,
}

impl<T> WeakStatic<T> {
    /// A weak variable for `symbol`, not looked up yet. As for
    /// [`WeakFn::new`], put it in a `static`, not a `const`.
    ///
    /// ```
    /// use weaklink::{Symbol, WeakStatic};
    ///
    /// static SINGLE: WeakStatic<libc::c_char> =
    ///     WeakStatic::new(&Symbol::new(b"__libc_single_threaded\0"));
    /// # assert_eq!(SINGLE.name(), "__libc_single_threaded");
    /// ```
    pub const fn new(symbol: &'static Symbol) -> Self {
        WeakStatic {
            raw: RawWeak::new(symbol),
            _type: PhantomData,
        }
    }

    /// The variable's address, if the process has it. Looks it up the first
    /// time only, like [`WeakFn::get`].
    ///
    /// # Safety
    ///
    /// Safe to call; reading or writing through the pointer is `unsafe`
    /// and must follow the C library's rules for the variable.
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
pub(crate) mod tests {
    use super::*;
    use core::sync::atomic::AtomicUsize;

    static FAKE: Symbol = Symbol::new(b"fake\0");

    // A lookup that never touches the loader, so the state machine can be
    // tested anywhere, Miri included.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    static ANSWER: AtomicPtr<c_void> = AtomicPtr::new(ptr::null_mut());

    fn fake_lookup(symbol: &Symbol) -> *mut c_void {
        assert_eq!(symbol.name(), "fake");
        CALLS.fetch_add(1, Ordering::SeqCst);
        ANSWER.load(Ordering::SeqCst)
    }

    // The cases share the globals above, so they run in one test.
    #[test]
    fn state_machine() {
        let missing = RawWeak::new(&FAKE);
        assert_eq!(missing.state(), State::Unresolved);
        for _ in 0..3 {
            assert!(missing.slow_path_with(fake_lookup).is_null());
            assert!(missing.get().is_null());
            assert!(missing.cached().is_null());
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 1, "missing is cached");
        assert_eq!(missing.state(), State::Missing);

        let mut target = 0u8;
        let addr = &mut target as *mut u8 as *mut c_void;
        ANSWER.store(addr, Ordering::SeqCst);
        let found = RawWeak::new(&FAKE);
        assert!(found.cached().is_null());
        for _ in 0..3 {
            assert_eq!(found.slow_path_with(fake_lookup), addr);
            assert_eq!(found.get(), addr);
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "found is cached");
        assert_eq!(found.state(), State::Found);
        assert_eq!(found.cached(), addr);

        // An answer of 1 (an absolute symbol of that value) is the one
        // value that cannot be told from the cached miss: it is missing.
        ANSWER.store(
            ptr::null_mut::<u8>().wrapping_add(1).cast(),
            Ordering::SeqCst,
        );
        let one = RawWeak::new(&FAKE);
        assert!(one.slow_path_with(fake_lookup).is_null());
        assert_eq!(one.state(), State::Missing);
        assert!(one.get().is_null() && one.cached().is_null());
        assert_eq!(CALLS.load(Ordering::SeqCst), 3);
    }

    // Racing first calls, made deterministic: the outer lookup stands for
    // a caller whose lookup is slow (a thread preempted there, or a thread
    // interrupted by a signal handler that calls `get` itself); inside it,
    // the other caller's lookup runs and stores its answer first. The slow
    // caller must return the stored answer, not its own.
    static FIRST: u8 = 1;
    static SECOND: u8 = 2;

    fn first(_: &Symbol) -> *mut c_void {
        &FIRST as *const u8 as *mut c_void
    }

    fn missing(_: &Symbol) -> *mut c_void {
        ptr::null_mut()
    }

    static MISSING_FIRST: RawWeak = RawWeak::new(&FAKE);

    fn found_after_a_miss(_: &Symbol) -> *mut c_void {
        assert!(MISSING_FIRST.slow_path_with(missing).is_null());
        &SECOND as *const u8 as *mut c_void
    }

    #[test]
    fn a_miss_stored_first_wins() {
        assert!(MISSING_FIRST.slow_path_with(found_after_a_miss).is_null());
        assert_eq!(MISSING_FIRST.state(), State::Missing);
        assert!(
            MISSING_FIRST.cached().is_null(),
            "found and missing at once"
        );
        assert!(MISSING_FIRST.get().is_null());
    }

    static FOUND_FIRST: RawWeak = RawWeak::new(&FAKE);

    fn other_after_a_find(_: &Symbol) -> *mut c_void {
        assert_eq!(FOUND_FIRST.slow_path_with(first), first(&FAKE));
        &SECOND as *const u8 as *mut c_void
    }

    fn missing_after_a_find(symbol: &Symbol) -> *mut c_void {
        assert_eq!(FOUND_FIRST_TOO.slow_path_with(first), first(symbol));
        ptr::null_mut()
    }

    static FOUND_FIRST_TOO: RawWeak = RawWeak::new(&FAKE);

    #[test]
    fn an_address_stored_first_wins() {
        assert_eq!(FOUND_FIRST.slow_path_with(other_after_a_find), first(&FAKE));
        assert_eq!(FOUND_FIRST.cached(), first(&FAKE));

        assert_eq!(
            FOUND_FIRST_TOO.slow_path_with(missing_after_a_find),
            first(&FAKE),
            "found and missing at once"
        );
        assert_eq!(FOUND_FIRST_TOO.state(), State::Found);
        assert_eq!(FOUND_FIRST_TOO.get(), first(&FAKE));
    }

    // Real threads racing on the first call, released together by a
    // barrier, as many times as it takes to see some interleavings: all of
    // them return the one answer stored. Half the lookups miss, as if a
    // library came and went, so a caller that kept its own answer would
    // disagree with the others.
    extern crate std;

    /// Runs `each(i)` for `i` in `0..threads`, each on a thread of its own,
    /// all released at once by a barrier; their results, in order.
    #[cfg(not(target_family = "wasm"))] // threads
    pub(crate) fn race<T, F>(threads: usize, each: F) -> std::vec::Vec<T>
    where
        T: Send + 'static,
        F: Fn(usize) -> T + Send + Sync + 'static,
    {
        use std::sync::{Arc, Barrier};
        let barrier = Arc::new(Barrier::new(threads));
        let each = Arc::new(each);
        let handles: std::vec::Vec<_> = (0..threads)
            .map(|i| {
                let (barrier, each) = (Arc::clone(&barrier), Arc::clone(&each));
                std::thread::spawn(move || {
                    barrier.wait();
                    each(i)
                })
            })
            .collect();
        handles.into_iter().map(|t| t.join().unwrap()).collect()
    }

    #[cfg(not(target_family = "wasm"))] // threads
    #[test]
    fn racing_threads_agree() {
        static FLIP: AtomicUsize = AtomicUsize::new(0);
        fn flip(_: &Symbol) -> *mut c_void {
            // A slow lookup: the others' run meanwhile.
            std::thread::yield_now();
            if FLIP.fetch_add(1, Ordering::SeqCst) % 2 == 0 {
                first(&FAKE)
            } else {
                ptr::null_mut()
            }
        }
        // A `const` is what an array of them is made from (and, on Rust
        // 1.63, a `const` cannot refer to a `static`).
        const RACED: Symbol = Symbol::new(b"raced\0");
        #[allow(clippy::declare_interior_mutable_const)]
        const FRESH: RawWeak = RawWeak::new(&RACED);
        static RACES: [RawWeak; 200] = [FRESH; 200];
        const THREADS: usize = 4;
        let mut disagreed = 0;
        for raw in &RACES[..if cfg!(miri) { 3 } else { 200 }] {
            let answers = race(THREADS, move |_| raw.slow_path_with(flip) as usize);
            let stored = raw.cached() as usize;
            assert_eq!(raw.get() as usize, stored);
            disagreed += answers.iter().filter(|&&a| a != stored).count();
        }
        assert_eq!(
            disagreed, 0,
            "callers returned answers other than the one stored"
        );
    }

    // What the lookup made before it answered (here: the pointee of the
    // answer, written just before) is visible to every thread that reads
    // the answer, through each of the three loads that can: the fast path,
    // the slow path's first load, and a lost compare-exchange. Under Miri,
    // any of them with `Relaxed` ordering is a data race.
    #[cfg(not(target_family = "wasm"))] // threads
    #[test]
    fn an_answer_publishes_what_the_lookup_wrote() {
        use core::cell::UnsafeCell;
        // Plain memory that each lookup writes one word of, non-atomically.
        struct Cells([UnsafeCell<u64>; 200]);
        // SAFETY: each cell is written by the one lookup that takes it,
        // then only read through the answer (which is what is tested).
        unsafe impl Sync for Cells {}
        #[allow(clippy::declare_interior_mutable_const)]
        const CELL: UnsafeCell<u64> = UnsafeCell::new(0);
        static CELLS: Cells = Cells([CELL; 200]);
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        fn make(_: &Symbol) -> *mut c_void {
            let cell = CELLS.0[NEXT.fetch_add(1, Ordering::Relaxed)].get();
            // SAFETY: a cell no other lookup takes.
            unsafe { cell.write(0x5eed) };
            cell.cast()
        }
        const SYMBOL: Symbol = Symbol::new(b"published\0");
        #[allow(clippy::declare_interior_mutable_const)]
        const FRESH: RawWeak = RawWeak::new(&SYMBOL);
        static RACES: [RawWeak; 50] = [FRESH; 50];
        const THREADS: usize = 3;
        for raw in &RACES[..if cfg!(miri) { 3 } else { 50 }] {
            let seen = race(THREADS, move |i| {
                let p = match i {
                    // The fast path, spinning until an answer is there.
                    0 => loop {
                        let p = raw.cached();
                        if !p.is_null() {
                            break p;
                        }
                        std::thread::yield_now();
                    },
                    // A lookup of its own, which may lose.
                    _ => raw.slow_path_with(make),
                };
                // SAFETY: every answer is a `u64` that `make` wrote.
                unsafe { *p.cast::<u64>() }
            });
            assert_eq!(seen, [0x5eed; THREADS]);
        }
    }
}
