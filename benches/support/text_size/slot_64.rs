//! 64 `extern_weak` declarations, the data slot: see program.rs.
#![allow(non_upper_case_globals)]
include!("program.rs");
sixty_four!(slot);
