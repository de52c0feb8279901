//! `weak!` and `dlsym!`: declare weak functions the way existing code spells
//! them.
//!
//! The public macros only hand their input to `#[doc(hidden)]` helpers,
//! which every arm reaches through `$crate::`, so the expansion needs nothing
//! imported at the call site and works in `#![no_std]` crates and in crates
//! that rename this one.

/// Declares one or more weak functions, each a `static`
/// [`WeakFn`](crate::WeakFn) named after the function.
///
/// ```
/// use libc::{c_int, size_t};
///
/// weaklink::weak! {
///     /// `getrandom(2)`, where libc has it.
///     pub(crate) fn getrandom(buf: *mut u8, len: size_t, flags: c_int) -> isize;
/// }
///
/// let mut buf = [0u8; 16];
/// if let Some(f) = getrandom.get() {
///     // SAFETY: the declaration matches getrandom(2), and `buf` is valid
///     // for `buf.len()` bytes.
///     let n = unsafe { f(buf.as_mut_ptr(), buf.len(), 0) };
///     assert_eq!(n, 16);
/// }
/// ```
///
/// # Accepted spellings
///
/// Everything the private copies of this macro in the standard library,
/// mio and rustix accept, so that code carrying one can switch by changing
/// an import:
///
/// ```
/// # use libc::c_int;
/// # mod m {
/// # use libc::c_int;
/// use weaklink::{dlsym, weak};
///
/// // The standard library today: parameter names, one `;` per declaration.
/// weak!(fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;);
///
/// // The standard library before, rustix: bare parameter types.
/// weak! { fn dup3(c_int, c_int, c_int) -> c_int }
///
/// // mio's name for the same macro.
/// dlsym!(fn accept4(c_int, *mut libc::sockaddr, *mut libc::socklen_t, c_int) -> c_int);
///
/// weak! {
///     /// Docs, `#[cfg]`s and other attributes go on the `static`.
///     #[cfg(unix)]
///     pub(crate) fn close_range(first: libc::c_uint, last: libc::c_uint, flags: c_int,) -> c_int;
///
///     // No `-> R` means `-> ()`; several declarations per invocation.
///     fn sync();
///
///     // When the Rust name and the C name differ.
///     #[link_name = "__pthread_get_minstack"]
///     fn min_stack(attr: *const libc::pthread_attr_t) -> libc::size_t;
///
///     // An explicit ABI; `extern "C"` is the default.
///     extern "system" fn getpid() -> libc::pid_t;
///
///     // A C variadic (at least one fixed argument, "C" ABI only).
///     fn printf(format: *const libc::c_char, ...) -> c_int;
///
///     // Where to look: see "Scopes" in the crate documentation.
///     #[weaklink(library = "libc.so.6", version = "GLIBC_2.2.5")]
///     #[link_name = "memcpy"]
///     fn memcpy_old(*mut libc::c_void, *const libc::c_void, libc::size_t) -> *mut libc::c_void;
///
///     // A C global variable: a `WeakStatic`.
///     static environ: *const *const libc::c_char;
/// }
///
/// // An `extern` block as bindgen writes it: one weak function (or
/// // variable) per item. `#[weaklink(...)]` on the block applies to each.
/// weak! {
///     #[weaklink(library = "libc.so.6")]
///     extern "C" {
///         /// Returns the thread's id.
///         pub fn gettid() -> libc::pid_t;
///         pub fn memfd_create(name: *const libc::c_char, flags: libc::c_uint) -> c_int;
///         pub static mut program_invocation_name: *mut libc::c_char;
///     }
/// }
/// # }
/// ```
///
/// Every function declaration becomes
/// `static NAME: WeakFn<unsafe extern "ABI" fn(..) -> R>`, whatever `unsafe`
/// or `safe` keyword it was written with: a symbol found at run time is only
/// as trustworthy as the declaration, so the call is always `unsafe`. Every
/// `static NAME: T` (or `static mut`) becomes `static NAME: WeakStatic<T>`.
///
/// `#[weaklink(...)]` takes `next`, `library = "name"` and
/// `version = "name"` (see [Scopes](crate#scopes)); an unknown option is a
/// compile error.
/// Parameters must be raw pointers, not references (see
/// [`UnsafeExternFnPtr`](crate::UnsafeExternFnPtr)).
///
/// The symbol looked up is the function's name, or the `#[link_name]` given.
/// A name that is empty or contains a NUL byte is a compile error.
///
/// Declarations are items: they work at module level and inside function
/// bodies.
///
/// A list of plain function declarations (each ending with `;`), or of
/// `extern` blocks (bindgen writes one per function), expands in one step,
/// however long. Any other list costs one level of macro recursion per
/// item: past about a hundred items in one invocation, split it or raise
/// `#![recursion_limit]`.
///
/// # With a fallback body
///
/// A declaration may carry a body instead of `;`. It then becomes an
/// `unsafe fn` of the same name and signature, which calls the symbol if the
/// process has it and runs the body otherwise: the shape of the standard
/// library's Windows `compat_fn_with_fallback!`.
///
/// ```
/// use libc::c_int;
///
/// weaklink::weak! {
///     /// pipe2 where libc has it, else pipe (and fcntl, in real code).
///     fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
///         let _ = flags;
///         // SAFETY: the caller passes room for two descriptors.
///         unsafe { libc::pipe(fds) }
///     }
/// }
///
/// let mut fds = [-1; 2];
/// // SAFETY: room for two descriptors.
/// assert_eq!(unsafe { pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
/// # unsafe { libc::close(fds[0]); libc::close(fds[1]); }
/// ```
///
/// The function is a self-replacing thunk: the first call looks the symbol
/// up and stores the symbol's address, or the fallback, over itself; every
/// later call is one load and one indirect call, with no branch. Parameters
/// need names here. The body runs as an `unsafe fn` called through the
/// declared ABI (`"C"` unless written otherwise), so a panic in it aborts the
/// process instead of unwinding through that boundary.
///
/// # Calling
///
/// ```
/// # use libc::c_int;
/// weaklink::weak!(fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;);
///
/// # let mut fds = [-1 as c_int; 2];
/// match pipe2.get() {
///     // SAFETY: the declaration matches pipe2(2).
///     Some(f) => unsafe { f(fds.as_mut_ptr(), libc::O_CLOEXEC) },
///     // SAFETY: `fds` has room for two descriptors.
///     None => unsafe { libc::pipe(fds.as_mut_ptr()) },
/// };
/// # unsafe { libc::close(fds[0]); libc::close(fds[1]); }
/// ```
///
/// The binding must not be called `pipe2`: it would shadow the `static`, and
/// the compiler refuses that pattern (error E0530).
#[macro_export]
macro_rules! weak {
    ($($input:tt)*) => {
        $crate::__weak_items! { ["C" []] $($input)* }
    };
}

/// The same macro as [`weak!`](crate::weak), under the name mio gives it.
///
/// ```
/// use libc::c_int;
/// use weaklink::dlsym;
///
/// dlsym!(fn pipe2(*mut c_int, c_int) -> c_int);
///
/// assert_eq!(pipe2.name(), "pipe2");
/// ```
#[macro_export]
macro_rules! dlsym {
    ($($input:tt)*) => {
        $crate::__weak_items! { ["C" []] $($input)* }
    };
}

/// A list of declarations and `extern` blocks. The context is
/// `[ABI [inherited attributes]]`: the ABI in force, and the
/// `#[weaklink(...)]` attributes of the enclosing `extern` block.
///
/// Declarations are split off here, at one level, and each is handed to
/// `__weak_decl` on its own, so that a long list does not nest macro calls
/// ever deeper: a list of plain `fn ...;` declarations, or of `extern`
/// blocks (bindgen's output), expands in a single step, and any other list
/// one level per item.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_items {
    ([$abi:literal $inh:tt]) => {};
    ([$abi:literal $inh:tt] ; $($rest:tt)*) => {
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    ([$abi:literal $inh:tt] , $($rest:tt)*) => {
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };

    // Only plain function declarations, each ending with `;`: all at once.
    ([$abi:literal $inh:tt] $(
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($params:tt)*) $(-> $ret:ty)? ;
    )+) => {$(
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? $(extern $($fabi)?)? fn $name ($($params)*) $(-> $ret)?
        }
    )+};

    // Only `extern` blocks: all at once.
    ([$abi:literal $inh:tt] $(
        $(#[$($battr:tt)*])* $(unsafe)? extern $babi:literal { $($body:tt)* }
    )+) => {$(
        $crate::__weak_block! { [$babi $inh] [] $(#[$($battr)*])* { $($body)* } }
    )+};

    // Otherwise one item at a time: an `extern` block, with or without an
    // ABI string, ...
    ([$abi:literal $inh:tt] $(#[$($battr:tt)*])* $(unsafe)? extern $babi:literal { $($body:tt)* } $($rest:tt)*) => {
        $crate::__weak_block! { [$babi $inh] [] $(#[$($battr)*])* { $($body)* } }
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    ([$abi:literal $inh:tt] $(#[$($battr:tt)*])* $(unsafe)? extern { $($body:tt)* } $($rest:tt)*) => {
        $crate::__weak_block! { ["C" $inh] [] $(#[$($battr)*])* { $($body)* } }
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    // ... a function with a fallback body, which becomes a thunk ...
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($params:tt)*) $(-> $ret:ty)? { $($body:tt)* } $($rest:tt)*
    ) => {
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? $(extern $($fabi)?)? fn $name ($($params)*) $(-> $ret)?
            { $($body)* }
        }
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    // ... a function, ending with `;`, `,` or nothing ...
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($params:tt)*) -> $ret:ty $(; $($rest:tt)*)?
    ) => {
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? $(extern $($fabi)?)? fn $name ($($params)*) -> $ret
        }
        $crate::__weak_items! { [$abi $inh] $($($rest)*)? }
    };
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($params:tt)*) -> $ret:ty , $($rest:tt)*
    ) => {
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? $(extern $($fabi)?)? fn $name ($($params)*) -> $ret
        }
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($params:tt)*) $($rest:tt)*
    ) => {
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? $(extern $($fabi)?)? fn $name ($($params)*)
        }
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    // ... or a variable. (`static mut` as bindgen writes it: the static
    // itself is never mutable, the C variable always is, through the
    // pointer.)
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? static mut $($rest:tt)*
    ) => {
        $crate::__weak_items! {
            [$abi $inh] $(#[$($attr)*])* $(pub $(($($vis)*))?)? static $($rest)*
        }
    };
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? static $name:ident : $t:ty $(; $($rest:tt)*)?
    ) => {
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? static $name : $t
        }
        $crate::__weak_items! { [$abi $inh] $($($rest)*)? }
    };
    ([$abi:literal $inh:tt]
        $(#[$($attr:tt)*])*
        $(pub $(($($vis:tt)*))?)? $(safe)? $(unsafe)? static $name:ident : $t:ty , $($rest:tt)*
    ) => {
        $crate::__weak_decl! {
            @start [$abi $inh]
            $(#[$($attr)*])* $(pub $(($($vis)*))?)? static $name : $t
        }
        $crate::__weak_items! { [$abi $inh] $($rest)* }
    };
    // Anything else is not a declaration: let `__weak_decl` say so.
    ([$abi:literal $inh:tt] $($bad:tt)+) => {
        $crate::__weak_decl! { @start [$abi $inh] $($bad)+ }
    };
}

/// An `extern` block's attributes: `#[cfg]`s are kept for its items,
/// `#[weaklink(...)]`s are handed to each item, the rest (`#[link]`, docs)
/// describe the block and are dropped.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_block {
    ([$abi:literal $inh:tt] [$($cfg:tt)*] #[cfg $($c:tt)*] $($rest:tt)*) => {
        $crate::__weak_block! { [$abi $inh] [$($cfg)* #[cfg $($c)*]] $($rest)* }
    };
    ([$abi:literal [$($inh:tt)*]] $cfg:tt #[weaklink $($w:tt)*] $($rest:tt)*) => {
        $crate::__weak_block! { [$abi [$($inh)* #[weaklink $($w)*]]] $cfg $($rest)* }
    };
    ([$abi:literal $inh:tt] $cfg:tt #[$($other:tt)*] $($rest:tt)*) => {
        $crate::__weak_block! { [$abi $inh] $cfg $($rest)* }
    };
    ([$abi:literal $inh:tt] [$($cfg:tt)*] { $($body:tt)* }) => {
        $($cfg)*
        $crate::__weak_items! { [$abi $inh] $($body)* }
    };
}

/// One declaration, without separator, parsed in steps: `@start` puts the
/// inherited attributes first, `@attrs` sorts the attributes (the item's
/// own, `#[link_name]`, `#[weaklink(...)]`) and reads the signature;
/// a declaration with a body goes to `@thunk`, others to `@params`, which
/// collects the parameter types, and `@emit`, which writes the `static`.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_decl {
    // The inherited attributes come first, so the item's own can override.
    (@start [$abi:literal [$($inh:tt)*]] $($decl:tt)*) => {
        $crate::__weak_decl! { @attrs [$abi [$($inh)*]] [] [] [] $($inh)* $($decl)* }
    };
    // `#[link_name]` names the symbol, `#[weaklink(...)]` says where to look
    // for it; other attributes go on the static.
    (@attrs $ctx:tt $attrs:tt $cname:tt $scope:tt #[link_name = $link:literal] $($rest:tt)*) => {
        $crate::__weak_decl! { @attrs $ctx $attrs [$link] $scope $($rest)* }
    };
    (@attrs $ctx:tt $attrs:tt $cname:tt [$($scope:tt)*] #[weaklink($($s:tt)*)] $($rest:tt)*) => {
        $crate::__weak_decl! { @attrs $ctx $attrs $cname [$($scope)* $($s)* ,] $($rest)* }
    };
    (@attrs $ctx:tt [$($attr:tt)*] $cname:tt $scope:tt #[$($a:tt)*] $($rest:tt)*) => {
        $crate::__weak_decl! { @attrs $ctx [$($attr)* #[$($a)*]] $cname $scope $($rest)* }
    };

    // A function with a fallback body: a thunk, with an explicit ABI or
    // with the one in force. Its parameters need names.
    (@attrs $ctx:tt $attrs:tt $cname:tt $scope:tt
        $vis:vis extern $fabi:literal fn $name:ident ($($arg:ident : $ty:ty),* $(,)?) $(-> $ret:ty)?
        { $($body:tt)* }
    ) => {
        $crate::__weak_decl! {
            @thunk [$fabi] $attrs $cname $scope [$vis] $name [$($arg: $ty),*] [$($ret)?] { $($body)* }
        }
    };
    (@attrs [$abi:literal $inh:tt] $attrs:tt $cname:tt $scope:tt
        $vis:vis $(extern)? fn $name:ident ($($arg:ident : $ty:ty),* $(,)?) $(-> $ret:ty)?
        { $($body:tt)* }
    ) => {
        $crate::__weak_decl! {
            @thunk [$abi] $attrs $cname $scope [$vis] $name [$($arg: $ty),*] [$($ret)?] { $($body)* }
        }
    };
    (@attrs $ctx:tt $attrs:tt $cname:tt $scope:tt
        $vis:vis $(extern $($fabi:literal)?)? fn $name:ident ($($params:tt)*) $(-> $ret:ty)?
        { $($body:tt)* }
    ) => {
        ::core::compile_error! {
            "weaklink: a declaration with a fallback body needs named parameters: \
             `fn name(arg: Type, ...) -> Ret { ... }`"
        }
    };
    (@thunk [$abi:literal] [$($attr:tt)*] $cname:tt $scope:tt [$vis:vis] $name:ident
        [$($arg:ident : $ty:ty),*] [$($ret:ty)?] { $($body:tt)* }
    ) => {
        $crate::__weak_thunk! {
            attrs: [$($attr)*],
            vis: [$vis],
            abi: $abi,
            name: $name,
            args: [$($arg: $ty),*],
            ret: $crate::__weak_ret!($($ret)?),
            symbol: [$cname $scope],
            skip_libc: false,
            fallback: { $($body)* }
        }
    };

    // A function, with an explicit ABI or with the one in force.
    (@attrs $ctx:tt $attrs:tt $cname:tt $scope:tt
        $vis:vis extern $fabi:literal fn $name:ident ($($params:tt)*) $(-> $ret:ty)?
    ) => {
        $crate::__weak_decl! {
            @params [[$fabi] $attrs $cname $scope [$vis] $name]
            [$crate::__weak_ret!($($ret)?)] [] [$($params)*]
        }
    };
    (@attrs [$abi:literal $inh:tt] $attrs:tt $cname:tt $scope:tt
        $vis:vis $(extern)? fn $name:ident ($($params:tt)*) $(-> $ret:ty)?
    ) => {
        $crate::__weak_decl! {
            @params [[$abi] $attrs $cname $scope [$vis] $name]
            [$crate::__weak_ret!($($ret)?)] [] [$($params)*]
        }
    };

    // A variable.
    (@attrs $ctx:tt $attrs:tt $cname:tt $scope:tt $vis:vis static $name:ident : $t:ty) => {
        $crate::__weak_decl! { @emit_static [$attrs $cname $scope [$vis] $name] [$t] }
    };

    (@attrs $ctx:tt $attrs:tt $cname:tt $scope:tt $($bad:tt)*) => {
        ::core::compile_error! {
            "weaklink: expected a declaration such as `fn name(arg: Type) -> Ret;`, \
             `fn name(Type) -> Ret`, `static name: Type;`, or an `extern \"C\" { ... }` block"
        }
    };

    // Parameters, named or not, to a list of types; `...` last for a C
    // variadic. Typed fragments are tried last: a failed `ty` parse is fatal.
    (@params $decl:tt $ret:tt [$($ty:tt)*] []) => {
        $crate::__weak_decl! { @emit $decl $ret [$($ty)*] }
    };
    (@params $decl:tt $ret:tt [$($ty:tt)*] [...]) => {
        $crate::__weak_decl! { @emit $decl $ret [$($ty)* ...] }
    };
    (@params $decl:tt $ret:tt [$($ty:tt)*] [_ : $t:ty $(, $($rest:tt)*)?]) => {
        $crate::__weak_decl! { @params $decl $ret [$($ty)* $t,] [$($($rest)*)?] }
    };
    (@params $decl:tt $ret:tt [$($ty:tt)*] [$arg:ident : $t:ty $(, $($rest:tt)*)?]) => {
        $crate::__weak_decl! { @params $decl $ret [$($ty)* $t,] [$($($rest)*)?] }
    };
    (@params $decl:tt $ret:tt [$($ty:tt)*] [$t:ty $(, $($rest:tt)*)?]) => {
        $crate::__weak_decl! { @params $decl $ret [$($ty)* $t,] [$($($rest)*)?] }
    };

    // The statics. The symbol is checked while the static is evaluated, at
    // compile time.
    (@emit [[$abi:literal] $attrs:tt [$($cname:tt)*] [$($scope:tt)*] [$vis:vis] $name:ident] [$ret:ty] [$($ty:tt)*]) => {
        $crate::__weak_decl! {
            @item $attrs [$vis] $name
            [$crate::WeakFn<unsafe extern $abi fn($($ty)*) -> $ret>]
            [$crate::WeakFn::new(&$crate::__weak_symbol!([$($cname)*] $name; $($scope)*))]
        }
    };
    (@emit_static [$attrs:tt [$($cname:tt)*] [$($scope:tt)*] [$vis:vis] $name:ident] [$t:ty]) => {
        $crate::__weak_decl! {
            @item $attrs [$vis] $name
            [$crate::WeakStatic<$t>]
            [$crate::WeakStatic::new(&$crate::__weak_symbol!([$($cname)*] $name; $($scope)*))]
        }
    };
    (@item [$($attr:tt)*] [$vis:vis] $name:ident [$ty:ty] [$init:expr]) => {
        $($attr)*
        #[allow(non_upper_case_globals)]
        $vis static $name: $ty = $init;
    };
}

/// A function that calls the symbol if the process has it, else its
/// fallback body: a self-replacing thunk. The target starts as a function
/// that looks the symbol up, stores the symbol's address or the fallback
/// over itself, and calls it; every later call is one load and one indirect
/// call. Used by `syscall!` and by `weak!` declarations with a body.
///
/// `symbol` is `[link name] [weaklink options]`, as `__weak_symbol` takes
/// them. The fallback body runs as an `unsafe fn` with the declared
/// arguments; it is called through the declared ABI, so a panic in it
/// aborts rather than unwind through that boundary.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_thunk {
    (
        attrs: [$($attr:tt)*],
        vis: [$vis:vis],
        abi: $abi:literal,
        name: $name:ident,
        args: [$($arg:ident : $ty:ty),*],
        ret: $ret:ty,
        symbol: [$cname:tt [$($scope:tt)*]],
        skip_libc: $skip:expr,
        fallback: { $($body:tt)* }
    ) => {
        $($attr)*
        $vis unsafe fn $name($($arg: $ty),*) -> $ret {
            type __WeaklinkThunkFn = unsafe extern $abi fn($($ty),*) -> $ret;

            // The symbol. This static shadows the function inside its own
            // body.
            #[allow(non_upper_case_globals)]
            static $name: $crate::WeakFn<__WeaklinkThunkFn> =
                $crate::WeakFn::new(&$crate::__weak_symbol!($cname $name; $($scope)*));

            #[allow(unused_unsafe, clippy::needless_return)]
            unsafe fn __weaklink_body($($arg: $ty),*) -> $ret {
                $($body)*
            }

            unsafe extern $abi fn __weaklink_fallback($($arg: $ty),*) -> $ret {
                let guard = $crate::__private::AbortOnUnwind;
                // SAFETY: as for the function being declared.
                let result = unsafe { __weaklink_body($($arg),*) };
                ::core::mem::forget(guard);
                result
            }

            // The first call picks the symbol or the fallback, stores it over
            // itself, and calls it; later calls go straight there.
            unsafe extern $abi fn __weaklink_first($($arg: $ty),*) -> $ret {
                let f: __WeaklinkThunkFn = if $skip {
                    __weaklink_fallback
                } else {
                    match $name.get() {
                        ::core::option::Option::Some(f) => f,
                        ::core::option::Option::None => __weaklink_fallback,
                    }
                };
                __WEAKLINK_TARGET.store(f as *mut (), ::core::sync::atomic::Ordering::Release);
                // SAFETY: as for the function being declared.
                unsafe { f($($arg),*) }
            }

            static __WEAKLINK_TARGET: ::core::sync::atomic::AtomicPtr<()> =
                ::core::sync::atomic::AtomicPtr::new(__weaklink_first as *mut ());

            // SAFETY: the pointer is one of the functions above or the
            // symbol, all of this signature. Acquire pairs with the store,
            // as in `WeakFn`.
            unsafe {
                let f = ::core::mem::transmute::<*mut (), __WeaklinkThunkFn>(
                    __WEAKLINK_TARGET.load(::core::sync::atomic::Ordering::Acquire),
                );
                f($($arg),*)
            }
        }
    };
}

/// A return type, `()` if none was written.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_ret {
    () => {
        ()
    };
    ($ret:ty) => {
        $ret
    };
}

/// A `Symbol` for a declaration: its C name (the `#[link_name]`, else the
/// Rust name) and its `#[weaklink(...)]` options.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_symbol {
    ([] $name:ident; $($scope:tt)*) => {
        $crate::__weak_symbol!([$crate::__private::stringify!($name)] $name; $($scope)*)
    };
    ([$cname:expr] $name:ident; $($scope:tt)*) => {
        $crate::__weak_scope!(
            ($crate::Symbol::<{ $crate::__private::len_with_nul($cname) }>::from_str_without_nul($cname))
            $($scope)*
        )
    };
}

/// Applies `#[weaklink(...)]` options to a `Symbol` expression.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_scope {
    (($sym:expr)) => {
        $sym
    };
    (($sym:expr) , $($rest:tt)*) => {
        $crate::__weak_scope!(($sym) $($rest)*)
    };
    (($sym:expr) next , $($rest:tt)*) => {
        $crate::__weak_scope!(($sym.next()) $($rest)*)
    };
    (($sym:expr) library = $lib:expr , $($rest:tt)*) => {
        $crate::__weak_scope!(
            ($sym.in_library($crate::__private::concat!($lib, "\0").as_bytes())) $($rest)*
        )
    };
    (($sym:expr) version = $version:expr , $($rest:tt)*) => {
        $crate::__weak_scope!(
            ($sym.with_version($crate::__private::concat!($version, "\0").as_bytes())) $($rest)*
        )
    };
    (($sym:expr) $($other:tt)*) => {
        ::core::compile_error!(
            "weaklink: unknown option in #[weaklink(...)]; expected `next`, \
             `library = \"libname.so\"` or `version = \"VERSION\"`"
        )
    };
}
