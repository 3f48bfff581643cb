// SPDX-License-Identifier: MIT
//! Error-message texts and the `detailed-errors` feature.
//!
//! CPython's messages name the objects involved (`unsupported operand type(s) for +: 'int' and
//! 'str'`). Formatting them takes code at every raising site, and their long texts take
//! rodata: together about a tenth of the `minimal` VM's flash. As MicroPython's
//! `MICROPY_ERROR_REPORTING` does, the smallest level trades that detail for flash: with the
//! feature `detailed-errors` (on from the `standard` level) a message is CPython's; without
//! it, a message that would need formatting is a short static text (`unsupported types`),
//! still under the right exception type. Messages that are static anyway are kept in every
//! build.
//!
//! Included by `src/lib.rs` and by `build.rs` (which compiles `src/compile` for the frozen
//! modules without the crate's features, so there the short texts are used; no frozen module
//! has an error).

/// The text of an error message: `error_text!("short static text", "format", args...)`.
///
/// With `detailed-errors` it is `format!("format", args...)`. Without it it is the short text,
/// and the format arguments are not evaluated at all (so their code is not linked either).
#[allow(unused_macros)]
macro_rules! error_text {
    ($terse:literal, $($detailed:tt)+) => {{
        #[cfg(feature = "detailed-errors")]
        let text: alloc::string::String = alloc::format!($($detailed)+);
        #[cfg(not(feature = "detailed-errors"))]
        let text: alloc::string::String = alloc::string::String::from($terse);
        text
    }};
}

/// As `error_text!`, for the raisers that take `impl AsRef<str>` (`vm.type_error(...)`,
/// `vm.raise_new(...)`): without `detailed-errors` the short text is a `&'static str`, so the
/// raising site allocates no `String` for it (about 10 bytes of code per site).
#[allow(unused_macros)]
macro_rules! error_msg {
    ($terse:literal, $($detailed:tt)+) => {{
        #[cfg(feature = "detailed-errors")]
        let text: alloc::string::String = alloc::format!($($detailed)+);
        #[cfg(not(feature = "detailed-errors"))]
        let text: &'static str = $terse;
        text
    }};
}
