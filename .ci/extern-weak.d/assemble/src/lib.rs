//! `.ci/extern-weak assemble`: the forms, built with core only for ELF
//! targets nothing here can link or run, must assemble to a weak undefined
//! reference to `getpid` (and, for the data slot, a weak hidden label).
#![no_std]
#![allow(non_upper_case_globals)]
type F = unsafe extern "C" fn() -> i32;
const getpid: weaklink::ExternWeak<F> = weaklink::__extern_weak!(F, getpid);
const getpid_slot: weaklink::ExternWeak<F> = {
    weaklink::__extern_weak_slot!(@slot fn addr = getpid);
    // SAFETY: `addr` reads the weak reference to getpid.
    unsafe { weaklink::ExternWeak::<F>::__new(addr, "getpid") }
};
#[no_mangle]
pub extern "C" fn extern_weak_call() -> i32 {
    match (getpid.get(), getpid_slot.get()) {
        // SAFETY: getpid(2) takes nothing.
        (Some(f), Some(_)) => unsafe { f() },
        _ => -1,
    }
}
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
