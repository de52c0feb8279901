//! `.ci/extern-weak compile-errors`: on a target with no weak references
//! (Windows, wasm), this must fail to compile with a message that names the
//! lookup as the alternative.
#![no_std]
pub const F: weaklink::ExternWeak<unsafe extern "C" fn()> =
    weaklink::__extern_weak!(unsafe extern "C" fn(), "f");
