// SPDX-License-Identifier: MIT
//! Integers without the `bigint` feature (MicroPython's `MICROPY_LONGINT_IMPL_LONGLONG`):
//! Python ints are exactly the signed 64-bit range. This is a stand-in for the general
//! [`BigInt`] of `bigint.rs` with the same interface, so every caller compiles unchanged and
//! no multi-digit algorithm (long multiplication and division, Karatsuba, base conversion of
//! long numbers) is built; `int::from_big` turns any value outside the 64-bit range into
//! `OverflowError`.
//!
//! A value is a sign and a 64-bit magnitude, the general representation cut to two digits:
//! `abs(-2**63)`, `2**64 - 1` (struct's `Q`) and a `range` spanning all of i64 are exact
//! intermediate results, with `u64` arithmetic only (an `i128` would cost several KiB of
//! flash on a 32-bit core for its division). A result whose magnitude leaves `u64` is
//! *overflowed*: it keeps only its sign, behaves as a number of unknown magnitude beyond 2^64
//! (so comparisons, `0 * x` and `x // huge` stay right) and makes every result that depends on
//! its magnitude overflowed too. Nothing here panics.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

use super::int_common::{digit_char, literal_values, parse_values};
pub use super::int_common::{DivError, PowModError, ToBytesError, HASH_BITS, HASH_MODULUS};

/// The largest result in bits the general implementation agrees to build; kept for callers
/// that check it (values here never come near it).
pub const MAX_BITS: u64 = 1 << 31;

/// An integer of magnitude below 2^64, or an overflowed one (see the module comment).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BigInt {
    /// Whether the value is below zero (never for zero).
    neg: bool,
    /// The magnitude (0 for an overflowed value).
    mag: u64,
    /// Whether the magnitude left `u64`.
    ovf: bool,
}

/// `-mag` if `neg`, else `mag`.
const fn parts(neg: bool, mag: u64) -> BigInt {
    BigInt {
        neg: neg && mag != 0,
        mag,
        ovf: false,
    }
}

const fn overflowed(neg: bool) -> BigInt {
    BigInt {
        neg,
        mag: 0,
        ovf: true,
    }
}

/// `parts(neg, mag)` for a magnitude that may have overflowed.
fn checked(neg: bool, mag: Option<u64>) -> BigInt {
    mag.map_or(overflowed(neg), |m| parts(neg, m))
}

/// The number of bits of `m` (0 for zero).
fn bits(m: u64) -> u64 {
    u64::from(64 - m.leading_zeros())
}

impl BigInt {
    /// Zero.
    #[must_use]
    pub const fn zero() -> BigInt {
        parts(false, 0)
    }

    /// One.
    #[must_use]
    pub fn one() -> BigInt {
        parts(false, 1)
    }

    /// Builds a value from a sign and little-endian base-2^32 digits.
    #[must_use]
    pub fn from_digits(neg: bool, digits: Vec<u32>) -> BigInt {
        if digits.iter().skip(2).any(|&d| d != 0) {
            return overflowed(neg);
        }
        let digit = |i: usize| u64::from(digits.get(i).copied().unwrap_or(0));
        parts(neg, digit(0) | digit(1) << 32)
    }

    /// The magnitude's little-endian base-2^32 digits (empty for zero and for an overflowed
    /// value, whose digits are unknown).
    #[must_use]
    pub fn digits(&self) -> Vec<u32> {
        let mut out = alloc::vec![self.mag as u32, (self.mag >> 32) as u32];
        while out.last() == Some(&0) {
            out.pop();
        }
        out
    }

    /// Converts an `i64`.
    #[must_use]
    pub fn from_i64(v: i64) -> BigInt {
        parts(v < 0, v.unsigned_abs())
    }

    /// Converts a `u64`.
    #[must_use]
    pub fn from_u64(v: u64) -> BigInt {
        parts(false, v)
    }

    /// The value as an `i64`, if it fits.
    #[must_use]
    pub fn to_i64(&self) -> Option<i64> {
        if self.ovf {
            None
        } else if self.neg {
            0i64.checked_sub_unsigned(self.mag)
        } else {
            i64::try_from(self.mag).ok()
        }
    }

    /// The value as a `u64`, if it is non-negative and fits.
    #[must_use]
    pub fn to_u64(&self) -> Option<u64> {
        (!self.ovf && !self.neg).then_some(self.mag)
    }

    /// The value as an `i32`, if it fits.
    #[must_use]
    pub fn to_i32(&self) -> Option<i32> {
        self.to_i64().and_then(|v| i32::try_from(v).ok())
    }

    /// Whether the value is zero.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        !self.ovf && self.mag == 0
    }

    /// Whether the value is below zero.
    #[must_use]
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// -1, 0 or 1.
    #[must_use]
    pub fn sign(&self) -> i32 {
        if self.neg {
            -1
        } else {
            i32::from(!self.is_zero())
        }
    }

    /// Whether the value is odd (false for an overflowed value).
    #[must_use]
    pub fn is_odd(&self) -> bool {
        self.mag & 1 == 1
    }

    /// The number of bits in the magnitude, as `int.bit_length()`; 65 for an overflowed
    /// value (it has more).
    #[must_use]
    pub fn bit_length(&self) -> u64 {
        if self.ovf {
            65
        } else {
            bits(self.mag)
        }
    }

    /// `-self`.
    #[must_use]
    pub fn neg(&self) -> BigInt {
        BigInt {
            neg: !self.neg && !self.is_zero(),
            ..self.clone()
        }
    }

    /// `abs(self)`.
    #[must_use]
    pub fn abs(&self) -> BigInt {
        BigInt {
            neg: false,
            ..self.clone()
        }
    }

    /// `self + other`.
    #[must_use]
    pub fn add(&self, other: &BigInt) -> BigInt {
        if self.ovf || other.ovf {
            let neg = if self.ovf { self.neg } else { other.neg };
            return overflowed(neg);
        }
        if self.neg == other.neg {
            return checked(self.neg, self.mag.checked_add(other.mag));
        }
        if self.mag >= other.mag {
            parts(self.neg, self.mag - other.mag)
        } else {
            parts(other.neg, other.mag - self.mag)
        }
    }

    /// `self - other`.
    #[must_use]
    pub fn sub(&self, other: &BigInt) -> BigInt {
        self.add(&other.neg())
    }

    /// `self * other` (zero times anything is zero).
    #[must_use]
    pub fn mul(&self, other: &BigInt) -> BigInt {
        if self.is_zero() || other.is_zero() {
            return BigInt::zero();
        }
        let neg = self.neg != other.neg;
        if self.ovf || other.ovf {
            return overflowed(neg);
        }
        checked(neg, self.mag.checked_mul(other.mag))
    }

    /// Truncating division (C semantics), `None` when `b` is zero.
    #[must_use]
    pub fn divmod_trunc(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        if b.is_zero() {
            return None;
        }
        let neg = a.neg != b.neg;
        if b.ovf && !a.ovf {
            // |a| < 2^64 <= |b|.
            return Some((BigInt::zero(), a.clone()));
        }
        if a.ovf {
            return Some((overflowed(neg), overflowed(a.neg)));
        }
        Some((parts(neg, a.mag / b.mag), parts(a.neg, a.mag % b.mag)))
    }

    /// Python's `divmod(a, b)`: the quotient rounds toward negative infinity and the remainder
    /// takes the sign of `b`. `None` when `b` is zero (`ZeroDivisionError`).
    #[must_use]
    pub fn divmod_floor(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        let (q, r) = BigInt::divmod_trunc(a, b)?;
        if !r.is_zero() && r.neg != b.neg {
            Some((q.sub(&BigInt::one()), r.add(b)))
        } else {
            Some((q, r))
        }
    }

    /// Python's `a // b`; `None` when `b` is zero.
    #[must_use]
    pub fn floordiv(a: &BigInt, b: &BigInt) -> Option<BigInt> {
        BigInt::divmod_floor(a, b).map(|(q, _)| q)
    }

    /// Python's `a % b` (sign of `b`); `None` when `b` is zero.
    #[must_use]
    pub fn modulo(a: &BigInt, b: &BigInt) -> Option<BigInt> {
        BigInt::divmod_floor(a, b).map(|(_, r)| r)
    }

    /// `self ** exp` by repeated squaring, stopping at the first overflow (so at most 64
    /// squarings); never `None`.
    #[must_use]
    pub fn pow(&self, exp: u64) -> Option<BigInt> {
        if exp == 0 {
            return Some(BigInt::one());
        }
        let neg = self.neg && exp & 1 == 1;
        if self.ovf {
            return Some(overflowed(neg));
        }
        let (mut base, mut e, mut result) = (self.mag, exp, 1u64);
        loop {
            if e & 1 == 1 {
                let Some(r) = result.checked_mul(base) else {
                    return Some(overflowed(neg));
                };
                result = r;
            }
            e >>= 1;
            if e == 0 {
                return Some(parts(neg, result));
            }
            // A base whose square overflows still has a factor to give: the result would too.
            let Some(b) = base.checked_mul(base) else {
                return Some(overflowed(neg));
            };
            base = b;
        }
    }

    /// Python's three-argument `pow(base, exp, modulus)`. A negative `exp` uses the modular
    /// inverse of `base`; the result has the sign of `modulus` (or is zero).
    pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, PowModError> {
        if modulus.is_zero() {
            return Err(PowModError::ZeroModulus);
        }
        if base.ovf || exp.ovf || modulus.ovf {
            return Ok(overflowed(modulus.neg));
        }
        let m = modulus.mag;
        let mut b = base.mag % m;
        if base.neg && b != 0 {
            b = m - b;
        }
        if exp.neg {
            b = mod_inverse(b, m).ok_or(PowModError::NotInvertible)?;
        }
        let e = exp.mag;
        let mut result = u64::from(m != 1);
        for i in (0..bits(e)).rev() {
            result = mul_mod(result, result, m);
            if (e >> i) & 1 == 1 {
                result = mul_mod(result, b, m);
            }
        }
        Ok(if modulus.neg && result != 0 {
            parts(true, m - result)
        } else {
            parts(false, result)
        })
    }

    /// The value in two's complement (65 bits are enough), for the bitwise operations.
    fn twos(&self) -> i128 {
        let m = i128::from(self.mag);
        if self.neg {
            -m
        } else {
            m
        }
    }

    /// `f` on the two's-complement forms; operands within 65 bits give a result within 65 bits.
    fn bitop(&self, other: &BigInt, f: impl FnOnce(i128, i128) -> i128) -> BigInt {
        if self.ovf || other.ovf {
            return overflowed(self.neg || other.neg);
        }
        let r = f(self.twos(), other.twos());
        checked(r < 0, u64::try_from(r.unsigned_abs()).ok())
    }

    /// `self & other`, two's-complement semantics for negatives as Python.
    #[must_use]
    pub fn and(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |x, y| x & y)
    }

    /// `self | other`.
    #[must_use]
    pub fn or(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |x, y| x | y)
    }

    /// `self ^ other`.
    #[must_use]
    pub fn xor(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |x, y| x ^ y)
    }

    /// `~self`, that is `-self - 1`.
    #[must_use]
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::one())
    }

    /// `self << n`; overflowed when the magnitude leaves `u64`. Never `None`.
    #[must_use]
    pub fn shl(&self, n: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        if self.ovf || n >= 64 || self.mag.leading_zeros() < n as u32 {
            return Some(overflowed(self.neg));
        }
        Some(parts(self.neg, self.mag << n))
    }

    /// `self >> n`, rounding toward negative infinity as Python (`-1 >> 100 == -1`).
    #[must_use]
    pub fn shr(&self, n: u64) -> BigInt {
        let shifted = |m: u64| m.checked_shr(n as u32).filter(|_| n < 64).unwrap_or(0);
        if self.ovf {
            self.clone()
        } else if self.neg {
            // floor(-m / 2^n) = -(((m - 1) >> n) + 1)
            parts(true, shifted(self.mag - 1) + 1)
        } else {
            parts(false, shifted(self.mag))
        }
    }

    /// The nearest `f64` (ties to even), as CPython's `float(int)`; `None` when it overflows.
    #[must_use]
    pub fn to_f64(&self) -> Option<f64> {
        // `as` rounds to nearest, ties to even.
        let m = self.mag as f64;
        (!self.ovf).then_some(if self.neg { -m } else { m })
    }

    /// The integer part of `x`, truncating toward zero as `int(x)`; `None` for infinities and
    /// NaN.
    #[must_use]
    pub fn from_f64(x: f64) -> Option<BigInt> {
        const TWO_64: f64 = 18_446_744_073_709_551_616.0;
        if !x.is_finite() {
            return None;
        }
        let a = x.abs();
        // Below 2^64, `as` truncates toward zero exactly.
        Some(if a < TWO_64 {
            parts(x < 0.0, a as u64)
        } else {
            overflowed(x < 0.0)
        })
    }

    /// `a / b` as CPython's `int.__truediv__`: correctly rounded (ties to even).
    pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, DivError> {
        const DBL_MANT_DIG: u64 = 53;
        if b.is_zero() {
            return Err(DivError::ZeroDivision);
        }
        if a.ovf || b.ovf {
            return Err(DivError::Overflow);
        }
        let signed = |x: f64| if a.neg != b.neg { -x } else { x };
        let (x, y) = (a.mag, b.mag);
        if bits(x) <= DBL_MANT_DIG && bits(y) <= DBL_MANT_DIG {
            // Both exact as floats: one IEEE division rounds correctly.
            return Ok(signed(x as f64 / y as f64));
        }
        if x == 0 {
            return Ok(signed(0.0));
        }
        // Long division, one bit at a time, until the quotient has at least 55 bits; the
        // remainder becomes a sticky low bit, so the one rounding of `u64 as f64` (to nearest,
        // ties to even) is the correct rounding of x / y. The result is far from the ends of
        // the float range: no subnormal or overflow cases.
        let (mut q, mut r) = (x / y, x % y);
        let mut scale = 0;
        while bits(q) < DBL_MANT_DIG + 2 {
            // r < y, so 2r - y < y: if 2r overflows it is above y, and the wrapping
            // subtraction gives the true difference.
            let carry = r >> 63 == 1;
            r <<= 1;
            q <<= 1;
            if carry || r >= y {
                r = r.wrapping_sub(y);
                q |= 1;
            }
            scale -= 1;
        }
        Ok(signed(libm::scalbn((q | u64::from(r != 0)) as f64, scale)))
    }

    /// `hash(self)` exactly as CPython on 64-bit platforms.
    #[must_use]
    pub fn hash_py(&self) -> i64 {
        let digits = [self.mag as u32, (self.mag >> 32) as u32];
        super::int_common::hash_digits(&digits, self.neg)
    }

    /// `self.to_bytes(length, 'big' if big_endian else 'little', signed=signed)`.
    pub fn to_bytes(
        &self,
        length: usize,
        big_endian: bool,
        signed: bool,
    ) -> Result<Vec<u8>, ToBytesError> {
        if self.neg && !signed {
            return Err(ToBytesError::NegativeUnsigned);
        }
        let avail = (length as u64).saturating_mul(8);
        let needed = if !signed {
            self.bit_length()
        } else if self.neg {
            // -2^(k-1) fits in k bits: count the bits of -self - 1, plus the sign bit.
            self.not().bit_length() + 1
        } else {
            self.bit_length() + 1
        };
        // As CPython, `(-1).to_bytes(0, signed=True) == b''`.
        let minus_one = self.neg && self.mag == 1;
        if self.ovf || (needed > avail && !(minus_one && length == 0)) {
            return Err(ToBytesError::TooBig);
        }
        let le = self.twos().to_le_bytes();
        let pad = if self.neg { 0xff } else { 0 };
        let mut out: Vec<u8> = (0..length)
            .map(|i| le.get(i).copied().unwrap_or(pad))
            .collect();
        if big_endian {
            out.reverse();
        }
        Ok(out)
    }

    /// `int.from_bytes(bytes, 'big' if big_endian else 'little', signed=signed)`.
    #[must_use]
    pub fn from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> BigInt {
        let mut be: Vec<u8> = bytes.to_vec();
        if !big_endian {
            be.reverse();
        }
        let negative = signed && be.first().is_some_and(|&b| b & 0x80 != 0);
        // Leading sign-extension bytes do not change the value.
        let pad = if negative { 0xff } else { 0 };
        let skip = be.iter().take_while(|&&b| b == pad).count();
        let significant = be.get(skip..).unwrap_or(&[]);
        let n = significant.len();
        if n > 8 {
            return overflowed(negative);
        }
        let u = significant
            .iter()
            .fold(0u64, |v, &b| (v << 8) | u64::from(b));
        if !negative {
            return parts(false, u);
        }
        // The value is u - 2^(8n), so its magnitude is 2^(8n) - u.
        let mag = if n < 8 {
            Some((1u64 << (8 * n)) - u)
        } else {
            (u != 0).then(|| 0u64.wrapping_sub(u))
        };
        checked(true, mag)
    }

    /// The digits of the value in `radix` (2..=36; anything else is treated as 10), with a
    /// leading `-` for negatives and no prefix.
    #[must_use]
    pub fn to_str_radix(&self, radix: u32, lowercase: bool) -> String {
        let radix = if (2..=36).contains(&radix) { radix } else { 10 };
        let mut rev: Vec<u8> = Vec::new();
        let mut m = self.mag;
        if self.ovf {
            // Never shown: `int::from_big` refuses such a value before anything prints it.
            rev.push(b'?');
        } else {
            loop {
                rev.push(digit_char((m % u64::from(radix)) as u32, lowercase));
                m /= u64::from(radix);
                if m == 0 {
                    break;
                }
            }
        }
        if self.neg {
            rev.push(b'-');
        }
        rev.iter().rev().map(|&b| char::from(b)).collect()
    }

    /// Folds digit values (most significant first) in `radix`.
    fn from_digit_values(values: &[u8], radix: u32, neg: bool) -> BigInt {
        let mut m: u64 = 0;
        for &d in values {
            match m
                .checked_mul(u64::from(radix))
                .and_then(|m| m.checked_add(u64::from(d)))
            {
                Some(n) => m = n,
                None => return overflowed(neg),
            }
        }
        parts(neg, m)
    }

    /// A compiler literal's digits (no sign, prefix or underscores) in `radix` 2..=36; `None` if
    /// empty or a character is not a digit of the radix.
    #[must_use]
    pub fn from_literal_digits(digits: &str, radix: u32) -> Option<BigInt> {
        Some(BigInt::from_digit_values(
            &literal_values(digits, radix)?,
            radix,
            false,
        ))
    }

    /// Python's `int(s, base)`; `None` for an invalid literal or base (see
    /// [`parse_values`]).
    #[must_use]
    pub fn parse(s: &str, base: u32) -> Option<BigInt> {
        let (neg, values, radix) = parse_values(s, base)?;
        Some(BigInt::from_digit_values(&values, radix, neg))
    }
}

/// `(x + y) mod m` for `x, y < m`.
fn add_mod(x: u64, y: u64, m: u64) -> u64 {
    let (s, carry) = x.overflowing_add(y);
    if carry || s >= m {
        s.wrapping_sub(m)
    } else {
        s
    }
}

/// `(x * y) mod m` for `x, y < m`, by doubling and adding: no 128-bit division, which would
/// cost more flash than the whole of this file.
fn mul_mod(mut x: u64, mut y: u64, m: u64) -> u64 {
    let mut r = 0;
    while y != 0 {
        if y & 1 == 1 {
            r = add_mod(r, x, m);
        }
        x = add_mod(x, x, m);
        y >>= 1;
    }
    r
}

/// The inverse of `a` modulo `m` (`a < m`) by the extended Euclidean algorithm, `None` when
/// `gcd(a, m) != 1`. The Bezout coefficient is kept modulo `m`, so nothing overflows.
fn mod_inverse(a: u64, m: u64) -> Option<u64> {
    let (mut old_r, mut r) = (a, m);
    let (mut old_s, mut s) = (1 % m, 0u64);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        // old_s - q * s (mod m)
        let qs = mul_mod(q % m, s, m);
        (old_s, s) = (s, add_mod(old_s, (m - qs) % m, m));
    }
    (old_r == 1).then_some(old_s)
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::from_u64(v)
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    /// Overflowed values order as infinities of their sign.
    fn cmp(&self, other: &BigInt) -> Ordering {
        // (sign class, magnitude key): overflowed beyond every magnitude.
        let key = |b: &BigInt| {
            let class: i8 = match (b.neg, b.ovf) {
                (true, true) => -2,
                (true, false) => -1,
                (false, false) => 0,
                (false, true) => 1,
            };
            (class, b.mag)
        };
        let (a, b) = (key(self), key(other));
        match a.0.cmp(&b.0) {
            Ordering::Equal if self.neg => b.1.cmp(&a.1),
            Ordering::Equal => a.1.cmp(&b.1),
            o => o,
        }
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10, true))
    }
}

/// `math.gcd(a, b)`: always non-negative, `gcd(0, 0) == 0`.
#[must_use]
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    if a.ovf || b.ovf {
        return overflowed(false);
    }
    let (mut p, mut q) = (a.mag, b.mag);
    while q != 0 {
        (p, q) = (q, p % q);
    }
    parts(false, p)
}

/// `math.isqrt(n)`: the floor of the square root; `None` for negative `n`.
#[must_use]
pub fn isqrt(n: &BigInt) -> Option<BigInt> {
    if n.neg {
        return None;
    }
    if n.ovf {
        return Some(n.clone());
    }
    let v = n.mag;
    if v == 0 {
        return Some(BigInt::zero());
    }
    // Newton from 2^(bits/2 + 1) > sqrt(v) decreases monotonically to the floor; x + v / x
    // stays below 2^34.
    let mut x: u64 = 1 << (bits(v) / 2 + 1);
    loop {
        let y = (x + v / x) / 2;
        if y >= x {
            return Some(parts(false, x));
        }
        x = y;
    }
}

#[cfg(test)]
#[path = "bigint_fixed_tests.rs"]
mod tests;
