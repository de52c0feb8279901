//! One `extern_weak` declaration, the GOT load: see program.rs.
#![allow(non_upper_case_globals)]
include!("program.rs");
program!(got f00);
