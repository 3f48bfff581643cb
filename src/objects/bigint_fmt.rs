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
use super::int_common::{digit_char, literal_values, parse_values};

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

pub(crate) use super::int_common::is_py_space;

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
        Some(BigInt::from_digit_values(
            &literal_values(digits, radix)?,
            radix,
        ))
    }

    /// Python's `int(s, base)` (the syntax is [`parse_values`]'s). `None` for an invalid literal
    /// (`ValueError: invalid literal for int() with base N: '...'`) or a base outside 0 and
    /// 2..=36 (the VM should check that first for its own message).
    #[must_use]
    pub fn parse(s: &str, base: u32) -> Option<BigInt> {
        let (neg, values, radix) = parse_values(s, base)?;
        let mut n = BigInt::from_digit_values(&values, radix);
        n.neg = neg && !n.is_zero();
        Some(n)
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10, true))
    }
}
