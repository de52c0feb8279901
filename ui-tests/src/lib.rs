//! Empty: this package exists for its tests (see tests/ui.rs).
