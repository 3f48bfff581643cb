// SPDX-License-Identifier: MIT
//! What both integer implementations share (the general one of `bigint.rs` and, without the
//! `bigint` feature, the fixed-width one of `bigint_fixed.rs`): the syntax of integer text
//! (which strings `int(s, base)` and the compiler's literals accept, reduced to digit values
//! that each implementation folds into its own representation), the kinds of failure with
//! CPython's messages, and the hash modulus.
#![forbid(unsafe_code)]

use alloc::vec::Vec;

/// Why `int / int` (true division) failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivError {
    /// `ZeroDivisionError: division by zero`.
    ZeroDivision,
    /// `OverflowError: integer division result too large for a float`.
    Overflow,
}

impl DivError {
    /// CPython's message.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            DivError::ZeroDivision => "division by zero",
            DivError::Overflow => "integer division result too large for a float",
        }
    }
}

/// Why `int.to_bytes` failed; both are `OverflowError` in CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToBytesError {
    /// The value does not fit in the requested length.
    TooBig,
    /// A negative value with `signed=False`.
    NegativeUnsigned,
}

impl ToBytesError {
    /// CPython's message.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            ToBytesError::TooBig => "int too big to convert",
            ToBytesError::NegativeUnsigned => "can't convert negative int to unsigned",
        }
    }
}

/// Why `pow(base, exp, mod)` failed; both are `ValueError` in CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowModError {
    /// The modulus is zero.
    ZeroModulus,
    /// The exponent is negative and the base has no inverse modulo the modulus.
    NotInvertible,
}

impl PowModError {
    /// CPython's message for the `ValueError`.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            PowModError::ZeroModulus => "pow() 3rd argument cannot be 0",
            PowModError::NotInvertible => "base is not invertible for the given modulus",
        }
    }
}

/// The Mersenne prime 2^61 - 1 that CPython's numeric hash reduces modulo (64-bit builds).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// The number of bits in [`HASH_MODULUS`].
pub const HASH_BITS: u32 = 61;

/// CPython's hash of the integer with magnitude digits `mag` (base 2^32, least significant
/// first) and the given sign: the value modulo 2^61 - 1 with the sign of the value, and -1
/// (reserved for errors in C) replaced by -2.
pub(crate) fn hash_digits(mag: &[u32], neg: bool) -> i64 {
    let mut x: u64 = 0;
    for &d in mag.iter().rev() {
        // x * 2^32 mod P is a 61-bit rotation left by 32, since 2^61 == 1 (mod P).
        x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
        x += u64::from(d);
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let h = x as i64; // x < 2^61
    let h = if neg { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The digit for a value below 36.
pub(crate) fn digit_char(d: u32, lowercase: bool) -> u8 {
    let d = d as u8;
    match d {
        0..=9 => b'0' + d,
        _ if lowercase => b'a' + d - 10,
        _ => b'A' + d - 10,
    }
}

/// The value of an ASCII digit or letter (`a`/`A` = 10), or `None`.
fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

/// Python's `str.isspace` for the characters `int()` and `float()` strip.
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The digit values of a compiler literal's digits (no sign, prefix or underscores) in `radix`
/// 2..=36, most significant first; `None` if empty or a character is not a digit of the radix.
pub(crate) fn literal_values(digits: &str, radix: u32) -> Option<Vec<u8>> {
    if !(2..=36).contains(&radix) || digits.is_empty() {
        return None;
    }
    digits
        .bytes()
        .map(|c| digit_value(c).filter(|&d| d < radix).map(|d| d as u8))
        .collect()
}

/// Python's `int(s, base)` syntax: surrounding whitespace, an optional sign, single underscores
/// between digits (and after a base prefix), and for base 0 the literal rules (`0x`/`0o`/`0b`
/// prefixes; a decimal with a leading zero must be all zeros). Bases 2, 8 and 16 accept their
/// own prefix. Returns whether the text is negative, its digit values (most significant first)
/// and the radix they are in; `None` for an invalid literal or a base outside 0 and 2..=36.
/// Only ASCII digits are recognized.
pub(crate) fn parse_values(s: &str, base: u32) -> Option<(bool, Vec<u8>, u32)> {
    if base == 1 || base > 36 {
        return None;
    }
    let s = s.trim_matches(is_py_space).as_bytes();
    let (neg, b) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, s),
    };
    let mut base = base;
    let mut body = b;
    let mut after_prefix = false;
    if let [b'0', p, rest @ ..] = b {
        let prefix_base = match p.to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            body = rest;
            after_prefix = true;
        }
    }
    let literal_decimal = base == 0;
    if base == 0 {
        base = 10;
    }
    let mut values: Vec<u8> = Vec::with_capacity(body.len());
    // A base prefix counts as a digit: `0x_1f` is valid, `_1f` is not.
    let mut after_digit = after_prefix;
    for &c in body {
        if c == b'_' {
            if !after_digit {
                return None;
            }
            after_digit = false;
            continue;
        }
        let d = digit_value(c).filter(|&d| d < base)?;
        values.push(d as u8);
        after_digit = true;
    }
    if values.is_empty() || !after_digit {
        return None;
    }
    if literal_decimal && values.first() == Some(&0) && values.iter().any(|&v| v != 0) {
        return None;
    }
    Some((neg, values, base))
}
