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
/// // variable) per item. The block's attributes apply to each item.
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
///   ([Scopes](crate#scopes)); on Windows, after a `library`,
///   `ordinal = 132` looks the export up by ordinal and `load = "system32"`
///   loads a DLL that is not loaded yet from the system directory.
/// - `#[r#link_name = ..]` and `#[r#weaklink(..)]` are `#[link_name]` and
///   `#[weaklink]`, as the compiler reads raw identifiers.
/// - `#[weaklink(extern_weak)]` declares a `const`
///   [`ExternWeak`](crate::ExternWeak) (or
///   [`ExternWeakStatic`](crate::ExternWeakStatic)) that the loader binds
///   instead ([three ways](crate#three-ways-to-call-an-optional-c-function)).
///
/// On an `extern` block, every attribute applies to each item as if it
/// were written there first (a false `#[cfg]` removes them all,
/// `#[weaklink(..)]` chooses where each is looked up, `#[allow]` applies to
/// each), except the docs and `#[link(..)]`, which describe the block and
/// are dropped. An attribute that another macro forwards as a `$m:meta`
/// fragment is opaque: it is applied to the item, or to each item of a
/// block (it may be a `#[cfg]`), and it is an error if it is a `link_name`
/// or a `weaklink` (forward attributes as `#[$($a:tt)*]` instead).
///
/// Compile errors, not silent mistakes: an unknown option, two that both
/// choose where to look, a second or unreadable `#[link_name]`, a
/// `#[link_name]` on an `extern` block, `link_name` or `weaklink` in
/// `#[cfg_attr]` (on an item or a block), an empty name or one with a NUL
/// byte.
///
/// A list of `fn` and `static` declarations (each ending with `;` or a
/// body, the last one with nothing too) and a list of `extern` blocks
/// expand in a fixed number of recursion levels however long they are
/// (2,000 declarations in one list were tried). A list that mixes blocks
/// and declarations, or separates them with `,`, costs two levels per
/// declaration up to the last block or `,` (about 55 under the default
/// `#![recursion_limit]` of 128). An item's attributes are sorted in one
/// step when weaklink knows each one's name (`doc` and `///` lines, `cfg`,
/// `cfg_attr`, `allow`, `warn`, `deny`, `forbid`, `expect`, `deprecated`,
/// `must_use`, `link_name`, `weaklink`; 1,000 on one item were tried); any
/// other attribute costs one level up to the last such one (about 110 on
/// one item, such as `#[link_section]`), and a tool attribute
/// (`#[rustfmt::skip]`, `#[clippy::msrv]`) two, as the compiler counts one
/// more for it (about 55).
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
        $crate::__weak_declaration! { @list ["C" []] $($input)* }
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
        $crate::__weak_declaration! { @list ["C" []] $($input)* }
    };
}

/// Makes the declarations of `weak!`, `dlsym!` and `syscall!`: a `static`
/// [`WeakFn`](crate::WeakFn) or [`WeakStatic`](crate::WeakStatic), a
/// `const` [`ExternWeak`](crate::ExternWeak), or a thunk for one with a
/// body.
///
/// `syscall!` enters with one item, as `ABI [inherited attributes]
/// [attributes] [use_symbol] [item]`; `weak!` with `@list [ABI [inherited
/// attributes]] TOKENS`. The steps, each a fixed number of recursion
/// levels however many items or attributes there are:
///
/// - `@list`, `@items`: a list of `fn` and `static` items is split in one
///   step, its heads (attributes and visibility) and bodies zipped
///   (`@zip`); lists with `extern` blocks or `,` separators are taken one
///   item at a time, then the rest tried again in one step; a block's
///   attributes are sorted (`@block`) and given to each of its items.
/// - `@sort`: an item's attributes are sorted in one step when weaklink
///   knows each one's name; else one at a time up to the last it does not
///   know (an opaque `$m:meta` fragment, a tool attribute).
/// - `@link`: at most one readable `#[link_name]`; `@item`, `@fn`: the
///   declaration.
#[doc(hidden)]
#[macro_export]
macro_rules! __weak_declaration {
    // ---- Lists -----------------------------------------------------------

    (@list $ctx:tt $($input:tt)*) => {
        $crate::__weak_declaration! {
            @items $ctx [$($input)*] [$($input)* ; fn __weaklink_end_of_list(@end)]
        }
    };
    // A list of `fn` and `static` items, in one step. The list is read as
    // runs of statics each closed by a `fn` (the list ends with one,
    // appended above); every item's head (attributes, visibility) is
    // matched before it, so that each run starts with one, and each static
    // is followed by the next item's. The heads and bodies are then
    // zipped, one declaration per pair.
    (@items $ctx:tt $orig:tt [$(
        $(;)* $(#[$($a:tt)*])* $v:vis
        $(
            $(safe)? $(unsafe)? static $sn:ident $($sn2:ident)? : $st:ty ;
            $(;)* $(#[$($as:tt)*])* $vs:vis
        )*
        $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $fname:ident ($($p:tt)*) $(-> $r:ty)? $({ $($b:tt)* })?
    )*]) => {
        $crate::__weak_declaration! {
            @zip $ctx
            [$( [[$(#[$($a)*])*] [$v]] $([[$(#[$($as)*])*] [$vs]])* )*]
            [$(
                $([static $sn $($sn2)? : $st])*
                [$(extern $($fabi)?)? fn $fname ($($p)*) $(-> $r)? $({ $($b)* })?]
            )*]
        }
    };
    (@zip $ctx:tt [$($head:tt)*] [$($body:tt)*]) => {
        $( $crate::__weak_declaration! { @pair $ctx $head $body } )*
    };
    (@pair $ctx:tt $head:tt [fn __weaklink_end_of_list (@end)]) => {};
    (@pair [$abi:literal $inh:tt] [$attrs:tt [$vis:vis]] [static mut $name:ident : $t:ty]) => {
        $crate::__weak_declaration! { $abi $inh $attrs [true] [$vis static $name : $t] }
    };
    (@pair [$abi:literal $inh:tt] [$attrs:tt [$vis:vis]] [$($item:tt)*]) => {
        $crate::__weak_declaration! { $abi $inh $attrs [true] [$vis $($item)*] }
    };

    // Else one item at a time (lists with `extern` blocks or `,`
    // separators): an item's head is matched once, then its tail (`-> T`,
    // a body, a separator); the rest is a list again.
    (@items $ctx:tt [] $e:tt) => {};
    (@items $ctx:tt [; $($rest:tt)*] $e:tt) => { $crate::__weak_declaration! { @list $ctx $($rest)* } };
    (@items $ctx:tt [, $($rest:tt)*] $e:tt) => { $crate::__weak_declaration! { @list $ctx $($rest)* } };
    (@items [$abi:literal $inh:tt] [$($(#[$($b:tt)*])* $(unsafe)? extern $babi:literal { $($body:tt)* })+] $e:tt) => {$(
        $crate::__weak_declaration! { @block [$babi $inh] [$($body)*] [$(#[$($b)*])*] }
    )+};
    (@items [$abi:literal $inh:tt] [$(#[$($b:tt)*])* $(unsafe)? extern $babi:literal { $($body:tt)* } $($rest:tt)*] $e:tt) => {
        $crate::__weak_declaration! { @block [$babi $inh] [$($body)*] [$(#[$($b)*])*] }
        $crate::__weak_declaration! { @list [$abi $inh] $($rest)* }
    };
    (@items $ctx:tt [$(#[$($b:tt)*])* $(unsafe)? extern { $($body:tt)* } $($rest:tt)*] $e:tt) => {
        $crate::__weak_declaration! { @list $ctx $(#[$($b)*])* extern "C" { $($body)* } $($rest)* }
    };
    (@items $ctx:tt [$(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? $(extern $($fabi:literal)?)?
        fn $name:ident ($($p:tt)*) $($tail:tt)*
    ] $e:tt) => {
        $crate::__weak_declaration! {
            @fn_tail $ctx [$(#[$($a)*])*] [$vis $(extern $($fabi)?)? fn $name ($($p)*)] $($tail)*
        }
    };
    (@items $ctx:tt [$(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? static mut $name:ident : $($tail:tt)*] $e:tt) => {
        $crate::__weak_declaration! { @static_tail $ctx [$(#[$($a)*])*] [$vis static $name :] $($tail)* }
    };
    (@items $ctx:tt [$(#[$($a:tt)*])* $vis:vis $(safe)? $(unsafe)? static $name:ident : $($tail:tt)*] $e:tt) => {
        $crate::__weak_declaration! { @static_tail $ctx [$(#[$($a)*])*] [$vis static $name :] $($tail)* }
    };
    (@items $ctx:tt [$($bad:tt)+] $e:tt) => {
        $crate::__weak_declaration! { "C" [] [] [true] [$($bad)+] }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt -> $ret:ty $(; $($rest:tt)*)?) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [-> $ret] }
        $crate::__weak_declaration! { @items $ctx [$($($rest)*)?] [$($($rest)*)? ; fn __weaklink_end_of_list(@end)] }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt -> $ret:ty , $($rest:tt)*) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [-> $ret] }
        $crate::__weak_declaration! { @items $ctx [$($rest)*] [$($rest)* ; fn __weaklink_end_of_list(@end)] }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt $(-> $ret:ty)? { $($body:tt)* } $($rest:tt)*) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [$(-> $ret)? { $($body)* }] }
        $crate::__weak_declaration! { @items $ctx [$($rest)*] [$($rest)* ; fn __weaklink_end_of_list(@end)] }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt $(-> $ret:ty)? $body:block $($rest:tt)*) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [$(-> $ret)? { $body }] }
        $crate::__weak_declaration! { @items $ctx [$($rest)*] [$($rest)* ; fn __weaklink_end_of_list(@end)] }
    };
    (@fn_tail $ctx:tt $attrs:tt $head:tt $($rest:tt)*) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [] }
        $crate::__weak_declaration! { @items $ctx [$($rest)*] [$($rest)* ; fn __weaklink_end_of_list(@end)] }
    };
    (@static_tail $ctx:tt $attrs:tt $head:tt $t:ty $(; $($rest:tt)*)?) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [$t] }
        $crate::__weak_declaration! { @items $ctx [$($($rest)*)?] [$($($rest)*)? ; fn __weaklink_end_of_list(@end)] }
    };
    (@static_tail $ctx:tt $attrs:tt $head:tt $t:ty , $($rest:tt)*) => {
        $crate::__weak_declaration! { @one $ctx $attrs $head [$t] }
        $crate::__weak_declaration! { @items $ctx [$($rest)*] [$($rest)* ; fn __weaklink_end_of_list(@end)] }
    };
    (@one [$abi:literal $inh:tt] $attrs:tt [$($head:tt)*] [$($tail:tt)*]) => {
        $crate::__weak_declaration! { $abi $inh $attrs [true] [$($head)* $($tail)*] }
    };

    // An `extern` block: its attributes apply to each item, as if written
    // there first, except the docs and `#[link]`, which describe the block
    // (dropped), and `#[link_name]`, which cannot name every item (an
    // error). In one step when weaklink knows each attribute's name.
    (@block [$abi:literal [$($inh:tt)*]] [$($body:tt)*] [$(# [
        $(doc $($doc:tt)*)?
        $(link $($link:tt)*)?
        $(cfg $($cfg:tt)*)?
        $(cfg_attr $($ca:tt)*)?
        $(allow $($allow:tt)*)?
        $(warn $($warn:tt)*)?
        $(deny $($deny:tt)*)?
        $(forbid $($forbid:tt)*)?
        $(expect $($expect:tt)*)?
        $(deprecated $($dep:tt)*)?
        $(weaklink $($w:tt)*)?
    ])*]) => {
        $crate::__weak_declaration! {
            @list [$abi [$($inh)* $(
                $(#[cfg $($cfg)*])?
                $(#[cfg_attr $($ca)*])?
                $(#[allow $($allow)*])?
                $(#[warn $($warn)*])?
                $(#[deny $($deny)*])?
                $(#[forbid $($forbid)*])?
                $(#[expect $($expect)*])?
                $(#[deprecated $($dep)*])?
                $(#[weaklink $($w)*])?
            )*]]
            $($body)*
        }
    };
    (@block $ctx:tt $body:tt [#[link_name $($l:tt)*] $($rest:tt)*]) => {
        ::core::compile_error!(
            "weaklink: `#[link_name]` on an `extern` block cannot name every item; put it on the item it names"
        );
    };
    (@block $ctx:tt $body:tt [#[r#link_name $($l:tt)*] $($rest:tt)*]) => {
        ::core::compile_error!(
            "weaklink: `#[link_name]` on an `extern` block cannot name every item; put it on the item it names"
        );
    };
    (@block $ctx:tt $body:tt [#[doc $($d:tt)*] $($rest:tt)*]) => {
        $crate::__weak_declaration! { @block $ctx $body [$($rest)*] }
    };
    (@block $ctx:tt $body:tt [#[r#doc $($d:tt)*] $($rest:tt)*]) => {
        $crate::__weak_declaration! { @block $ctx $body [$($rest)*] }
    };
    (@block $ctx:tt $body:tt [#[link $($d:tt)*] $($rest:tt)*]) => {
        $crate::__weak_declaration! { @block $ctx $body [$($rest)*] }
    };
    (@block $ctx:tt $body:tt [#[r#link $($d:tt)*] $($rest:tt)*]) => {
        $crate::__weak_declaration! { @block $ctx $body [$($rest)*] }
    };
    (@block [$abi:literal [$($inh:tt)*]] $body:tt [#[$($a:tt)*] $($rest:tt)*]) => {
        $crate::__weak_declaration! { @block [$abi [$($inh)* #[$($a)*]]] $body [$($rest)*] }
    };

    // ---- One declaration -------------------------------------------------

    ($abi:literal [$($i:tt)*] [$($a:tt)*] $u:tt $item:tt) => {
        $crate::__weak_declaration! { @sort [$abi $u $item] [] [] [] [$($i)* $($a)*] }
    };

    // The attributes, inherited ones first: `#[link_name]` and
    // `#[weaklink(..)]` (also written `r#link_name`, `r#weaklink`) choose
    // the symbol, the others are kept for the item; a `#[cfg_attr]` must
    // not carry either. In one step when weaklink knows every name.
    (@sort $ctx:tt [$($k:tt)*] [$($l:tt)*] [$($o:tt)*] [$(# [
        $(doc $($doc:tt)*)?
        $(cfg $($cfg:tt)*)?
        $(cfg_attr ($($ca:tt)*))?
        $(r#cfg_attr ($($rca:tt)*))?
        $(allow $($allow:tt)*)?
        $(warn $($warn:tt)*)?
        $(deny $($deny:tt)*)?
        $(forbid $($forbid:tt)*)?
        $(expect $($expect:tt)*)?
        $(deprecated $($dep:tt)*)?
        $(must_use $($mu:tt)*)?
        $(link_name $($ln:tt)*)?
        $(r#link_name $($rln:tt)*)?
        $(weaklink ($($w:tt)*))?
        $(r#weaklink ($($rw:tt)*))?
    ])*]) => {
        $($(
            $crate::__weak_declaration! { @cfg_attr $($ca)* }
        )? $(
            $crate::__weak_declaration! { @cfg_attr $($rca)* }
        )?)*
        $crate::__weak_declaration! {
            @link $ctx
            [$($k)* $(
                $(#[doc $($doc)*])?
                $(#[cfg $($cfg)*])?
                $(#[cfg_attr($($ca)*)])?
                $(#[cfg_attr($($rca)*)])?
                $(#[allow $($allow)*])?
                $(#[warn $($warn)*])?
                $(#[deny $($deny)*])?
                $(#[forbid $($forbid)*])?
                $(#[expect $($expect)*])?
                $(#[deprecated $($dep)*])?
                $(#[must_use $($mu)*])?
            )*]
            [$($l)* $($([$($ln)*])? $([$($rln)*])?)*]
            [$($o)* $($($($w)* ,)? $($($rw)* ,)?)*]
        }
    };
    // Else one attribute, then the rest again.
    (@sort $ctx:tt $k:tt [$($l:tt)*] $o:tt [#[link_name $($x:tt)*] $($a:tt)*]) => {
        $crate::__weak_declaration! { @sort $ctx $k [$($l)* [$($x)*]] $o [$($a)*] }
    };
    (@sort $ctx:tt $k:tt [$($l:tt)*] $o:tt [#[r#link_name $($x:tt)*] $($a:tt)*]) => {
        $crate::__weak_declaration! { @sort $ctx $k [$($l)* [$($x)*]] $o [$($a)*] }
    };
    (@sort $ctx:tt $k:tt $l:tt [$($o:tt)*] [#[weaklink($($w:tt)*)] $($a:tt)*]) => {
        $crate::__weak_declaration! { @sort $ctx $k $l [$($o)* $($w)* ,] [$($a)*] }
    };
    (@sort $ctx:tt $k:tt $l:tt [$($o:tt)*] [#[r#weaklink($($w:tt)*)] $($a:tt)*]) => {
        $crate::__weak_declaration! { @sort $ctx $k $l [$($o)* $($w)* ,] [$($a)*] }
    };
    (@sort $ctx:tt $k:tt $l:tt $o:tt [#[weaklink $($w:tt)*] $($a:tt)*]) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: cannot read `#[weaklink ", ::core::stringify!($($w)*),
            "]`; write `#[weaklink(option, ...)]`"
        ));
    };
    (@sort $ctx:tt $k:tt $l:tt $o:tt [#[r#weaklink $($w:tt)*] $($a:tt)*]) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: cannot read `#[weaklink ", ::core::stringify!($($w)*),
            "]`; write `#[weaklink(option, ...)]`"
        ));
    };
    (@sort $ctx:tt [$($k:tt)*] $l:tt $o:tt [#[cfg_attr($($c:tt)*)] $($a:tt)*]) => {
        $crate::__weak_declaration! { @cfg_attr $($c)* }
        $crate::__weak_declaration! { @sort $ctx [$($k)* #[cfg_attr($($c)*)]] $l $o [$($a)*] }
    };
    (@sort $ctx:tt [$($k:tt)*] $l:tt $o:tt [#[r#cfg_attr($($c:tt)*)] $($a:tt)*]) => {
        $crate::__weak_declaration! { @cfg_attr $($c)* }
        $crate::__weak_declaration! { @sort $ctx [$($k)* #[cfg_attr($($c)*)]] $l $o [$($a)*] }
    };
    (@sort $ctx:tt [$($k:tt)*] $l:tt $o:tt [#[$i:ident $($m:tt)*] $($a:tt)*]) => {
        $crate::__weak_declaration! { @sort $ctx [$($k)* #[$i $($m)*]] $l $o [$($a)*] }
    };
    // An attribute another macro forwarded as a `meta` fragment is opaque
    // here: it is kept (it may be a `#[cfg]`), and checked by its text.
    (@sort $ctx:tt [$($k:tt)*] $l:tt $o:tt [#[$($m:tt)*] $($a:tt)*]) => {
        const _: () = $crate::__private::check_forwarded_attribute(::core::stringify!($($m)*));
        $crate::__weak_declaration! { @sort $ctx [$($k)* #[$($m)*]] $l $o [$($a)*] }
    };

    // `#[cfg_attr]` is kept, but must not carry what the macro reads, at
    // any depth: the name of each attribute after the condition is
    // checked, and a nested `cfg_attr` looked into. The condition is not
    // (a feature may be named `weaklink`). An attribute list of another
    // shape is checked token by token.
    (@cfg_attr $cond:meta $(, $($attrs:tt)*)?) => {
        $crate::__weak_declaration! { @cfg_attr_list $($($attrs)*)? }
    };
    (@cfg_attr $($t:tt)*) => {
        $( $crate::__weak_declaration! { @cfg_attr_token $t } )*
    };
    (@cfg_attr_list $($name:ident $(:: $path:ident)* $(= $value:literal)? $(($($args:tt)*))?),* $(,)?) => {
        $( $crate::__weak_declaration! { @cfg_attr_name $name ($($($args)*)?) } )*
    };
    (@cfg_attr_list $($t:tt)*) => {
        $( $crate::__weak_declaration! { @cfg_attr_token $t } )*
    };
    (@cfg_attr_name cfg_attr ($($args:tt)*)) => { $crate::__weak_declaration! { @cfg_attr $($args)* } };
    (@cfg_attr_name r#cfg_attr ($($args:tt)*)) => { $crate::__weak_declaration! { @cfg_attr $($args)* } };
    (@cfg_attr_name $name:tt $args:tt) => { $crate::__weak_declaration! { @cfg_attr_token $name } };
    (@cfg_attr_token link_name) => { $crate::__weak_declaration! { @cfg_attr_link_name } };
    (@cfg_attr_token r#link_name) => { $crate::__weak_declaration! { @cfg_attr_link_name } };
    (@cfg_attr_token weaklink) => { $crate::__weak_declaration! { @cfg_attr_weaklink } };
    (@cfg_attr_token r#weaklink) => { $crate::__weak_declaration! { @cfg_attr_weaklink } };
    (@cfg_attr_token ($($inner:tt)*)) => { $crate::__weak_declaration! { @cfg_attr $($inner)* } };
    (@cfg_attr_token $other:tt) => {};
    (@cfg_attr_link_name) => {
        ::core::compile_error!("weaklink: `link_name` in `#[cfg_attr]` cannot be read; write a `#[cfg]`'d declaration per name");
    };
    (@cfg_attr_weaklink) => {
        ::core::compile_error!("weaklink: `weaklink(..)` in `#[cfg_attr]` cannot be read; write a `#[cfg]`'d declaration per scope");
    };

    // At most one `#[link_name]`, `= "name"` or `= concat!(..)`.
    (@link $ctx:tt $k:tt [] $o:tt) => {
        $crate::__weak_declaration! { @item $ctx $k [] [$o] }
    };
    (@link $ctx:tt $k:tt [[= $l:literal]] $o:tt) => {
        $crate::__weak_declaration! { @item $ctx $k [$l] [$o] }
    };
    (@link $ctx:tt $k:tt [[= concat!($($l:tt)*)]] $o:tt) => {
        $crate::__weak_declaration! { @item $ctx $k [::core::concat!($($l)*)] [$o] }
    };
    (@link $ctx:tt $k:tt [[$($l:tt)*]] $o:tt) => {
        ::core::compile_error!(::core::concat!(
            "weaklink: cannot read `#[link_name ", ::core::stringify!($($l)*),
            "]`; write `#[link_name = \"name\"]` or `#[link_name = concat!(...)]`"
        ));
    };
    (@link $ctx:tt $k:tt [$first:tt $($more:tt)+] $o:tt) => {
        ::core::compile_error!("weaklink: more than one `#[link_name]`; keep one");
    };

    // The attributes are sorted; now the item. An explicit ABI wins.
    (@item [$abi:literal $u:tt [$vis:vis $(safe)? $(unsafe)? extern $fabi:literal fn $($item:tt)*]] $k:tt $l:tt [$o:tt]) => {
        $crate::__weak_declaration! { @fn $fabi $k [$l $o] $u [$vis] $($item)* }
    };
    (@item [$abi:literal $u:tt [$vis:vis $(safe)? $(unsafe)? $(extern)? fn $($item:tt)*]] $k:tt $l:tt [$o:tt]) => {
        $crate::__weak_declaration! { @fn $abi $k [$l $o] $u [$vis] $($item)* }
    };
    (@item [$abi:literal $u:tt [$vis:vis static $name:ident : $t:ty]] [$($k:tt)*] $l:tt [[extern_weak $(,)+]]) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis const $name: $crate::ExternWeakStatic<$t> =
            $crate::__extern_weak!(@make ExternWeakStatic<$t>, [$crate::__weak_symbol!(@c_name $name $l)]);
    };
    (@item [$abi:literal $u:tt [$vis:vis static $name:ident : $t:ty]] [$($k:tt)*] $l:tt [$o:tt]) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis static $name: $crate::WeakStatic<$t> =
            $crate::WeakStatic::new(&$crate::__weak_symbol!($name [$l $o]));
    };
    (@item [$abi:literal $u:tt [$($bad:tt)*]] $k:tt $l:tt $o:tt) => {
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
    (@fn $abi:literal [$($k:tt)*] [$l:tt [extern_weak $(,)+]] $u:tt [$vis:vis] $name:ident ($($p:tt)*) $(-> $ret:ty)?) => {
        $($k)*
        #[allow(non_upper_case_globals)]
        $vis const $name: $crate::ExternWeak<unsafe extern $abi fn($($p)*) $(-> $ret)?> =
            $crate::__extern_weak!(@make ExternWeak<unsafe extern $abi fn($($p)*) $(-> $ret)?>,
                [$crate::__weak_symbol!(@c_name $name $l)]);
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
