//! The hand-written cache that projects carry today, for comparison: an
//! `AtomicPtr` that starts at a sentinel (1) and a `#[cold]` initialiser
//! per function type, with either ordering in use: a relaxed load plus an
//! acquire fence on the hit path (rustix's copy; `StdStyle<F>`), or an
//! acquire load (the standard library's `weak!` today;
//! `StdStyle<F, true>`).

use std::ffi::c_void;
use std::marker::PhantomData;
use std::mem;
use std::sync::atomic::{self, AtomicPtr, Ordering};

const UNINIT: *mut c_void = 1 as *mut c_void;

pub struct StdStyle<F, const ACQUIRE_LOAD: bool = false> {
    /// NUL-terminated.
    name: &'static str,
    addr: AtomicPtr<c_void>,
    _type: PhantomData<F>,
}

impl<F: Copy, const ACQUIRE_LOAD: bool> StdStyle<F, ACQUIRE_LOAD> {
    pub const fn new(name: &'static str) -> Self {
        StdStyle {
            name,
            addr: AtomicPtr::new(UNINIT),
            _type: PhantomData,
        }
    }

    #[inline]
    pub fn get(&self) -> Option<F> {
        assert_eq!(mem::size_of::<F>(), mem::size_of::<*mut c_void>());
        let order = if ACQUIRE_LOAD {
            Ordering::Acquire
        } else {
            Ordering::Relaxed
        };
        match self.addr.load(order) {
            UNINIT => self.initialize(),
            addr if addr.is_null() => None,
            addr => {
                if !ACQUIRE_LOAD {
                    atomic::fence(Ordering::Acquire);
                }
                // SAFETY: a non-null address the loader returned for the
                // name, and `F` is a pointer-sized fn pointer (asserted).
                Some(unsafe { mem::transmute_copy::<*mut c_void, F>(&addr) })
            }
        }
    }

    #[cold]
    fn initialize(&self) -> Option<F> {
        // SAFETY: the name is NUL-terminated.
        let addr = unsafe { libc::dlsym(libc::RTLD_DEFAULT, self.name.as_ptr().cast()) };
        self.addr.store(addr, Ordering::Release);
        if addr.is_null() {
            None
        } else {
            // SAFETY: as in `get`.
            Some(unsafe { mem::transmute_copy::<*mut c_void, F>(&addr) })
        }
    }
}
