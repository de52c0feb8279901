//! What an Objective-C or CoreFoundation binding declares for symbols newer
//! than its deployment target, on stable Rust.

use core::ffi::c_void;

/// An Objective-C class object, opaque (objc2 calls it `AnyClass`).
#[repr(C)]
pub struct AnyClass {
    _opaque: [u8; 0],
}

/// CoreFoundation's string type, opaque; `CFStringRef` points to it.
#[repr(C)]
pub struct __CFString {
    _opaque: [u8; 0],
}
pub type CFStringRef = *const __CFString;

weaklink::weak! {
    // The class `NSNewerThing`: its class object is the data symbol
    // `OBJC_CLASS_$_NSNewerThing`, a name Rust cannot spell.
    #[weaklink(extern_weak)]
    #[link_name = "OBJC_CLASS_$_NSNewerThing"]
    static NSNewerThing_class: AnyClass;
}

// core-foundation-sys's spelling: an `extern` block of constants, which it
// can mark `linkage = "extern_weak"` only on nightly.
weaklink::weak! {
    #[weaklink(extern_weak)]
    extern "C" {
        pub static kWLKNewConstant: CFStringRef;
        pub fn WLKNewFunction(s: CFStringRef) -> *const c_void;
    }
}

// The data-slot form (32-bit Apple targets) of the same class reference,
// forced here so that its Mach-O template is assembled with a `$` too.
weaklink::__extern_weak_slot!(@slot fn newer_thing_slot = "OBJC_CLASS_$_NSNewerThing");

/// The class, if the running system has it: what objc2's `class!` answers.
pub fn newer_thing() -> Option<&'static AnyClass> {
    // SAFETY: a class object, once loaded, lives as long as the process.
    NSNewerThing_class.get().map(|p| unsafe { &*p.as_ptr() })
}

/// The constant's value, if the running system has it.
pub fn new_constant() -> Option<CFStringRef> {
    // SAFETY: the framework defines the constant as a `CFStringRef` that
    // never changes after load.
    kWLKNewConstant.get().map(|p| unsafe { *p.as_ptr() })
}

/// Uses every declaration, so that each is linked.
pub fn report() {
    let class = newer_thing().map(|c| c as *const AnyClass);
    let slot = newer_thing_slot();
    let value = new_constant();
    // SAFETY: WLKNewFunction takes any CFStringRef, null included.
    let called = WLKNewFunction
        .get()
        .map(|f| unsafe { f(value.unwrap_or(core::ptr::null())) });
    println!("{class:?} {slot:?} {value:?} {called:?}");
}
