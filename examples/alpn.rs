//! How a TLS crate calls `SSLSetALPNProtocols` from macOS Security.framework
//! only where the running macOS has it (10.13.4 and newer): the case that
//! started weaklink.
//!
//! ```text
//! cargo run --example alpn     # on macOS
//! ```
//!
//! On other systems it only says that Security.framework is Apple's.

#[cfg(target_vendor = "apple")]
mod imp {
    use std::ffi::c_void;
    use std::os::raw::c_char;
    use std::ptr;

    type OSStatus = i32;
    type SSLContextRef = *mut c_void;
    type CFTypeRef = *const c_void;
    type CFStringRef = *const c_void;
    type CFArrayRef = *const c_void;
    type CFAllocatorRef = *const c_void;
    type CFIndex = isize;

    const K_SSL_CLIENT_SIDE: u32 = 1;
    const K_SSL_STREAM_TYPE: u32 = 0;
    const K_CF_STRING_ENCODING_UTF8: u32 = 0x0800_0100;

    // What a TLS crate links anyway: Security.framework and CoreFoundation,
    // for the functions every supported macOS has.
    #[link(name = "Security", kind = "framework")]
    extern "C" {
        fn SSLCreateContext(alloc: CFAllocatorRef, side: u32, kind: u32) -> SSLContextRef;
    }

    #[link(name = "CoreFoundation", kind = "framework")]
    extern "C" {
        static kCFTypeArrayCallBacks: c_void;
        fn CFStringCreateWithCString(
            alloc: CFAllocatorRef,
            s: *const c_char,
            encoding: u32,
        ) -> CFStringRef;
        fn CFArrayCreate(
            alloc: CFAllocatorRef,
            values: *const CFTypeRef,
            count: CFIndex,
            callbacks: *const c_void,
        ) -> CFArrayRef;
        fn CFRelease(cf: CFTypeRef);
    }

    // And, weakly, what only newer versions have. The declaration is the
    // one from the SDK's headers, pasted as bindgen would write it.
    weaklink::weak! {
        extern "C" {
            /// Sets the ALPN protocols to offer; macOS 10.13.4+, iOS 11+.
            pub fn SSLSetALPNProtocols(context: SSLContextRef, protocols: CFArrayRef) -> OSStatus;
        }
    }

    pub fn main() {
        let set_alpn = match SSLSetALPNProtocols.get() {
            Some(f) => f,
            None => {
                println!("this macOS has no SSLSetALPNProtocols: connecting without ALPN");
                return;
            }
        };
        // SAFETY: CoreFoundation and Security calls with valid arguments;
        // every object created here is released before returning.
        unsafe {
            let ctx = SSLCreateContext(ptr::null(), K_SSL_CLIENT_SIDE, K_SSL_STREAM_TYPE);
            assert!(!ctx.is_null());
            let protocols: Vec<CFTypeRef> = [&b"h2\0"[..], &b"http/1.1\0"[..]]
                .iter()
                .map(|p| {
                    CFStringCreateWithCString(
                        ptr::null(),
                        p.as_ptr().cast(),
                        K_CF_STRING_ENCODING_UTF8,
                    )
                })
                .collect();
            let array = CFArrayCreate(
                ptr::null(),
                protocols.as_ptr(),
                protocols.len() as CFIndex,
                &kCFTypeArrayCallBacks,
            );
            let status = set_alpn(ctx, array);
            println!("SSLSetALPNProtocols(h2, http/1.1) returned {}", status);
            CFRelease(array);
            for p in protocols {
                CFRelease(p);
            }
            CFRelease(ctx as CFTypeRef);
        }
    }
}

#[cfg(target_vendor = "apple")]
fn main() {
    imp::main();
}

#[cfg(not(target_vendor = "apple"))]
fn main() {
    println!("Security.framework, and SSLSetALPNProtocols, exist on Apple platforms only");
}
