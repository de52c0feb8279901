//! An `LD_PRELOAD` allocator interposer: a library that defines `malloc`,
//! `calloc`, `realloc` and `free`, counts the calls, and forwards each one
//! to the definition it hides, found with `#[weaklink(next)]`.
//!
//! ```text
//! cargo build -p weaklink-malloc-interpose-example
//! LD_PRELOAD=target/debug/libmalloc_interpose.so some-program
//! ```
//!
//! # The trap, and the pattern that avoids it
//!
//! The first lookup of a symbol asks the loader, and the loader may call
//! `malloc`: glibc's `dlsym` formats a miss's `dlerror()` message with
//! `malloc`, and the lookup's other calls (`dlopen` to pin the defining
//! object, `dlerror` to clear the message) may allocate too. Inside an
//! interposed `malloc`, a `get()` that has to look up therefore re-enters
//! `malloc`, which calls `get()` again before the first lookup has stored
//! anything, and so on until the stack runs out.
//!
//! So this library never looks anything up from inside the allocator:
//!
//! - an ELF constructor (an entry in `.init_array`) resolves the four
//!   functions with [`resolve`](weaklink::WeakFn::resolve) when the library
//!   is loaded, `free` first and `malloc` last;
//! - the allocator only ever calls
//!   [`get_cached`](weaklink::WeakFn::get_cached), which never looks up;
//! - until `malloc` is resolved (before the constructor runs, and while its
//!   own lookups allocate), allocations come from a static arena, which is
//!   never reused: `free` ignores arena blocks and `realloc` moves them out.
//!
//! `memalign`, `posix_memalign`, `aligned_alloc` and the like are not
//! replaced: they go to the C library directly, and as everything that is
//! not an arena block is handed to the C library's `free`, the mix is
//! consistent.
//!
//! The library also exports `weaklink_malloc_interpose_report`, which
//! writes its counts into a buffer, and writes the same line to the file
//! named by `WEAKLINK_MALLOC_INTERPOSE_REPORT`, if set, when the process
//! exits. `weaklink_malloc_interpose_reentry` shows the trap (see there).
//!
//! Linux with glibc only: elsewhere the library is empty.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

use core::ptr;
use core::sync::atomic::{AtomicUsize, Ordering};

use libc::{c_int, c_void, size_t};

weaklink::weak! {
    // The definitions after this library: the C library's. The Rust names
    // differ so that they do not clash with the functions defined below.
    #[weaklink(next)]
    #[link_name = "malloc"]
    fn next_malloc(size: size_t) -> *mut c_void;
    #[weaklink(next)]
    #[link_name = "calloc"]
    fn next_calloc(count: size_t, size: size_t) -> *mut c_void;
    #[weaklink(next)]
    #[link_name = "realloc"]
    fn next_realloc(block: *mut c_void, size: size_t) -> *mut c_void;
    #[weaklink(next)]
    #[link_name = "free"]
    fn next_free(block: *mut c_void);
}

static MALLOCS: AtomicUsize = AtomicUsize::new(0);
static CALLOCS: AtomicUsize = AtomicUsize::new(0);
static REALLOCS: AtomicUsize = AtomicUsize::new(0);
static FREES: AtomicUsize = AtomicUsize::new(0);
/// Allocations served by the arena.
static EARLY: AtomicUsize = AtomicUsize::new(0);
/// 1 once the constructor found all four functions.
static RESOLVED: AtomicUsize = AtomicUsize::new(0);

/// Resolves the four functions when the library is loaded, before the
/// program's own code runs. Order matters: while `malloc` is unresolved,
/// every allocation (the lookups' own included) comes from the arena, so
/// resolving it last means nothing the lookups allocate is ever handed to
/// a `free` or `realloc` that is not resolved yet.
extern "C" fn resolve_all() {
    let all = next_free.resolve()
        & next_realloc.resolve()
        & next_calloc.resolve()
        & next_malloc.resolve();
    RESOLVED.store(usize::from(all), Ordering::Relaxed);
}

#[used]
#[link_section = ".init_array"]
static RESOLVE_AT_LOAD: extern "C" fn() = resolve_all;

/// The static arena: bump allocation, 16-byte aligned blocks, each after a
/// 16-byte header holding its size. Never reused, so its blocks are zeroed.
mod arena {
    use core::cell::UnsafeCell;
    use core::sync::atomic::{AtomicUsize, Ordering};

    const SIZE: usize = 256 * 1024;
    const HEADER: usize = 16;

    #[repr(C, align(16))]
    struct Bytes(UnsafeCell<[u8; SIZE]>);

    // SAFETY: each block is handed out once (the offset is claimed
    // atomically); the arena itself is only reached through raw pointers.
    unsafe impl Sync for Bytes {}

    static BYTES: Bytes = Bytes(UnsafeCell::new([0; SIZE]));
    static USED: AtomicUsize = AtomicUsize::new(0);

    fn base() -> *mut u8 {
        BYTES.0.get().cast()
    }

    /// A new zeroed block of `size` bytes, or null when the arena is full.
    pub fn alloc(size: usize) -> *mut u8 {
        let need = match size.checked_add(HEADER + 15) {
            Some(n) => n & !15,
            None => return core::ptr::null_mut(),
        };
        let mut start = USED.load(Ordering::Relaxed);
        loop {
            let end = match start.checked_add(need) {
                Some(end) if end <= SIZE => end,
                _ => return core::ptr::null_mut(),
            };
            match USED.compare_exchange_weak(start, end, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => break,
                Err(now) => start = now,
            }
        }
        super::EARLY.fetch_add(1, Ordering::Relaxed);
        // SAFETY: `start + need <= SIZE`: the header and the block lie in
        // the arena, claimed by this call alone; the header is aligned.
        unsafe {
            let header = base().add(start);
            header.cast::<usize>().write(size);
            header.add(HEADER)
        }
    }

    /// Whether `block` is an arena block.
    pub fn contains(block: *const u8) -> bool {
        let offset = (block as usize).wrapping_sub(base() as usize);
        offset < SIZE
    }

    /// The size an arena block was allocated with.
    ///
    /// # Safety
    ///
    /// `block` is an arena block, as `alloc` returned it.
    pub unsafe fn size_of(block: *const u8) -> usize {
        // SAFETY: its header precedes it, written by `alloc`.
        unsafe { block.sub(HEADER).cast::<usize>().read() }
    }

    /// How much of the arena is used.
    pub fn used() -> usize {
        USED.load(Ordering::Relaxed)
    }
}

fn set_enomem() {
    // SAFETY: glibc returns a valid pointer to this thread's errno.
    unsafe { *libc::__errno_location() = libc::ENOMEM };
}

/// An allocation: the C library's `malloc` once resolved, else the arena.
fn allocate(size: size_t) -> *mut c_void {
    match next_malloc.get_cached() {
        // SAFETY: the C library's malloc(3).
        Some(real) => unsafe { real(size) },
        None => {
            let block = arena::alloc(size);
            if block.is_null() {
                set_enomem();
            }
            block.cast()
        }
    }
}

/// Replaces `malloc` for every object that binds to it after this library.
///
/// # Safety
///
/// As for malloc(3).
#[no_mangle]
pub unsafe extern "C" fn malloc(size: size_t) -> *mut c_void {
    MALLOCS.fetch_add(1, Ordering::Relaxed);
    reentry::step();
    allocate(size)
}

/// Replaces `calloc`.
///
/// # Safety
///
/// As for calloc(3).
#[no_mangle]
pub unsafe extern "C" fn calloc(count: size_t, size: size_t) -> *mut c_void {
    CALLOCS.fetch_add(1, Ordering::Relaxed);
    if let Some(real) = next_calloc.get_cached() {
        // SAFETY: the C library's calloc(3).
        return unsafe { real(count, size) };
    }
    match count.checked_mul(size) {
        // Arena blocks are never reused, so they are still zero.
        Some(total) => allocate(total),
        None => {
            set_enomem();
            ptr::null_mut()
        }
    }
}

/// Replaces `realloc`.
///
/// # Safety
///
/// As for realloc(3).
#[no_mangle]
pub unsafe extern "C" fn realloc(block: *mut c_void, size: size_t) -> *mut c_void {
    REALLOCS.fetch_add(1, Ordering::Relaxed);
    if block.is_null() {
        return allocate(size);
    }
    if arena::contains(block.cast()) {
        // Moved out of the arena (or to a new arena block).
        let new = allocate(size);
        if !new.is_null() {
            // SAFETY: `block` is an arena block of `old` bytes, `new` a
            // fresh block of `size` bytes: both valid, not overlapping.
            unsafe {
                let old = arena::size_of(block.cast());
                ptr::copy_nonoverlapping(block.cast::<u8>(), new.cast::<u8>(), old.min(size));
            }
        }
        return new;
    }
    match next_realloc.get_cached() {
        // SAFETY: the C library's realloc(3), with a block from its malloc.
        Some(real) => unsafe { real(block, size) },
        // Not reached: a block the C library allocated exists only once
        // `malloc` is resolved, and `realloc` is resolved before it.
        None => {
            set_enomem();
            ptr::null_mut()
        }
    }
}

/// Replaces `free`.
///
/// # Safety
///
/// As for free(3).
#[no_mangle]
pub unsafe extern "C" fn free(block: *mut c_void) {
    FREES.fetch_add(1, Ordering::Relaxed);
    if block.is_null() || arena::contains(block.cast()) {
        return;
    }
    if let Some(real) = next_free.get_cached() {
        // SAFETY: the C library's free(3), with a block from its malloc.
        unsafe { real(block) };
    }
}

/// A line of text in a fixed buffer: nothing here may allocate.
struct Line {
    bytes: [u8; 256],
    len: usize,
}

impl Line {
    fn new() -> Self {
        Line {
            bytes: [0; 256],
            len: 0,
        }
    }

    fn push(&mut self, text: &[u8]) {
        for &b in text {
            if let Some(slot) = self.bytes.get_mut(self.len) {
                *slot = b;
                self.len += 1;
            }
        }
    }

    fn push_number(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.push(&digits[at..]);
    }

    fn counts() -> Self {
        let mut line = Line::new();
        let fields: [(&[u8], usize); 7] = [
            (b"malloc=", MALLOCS.load(Ordering::Relaxed)),
            (b" calloc=", CALLOCS.load(Ordering::Relaxed)),
            (b" realloc=", REALLOCS.load(Ordering::Relaxed)),
            (b" free=", FREES.load(Ordering::Relaxed)),
            (b" early=", EARLY.load(Ordering::Relaxed)),
            (b" arena_bytes=", arena::used()),
            (b" resolved=", RESOLVED.load(Ordering::Relaxed)),
        ];
        for (label, value) in fields {
            line.push(label);
            line.push_number(value);
        }
        line
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Writes the counts, as one line of text without a newline, into `buf`
/// (`len` bytes; cut short if too small); returns the line's full length.
/// The fields: calls of `malloc`, `calloc`, `realloc` and `free`, blocks
/// served by the arena, arena bytes used, and whether the constructor
/// resolved all four functions.
///
/// # Safety
///
/// `buf` is valid for writing `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn weaklink_malloc_interpose_report(buf: *mut u8, len: usize) -> usize {
    let line = Line::counts();
    let text = line.as_bytes();
    // SAFETY: the caller's contract; at most `len` bytes are written.
    unsafe { ptr::copy_nonoverlapping(text.as_ptr(), buf, text.len().min(len)) };
    text.len()
}

/// At exit, appends the counts line to the file named by
/// `WEAKLINK_MALLOC_INTERPOSE_REPORT`, if that is set.
extern "C" fn report_at_exit() {
    // SAFETY: a NUL-terminated name; getenv does not allocate.
    let path = unsafe { libc::getenv(b"WEAKLINK_MALLOC_INTERPOSE_REPORT\0".as_ptr().cast()) };
    if path.is_null() {
        return;
    }
    let mut line = Line::counts();
    line.push(b"\n");
    let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_APPEND | libc::O_CLOEXEC;
    // SAFETY: a NUL-terminated path from the environment.
    let fd = unsafe { libc::open(path, flags, 0o644 as libc::c_uint) };
    if fd < 0 {
        return;
    }
    let text = line.as_bytes();
    // SAFETY: `text` is readable; `fd` is open and closed once. A short
    // write leaves a short line, which the reader will notice.
    unsafe {
        libc::write(fd, text.as_ptr().cast(), text.len());
        libc::close(fd);
    }
}

#[used]
#[link_section = ".fini_array"]
static REPORT_AT_EXIT: extern "C" fn() = report_at_exit;

/// The trap, shown: a `get()` that looks up from inside `malloc`.
mod reentry {
    use core::sync::atomic::{AtomicUsize, Ordering};

    weaklink::weak! {
        // Looked up by `step`, from inside malloc, the first time only.
        #[weaklink(next)]
        #[link_name = "weaklink_malloc_interpose_no_such_function"]
        fn missing();
        #[weaklink(next)]
        #[link_name = "getpid"]
        fn found() -> libc::pid_t;
    }

    /// 0: off; 1: look `missing` up; 2: look `found` up.
    pub static PROBE: AtomicUsize = AtomicUsize::new(0);
    static DEPTH: AtomicUsize = AtomicUsize::new(0);
    pub static DEEPEST: AtomicUsize = AtomicUsize::new(0);
    /// Where the recursion is cut short, so that the process survives to
    /// tell.
    pub const LIMIT: usize = 16;

    /// Called at the top of `malloc`.
    pub fn step() {
        let probe = PROBE.load(Ordering::Relaxed);
        if probe == 0 {
            return;
        }
        let depth = DEPTH.fetch_add(1, Ordering::Relaxed) + 1;
        DEEPEST.fetch_max(depth, Ordering::Relaxed);
        if depth < LIMIT {
            // The mistake: a lookup from inside malloc.
            if probe == 1 {
                let _ = missing.get();
            } else {
                let _ = found.get();
            }
        }
        DEPTH.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Makes one `malloc` call that, unlike the rest of this library, calls
/// `get()` on a symbol not looked up yet: a missing one (`found == 0`) or
/// one the C library has. Returns how deeply `malloc` was re-entered: 1
/// means the lookup did not allocate; `LIMIT` (16) means each lookup
/// re-entered `malloc` and started the same lookup again, until this
/// library stopped it (left alone, it would run until the stack overflows).
/// Meant for single-threaded use, once per kind and process: afterwards the
/// answer is cached and nothing is looked up any more.
#[no_mangle]
pub extern "C" fn weaklink_malloc_interpose_reentry(found: c_int) -> usize {
    reentry::DEEPEST.store(0, Ordering::Relaxed);
    reentry::PROBE.store(if found != 0 { 2 } else { 1 }, Ordering::Relaxed);
    // SAFETY: this library's own malloc and free, with a block of its own.
    unsafe { free(malloc(16)) };
    reentry::PROBE.store(0, Ordering::Relaxed);
    reentry::DEEPEST.load(Ordering::Relaxed)
}

/// `LIMIT`, for the caller of `weaklink_malloc_interpose_reentry`.
#[no_mangle]
pub extern "C" fn weaklink_malloc_interpose_reentry_limit() -> usize {
    reentry::LIMIT
}
