#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
// `extern` blocks as bindgen writes them: the block's `#[cfg]`s and
// `#[weaklink(...)]`s apply to each item, its other attributes are dropped.
// Blocks without an ABI, Rust 2024's `unsafe extern` with `safe` and
// `unsafe` items, and a declaration after the blocks (which makes the list
// expand one item at a time).
use libc::{c_char, c_int, c_uint, pid_t};


#[doc = " Returns the caller's thread id."]
#[allow(non_upper_case_globals)]
pub static bindgen_gettid: ::weaklink::WeakFn<unsafe extern "C" fn() -> pid_t>
    =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("bindgen_gettid")
                    }>::from_str_without_nul("bindgen_gettid"));
#[allow(non_upper_case_globals)]
pub static memfd_create:
    ::weaklink::WeakFn<unsafe extern "C" fn(*const c_char, c_uint) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("memfd_create")
                    }>::from_str_without_nul("memfd_create"));
#[allow(non_upper_case_globals)]
pub static printf:
    ::weaklink::WeakFn<unsafe extern "C" fn(*const c_char, ...) -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("printf")
                    }>::from_str_without_nul("printf"));
#[allow(non_upper_case_globals)]
pub static program_invocation_name: ::weaklink::WeakStatic<*mut c_char> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("program_invocation_name")
                    }>::from_str_without_nul("program_invocation_name"));
#[allow(non_upper_case_globals)]
static system_block: ::weaklink::WeakFn<unsafe extern "system" fn(u32) -> u32>
    =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("system_block")
                    }>::from_str_without_nul("system_block"));
#[allow(non_upper_case_globals)]
static next_getppid: ::weaklink::WeakFn<unsafe extern "C" fn() -> pid_t> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                            ::weaklink::__private::len_with_nul("getppid")
                        }>::from_str_without_nul("getppid").next());
#[allow(non_upper_case_globals)]
static stdin: ::weaklink::WeakStatic<*mut libc::FILE> =
    ::weaklink::WeakStatic::new(&::weaklink::Symbol::<{
                                ::weaklink::__private::len_with_nul("stdin")
                            }>::from_str_without_nul("stdin").next().with_version("GLIBC_2.2.5\u{0}".as_bytes()));
#[allow(non_upper_case_globals)]
static no_abi_block: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("no_abi_block")
                    }>::from_str_without_nul("no_abi_block"));
#[allow(non_upper_case_globals)]
pub static safe_item: ::weaklink::WeakFn<unsafe extern "C" fn() -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("safe_item")
                    }>::from_str_without_nul("safe_item"));
#[allow(non_upper_case_globals)]
pub static unsafe_item: ::weaklink::WeakFn<unsafe extern "C" fn() -> c_int> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("unsafe_item")
                    }>::from_str_without_nul("unsafe_item"));
#[allow(non_upper_case_globals)]
static after_the_blocks: ::weaklink::WeakFn<unsafe extern "C" fn() -> ()> =
    ::weaklink::WeakFn::new(&::weaklink::Symbol::<{
                        ::weaklink::__private::len_with_nul("after_the_blocks")
                    }>::from_str_without_nul("after_the_blocks"));
