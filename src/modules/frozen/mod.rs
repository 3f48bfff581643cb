// SPDX-License-Identifier: MIT
//! Frozen modules: standard-library modules written in Python, built into the binary (like
//! MicroPython's frozen modules). They cost flash, not RAM, until imported. Each is one `.py`
//! file in this folder, listed once in [`FROZEN`]; `build.rs` compiles each to `.pyr`
//! bytecode at build time ([`FROZEN_PYR`]), which is what `import` loads, so importing one
//! does not run the compiler and the source is not in the firmware.

/// (import name, source): the list `build.rs` freezes. Each optional module's entry is under
/// its Cargo feature (`build.rs` honours the `#[cfg(feature = "...")]` line above an entry), so
/// a build without it raises `ModuleNotFoundError` as for a missing file.
#[cfg(feature = "frozen")]
pub static FROZEN: &[(&str, &str)] = &[
    ("collections", include_str!("collections.py")),
    ("collections.abc", include_str!("collections_abc.py")),
    ("typing", include_str!("typing.py")),
    ("abc", include_str!("abc.py")),
    ("json", include_str!("json.py")),
    ("io", include_str!("io.py")),
    ("enum", include_str!("enum.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("_union", include_str!("_union.py")),
    ("__future__", include_str!("__future__.py")),
    ("_classtypes", include_str!("_classtypes.py")),
    ("_collections_user", include_str!("_collections_user.py")),
    ("_sysinfo", include_str!("_sysinfo.py")),
    #[cfg(feature = "statistics")]
    ("statistics", include_str!("statistics.py")),
    #[cfg(feature = "fractions")]
    ("fractions", include_str!("fractions.py")),
    #[cfg(feature = "datetime")]
    ("datetime", include_str!("datetime.py")),
    #[cfg(feature = "datetime")]
    ("_datetime_util", include_str!("_datetime_util.py")),
    #[cfg(feature = "base64")]
    ("base64", include_str!("base64.py")),
    #[cfg(feature = "keyword")]
    ("keyword", include_str!("keyword.py")),
    #[cfg(feature = "queue")]
    ("queue", include_str!("queue.py")),
    #[cfg(feature = "pprint")]
    ("pprint", include_str!("pprint.py")),
    #[cfg(feature = "warnings")]
    ("warnings", include_str!("warnings.py")),
    #[cfg(feature = "textwrap")]
    ("textwrap", include_str!("textwrap.py")),
    #[cfg(feature = "unittest")]
    ("unittest", include_str!("unittest.py")),
    #[cfg(feature = "inspect")]
    ("inspect", include_str!("inspect.py")),
    #[cfg(feature = "string")]
    ("string", include_str!("string.py")),
    #[cfg(feature = "bisect")]
    ("bisect", include_str!("bisect.py")),
    #[cfg(feature = "copy")]
    ("copy", include_str!("copy.py")),
    #[cfg(feature = "functools")]
    ("functools", include_str!("functools.py")),
    #[cfg(feature = "itertools")]
    ("itertools", include_str!("itertools.py")),
    #[cfg(feature = "contextlib")]
    ("contextlib", include_str!("contextlib.py")),
    #[cfg(feature = "types")]
    ("types", include_str!("types.py")),
    #[cfg(feature = "operator")]
    ("operator", include_str!("operator.py")),
    #[cfg(feature = "traceback")]
    ("traceback", include_str!("traceback.py")),
    #[cfg(feature = "importlib")]
    ("importlib", include_str!("importlib.py")),
    #[cfg(feature = "os")]
    ("os.path", include_str!("os_path.py")),
    #[cfg(feature = "asyncio")]
    ("asyncio", include_str!("asyncio.py")),
    #[cfg(feature = "asyncio")]
    ("_asyncio_queues", include_str!("_asyncio_queues.py")),
    #[cfg(feature = "select")]
    ("select", include_str!("select.py")),
];

/// Without the `frozen` feature there are none.
#[cfg(not(feature = "frozen"))]
pub static FROZEN: &[(&str, &str)] = &[];

/// Frozen modules MicroPython also imports by their old `u` names (`import ujson`).
static U_ALIASES: &[&str] = &["collections", "json", "io", "asyncio", "select"];

include!(concat!(env!("OUT_DIR"), "/frozen_pyr.rs"));

/// The source text of frozen module `name` (or of its `u`-prefixed alias), for showing source
/// lines in tracebacks. Host builds only: a board's firmware holds the bytecode, not the source.
pub fn source(name: &str) -> Option<&'static str> {
    if !cfg!(feature = "std") {
        return None;
    }
    let name = match name.strip_prefix('u') {
        Some(base) if U_ALIASES.contains(&base) => base,
        _ => name,
    };
    FROZEN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The `.pyr` bytecode of frozen module `name` (or of its `u`-prefixed alias), if there is one.
pub fn code(name: &str) -> Option<&'static [u8]> {
    let name = match name.strip_prefix('u') {
        Some(base) if U_ALIASES.contains(&base) => base,
        _ => name,
    };
    FROZEN_PYR.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}
