//! The cache: a symbol and the answer of its one lookup, in two words.
//!
//! The crate documentation's "How it works" explains the design and the
//! memory ordering; this is the state table it implements:
//!
//! | `addr`   | `symbol`            | state                              |
//! |----------|---------------------|------------------------------------|
//! | null     | symbol              | not looked up yet                  |
//! | null     | symbol + `MISSING`  | looked up, missing                 |
//! | null     | symbol + `FOUND`    | found, the address being published |
//! | non-null | symbol + `FOUND`    | looked up, found at `addr`         |
//!
//! `addr` is non-null only when found, so the fast path's null test is the
//! caller's `Some`/`None` test. The tag bits are free because a `Symbol` is
//! aligned to at least 4, and are added with `wrapping_add`, so the tagged
//! pointer keeps the symbol's provenance. `addr` is loaded with `Acquire`,
//! paired with the `Release` store that publishes it.
//!
//! The `symbol` word decides: the first thread whose compare-exchange tags
//! it stores the answer, and a thread that loses the race returns that
//! answer instead of its own, so every thread gets the first answer stored.
//! A found address is published right after the tag. A caller that finds
//! the tag but not yet the address waits a few spins, then looks up itself
//! (the winner may never run again: this caller may be a signal handler
//! that interrupted it, or the child of a `fork` taken at that moment), and
//! the first address published, by compare-exchange, is everyone's. If its
//! own lookup misses, it waits for the winner's address: a decided "found"
//! is never answered "missing". (So the one case that waits without end is
//! a signal handler or a `fork` child whose lookup misses where the
//! interrupted winner's found: the loader's answer changed in between.)

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

/// The `symbol` word's tag: the lookup missed.
const MISSING: usize = 1;
/// The `symbol` word's tag: the lookup found the address that `addr`
/// holds, or is about to.
const FOUND: usize = 2;
const TAGS: usize = MISSING | FOUND;

/// The part of a weak symbol that does not depend on its type, so that the
/// slow path is compiled once for the whole program.
#[repr(C)]
struct RawWeak {
    /// Non-null only when found.
    addr: AtomicPtr<c_void>,
    /// The `Symbol`, plus a tag once the answer is decided.
    symbol: AtomicPtr<Symbol>,
}

impl RawWeak {
    const fn new(symbol: &'static Symbol) -> Self {
        RawWeak {
            addr: AtomicPtr::new(ptr::null_mut()),
            symbol: AtomicPtr::new(symbol as *const Symbol as *mut Symbol),
        }
    }

    /// The fast path: the address if found, null if known to be missing,
    /// else what the slow path says.
    #[inline(always)]
    fn get(&self) -> *mut c_void {
        let addr = self.cached();
        if !addr.is_null() {
            return addr;
        }
        // A cached miss is answered here, without a call. (Relaxed: a
        // null answer publishes nothing to read.)
        if self.symbol.load(Ordering::Relaxed) as usize & MISSING != 0 {
            return ptr::null_mut();
        }
        slow_path(self)
    }

    #[inline(always)]
    fn cached(&self) -> *mut c_void {
        self.addr.load(Ordering::Acquire)
    }

    /// The `symbol` word: the symbol, and its tag.
    fn tagged(&self) -> (&'static Symbol, usize) {
        let p = self.symbol.load(Ordering::Acquire);
        let tag = p as usize & TAGS;
        // Step back over the tag rather than masking the address, so that
        // the pointer keeps its provenance.
        let p = (p as *const u8).wrapping_sub(tag) as *const Symbol;
        // SAFETY: `p` is the `&'static Symbol` that `new` stored, untagged.
        (unsafe { &*p }, tag)
    }

    fn state(&self) -> State {
        if !self.cached().is_null() {
            return State::Found;
        }
        match self.tagged().1 {
            MISSING => State::Missing,
            // Decided, and being published.
            FOUND => State::Found,
            _ => State::Unresolved,
        }
    }

    /// The slow path: unless the answer is decided already, asks `lookup`,
    /// then stores its answer, found or missing, unless another thread
    /// stored one first: then that one is returned.
    #[inline(always)]
    fn slow_path_with(&self, lookup: fn(&Symbol) -> *mut c_void) -> *mut c_void {
        // How often a caller checks for an address another thread decided
        // on but has not published yet, before it looks up itself.
        const PATIENCE: u32 = 100;
        let mut answer = None;
        let mut waited = 0;
        loop {
            let (symbol, tag) = self.tagged();
            match tag {
                MISSING => return ptr::null_mut(),
                FOUND => {
                    // Another thread decided; it publishes its address right
                    // after. It may never: if this is a signal handler that
                    // interrupted it, or the child of a `fork` taken at that
                    // moment. Then this caller looks up itself, and the
                    // first address published is everyone's.
                    let addr = self.cached();
                    if !addr.is_null() {
                        return addr;
                    }
                    if waited < PATIENCE {
                        waited += 1;
                        core::hint::spin_loop();
                        continue;
                    }
                    let own = *answer.get_or_insert_with(|| lookup(symbol));
                    if !own.is_null() {
                        return self.publish(own);
                    }
                    // The answer is "found", and this caller's own lookup
                    // misses (the loader's answer changed meanwhile): only
                    // the winner has an address. Never answer "missing":
                    // wait for it.
                    core::hint::spin_loop();
                }
                _ => {
                    let addr = *answer.get_or_insert_with(|| lookup(symbol));
                    let untagged = symbol as *const Symbol as *mut Symbol;
                    let tag = if addr.is_null() { MISSING } else { FOUND };
                    let tagged = (untagged as *mut u8).wrapping_add(tag) as *mut Symbol;
                    let won = self
                        .symbol
                        .compare_exchange(untagged, tagged, Ordering::AcqRel, Ordering::Acquire)
                        .is_ok();
                    if won {
                        return self.publish(addr);
                    }
                    // Lost the race: the loop returns the winner's answer.
                }
            }
        }
    }

    /// Publishes a found `addr`, unless an address was published first:
    /// returns the one published. Null (missing) publishes nothing.
    fn publish(&self, addr: *mut c_void) -> *mut c_void {
        if addr.is_null() {
            return addr;
        }
        match self
            .addr
            .compare_exchange(ptr::null_mut(), addr, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => addr,
            Err(first) => first,
        }
    }

    fn debug(&self, f: &mut fmt::Formatter<'_>, type_name: &str) -> fmt::Result {
        let mut d = self.tagged().0.debug_struct(f, type_name);
        d.field("state", &self.state());
        let addr = self.cached();
        if !addr.is_null() {
            d.field("addr", &addr);
        }
        d.finish()
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
            self.raw.tagged().0.name()
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
        // SAFETY: `F: UnsafeExternFnPtr` is an `unsafe extern` fn pointer.
        unsafe { Self::new_unchecked(symbol) }
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
    /// stored is kept, found or missing, and every thread returns that one
    /// (a thread may spin briefly while the winner publishes its address;
    /// it never waits for another thread longer than that). Once an answer
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
mod tests {
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

    // The two cases share the globals above, so they run in one test.
    #[test]
    fn state_machine() {
        let missing = RawWeak::new(&FAKE);
        assert_eq!(missing.state(), State::Unresolved);
        for _ in 0..3 {
            assert!(missing.slow_path_with(fake_lookup).is_null());
            assert!(missing.get().is_null());
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 1, "missing is cached");
        assert_eq!(missing.state(), State::Missing);
        assert_eq!(missing.tagged().0.name(), "fake", "the tag does not leak");

        let mut target = 0u8;
        let addr = &mut target as *mut u8 as *mut c_void;
        ANSWER.store(addr, Ordering::SeqCst);
        let found = RawWeak::new(&FAKE);
        assert!(found.cached().is_null());
        for _ in 0..3 {
            assert_eq!(found.slow_path_with(fake_lookup), addr);
        }
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "found is cached");
        assert_eq!(found.state(), State::Found);
        assert_eq!(found.cached(), addr);
        assert_eq!(found.tagged().1, FOUND);
    }

    // Racing first calls, made deterministic: the outer lookup stands for
    // a thread whose lookup is slow; inside it, another thread's lookup
    // starts and stores its answer first. The slow thread must return the
    // stored answer, not its own.
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
            first(&FAKE)
        );
        assert_eq!(FOUND_FIRST_TOO.state(), State::Found);
        assert_eq!(
            FOUND_FIRST_TOO.tagged().1,
            FOUND,
            "found and missing at once"
        );
    }

    // The winner stopped between its compare-exchange and its publish (a
    // thread preempted there, a signal handler on that very thread, the
    // child of a `fork` taken then): another caller must not wait for it.
    extern crate std;
    #[cfg(not(target_family = "wasm"))]
    static PAUSED_WINNER: RawWeak = RawWeak::new(&FAKE);

    fn decide_found_without_publishing(raw: &RawWeak) {
        let untagged = &FAKE as *const Symbol as *mut Symbol;
        let tagged = (untagged as *mut u8).wrapping_add(FOUND) as *mut Symbol;
        raw.symbol
            .compare_exchange(untagged, tagged, Ordering::AcqRel, Ordering::Acquire)
            .unwrap();
    }

    #[cfg(not(target_family = "wasm"))] // threads
    #[test]
    fn a_caller_never_waits_for_an_unpublished_winner() {
        decide_found_without_publishing(&PAUSED_WINNER);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(PAUSED_WINNER.slow_path_with(first) as usize);
        });
        let got = rx.recv_timeout(std::time::Duration::from_secs(3));
        assert_eq!(
            got,
            Ok(first(&FAKE) as usize),
            "get() waited for another thread to publish, or did not publish its own answer"
        );
        assert_eq!(PAUSED_WINNER.cached(), first(&FAKE));
        // The stopped winner, publishing later, gets the published answer.
        assert_eq!(
            PAUSED_WINNER.publish(&SECOND as *const u8 as *mut c_void),
            first(&FAKE)
        );
    }

    // In that window the answer is decided: `state()` says so.
    static DECIDED: RawWeak = RawWeak::new(&FAKE);

    #[test]
    fn state_of_a_decided_answer_is_not_unresolved() {
        decide_found_without_publishing(&DECIDED);
        assert_eq!(DECIDED.state(), State::Found);
        assert!(DECIDED.cached().is_null());
    }

    // The winner decided "found" and stopped before publishing; another
    // caller waits out its patience and looks up itself, and its own
    // lookup misses. It must not answer "missing" while the answer is
    // decided "found": it waits for the winner's address.
    #[cfg(not(target_family = "wasm"))]
    static PAUSED_FIND: RawWeak = RawWeak::new(&FAKE);

    #[cfg(not(target_family = "wasm"))] // threads
    #[test]
    fn a_caller_never_answers_missing_once_found_is_decided() {
        decide_found_without_publishing(&PAUSED_FIND);
        let winner = std::thread::spawn(|| {
            std::thread::sleep(std::time::Duration::from_millis(50));
            PAUSED_FIND.publish(first(&FAKE)) as usize
        });
        let got = PAUSED_FIND.slow_path_with(missing) as usize;
        // Compared as integers: the thread hands back only the number.
        let published = winner.join().unwrap();
        assert_eq!(published, first(&FAKE) as usize);
        assert_eq!(PAUSED_FIND.state(), State::Found);
        assert_eq!(PAUSED_FIND.get() as usize, published);
        assert_eq!(
            got, published,
            "one caller got None, the others Some: found and missing at once"
        );
    }
}
