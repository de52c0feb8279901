//! One std-style declaration: see program.rs.
#![allow(non_upper_case_globals)]
include!("program.rs");
program!(std f00);
