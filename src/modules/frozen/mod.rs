// SPDX-License-Identifier: MIT
//! Frozen modules: standard-library modules written in Python, built into the binary (like
//! MicroPython's frozen modules). They cost flash, not RAM, until imported. Each is one `.py`
//! file in this folder, listed once in [`FROZEN`]; `build.rs` compiles each to `.pyr`
//! bytecode at build time ([`FROZEN_PYR`]), which is what `import` loads, so importing one
//! does not run the compiler and the source is not in the firmware.

/// (import name, source): the list `build.rs` freezes.
#[cfg(feature = "frozen")]
pub static FROZEN: &[(&str, &str)] = &[
    ("collections", include_str!("collections.py")),
    ("typing", include_str!("typing.py")),
    ("abc", include_str!("abc.py")),
    ("json", include_str!("json.py")),
    ("io", include_str!("io.py")),
    ("enum", include_str!("enum.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("_union", include_str!("_union.py")),
];

/// Without the `frozen` feature there are none.
#[cfg(not(feature = "frozen"))]
pub static FROZEN: &[(&str, &str)] = &[];

/// Frozen modules MicroPython also imports by their old `u` names (`import ujson`).
static U_ALIASES: &[&str] = &["collections", "json", "io"];

include!(concat!(env!("OUT_DIR"), "/frozen_pyr.rs"));

/// The `.pyr` bytecode of frozen module `name` (or of its `u`-prefixed alias), if there is one.
pub fn code(name: &str) -> Option<&'static [u8]> {
    let name = match name.strip_prefix('u') {
        Some(base) if U_ALIASES.contains(&base) => base,
        _ => name,
    };
    FROZEN_PYR.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}
