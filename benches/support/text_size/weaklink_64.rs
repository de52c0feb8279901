//! 64 weaklink declarations: see program.rs.
#![allow(non_upper_case_globals)]
include!("program.rs");
sixty_four!(weaklink);
