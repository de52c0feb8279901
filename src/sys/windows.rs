//! Windows: `GetProcAddress` on modules the process has already loaded.
//!
//! - Default scope: every loaded module, in load order (the order
//!   `K32EnumProcessModules` reports, the executable first), the first one
//!   that exports the name wins.
//! - Library scope: `GetModuleHandleExW`, which only finds a module that is
//!   already loaded. Unless the symbol opts in (`load_from_system32`),
//!   nothing here calls `LoadLibrary*`, so no lookup can load a DLL, and no
//!   DLL planted on the search path can be picked up.
//! - `load_from_system32`: a library scope that, when no module of that name
//!   is loaded, calls `LoadLibraryExW(name, NULL,
//!   LOAD_LIBRARY_SEARCH_SYSTEM32)`. That flag searches the system
//!   directory only (never the application's or the current directory, nor
//!   `PATH`), for the DLL and for what it imports. The name is a bare file
//!   name (checked when the `Symbol` is built), so it cannot point
//!   elsewhere. A miss gives the reference back (`FreeLibrary`), which
//!   unloads the DLL again if the lookup loaded it.
//! - An ordinal (`Symbol::ordinal`, library scope only) is passed to
//!   `GetProcAddress` in place of the name, as `MAKEINTRESOURCEA` does: a
//!   "name" pointer whose value is below 0x10000.
//! - `next` and symbol versions have no Windows meaning; a `Symbol` asking
//!   for them fails to compile for Windows (see `Symbol::next`).
//!
//! When a symbol is found, the module that holds it is pinned
//! (`GET_MODULE_HANDLE_EX_FLAG_PIN`): it stays loaded for the life of the
//! process, so the cached pointer can never dangle. Before the pin, a
//! counted reference holds that module, and the module that answered is
//! asked again: if another thread unloaded it after `GetProcAddress` and
//! a different module now lies at the address, the second answer differs
//! and the first is refused, as is one whose module is gone. (What a
//! module loaded in between at the same address, exporting the same name
//! at the same place, answers is accepted: it is that module's own
//! definition of the name, and it is pinned. This window cannot be forced
//! from a test under wine, so no test provokes it.)
//!
//! The few kernel32 functions needed are declared here, so that the crate
//! depends on nothing but `libc` and `cfg-if`.

use core::ffi::c_void;
use core::ptr;

use crate::symbol::{text, Place, Symbol};

type Handle = *mut c_void;
type Module = *mut c_void;
type Bool = i32;

const GET_MODULE_HANDLE_EX_FLAG_PIN: u32 = 0x1;
const GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS: u32 = 0x4;
const LOAD_LIBRARY_SEARCH_SYSTEM32: u32 = 0x800;

/// How many loaded modules the default scope searches; processes have far
/// fewer. Those loaded after the first `MAX_MODULES` are not searched.
const MAX_MODULES: usize = 1024;

/// Longest library name looked up, in UTF-16 units (`MAX_PATH`, with NUL).
const MAX_NAME: usize = 260;

#[link(name = "kernel32")]
extern "system" {
    fn GetCurrentProcess() -> Handle;
    fn K32EnumProcessModules(
        process: Handle,
        modules: *mut Module,
        size: u32,
        needed: *mut u32,
    ) -> Bool;
    fn GetProcAddress(module: Module, name: *const u8) -> *mut c_void;
    fn GetModuleHandleExW(flags: u32, name: *const u16, module: *mut Module) -> Bool;
    fn FreeLibrary(module: Module) -> Bool;
    fn LoadLibraryExW(name: *const u16, file: Handle, flags: u32) -> Module;
}

extern "C" {
    /// The C runtime's `errno` (msvcrt and the UCRT both export it).
    fn _errno() -> *mut libc::c_int;
}

/// The address of `symbol`, or null.
pub(crate) fn lookup(symbol: &Symbol) -> *mut c_void {
    let scope = symbol.scope();
    if scope.version.is_some() {
        return ptr::null_mut();
    }
    let (addr, answered_by, module) = match scope.place {
        Place::Default => {
            let (addr, answered_by) = search_loaded(symbol);
            (addr, answered_by, ptr::null_mut())
        }
        Place::Next => (ptr::null_mut(), ptr::null_mut(), ptr::null_mut()),
        Place::Library(library) => {
            let module = library_module(library, scope.load_from_system32);
            (proc_address(module, symbol), module, module)
        }
    };
    let addr = if !addr.is_null() && pin(addr, answered_by, symbol) {
        addr
    } else {
        ptr::null_mut()
    };
    if addr.is_null() && !module.is_null() {
        // Nothing points into it: give back the reference that
        // `library_module` took (which unloads a DLL it loaded).
        release(module);
    }
    addr
}

/// Keeps the module holding `addr` loaded for the life of the process,
/// once it is sure to be the module the answer came from. False if there
/// is no such module (any more), or if `answered_by` no longer resolves
/// the name to `addr`: a module unloaded after `GetProcAddress` and another
/// loaded at its address meanwhile. The answer is then refused.
fn pin(addr: *mut c_void, answered_by: Module, symbol: &Symbol) -> bool {
    let from = |pin| module_handle(ModuleOf::Address(addr, pin));
    // A counted reference first: while it is held, the module at `addr`
    // cannot be unloaded, so what is asked next is about that module.
    let held = from(false);
    if held.is_null() {
        return false;
    }
    // Asked again, through the module that answered (a forwarded export
    // resolves into another module, which is why `held` may differ).
    let pinned = proc_address(answered_by, symbol) == addr && !from(true).is_null();
    // The pin stays.
    release(held);
    pinned
}

/// What [`module_handle`] asks for.
enum ModuleOf<'a> {
    /// The module of this name (UTF-16; not asked unless it ends in a NUL).
    Name(&'a [u16]),
    /// The module that holds this address; pinned, if `true`.
    Address(*mut c_void, bool),
}

/// `GetModuleHandleExW`: the module, with a counted reference (or pinned),
/// or null.
fn module_handle(of: ModuleOf<'_>) -> Module {
    let (flags, name) = match of {
        ModuleOf::Name(name) if name.last() == Some(&0) => (0, name.as_ptr()),
        ModuleOf::Name(_) => return ptr::null_mut(),
        ModuleOf::Address(addr, pin) => {
            let pin = if pin {
                GET_MODULE_HANDLE_EX_FLAG_PIN
            } else {
                0
            };
            (
                GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | pin,
                addr as *const u16,
            )
        }
    };
    let mut module = ptr::null_mut();
    // SAFETY: `name` is a NUL-terminated UTF-16 name (checked above), or,
    // with FROM_ADDRESS, an address that is looked up and never read;
    // `module` is an out-parameter.
    let ok = unsafe { GetModuleHandleExW(flags, name, &mut module) };
    if ok == 0 {
        ptr::null_mut()
    } else {
        module
    }
}

/// Gives back a counted reference on a module.
fn release(module: Module) {
    // SAFETY: the caller holds a reference on `module` and gives it up.
    unsafe { FreeLibrary(module) };
}

/// `GetProcAddress(module, name)`, or by the symbol's ordinal if it has
/// one; null for a null module.
fn proc_address(module: Module, symbol: &Symbol) -> *mut c_void {
    if module.is_null() {
        return ptr::null_mut();
    }
    let ordinal = symbol.scope().ordinal;
    let name = if ordinal != 0 {
        // MAKEINTRESOURCEA: GetProcAddress reads a value below 0x10000 as
        // an ordinal, never as a pointer.
        usize::from(ordinal) as *const u8
    } else {
        symbol.c_name()
    };
    // SAFETY: a module handle the system listed or gave, and a
    // NUL-terminated name or an ordinal. A module unloaded since is a stale
    // handle, for which GetProcAddress fails cleanly.
    unsafe { GetProcAddress(module, name) }
}

/// `GetProcAddress` on each loaded module, in load order: the first
/// answer, and the module that gave it.
fn search_loaded(symbol: &Symbol) -> (*mut c_void, Module) {
    let mut modules: [Module; MAX_MODULES] = [ptr::null_mut(); MAX_MODULES];
    let mut needed = 0u32;
    // SAFETY: a buffer of the size passed, and an out-parameter.
    let ok = unsafe {
        K32EnumProcessModules(
            GetCurrentProcess(),
            modules.as_mut_ptr(),
            core::mem::size_of_val(&modules) as u32,
            &mut needed,
        )
    };
    let count = if ok == 0 {
        0
    } else {
        (needed as usize / core::mem::size_of::<Module>()).min(MAX_MODULES)
    };
    modules[..count]
        .iter()
        .map(|&module| (proc_address(module, symbol), module))
        .find(|(addr, _)| !addr.is_null())
        .unwrap_or((ptr::null_mut(), ptr::null_mut()))
}

/// The handle of `library` if it is loaded; else, if `load`, the handle
/// `LoadLibraryExW` gives for it from the system directory; else null.
/// A counted reference, which the caller keeps or gives back.
fn library_module(library: &[u8], load: bool) -> Module {
    let name = text(library);
    let mut wide = [0u16; MAX_NAME];
    for (i, unit) in name.encode_utf16().enumerate() {
        // Keep the last unit for the NUL.
        if i + 1 >= MAX_NAME {
            return ptr::null_mut();
        }
        wide[i] = unit;
    }
    // Flags 0: the module's reference count is raised, so it stays loaded.
    let module = module_handle(ModuleOf::Name(&wide));
    if !module.is_null() {
        module
    } else if load {
        // SAFETY: a NUL-terminated UTF-16 bare file name (`Symbol` refuses
        // one with `\`, `/` or `:`), no file handle (it must be null), and
        // a flag that limits the search to the system directory.
        unsafe { LoadLibraryExW(wide.as_ptr(), ptr::null_mut(), LOAD_LIBRARY_SEARCH_SYSTEM32) }
    } else {
        ptr::null_mut()
    }
}

/// `ENOSYS`, for `syscall!`.
pub(crate) const ENOSYS: libc::c_int = libc::ENOSYS;

/// The C runtime's function that locates the calling thread's `errno`.
pub(crate) const ERRNO: super::ErrnoLocation = Some(_errno);
