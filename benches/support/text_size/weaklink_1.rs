//! One weaklink declaration: see program.rs.
#![allow(non_upper_case_globals)]
include!("program.rs");
program!(weaklink f00);
