//! `weak!`, `dlsym!` and their hidden helpers, always reached through
//! `$crate::`: expansions need no imports, in `no_std` crates too.

/// Declares one or more weak functions, each a `static`
/// [`WeakFn`](crate::WeakFn) named after the function.
///
/// # Accepted spellings
///
/// Everything the private copies of this macro in the standard library,
/// mio and rustix accept, so that code carrying one can switch by changing
/// an import:
///
/// ```
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
/// `static NAME: WeakFn<unsafe extern "ABI" fn(..) -> R>` (the call is
/// always `unsafe`, whatever `safe` or `unsafe` keyword was written), every
/// `static NAME: T` (or `static mut`) `static NAME: WeakStatic<T>`. Call
/// them as the [crate documentation](crate) shows (and write `Some(f) =>`:
/// a binding named like the static is refused, error E0530). Parameters may
/// have lifetimes (`&T`, `BorrowedFd<'_>`). Declarations are items, at
/// module level or in a function body.
///
/// - `#[link_name = "c_name"]` (or `= concat!(..)`) names the symbol; else
///   it is the Rust name without any `r#`.
/// - `#[weaklink(next)]`, `#[weaklink(library = "libz.so.1")]`,
///   `#[weaklink(version = "GLIBC_2.2.5")]` choose where to look
///   ([Scopes](crate#scopes)); on an `extern` block they apply to each item.
/// - `#[weaklink(extern_weak)]` declares a `const`
///   [`ExternWeak`](crate::ExternWeak) (or
///   [`ExternWeakStatic`](crate::ExternWeakStatic)) that the loader binds
///   instead ([three ways](crate#three-ways-to-call-an-optional-c-function)).
///
/// Compile errors, not silent mistakes: an unknown option, two that both
/// choose where to look, a second or unreadable `#[link_name]`, `link_name`
/// or `weaklink` in `#[cfg_attr]`, an empty name or one with a NUL byte.
///
/// Lists of plain `fn ...;` declarations, and of `extern` blocks, expand in
/// one step however long; other lists cost two recursion levels per item
/// (about 55 items under the default `#![recursion_limit]`), and each
/// attribute (each `///` line too) one level (about 120 on one item).
///
/// # With a fallback body
///
/// A declaration with a body instead of `;` becomes an `unsafe fn` of that
/// name and signature that calls the symbol if the process has it, else
/// the body (std's Windows `compat_fn_with_fallback!`). Parameters need
/// names. It is a self-replacing thunk: every call after the first is one
/// load and one indirect call. The body runs behind the declared ABI, so a
/// panic in it aborts the process. It may call itself by its own name.
///
/// ```
/// weaklink::weak! {
///     /// The calling thread's id where libc has `gettid`, else the process's.
///     fn gettid() -> libc::pid_t {
///         // SAFETY: getpid has no preconditions.
///         unsafe { libc::getpid() }
///     }
/// }
///
/// // SAFETY: gettid has no preconditions.
/// assert!(unsafe { gettid() } > 0);
/// ```
#[macro_export]
macro_rules! weak {
    ($($input:tt)*) => {
        $crate::__weak_declarations! { ["C" []] $($input)* }
    };
}

/// The same macro as [`weak!`](crate::weak), under the name mio gives it.
///
/// ```
/// weaklink::dlsym!(fn getpid() -> libc::pid_t);
/// assert_eq!(getpid.name(), "getpid");
/// ```
#[macro_export]
macro_rules! dlsym {
    ($($input:tt)*) => {
        $crate::__weak_declarations! { ["C" []] $($input)* }
    };
}

/// Makes the declarations of a list, in a context `[ABI [#[weaklink]s of
/// the enclosing extern block]]`: an item's head is matched once, then its
/// tail (`-> T`, a body, a separator). Uniform lists expand in one step.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_declarations {
    (@fn_tail $ctx:tt $attrs:tt $head:tt -> $ret:ty $(; $($rest:tt)*)?) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [-> $ret] }
        $crate::__weak_declarations! { $ctx $($($rest)*)? }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt -> $ret:ty , $($rest:tt)*) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [-> $ret] }
        $crate::__weak_declarations! { $ctx $($rest)* }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt $(-> $ret:ty)? { $($body:tt)* } $($rest:tt)*) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [$(-> $ret)? { $($body)* }] }
        $crate::__weak_declarations! { $ctx $($rest)* }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt $(-> $ret:ty)? $body:block $($rest:tt)*) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [$(-> $ret)? { $body }] }
        $crate::__weak_declarations! { $ctx $($rest)* }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt $($rest:tt)*) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [] }
        $crate::__weak_declarations! { $ctx $($rest)* }
    };
    (@static_tail $ctx:tt $attrs:tt $head:tt $t:ty $(; $($rest:tt)*)?) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [$t] }
        $crate::__weak_declarations! { $ctx $($($rest)*)? }
    };
    (@static_tail $ctx:tt $attrs:tt $head:tt $t:ty , $($rest:tt)*) => {
        $crate::__weak_declarations! { @one $ctx $attrs $head [$t] }
        $crate::__weak_declarations! { $ctx $($rest)* }
    };
    (@one [$abi:literal $inh:tt] $attrs:tt [$($head:tt)*] [$($tail:tt)*]) => {
        $crate::__weak_declaration! { $abi $inh $attrs [true] [$($head)* $($tail)*] }
    };
    // An extern block: `#[cfg]`s go on its items, `#[weaklink]`s are
    // inherited by them, other attributes (`#[link]`, docs) are dropped.
    (@block [$abi:literal $inh:tt] [$($cfg:tt)*] #[cfg $($c:tt)*] $($rest:tt)*) => {
        $crate::__weak_declarations! { @block [$abi $inh] [$($cfg)* #[cfg $($c)*]] $($rest)* }
    };
    (@block [$abi:literal [$($inh:tt)*]] $cfg:tt #[weaklink $($w:tt)*] $($rest:tt)*) => {
        $crate::__weak_declarations! { @block [$abi [$($inh)* #[weaklink $($w)*]]] $cfg $($rest)* }
    };
    (@block [$abi:literal $inh:tt] $cfg:tt #[$($other:tt)*] $($rest:tt)*) => {
        $crate::__weak_declarations! { @block [$abi $inh] $cfg $($rest)* }
    };
    (@block [$abi:literal $inh:tt] [$($cfg:tt)*] { $($body:tt)* }) => {
        $($cfg)*
        $crate::__weak_declarations! { [$abi $inh] $($body)* }
    };

    ($ctx:tt) => {};
    ($ctx:tt ; $($rest:tt)*) => { $crate::__weak_declarations! { $ctx $($rest)* } };
    ($ctx:tt , $($rest:tt)*) => { $crate::__weak_declarations! { $ctx $($rest)* } };
    ([$abi:literal $inh:tt] $(
        $(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($p:tt)*) $(-> $ret:ty)? ;
    )+) => {$(
        $crate::__weak_declaration! {
            $abi $inh [$(#[$($a)*])*] [true] [$vis $(extern $($fabi)?)? fn $name ($($p)*) $(-> $ret)?]
        }
    )+};
    ([$abi:literal $inh:tt] $($(#[$($b:tt)*])* $(unsafe)? extern $babi:literal { $($body:tt)* })+) => {$(
        $crate::__weak_declarations! { @block [$babi $inh] [] $(#[$($b)*])* { $($body)* } }
    )+};
    ([$abi:literal $inh:tt] $(#[$($b:tt)*])* $(unsafe)? extern $babi:literal { $($body:tt)* } $($rest:tt)*) => {
        $crate::__weak_declarations! { @block [$babi $inh] [] $(#[$($b)*])* { $($body)* } }
        $crate::__weak_declarations! { [$abi $inh] $($rest)* }
    };
    ($ctx:tt $(#[$($b:tt)*])* $(unsafe)? extern { $($body:tt)* } $($rest:tt)*) => {
        $crate::__weak_declarations! { $ctx $(#[$($b)*])* extern "C" { $($body)* } $($rest)* }
    };
    ($ctx:tt $(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($p:tt)*) $($tail:tt)*
    ) => {
        $crate::__weak_declarations! {
            @fn_tail $ctx [$(#[$($a)*])*] [$vis $(extern $($fabi)?)? fn $name ($($p)*)] $($tail)*
        }
    };
    ($ctx:tt $(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? static mut $($tail:tt)*) => {
        $crate::__weak_declarations! { $ctx $(#[$($a)*])* $vis static $($tail)* }
    };
    ($ctx:tt $(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? static $name:ident : $($tail:tt)*) => {
        $crate::__weak_declarations! {
            @static_tail $ctx [$(#[$($a)*])*] [$vis static $name :] $($tail)*
        }
    };
    ($ctx:tt $($bad:tt)+) => {
        $crate::__weak_declaration! { "C" [] [] [true] [$($bad)+] }
    };
}

/// Makes one declaration: a `static` [`WeakFn`](crate::WeakFn) or
/// [`WeakStatic`](crate::WeakStatic), or a thunk for one with a body. The
/// attributes are sorted first (inherited ones first): `#[link_name]` and
/// `#[weaklink(..)]` choose the symbol, the others are `kept` for the item.
/// Entered as `ABI [inherited attributes] [attributes] [use_symbol] [item]`.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_declaration {
    ($abi:literal $inh:tt $attrs:tt $u:tt $item:tt) => {
        $crate::__weak_declaration! {
            abi: $abi, inherit: $inh, attrs: $attrs, kept: [], link_name: [], options: [], use_symbol: $u, item: $item
        }
    };
    (abi: $abi:literal, inherit: [$($i:tt)+], attrs: [$($a:tt)*], $($fields:tt)*) => {
        $crate::__weak_declaration! { abi: $abi, inherit: [], attrs: [$($i)+ $($a)*], $($fields)* }
    };
    (abi: $abi:literal, inherit: [], attrs: [#[link_name $($l:tt)*] $($a:tt)*], kept: $k:tt,
        link_name: [$($prev:tt)+], $($fields:tt)*) => {
        ::core::compile_error!("weaklink: more than one `#[link_name]`; keep one");
    };
    (abi: $abi:literal, inherit: [], attrs: [#[link_name = $l:literal] $($a:tt)*], kept: $k:tt,
        link_name: [], $($fields:tt)*) => {
        $crate::__weak_declaration! { abi: $abi, inherit: [], attrs: [$($a)*], kept: $k, link_name: [$l], $($fields)* }
    };
    (abi: $abi:literal, inherit: [], attrs: [#[link_name = concat!($($l:tt)*)] $($a:tt)*], kept: $k:tt,
        link_name: [], $($fields:tt)*) => {
        $crate::__weak_declaration! {
            abi: $abi, inherit: [], attrs: [$($a)*], kept: $k, link_name: [::core::concat!($($l)*)], $($fields)*
        }
    };
    (abi: $abi:literal, inherit: [], attrs: [#[link_name $($l:tt)*] $($a:tt)*], $($fields:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: cannot read `#[link_name ", ::core::stringify!($($l)*),
            "]`; write `#[link_name = \"name\"]` or `#[link_name = concat!(...)]`"
        ));
    };
    (abi: $abi:literal, inherit: [], attrs: [#[weaklink($($w:tt)*)] $($a:tt)*], kept: $k:tt,
        link_name: $link:tt, options: [$($o:tt)*], $($fields:tt)*) => {
        $crate::__weak_declaration! {
            abi: $abi, inherit: [], attrs: [$($a)*], kept: $k, link_name: $link, options: [$($o)* $($w)* ,],
            $($fields)*
        }
    };
    (abi: $abi:literal, inherit: [], attrs: [#[cfg_attr($($c:tt)*)] $($a:tt)*], kept: [$($k:tt)*], $($fields:tt)*) => {
        $crate::__weak_declaration! { @cfg_attr $($c)* }
        $crate::__weak_declaration! { abi: $abi, inherit: [], attrs: [$($a)*], kept: [$($k)* #[cfg_attr($($c)*)]], $($fields)* }
    };
    (abi: $abi:literal, inherit: [], attrs: [#[$i:ident $($m:tt)*] $($a:tt)*], kept: [$($k:tt)*], $($fields:tt)*) => {
        $crate::__weak_declaration! { abi: $abi, inherit: [], attrs: [$($a)*], kept: [$($k)* #[$i $($m)*]], $($fields)* }
    };
    // An attribute another macro forwarded as a `meta` fragment is opaque
    // here: it is checked by its text instead.
    (abi: $abi:literal, inherit: [], attrs: [#[$($m:tt)*] $($a:tt)*], kept: [$($k:tt)*], $($fields:tt)*) => {
        const _: () = $crate::__private::check_forwarded_attribute(::core::stringify!($($m)*));
        $crate::__weak_declaration! { abi: $abi, inherit: [], attrs: [$($a)*], kept: [$($k)* #[$($m)*]], $($fields)* }
    };
    // `#[cfg_attr]` is kept, but must not carry what the macro reads.
    (@cfg_attr) => {};
    (@cfg_attr link_name $($rest:tt)*) => {
        ::core::compile_error!("weaklink: `link_name` in `#[cfg_attr]` cannot be read; write a `#[cfg]`'d declaration per name");
    };
    (@cfg_attr weaklink $($rest:tt)*) => {
        ::core::compile_error!("weaklink: `weaklink(..)` in `#[cfg_attr]` cannot be read; write a `#[cfg]`'d declaration per scope");
    };
    (@cfg_attr cfg_attr ($($inner:tt)*) $($rest:tt)*) => {
        $crate::__weak_declaration! { @cfg_attr $($inner)* }
        $crate::__weak_declaration! { @cfg_attr $($rest)* }
    };
    (@cfg_attr $other:tt $($rest:tt)*) => { $crate::__weak_declaration! { @cfg_attr $($rest)* } };

    // The attributes are sorted; now the item. An explicit ABI wins.
    (abi: $abi:literal, inherit: [], attrs: [], kept: $k:tt, link_name: $l:tt, options: $o:tt, use_symbol: $u:tt,
        item: [$vis:vis $(safe)? $(unsafe)? extern $fabi:literal fn $($item:tt)*]) => {
        $crate::__weak_declaration! { @fn $fabi $k [$l $o] $u [$vis] $($item)* }
    };
    (abi: $abi:literal, inherit: [], attrs: [], kept: $k:tt, link_name: $l:tt, options: $o:tt, use_symbol: $u:tt,
        item: [$vis:vis $(safe)? $(unsafe)? $(extern)? fn $($item:tt)*]) => {
        $crate::__weak_declaration! { @fn $abi $k [$l $o] $u [$vis] $($item)* }
    };
    (abi: $abi:literal, inherit: [], attrs: [], kept: [$($k:tt)*], link_name: $l:tt, options: [extern_weak ,],
        use_symbol: $u:tt, item: [$vis:vis static $name:ident : $t:ty]) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis const $name: $crate::ExternWeakStatic<$t> =
            $crate::__extern_weak!(@make ExternWeakStatic<$t>, [$crate::__weak_c_name!($name $l)]);
    };
    (abi: $abi:literal, inherit: [], attrs: [], kept: [$($k:tt)*], link_name: $l:tt, options: $o:tt, use_symbol: $u:tt,
        item: [$vis:vis static $name:ident : $t:ty]) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis static $name: $crate::WeakStatic<$t> =
            $crate::WeakStatic::new(&$crate::__weak_symbol!($name [$l $o]));
    };
    (abi: $abi:literal, inherit: [], attrs: [], $($fields:tt)*) => {
        $crate::__weak_declaration! { @bad $($fields)* }
    };
    (@bad kept: $k:tt, link_name: $l:tt, options: $o:tt, use_symbol: $u:tt, item: [$($bad:tt)*]) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: expected a declaration such as `fn name(arg: Type) -> Ret;`, `fn name(Type) -> Ret`, ",
            "`static name: Type;` or an `extern \"C\" { ... }` block, found `", ::core::stringify!($($bad)*), "`"
        ));
    };

    // A function with a fallback body: a function that calls the symbol if
    // the process has it, else the body (see `__weak_thunk`).
    (@fn $abi:literal $k:tt $sym:tt $u:tt $vis:tt $name:ident ($($arg:ident : $ty:ty ,)* ...) $(-> $ret:ty)? { $($body:tt)* }) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: `", ::core::stringify!($name), "` is a C variadic: it cannot have a fallback body; ",
            "declare it with `;` and match on `.get()`"
        ));
    };
    (@fn $abi:literal $k:tt $sym:tt $u:tt $vis:tt
        $name:ident ($($arg:ident : $ty:ty),* $(,)?) $(-> $ret:ty)? { $($body:tt)* }
    ) => {
        $crate::__weak_thunk! { $abi $k $sym $u $vis $name ($($arg: $ty),*) [$($ret)?] { $($body)* } }
    };
    (@fn $abi:literal $k:tt $sym:tt $u:tt $vis:tt $name:ident ($($p:tt)*) $(-> $ret:ty)? { $($body:tt)* }) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: a declaration with a fallback body needs named parameters: ",
            "`fn name(arg: Type, ...) -> Ret { ... }`, found `(", ::core::stringify!($($p)*), ")`"
        ));
    };
    // `extern_weak`: bound by the loader, a `const` (so that every use, in
    // any crate, inlines to one load).
    (@fn $abi:literal [$($k:tt)*] [$l:tt [extern_weak ,]] $u:tt [$vis:vis] $name:ident ($($p:tt)*) $(-> $ret:ty)?) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis const $name: $crate::ExternWeak<unsafe extern $abi fn($($p)*) $(-> $ret)?> =
            $crate::__extern_weak!(@make ExternWeak<unsafe extern $abi fn($($p)*) $(-> $ret)?>,
                [$crate::__weak_c_name!($name $l)]);
    };
    // A function without a body: a `WeakFn`.
    (@fn $abi:literal [$($k:tt)*] $sym:tt $u:tt [$vis:vis] $name:ident ($($p:tt)*) $(-> $ret:ty)?) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis static $name: $crate::WeakFn<unsafe extern $abi fn($($p)*) $(-> $ret)?> =
            // SAFETY: an `unsafe extern` function pointer type.
            unsafe { $crate::WeakFn::new_unchecked(&$crate::__weak_symbol!($name $sym)) };
    };
}
