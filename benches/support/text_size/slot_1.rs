//! One `extern_weak` declaration, the data slot: see program.rs.
#![allow(non_upper_case_globals)]
include!("program.rs");
program!(slot f00);
