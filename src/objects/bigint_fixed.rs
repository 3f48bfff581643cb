// SPDX-License-Identifier: MIT
//! Integers without the `bigint` feature (MicroPython's `MICROPY_LONGINT_IMPL_LONGLONG`):
//! Python ints are exactly the signed 64-bit range. This is a stand-in for the general
//! [`BigInt`] of `bigint.rs` with the same interface, so every caller compiles unchanged and
//! no multi-digit algorithm (long multiplication and division, Karatsuba, base conversion of
//! long numbers) is built; `int::from_big` turns any value outside the 64-bit range into
//! `OverflowError`.
//!
//! Values are held in an `i128`, so a short chain of operations on 64-bit ints (`start + step *
//! i` in `range`, `(stop - start - 1) // step`, `q * 10**k` in `round`) is exact even where an
//! intermediate result leaves the 64-bit range. A result that leaves even `i128` is
//! *overflowed*: it keeps only its sign, behaves as a number of unknown magnitude beyond
//! 2^127 (so comparisons, `0 * x` and `x // huge` stay right) and makes every result that
//! depends on its magnitude overflowed too. Nothing here panics.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

pub use super::int_common::{DivError, PowModError, ToBytesError, HASH_BITS, HASH_MODULUS};
use super::int_common::{digit_char, literal_values, parse_values};

/// The largest result in bits the general implementation agrees to build; kept for callers
/// that check it (values here never come near it).
pub const MAX_BITS: u64 = 1 << 31;

/// An integer of at most 127 bits, or an overflowed one (see the module comment).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BigInt {
    /// The value; for an overflowed one, its sign (1 or -1).
    v: i128,
    /// Whether the value left the `i128` range.
    ovf: bool,
}

const fn exact(v: i128) -> BigInt {
    BigInt { v, ovf: false }
}

const fn overflowed(neg: bool) -> BigInt {
    BigInt {
        v: if neg { -1 } else { 1 },
        ovf: true,
    }
}

/// `f(a, b)` on two exact values; overflowed (with sign `neg`) when `f` overflows or either
/// operand already has.
fn lift(a: &BigInt, b: &BigInt, neg: bool, f: impl FnOnce(i128, i128) -> Option<i128>) -> BigInt {
    if a.ovf || b.ovf {
        return overflowed(neg);
    }
    f(a.v, b.v).map_or(overflowed(neg), exact)
}

/// The number of bits of `m` (0 for zero).
fn bits(m: u128) -> u64 {
    u64::from(128 - m.leading_zeros())
}

impl BigInt {
    /// Zero.
    #[must_use]
    pub const fn zero() -> BigInt {
        exact(0)
    }

    /// One.
    #[must_use]
    pub fn one() -> BigInt {
        exact(1)
    }

    /// Builds a value from a sign and little-endian base-2^32 digits.
    #[must_use]
    pub fn from_digits(neg: bool, digits: Vec<u32>) -> BigInt {
        let mut mag: u128 = 0;
        for (i, &d) in digits.iter().enumerate() {
            if d == 0 {
                continue;
            }
            if i >= 4 {
                return overflowed(neg);
            }
            mag |= u128::from(d) << (32 * i);
        }
        match i128::try_from(mag) {
            Ok(m) => exact(if neg { -m } else { m }),
            Err(_) => overflowed(neg),
        }
    }

    /// The magnitude's little-endian base-2^32 digits (empty for zero; `[1]` for an
    /// overflowed value, whose digits are unknown).
    #[must_use]
    pub fn digits(&self) -> Vec<u32> {
        let mut m = self.v.unsigned_abs();
        let mut out = Vec::new();
        while m != 0 {
            out.push(m as u32);
            m >>= 32;
        }
        out
    }

    /// Converts an `i64`.
    #[must_use]
    pub fn from_i64(v: i64) -> BigInt {
        exact(i128::from(v))
    }

    /// Converts a `u64`.
    #[must_use]
    pub fn from_u64(v: u64) -> BigInt {
        exact(i128::from(v))
    }

    /// The value as an `i64`, if it fits.
    #[must_use]
    pub fn to_i64(&self) -> Option<i64> {
        if self.ovf {
            return None;
        }
        i64::try_from(self.v).ok()
    }

    /// The value as a `u64`, if it is non-negative and fits.
    #[must_use]
    pub fn to_u64(&self) -> Option<u64> {
        if self.ovf {
            return None;
        }
        u64::try_from(self.v).ok()
    }

    /// The value as an `i32`, if it fits.
    #[must_use]
    pub fn to_i32(&self) -> Option<i32> {
        self.to_i64().and_then(|v| i32::try_from(v).ok())
    }

    /// Whether the value is zero.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        !self.ovf && self.v == 0
    }

    /// Whether the value is below zero.
    #[must_use]
    pub fn is_negative(&self) -> bool {
        self.v < 0
    }

    /// -1, 0 or 1.
    #[must_use]
    pub fn sign(&self) -> i32 {
        self.v.signum() as i32
    }

    /// Whether the value is odd (false for an overflowed value).
    #[must_use]
    pub fn is_odd(&self) -> bool {
        !self.ovf && self.v & 1 == 1
    }

    /// The number of bits in the magnitude, as `int.bit_length()`; 128 for an overflowed
    /// value (it has more).
    #[must_use]
    pub fn bit_length(&self) -> u64 {
        if self.ovf {
            return 128;
        }
        bits(self.v.unsigned_abs())
    }

    /// `-self`.
    #[must_use]
    pub fn neg(&self) -> BigInt {
        if self.ovf {
            return overflowed(!self.is_negative());
        }
        self.v.checked_neg().map_or(overflowed(false), exact)
    }

    /// `abs(self)`.
    #[must_use]
    pub fn abs(&self) -> BigInt {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `self + other`.
    #[must_use]
    pub fn add(&self, other: &BigInt) -> BigInt {
        let neg = if other.ovf {
            other.is_negative()
        } else {
            self.is_negative()
        };
        lift(self, other, neg, i128::checked_add)
    }

    /// `self - other`.
    #[must_use]
    pub fn sub(&self, other: &BigInt) -> BigInt {
        let neg = if other.ovf {
            !other.is_negative()
        } else {
            self.is_negative()
        };
        lift(self, other, neg, i128::checked_sub)
    }

    /// `self * other` (zero times anything is zero).
    #[must_use]
    pub fn mul(&self, other: &BigInt) -> BigInt {
        if self.is_zero() || other.is_zero() {
            return BigInt::zero();
        }
        let neg = self.is_negative() != other.is_negative();
        lift(self, other, neg, i128::checked_mul)
    }

    /// Truncating division (C semantics), `None` when `b` is zero.
    #[must_use]
    pub fn divmod_trunc(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        if b.is_zero() {
            return None;
        }
        if b.ovf && !a.ovf {
            // |a| < 2^127 < |b|.
            return Some((BigInt::zero(), a.clone()));
        }
        let neg = a.is_negative() != b.is_negative();
        let q = lift(a, b, neg, i128::checked_div);
        let r = lift(a, b, a.is_negative(), i128::checked_rem);
        Some((q, r))
    }

    /// Python's `divmod(a, b)`: the quotient rounds toward negative infinity and the remainder
    /// takes the sign of `b`. `None` when `b` is zero (`ZeroDivisionError`).
    #[must_use]
    pub fn divmod_floor(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        let (q, r) = BigInt::divmod_trunc(a, b)?;
        if !r.is_zero() && r.is_negative() != b.is_negative() {
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
        let neg = self.is_negative() && exp & 1 == 1;
        if self.ovf {
            return Some(overflowed(neg));
        }
        let (mut base, mut e, mut result) = (self.v, exp, 1i128);
        loop {
            if e & 1 == 1 {
                let Some(r) = result.checked_mul(base) else {
                    return Some(overflowed(neg));
                };
                result = r;
            }
            e >>= 1;
            if e == 0 {
                return Some(exact(result));
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
        let m = modulus.v.unsigned_abs();
        // Products of two residues must fit in u128 (the VM's ints are at most 64 bits).
        if base.ovf || exp.ovf || modulus.ovf || m > u128::from(u64::MAX) {
            return Ok(overflowed(modulus.is_negative()));
        }
        let mi = m as i128;
        let mut b = base.v.rem_euclid(mi) as u128;
        if exp.is_negative() {
            b = mod_inverse(b as i128, mi).ok_or(PowModError::NotInvertible)? as u128;
        }
        let e = exp.v.unsigned_abs();
        let mut result: u128 = u128::from(m != 1);
        for i in (0..bits(e)).rev() {
            result = result * result % m;
            if (e >> i) & 1 == 1 {
                result = result * b % m;
            }
        }
        let r = result as i128;
        Ok(exact(if modulus.is_negative() && r != 0 {
            r - mi
        } else {
            r
        }))
    }

    /// `self & other`, two's-complement semantics for negatives as Python.
    #[must_use]
    pub fn and(&self, other: &BigInt) -> BigInt {
        let neg = self.is_negative() && other.is_negative();
        lift(self, other, neg, |x, y| Some(x & y))
    }

    /// `self | other`.
    #[must_use]
    pub fn or(&self, other: &BigInt) -> BigInt {
        let neg = self.is_negative() || other.is_negative();
        lift(self, other, neg, |x, y| Some(x | y))
    }

    /// `self ^ other`.
    #[must_use]
    pub fn xor(&self, other: &BigInt) -> BigInt {
        let neg = self.is_negative() != other.is_negative();
        lift(self, other, neg, |x, y| Some(x ^ y))
    }

    /// `~self`, that is `-self - 1`.
    #[must_use]
    pub fn not(&self) -> BigInt {
        if self.ovf {
            return overflowed(!self.is_negative());
        }
        exact(!self.v)
    }

    /// `self << n`; overflowed when the result leaves `i128`. Never `None`.
    #[must_use]
    pub fn shl(&self, n: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        let neg = self.is_negative();
        if self.ovf || n >= 127 {
            return Some(overflowed(neg));
        }
        let r = self.v << n;
        Some(if r >> n == self.v {
            exact(r)
        } else {
            overflowed(neg)
        })
    }

    /// `self >> n`, rounding toward negative infinity as Python (`-1 >> 100 == -1`).
    #[must_use]
    pub fn shr(&self, n: u64) -> BigInt {
        if self.ovf {
            return self.clone();
        }
        exact(self.v >> n.min(127))
    }

    /// The nearest `f64` (ties to even), as CPython's `float(int)`; `None` when it overflows.
    #[must_use]
    pub fn to_f64(&self) -> Option<f64> {
        // Every i128 is below f64::MAX; `as` rounds to nearest, ties to even.
        (!self.ovf).then_some(self.v as f64)
    }

    /// The integer part of `x`, truncating toward zero as `int(x)`; `None` for infinities and
    /// NaN.
    #[must_use]
    pub fn from_f64(x: f64) -> Option<BigInt> {
        const TWO_127: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;
        if !x.is_finite() {
            return None;
        }
        if x.abs() >= TWO_127 {
            return Some(overflowed(x < 0.0));
        }
        // In range, `as` truncates toward zero exactly.
        Some(exact(x as i128))
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
        let negate = a.is_negative() != b.is_negative();
        let signed = |x: f64| if negate { -x } else { x };
        let (x, y) = (a.v.unsigned_abs(), b.v.unsigned_abs());
        let (la, lb) = (bits(x), bits(y));
        if la == 0 || (la <= DBL_MANT_DIG && lb <= DBL_MANT_DIG) {
            // Both exact as floats: one IEEE division rounds correctly.
            return Ok(signed(x as f64 / y as f64));
        }
        // As CPython's long_true_divide: scale x so the quotient has 55 or 56 bits, divide,
        // and round the extra bits away by hand with a sticky bit for the remainder. Results
        // here are far from the float range's ends, so no subnormal or overflow cases. The
        // divisor's trailing zeros are only a power of two: they go into the final scaling.
        let tz = y.trailing_zeros();
        let y = y >> tz;
        let lb = lb - u64::from(tz);
        let shift = la as i64 - lb as i64 - DBL_MANT_DIG as i64 - 2; // x ~ q * 2^shift
        let (num, mut inexact) = if shift <= 0 {
            let s = shift.unsigned_abs() as u32;
            if lb + DBL_MANT_DIG + 2 > 127 {
                return Err(DivError::Overflow);
            }
            (x << s, false)
        } else {
            let s = shift as u32;
            (x >> s, x & ((1u128 << s) - 1) != 0)
        };
        let q = num / y;
        inexact |= num % y != 0;
        // q has 55 or 56 bits: round to 53 (ties to even, the sticky bit breaking ties).
        let extra = bits(q) - DBL_MANT_DIG;
        let mut low = q as u64 | u64::from(inexact);
        let mask = 1u64 << (extra - 1);
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            low += mask;
        }
        low &= !(2 * mask - 1);
        let exp = (shift - i64::from(tz)) as i32;
        Ok(signed(libm::scalbn(low as f64, exp)))
    }

    /// `hash(self)` exactly as CPython on 64-bit platforms.
    #[must_use]
    pub fn hash_py(&self) -> i64 {
        super::int_common::hash_digits(&self.digits(), self.is_negative())
    }

    /// `self.to_bytes(length, 'big' if big_endian else 'little', signed=signed)`.
    pub fn to_bytes(
        &self,
        length: usize,
        big_endian: bool,
        signed: bool,
    ) -> Result<Vec<u8>, ToBytesError> {
        let neg = self.is_negative();
        if neg && !signed {
            return Err(ToBytesError::NegativeUnsigned);
        }
        let avail = (length as u64).saturating_mul(8);
        let needed = if !signed {
            self.bit_length()
        } else if neg {
            // -2^(k-1) fits in k bits: count the bits of -self - 1, plus the sign bit.
            self.not().bit_length() + 1
        } else {
            self.bit_length() + 1
        };
        // As CPython, `(-1).to_bytes(0, signed=True) == b''`.
        if self.ovf || (needed > avail && !(self.v == -1 && length == 0)) {
            return Err(ToBytesError::TooBig);
        }
        let le = self.v.to_le_bytes();
        let pad = if neg { 0xff } else { 0 };
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
        if significant.len() > 15 {
            return overflowed(negative);
        }
        let start: i128 = if negative { -1 } else { 0 };
        exact(
            significant
                .iter()
                .fold(start, |v, &b| (v << 8) | i128::from(b)),
        )
    }

    /// The digits of the value in `radix` (2..=36; anything else is treated as 10), with a
    /// leading `-` for negatives and no prefix.
    #[must_use]
    pub fn to_str_radix(&self, radix: u32, lowercase: bool) -> String {
        let radix = if (2..=36).contains(&radix) { radix } else { 10 };
        let mut rev: Vec<u8> = Vec::new();
        let mut m = self.v.unsigned_abs();
        if self.ovf {
            // Never shown: `int::from_big` refuses such a value before anything prints it.
            rev.push(b'?');
        } else {
            loop {
                rev.push(digit_char((m % u128::from(radix)) as u32, lowercase));
                m /= u128::from(radix);
                if m == 0 {
                    break;
                }
            }
        }
        if self.is_negative() {
            rev.push(b'-');
        }
        rev.iter().rev().map(|&b| char::from(b)).collect()
    }

    /// Folds digit values (most significant first) in `radix`; overflowed past `i128`.
    fn from_digit_values(values: &[u8], radix: u32, neg: bool) -> BigInt {
        let mut v: i128 = 0;
        for &d in values {
            match v
                .checked_mul(i128::from(radix))
                .and_then(|v| v.checked_add(i128::from(d)))
            {
                Some(n) => v = n,
                None => return overflowed(neg),
            }
        }
        exact(if neg { -v } else { v })
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

/// The inverse of `a` modulo `m` (`0 <= a < m`, `0 < m <= 2^64`) by the extended Euclidean
/// algorithm, `None` when `gcd(a, m) != 1`. The coefficients stay below `m` in magnitude, so
/// nothing overflows `i128`.
fn mod_inverse(a: i128, m: i128) -> Option<i128> {
    let (mut old_r, mut r) = (a, m);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    (old_r == 1).then(|| old_s.rem_euclid(m))
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
        let rank = |b: &BigInt| if b.ovf { b.v.signum() } else { 0 };
        rank(self)
            .cmp(&rank(other))
            .then_with(|| if self.ovf { Ordering::Equal } else { self.v.cmp(&other.v) })
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
    let (mut p, mut q) = (a.v.unsigned_abs(), b.v.unsigned_abs());
    while q != 0 {
        (p, q) = (q, p % q);
    }
    i128::try_from(p).map_or(overflowed(false), exact)
}

/// `math.isqrt(n)`: the floor of the square root; `None` for negative `n`.
#[must_use]
pub fn isqrt(n: &BigInt) -> Option<BigInt> {
    if n.is_negative() {
        return None;
    }
    if n.ovf {
        return Some(n.clone());
    }
    let v = n.v.unsigned_abs();
    if v == 0 {
        return Some(BigInt::zero());
    }
    // Newton's iteration from an overestimate decreases monotonically to the floor.
    let mut x: u128 = 1 << (bits(v) / 2 + 1);
    loop {
        let y = (x + v / x) / 2;
        if y >= x {
            return Some(exact(x as i128));
        }
        x = y;
    }
}

#[cfg(test)]
#[path = "bigint_fixed_tests.rs"]
mod tests;
