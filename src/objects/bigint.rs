// SPDX-License-Identifier: MIT
//! Arbitrary-precision integers: the arithmetic behind Python's `int` once a value leaves the
//! small-int range.
//!
//! Pure functions over plain Rust data: the VM converts to and from its heap objects, nothing here
//! knows about the heap. Every result follows CPython 3.11 exactly (floor division, the sign of
//! `%`, `pow(b, e, m)`). This file holds the representation, comparison and arithmetic;
//! [`super::bigint_ops`] the bitwise operations, shifts, float conversion, hashing and bytes;
//! [`super::bigint_fmt`] conversion to and from text.
//!
//! Nothing here panics. Operations whose result could be absurdly large (`pow`, `<<`) check it
//! against [`MAX_BITS`] first and return `None` so that the VM can raise instead of aborting.
#![forbid(unsafe_code)]

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

pub use super::bigint_ops::{DivError, ToBytesError, HASH_MODULUS};
pub use super::int_common::PowModError;

/// The largest result, in bits, that [`BigInt::pow`] and [`BigInt::shl`] agree to build
/// (2^31 bits = 256 MiB, far beyond any microcontroller heap). Above it they return `None` and the
/// VM raises `OverflowError`/`MemoryError` instead of asking the allocator for the impossible.
pub const MAX_BITS: u64 = 1 << 31;

/// Operand length, in 32-bit digits, from which [`BigInt::mul`] switches from the schoolbook
/// method to Karatsuba. Below about 30 digits (~290 decimal digits) the extra additions and
/// allocations of Karatsuba cost more than the multiplications they save; 32 is the usual
/// crossover for a portable (non-assembly) implementation.
pub const KARATSUBA_THRESHOLD: usize = 32;

/// An arbitrary-precision signed integer.
///
/// Sign and magnitude, the magnitude in base 2^32, least significant digit first. Always
/// normalized: no most-significant zero digits, and zero is non-negative with an empty `mag`, so
/// the derived equality is numeric equality.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BigInt {
    pub(crate) neg: bool,
    pub(crate) mag: Vec<u32>,
}

// ---------------------------------------------------------------------------------------------
// Magnitudes: unsigned little-endian digit slices. Inputs need not be normalized unless noted;
// outputs are normalized.
// ---------------------------------------------------------------------------------------------

/// Drops most-significant zero digits.
pub(crate) fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

/// The slice without its most-significant zero digits.
fn trimmed(mut v: &[u32]) -> &[u32] {
    while let Some((&0, rest)) = v.split_last() {
        v = rest;
    }
    v
}

/// Compares two normalized magnitudes.
pub(crate) fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// `a + b`.
pub(crate) fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in long.iter().enumerate() {
        let s = u64::from(x) + u64::from(short.get(i).copied().unwrap_or(0)) + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    trim(&mut out);
    out
}

/// `a - b`; requires `a >= b` (otherwise the result is `a - b` modulo a power of 2^32).
pub(crate) fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = a.to_vec();
    sub_in_place(&mut out, b);
    out
}

/// `acc -= x`; requires `acc >= x`.
fn sub_in_place(acc: &mut Vec<u32>, x: &[u32]) {
    let mut borrow = 0u32;
    let mut xs = x.iter();
    for d in acc.iter_mut() {
        let y = xs.next().copied();
        if y.is_none() && borrow == 0 {
            break;
        }
        let (s1, b1) = d.overflowing_sub(y.unwrap_or(0));
        let (s2, b2) = s1.overflowing_sub(borrow);
        *d = s2;
        borrow = u32::from(b1 || b2);
    }
    trim(acc);
}

/// `acc += x << (32 * offset)`, growing `acc` as needed.
fn add_into(acc: &mut Vec<u32>, x: &[u32], offset: usize) {
    let end = offset.saturating_add(x.len());
    if acc.len() < end {
        acc.resize(end, 0);
    }
    let mut carry = 0u64;
    let mut xs = x.iter();
    for d in acc.iter_mut().skip(offset) {
        let y = xs.next().copied();
        if y.is_none() && carry == 0 {
            break;
        }
        let s = u64::from(*d) + u64::from(y.unwrap_or(0)) + carry;
        *d = s as u32;
        carry = s >> 32;
    }
    if carry != 0 {
        acc.push(carry as u32);
    }
}

/// `acc = acc * m + a` for single digits, in place (used by parsing).
pub(crate) fn mul_small_add(acc: &mut Vec<u32>, m: u32, a: u32) {
    let mut carry = u64::from(a);
    for d in acc.iter_mut() {
        let t = u64::from(*d) * u64::from(m) + carry;
        *d = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        acc.push(carry as u32);
    }
    trim(acc);
}

/// Divides `a` in place by the single digit `d` and returns the remainder (`d == 0` leaves `a`
/// untouched and returns 0; callers never pass it).
pub(crate) fn div_small_in_place(a: &mut Vec<u32>, d: u32) -> u32 {
    if d == 0 {
        return 0;
    }
    let d = u64::from(d);
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let cur = (rem << 32) | u64::from(*x);
        *x = (cur / d) as u32;
        rem = cur % d;
    }
    trim(a);
    rem as u32
}

/// The schoolbook product, O(len(a) * len(b)).
fn mag_mul_school(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let Some(row) = out.get_mut(i..) else { break };
        let mut carry = 0u64;
        for (slot, &y) in row.iter_mut().zip(b) {
            // x*y + slot + carry <= (2^32-1)^2 + 2*(2^32-1) = 2^64-1: no overflow.
            let t = u64::from(x) * u64::from(y) + u64::from(*slot) + carry;
            *slot = t as u32;
            carry = t >> 32;
        }
        if let Some(slot) = row.get_mut(b.len()) {
            *slot = carry as u32;
        }
    }
    trim(&mut out);
    out
}

/// `a * b`: schoolbook for short operands, Karatsuba for long balanced ones, and long unbalanced
/// ones cut into balanced pieces.
pub(crate) fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = (trimmed(a), trimmed(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return Vec::new();
    }
    if short.len() < KARATSUBA_THRESHOLD {
        return mag_mul_school(a, b);
    }
    if short.len() * 2 <= long.len() {
        let mut out = vec![0u32; a.len() + b.len()];
        for (k, chunk) in long.chunks(short.len()).enumerate() {
            let p = mag_mul(chunk, short);
            add_into(&mut out, &p, k * short.len());
        }
        trim(&mut out);
        return out;
    }
    karatsuba(a, b)
}

/// Karatsuba: with `x = x1*B^m + x0`, `a*b = z2*B^2m + z1*B^m + z0` where `z0 = a0*b0`,
/// `z2 = a1*b1`, `z1 = (a0+a1)*(b0+b1) - z0 - z2`. Both operands have more than `m` digits.
fn karatsuba(a: &[u32], b: &[u32]) -> Vec<u32> {
    let m = a.len().max(b.len()) / 2;
    let (a0, a1) = a.split_at(m.min(a.len()));
    let (b0, b1) = b.split_at(m.min(b.len()));
    let (a0, b0) = (trimmed(a0), trimmed(b0));
    let z0 = mag_mul(a0, b0);
    let z2 = mag_mul(a1, b1);
    let mut z1 = mag_mul(&mag_add(a0, a1), &mag_add(b0, b1));
    sub_in_place(&mut z1, &z0);
    sub_in_place(&mut z1, &z2);
    let mut out = z0;
    out.reserve(a.len() + b.len());
    add_into(&mut out, &z1, m);
    add_into(&mut out, &z2, 2 * m);
    trim(&mut out);
    out
}

/// Shifts left by `s < 32` bits; the result may have one more digit.
fn shl_small(a: &[u32], s: u32) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u32;
    for &d in a {
        out.push((d << s) | carry);
        carry = if s == 0 { 0 } else { d >> (32 - s) };
    }
    out.push(carry);
    out
}

/// Truncating division of magnitudes, `b` non-zero and normalized: `(a / b, a % b)`.
/// Knuth's Algorithm D (TAOCP 4.3.1) for multi-digit divisors.
pub(crate) fn mag_divmod(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let a = trimmed(a);
    if mag_cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    match b {
        [] => return (Vec::new(), Vec::new()),
        [d] => {
            let mut q = a.to_vec();
            let r = div_small_in_place(&mut q, *d);
            let r = if r == 0 { Vec::new() } else { vec![r] };
            return (q, r);
        }
        _ => {}
    }
    // Normalize so the divisor's top digit has its high bit set; then each estimated quotient
    // digit is at most 2 too large.
    let s = b.last().map_or(0, |d| d.leading_zeros());
    let v = shl_small(b, s);
    let v = trimmed(&v);
    let mut u = shl_small(a, s);
    let n = v.len();
    let m = u.len() - n; // u has a.len() + 1 >= n + 1 digits
    let mut q = vec![0u32; m];
    let (Some(&vtop), Some(&vsec)) = (v.last(), v.get(n - 2)) else {
        return (Vec::new(), Vec::new());
    };
    let (vtop, vsec) = (u64::from(vtop), u64::from(vsec));
    for (j, qd) in q.iter_mut().enumerate().rev() {
        // The window u[j..=j+n] holds the current partial remainder.
        let Some(win) = u.get_mut(j..=j + n) else {
            break;
        };
        let (Some(&u2), Some(&u1), Some(&u0)) = (win.get(n), win.get(n - 1), win.get(n - 2)) else {
            break;
        };
        let num = (u64::from(u2) << 32) | u64::from(u1);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat > u64::from(u32::MAX) || qhat * vsec > ((rhat << 32) | u64::from(u0)) {
            qhat -= 1;
            rhat += vtop;
            if rhat > u64::from(u32::MAX) {
                break;
            }
        }
        // win -= qhat * v
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for (ud, &vd) in win.iter_mut().zip(v) {
            let p = qhat * u64::from(vd) + carry;
            carry = p >> 32;
            let t = i64::from(*ud) - borrow - (p & 0xffff_ffff) as i64;
            *ud = t as u32;
            borrow = i64::from(t < 0);
        }
        let Some((top, low)) = win.split_last_mut() else {
            break;
        };
        let t = i64::from(*top) - borrow - carry as i64;
        *top = t as u32;
        if t < 0 {
            // qhat was one too large: add v back.
            qhat -= 1;
            let mut c = 0u64;
            for (ud, &vd) in low.iter_mut().zip(v) {
                let s2 = u64::from(*ud) + u64::from(vd) + c;
                *ud = s2 as u32;
                c = s2 >> 32;
            }
            *top = top.wrapping_add(c as u32);
        }
        *qd = qhat as u32;
    }
    trim(&mut q);
    u.truncate(n);
    let mut r = Vec::with_capacity(n);
    for (i, &d) in u.iter().enumerate() {
        let hi = if s == 0 {
            0
        } else {
            u.get(i + 1).map_or(0, |&h| h << (32 - s))
        };
        r.push((d >> s) | hi);
    }
    trim(&mut r);
    (q, r)
}

// ---------------------------------------------------------------------------------------------
// BigInt
// ---------------------------------------------------------------------------------------------

impl BigInt {
    /// Zero.
    #[must_use]
    pub const fn zero() -> BigInt {
        BigInt {
            neg: false,
            mag: Vec::new(),
        }
    }

    /// One.
    #[must_use]
    pub fn one() -> BigInt {
        BigInt::from_u64(1)
    }

    /// Builds a value from a sign and little-endian base-2^32 digits, normalizing them.
    #[must_use]
    pub fn from_digits(neg: bool, mut digits: Vec<u32>) -> BigInt {
        trim(&mut digits);
        let neg = neg && !digits.is_empty();
        BigInt { neg, mag: digits }
    }

    /// The magnitude's little-endian base-2^32 digits (empty for zero).
    #[must_use]
    pub fn digits(&self) -> &[u32] {
        &self.mag
    }

    /// Converts an `i64`.
    #[must_use]
    pub fn from_i64(v: i64) -> BigInt {
        let mut b = BigInt::from_u64(v.unsigned_abs());
        b.neg = v < 0;
        b
    }

    /// Converts a `u64`.
    #[must_use]
    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_digits(false, vec![v as u32, (v >> 32) as u32])
    }

    /// The magnitude as a `u64`, if it fits.
    pub(crate) fn mag_u64(&self) -> Option<u64> {
        match self.mag.as_slice() {
            [] => Some(0),
            [a] => Some(u64::from(*a)),
            [a, b] => Some(u64::from(*a) | (u64::from(*b) << 32)),
            _ => None,
        }
    }

    /// The value as an `i64`, if it fits.
    #[must_use]
    pub fn to_i64(&self) -> Option<i64> {
        let m = self.mag_u64()?;
        if self.neg {
            0i64.checked_sub_unsigned(m)
                .or_else(|| (m == 1 << 63).then_some(i64::MIN))
        } else {
            i64::try_from(m).ok()
        }
    }

    /// The value as a `u64`, if it is non-negative and fits.
    #[must_use]
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            None
        } else {
            self.mag_u64()
        }
    }

    /// The value as an `i32`, if it fits.
    #[must_use]
    pub fn to_i32(&self) -> Option<i32> {
        self.to_i64().and_then(|v| i32::try_from(v).ok())
    }

    /// Whether the value is zero.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
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
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// Whether the value is odd.
    #[must_use]
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|d| d & 1 == 1)
    }

    /// The number of bits in the magnitude, as Python's `int.bit_length()` (0 for zero).
    #[must_use]
    pub fn bit_length(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(top) => (self.mag.len() as u64) * 32 - u64::from(top.leading_zeros()),
        }
    }

    /// Bit `i` of the magnitude.
    pub(crate) fn mag_bit(&self, i: u64) -> bool {
        let Ok(idx) = usize::try_from(i / 32) else {
            return false;
        };
        self.mag.get(idx).is_some_and(|d| (d >> (i % 32)) & 1 == 1)
    }

    /// `-self`.
    #[must_use]
    pub fn neg(&self) -> BigInt {
        BigInt {
            neg: !self.neg && !self.mag.is_empty(),
            mag: self.mag.clone(),
        }
    }

    /// `abs(self)`.
    #[must_use]
    pub fn abs(&self) -> BigInt {
        BigInt {
            neg: false,
            mag: self.mag.clone(),
        }
    }

    /// The sum of two signed magnitudes.
    fn add_signed(a_neg: bool, a: &[u32], b_neg: bool, b: &[u32]) -> BigInt {
        if a_neg == b_neg {
            return BigInt::from_digits(a_neg, mag_add(a, b));
        }
        match mag_cmp(a, b) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_digits(a_neg, mag_sub(a, b)),
            Ordering::Less => BigInt::from_digits(b_neg, mag_sub(b, a)),
        }
    }

    /// `self + other`.
    #[must_use]
    pub fn add(&self, other: &BigInt) -> BigInt {
        BigInt::add_signed(self.neg, &self.mag, other.neg, &other.mag)
    }

    /// `self - other`.
    #[must_use]
    pub fn sub(&self, other: &BigInt) -> BigInt {
        BigInt::add_signed(self.neg, &self.mag, !other.neg, &other.mag)
    }

    /// `self * other` (Karatsuba from [`KARATSUBA_THRESHOLD`] digits).
    #[must_use]
    pub fn mul(&self, other: &BigInt) -> BigInt {
        BigInt::from_digits(self.neg != other.neg, mag_mul(&self.mag, &other.mag))
    }

    /// Truncating division (C semantics), `None` when `b` is zero.
    #[must_use]
    pub fn divmod_trunc(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        if b.is_zero() {
            return None;
        }
        let (q, r) = mag_divmod(&a.mag, &b.mag);
        Some((
            BigInt::from_digits(a.neg != b.neg, q),
            BigInt::from_digits(a.neg, r),
        ))
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

    /// `self ** exp` by repeated squaring; `None` when the result would exceed [`MAX_BITS`].
    #[must_use]
    pub fn pow(&self, exp: u64) -> Option<BigInt> {
        if exp == 0 {
            return Some(BigInt::one());
        }
        let bits = self.bit_length();
        if bits <= 1 {
            // 0, 1, -1
            let neg = self.neg && exp % 2 == 1;
            return Some(BigInt {
                neg,
                mag: self.mag.clone(),
            });
        }
        // The result has at least (bits-1)*exp + 1 bits.
        if (bits - 1).saturating_mul(exp) >= MAX_BITS {
            return None;
        }
        let mut result = BigInt::one();
        let top = 63 - exp.leading_zeros();
        for i in (0..=top).rev() {
            result = result.mul(&result);
            if (exp >> i) & 1 == 1 {
                result = result.mul(self);
            }
        }
        Some(result)
    }

    /// Python's three-argument `pow(base, exp, modulus)`. A negative `exp` uses the modular
    /// inverse of `base`; the result has the sign of `modulus` (or is zero).
    pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, PowModError> {
        if modulus.is_zero() {
            return Err(PowModError::ZeroModulus);
        }
        let m = modulus.abs();
        let mut b = BigInt::modulo(base, &m).unwrap_or_default();
        if exp.neg {
            b = mod_inverse(&b, &m).ok_or(PowModError::NotInvertible)?;
        }
        let mut result = BigInt::one();
        if m.mag == [1] {
            result = BigInt::zero();
        } else {
            let reduce = |x: BigInt| BigInt::modulo(&x, &m).unwrap_or_default();
            for i in (0..exp.bit_length()).rev() {
                result = reduce(result.mul(&result));
                if exp.mag_bit(i) {
                    result = reduce(result.mul(&b));
                }
            }
        }
        if modulus.neg && !result.is_zero() {
            result = result.sub(&m);
        }
        Ok(result)
    }
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 0`) by the extended Euclidean algorithm,
/// `None` when `gcd(a, m) != 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let (q, rem) = BigInt::divmod_floor(&old_r, &r)?;
        old_r = core::mem::replace(&mut r, rem);
        let next_s = old_s.sub(&q.mul(&s));
        old_s = core::mem::replace(&mut s, next_s);
    }
    if old_r.mag != [1] {
        return None;
    }
    BigInt::modulo(&old_s, m)
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
    fn cmp(&self, other: &BigInt) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag_cmp(&self.mag, &other.mag),
            (true, true) => mag_cmp(&other.mag, &self.mag),
        }
    }
}

/// `math.gcd(a, b)`: always non-negative, `gcd(0, 0) == 0`.
#[must_use]
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut x, mut y) = (a.abs(), b.abs());
    loop {
        if let (Some(mut p), Some(mut q)) = (x.mag_u64(), y.mag_u64()) {
            while q != 0 {
                (p, q) = (q, p % q);
            }
            return BigInt::from_u64(p);
        }
        if y.is_zero() {
            return x;
        }
        let (_, r) = mag_divmod(&x.mag, &y.mag);
        x = core::mem::replace(&mut y, BigInt::from_digits(false, r));
    }
}

/// `math.isqrt(n)`: the floor of the square root; `None` for negative `n` (CPython raises
/// `ValueError: isqrt() argument must be nonnegative`).
#[must_use]
pub fn isqrt(n: &BigInt) -> Option<BigInt> {
    if n.neg {
        return None;
    }
    if n.is_zero() {
        return Some(BigInt::zero());
    }
    if let Some(v) = n.mag_u64() {
        // Newton from an overestimate, in u128 to stay overflow-free.
        let v = u128::from(v);
        let mut x: u128 = 1 << (n.bit_length() / 2 + 1);
        loop {
            let y = (x + v / x) / 2;
            if y >= x {
                return Some(BigInt::from_u64(x as u64));
            }
            x = y;
        }
    }
    // Newton's iteration from 2^ceil(bits/2) >= sqrt(n) decreases monotonically to the floor.
    let mut x = BigInt::one().shl(n.bit_length() / 2 + 1)?;
    loop {
        let y = BigInt::floordiv(n, &x)?.add(&x).shr(1);
        if y >= x {
            return Some(x);
        }
        x = y;
    }
}

#[cfg(test)]
#[path = "bigint_tests.rs"]
mod tests;
