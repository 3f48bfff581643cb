// SPDX-License-Identifier: MIT
//! [`BigInt`] to and from text: `str(n)`, `hex`/`oct`/`bin` digits, `int(s, base)` and the
//! compiler's integer literals.
//!
//! Conversion goes through chunks: the largest power of the radix that fits in a 32-bit digit
//! (10^9 for decimal), so each pass over the number produces or consumes nine decimal digits.
//! Power-of-two radices are converted bit by bit, in linear time.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::bigint::{div_small_in_place, mul_small_add, BigInt};

/// The largest power of `radix` that fits in a `u32`, and its exponent.
fn chunk(radix: u32) -> (u32, usize) {
    let mut p: u32 = radix;
    let mut k = 1;
    while let Some(next) = p.checked_mul(radix) {
        p = next;
        k += 1;
    }
    (p, k)
}

/// The digit for a value below 36.
fn digit_char(d: u32, lowercase: bool) -> u8 {
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

impl BigInt {
    /// The digits of the value in `radix` (2..=36; anything else is treated as 10), with a
    /// leading `-` for negatives and no prefix: `to_str_radix(16, true)` of 255 is `"ff"`.
    #[must_use]
    pub fn to_str_radix(&self, radix: u32, lowercase: bool) -> String {
        let radix = if (2..=36).contains(&radix) { radix } else { 10 };
        let mut rev: Vec<u8> = Vec::new();
        if self.is_zero() {
            rev.push(b'0');
        } else if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as u64;
            let total = self.bit_length();
            let mut pos = 0;
            while pos < total {
                let mut d = 0;
                for b in 0..bits {
                    d |= u32::from(self.mag_bit(pos + b)) << b;
                }
                rev.push(digit_char(d, lowercase));
                pos += bits;
            }
        } else {
            let (p, k) = chunk(radix);
            let mut mag = self.mag.clone();
            while !mag.is_empty() {
                let mut r = div_small_in_place(&mut mag, p);
                for _ in 0..k {
                    rev.push(digit_char(r % radix, lowercase));
                    r /= radix;
                    if mag.is_empty() && r == 0 {
                        break;
                    }
                }
            }
        }
        if self.neg {
            rev.push(b'-');
        }
        rev.iter().rev().map(|&b| char::from(b)).collect()
    }

    /// Builds a value from already-validated digit values in `radix`, most significant first.
    fn from_digit_values(values: &[u8], radix: u32) -> BigInt {
        let mut mag: Vec<u32> = Vec::new();
        if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as usize;
            let mut acc = 0u64;
            let mut n = 0;
            for &v in values.iter().rev() {
                acc |= u64::from(v) << n;
                n += bits;
                if n >= 32 {
                    mag.push(acc as u32);
                    acc >>= 32;
                    n -= 32;
                }
            }
            mag.push(acc as u32);
            return BigInt::from_digits(false, mag);
        }
        let (p, k) = chunk(radix);
        let first = values.len() % k;
        let (head, rest) = values.split_at(first);
        let fold = |c: &[u8]| c.iter().fold(0u32, |a, &v| a * radix + u32::from(v));
        if !head.is_empty() {
            mul_small_add(&mut mag, 1, fold(head));
        }
        for c in rest.chunks(k) {
            mul_small_add(&mut mag, p, fold(c));
        }
        BigInt::from_digits(false, mag)
    }

    /// A compiler literal's digits (no sign, prefix or underscores) in `radix` 2..=36; `None` if
    /// empty or a character is not a digit of the radix.
    #[must_use]
    pub fn from_literal_digits(digits: &str, radix: u32) -> Option<BigInt> {
        if !(2..=36).contains(&radix) || digits.is_empty() {
            return None;
        }
        let values = digits
            .bytes()
            .map(|c| digit_value(c).filter(|&d| d < radix).map(|d| d as u8))
            .collect::<Option<Vec<u8>>>()?;
        Some(BigInt::from_digit_values(&values, radix))
    }

    /// Python's `int(s, base)`: surrounding whitespace, an optional sign, single underscores
    /// between digits (and after a base prefix), and for base 0 the literal rules (`0x`/`0o`/`0b`
    /// prefixes; a decimal with a leading zero must be all zeros). Bases 2, 8 and 16 accept their
    /// own prefix. `None` for an invalid literal (`ValueError: invalid literal for int() with base
    /// N: '...'`) or a base outside 0 and 2..=36 (the VM should check that first for its own
    /// message). Only ASCII digits are recognized.
    #[must_use]
    pub fn parse(s: &str, base: u32) -> Option<BigInt> {
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
        let mut n = BigInt::from_digit_values(&values, base);
        n.neg = neg && !n.is_zero();
        Some(n)
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10, true))
    }
}
