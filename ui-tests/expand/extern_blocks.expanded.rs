#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// `extern` blocks as bindgen writes them: the block's attributes apply to
// each item, except its docs and `#[link]`, which are dropped.
// Blocks without an ABI, Rust 2024's `unsafe extern` with `safe` and
// `unsafe` items, and a declaration after the blocks (which makes the list
// expand one item at a time).
use libc::{c_char, c_int, c_uint, pid_t};


#[doc = " Returns the caller's thread id."]
#[allow(non_upper_case_globals)]
pub static bindgen_gettid: ::weaklink::WeakFn<unsafe extern "C" fn() -> pid_t>
    =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("bindgen_gettid\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub static memfd_create:
    ::weaklink::WeakFn<unsafe extern "C" fn(name: *const c_char,
        flags: c_uint) -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("memfd_create\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub static printf:
    ::weaklink::WeakFn<unsafe extern "C" fn(format: *const c_char, ...)
        -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("printf\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub static program_invocation_name: ::weaklink::WeakStatic<*mut c_char> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::from_ident("program_invocation_name\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static system_block:
    ::weaklink::WeakFn<unsafe extern "system" fn(x: u32) -> u32> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("system_block\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static next_getppid: ::weaklink::WeakFn<unsafe extern "C" fn() -> pid_t> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::new("getppid\u{0}".as_bytes()).next())
    };
#[allow(non_upper_case_globals)]
static stdin: ::weaklink::WeakStatic<*mut libc::FILE> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::from_ident("stdin\u{0}".as_bytes()).next().with_version("GLIBC_2.2.5\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static no_abi_block: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("no_abi_block\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub static safe_item: ::weaklink::WeakFn<unsafe extern "C" fn() -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("safe_item\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
pub static unsafe_item: ::weaklink::WeakFn<unsafe extern "C" fn() -> c_int> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("unsafe_item\u{0}".as_bytes()))
    };
#[allow(non_upper_case_globals)]
static after_the_blocks: ::weaklink::WeakFn<unsafe extern "C" fn()> =
    unsafe {
        ::weaklink::WeakFn::new_unchecked(&::weaklink::Symbol::from_ident("after_the_blocks\u{0}".as_bytes()))
    };
