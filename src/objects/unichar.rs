// SPDX-License-Identifier: MIT
//! Character classes and case mapping of non-ASCII characters, for `str` methods and the
//! lexer. With the `unicode` feature they are core's Unicode tables (what CPython answers);
//! without it only ASCII characters have case or a class, as in MicroPython, which saves the
//! tables' 30 KiB of flash on small boards. `FULL` lets the callers' own tables (titlecase,
//! case folding, digits) drop out of the build too.

/// Whether the Unicode tables are built in.
pub const FULL: bool = cfg!(feature = "unicode");

/// `char::is_uppercase`, ASCII only without the tables.
pub fn is_upper(c: char) -> bool {
    if FULL {
        c.is_uppercase()
    } else {
        c.is_ascii_uppercase()
    }
}

/// `char::is_lowercase`, ASCII only without the tables.
pub fn is_lower(c: char) -> bool {
    if FULL {
        c.is_lowercase()
    } else {
        c.is_ascii_lowercase()
    }
}

/// `char::is_alphabetic`, ASCII only without the tables.
pub fn is_alphabetic(c: char) -> bool {
    if FULL {
        c.is_alphabetic()
    } else {
        c.is_ascii_alphabetic()
    }
}

/// `char::is_numeric`, ASCII only without the tables.
pub fn is_numeric(c: char) -> bool {
    if FULL {
        c.is_numeric()
    } else {
        c.is_ascii_digit()
    }
}

/// Appends the uppercase of `c` (unchanged if it has none).
pub fn push_upper(out: &mut alloc::string::String, c: char) {
    if FULL {
        out.extend(c.to_uppercase());
    } else {
        out.push(c.to_ascii_uppercase());
    }
}

/// Appends the lowercase of `c` (unchanged if it has none).
pub fn push_lower(out: &mut alloc::string::String, c: char) {
    if FULL {
        out.extend(c.to_lowercase());
    } else {
        out.push(c.to_ascii_lowercase());
    }
}
