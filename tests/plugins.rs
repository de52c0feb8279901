//! What each scope finds from inside an `RTLD_LOCAL` plugin, compared with
//! what it finds from the program that loaded the plugin.
//!
//! weaklink's lookup runs in the object that weaklink is compiled into, and
//! the loader answers according to who asks. So the plugin is a Rust
//! `cdylib` that uses weaklink itself (`examples/plugin`), linked against a
//! library of its own (`tests/fixtures/plugin_dep.c`); this test binary,
//! run again with an `LD_PRELOAD` library (`tests/fixtures/preload.c`),
//! loads it with `dlopen(RTLD_NOW | RTLD_LOCAL)`. The preloaded library and
//! the plugin's dependency both define `weaklink_fixture_who`; only the
//! dependency defines `weaklink_fixture_dep_only`.
//!
//! glibc only; skipped (with a message) elsewhere, under an emulator,
//! without a C compiler and where the example's sources are not there.
#![cfg(target_os = "linux")]

mod common;

#[cfg(target_env = "gnu")]
use common::native;

/// The plugin's lookups, compiled into this program too.
#[cfg(target_env = "gnu")]
#[path = "fixtures/plugin_lookups.rs"]
mod plugin_lookups;

#[test]
fn what_each_scope_finds_from_a_plugin() {
    #[cfg(not(target_env = "gnu"))]
    println!("skipped: the plugin test is for glibc");
    #[cfg(target_env = "gnu")]
    {
        use std::ffi::OsString;

        if !native::member_available("plugin") {
            return;
        }
        let dir = common::scratch_dir("plugin");
        let dep = dir.join("libweaklink_fixture_plugin_dep.so");
        let preload = dir.join("libweaklink_fixture_preload.so");
        if !native::build(
            "plugin_dep.c",
            &dep,
            Some("libweaklink_fixture_plugin_dep.so"),
        ) || !native::build("preload.c", &preload, None)
        {
            return;
        }
        // The plugin needs its dependency (DT_NEEDED, found through its
        // RUNPATH) although it names nothing in it at link time.
        let link =
            |arg: String| -> [OsString; 2] { ["-C".into(), format!("link-arg={}", arg).into()] };
        let args: Vec<OsString> = [
            link("-Wl,--no-as-needed".into()),
            link(format!("-L{}", dir.display())),
            link("-lweaklink_fixture_plugin_dep".into()),
            link(format!("-Wl,-rpath,{}", dir.display())),
        ]
        .concat();
        let plugin = match native::build_member(
            "plugin",
            "weaklink-plugin-example",
            "weaklink_plugin",
            &args,
        ) {
            Some(plugin) => plugin,
            None => return,
        };
        let done = common::ChildTest::new("plugin_child")
            .env("LD_PRELOAD", &preload)
            .env("WEAKLINK_TEST_PLUGIN", &plugin)
            .time_limit(std::time::Duration::from_secs(60))
            .run();
        done.assert_success();
        print!("{}", done.stdout);
        // The harness's `test plugin_child ... ` starts the first line.
        let line = |prefix: &str| -> String {
            done.stdout
                .lines()
                .find_map(|l| l.split_once(prefix).map(|(_, rest)| rest))
                .unwrap_or_else(|| panic!("no {:?} line:\n{}", prefix, done.stdout))
                .to_owned()
        };
        let words =
            |text: &str| -> Vec<String> { text.split_whitespace().map(String::from).collect() };
        // From inside the plugin, the default scope also searches the
        // plugin's own group (it and its dependencies); `next` searches
        // what follows the plugin there, so it skips the preloaded library.
        assert_eq!(
            words(&line("plugin: ")),
            words(
                "default:who=preload next:who=dep library:who=dep \
                 default:dep_only=found next:dep_only=found library:dep_only=found"
            )
        );
        // From the program, the plugin's group is invisible but to
        // `library`; `next` from the program finds the preloaded library,
        // which follows it. `library = "<the plugin>"` searches the plugin
        // and its dependencies, not the preloaded library.
        assert_eq!(
            words(&line("program: ")),
            words(
                "default:who=preload next:who=preload library:who=dep \
                 default:dep_only=missing next:dep_only=missing library:dep_only=found \
                 plugin:who=dep plugin:dep_only=found"
            )
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Runs with the preloaded library, started by the test above.
#[cfg(target_env = "gnu")]
#[test]
#[ignore = "run by what_each_scope_finds_from_a_plugin, in a child process"]
fn plugin_child() {
    use common::platform::is_loaded;
    use libc::{c_char, c_int};
    use weaklink::weak;

    if !common::child::is_child() {
        return;
    }
    let plugin = std::path::PathBuf::from(std::env::var_os("WEAKLINK_TEST_PLUGIN").unwrap());
    assert!(is_loaded("libweaklink_fixture_preload.so"));
    assert!(!is_loaded("libweaklink_fixture_plugin_dep.so"));
    let handle = native::dlopen(&plugin, libc::RTLD_NOW | libc::RTLD_LOCAL);
    assert!(
        is_loaded("libweaklink_fixture_plugin_dep.so"),
        "the plugin brought its dependency"
    );

    // SAFETY: a handle from dlopen and a NUL-terminated name.
    let report = unsafe { libc::dlsym(handle, b"weaklink_plugin_report\0".as_ptr().cast()) };
    assert!(!report.is_null());
    // SAFETY: the plugin's function has this type.
    let report: unsafe extern "C" fn(*mut u8, usize) -> usize =
        unsafe { std::mem::transmute(report) };
    let mut buf = [0u8; 512];
    // SAFETY: a buffer of `buf.len()` bytes.
    let len = unsafe { report(buf.as_mut_ptr(), buf.len()) };
    println!(
        "plugin: {}",
        String::from_utf8_lossy(&buf[..len.min(buf.len())])
    );

    // The same lookups, from the program, and the plugin's own library.
    weak! {
        #[weaklink(library = "libweaklink_plugin.so")]
        #[link_name = "weaklink_fixture_who"]
        fn plugin_who() -> *const c_char;
        #[weaklink(library = "libweaklink_plugin.so")]
        #[link_name = "weaklink_fixture_dep_only"]
        fn plugin_dep_only() -> c_int;
    }
    println!(
        "program: {} plugin:who={} plugin:dep_only={}",
        plugin_lookups::report(),
        plugin_lookups::who(plugin_who.get()),
        plugin_lookups::found(plugin_dep_only.get()),
    );
}
