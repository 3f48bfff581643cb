// SPDX-License-Identifier: MIT
//! [`BigInt`] bitwise operations and shifts (two's-complement semantics, as Python), conversion
//! to and from `f64` (correctly rounded, as CPython), `int / int`, the hash, and
//! `int.to_bytes`/`int.from_bytes`.
#![forbid(unsafe_code)]

use alloc::vec;
use alloc::vec::Vec;

use super::bigint::{mag_divmod, trim, BigInt, MAX_BITS};

pub use super::int_common::{DivError, ToBytesError, HASH_BITS, HASH_MODULUS};

/// `mag >> n` and whether any 1 bits were shifted out.
fn mag_shr(mag: &[u32], n: u64) -> (Vec<u32>, bool) {
    let Ok(words) = usize::try_from(n / 32) else {
        return (Vec::new(), !mag.is_empty());
    };
    let bits = (n % 32) as u32;
    if words >= mag.len() {
        return (Vec::new(), !mag.is_empty());
    }
    let (low, high) = mag.split_at(words);
    let mut lost = low.iter().any(|&d| d != 0);
    if bits != 0 {
        lost |= high.first().is_some_and(|&d| d & ((1 << bits) - 1) != 0);
    }
    let mut out = Vec::with_capacity(high.len());
    for (i, &d) in high.iter().enumerate() {
        let hi = if bits == 0 {
            0
        } else {
            high.get(i + 1).map_or(0, |&h| h << (32 - bits))
        };
        out.push((d >> bits) | hi);
    }
    trim(&mut out);
    (out, lost)
}

/// `mag << n` (no size check).
fn mag_shl(mag: &[u32], n: u64) -> Vec<u32> {
    let words = (n / 32) as usize;
    let bits = (n % 32) as u32;
    let mut out = vec![0u32; words];
    out.reserve(mag.len() + 1);
    let mut carry = 0u32;
    for &d in mag {
        out.push((d << bits) | carry);
        carry = if bits == 0 { 0 } else { d >> (32 - bits) };
    }
    out.push(carry);
    trim(&mut out);
    out
}

/// The low `len` digits of `x` in two's complement.
fn to_twos(x: &BigInt, len: usize) -> Vec<u32> {
    let mut v: Vec<u32> = (0..len)
        .map(|i| x.mag.get(i).copied().unwrap_or(0))
        .collect();
    if x.neg {
        negate_twos(&mut v);
    }
    v
}

/// Negates a two's-complement digit vector in place (invert, add one).
fn negate_twos(v: &mut [u32]) {
    let mut carry = 1u64;
    for d in v.iter_mut() {
        let s = u64::from(!*d) + carry;
        *d = s as u32;
        carry = s >> 32;
    }
}

/// Reads a two's-complement digit vector whose top bit is the sign.
fn from_twos(mut v: Vec<u32>) -> BigInt {
    let neg = v.last().is_some_and(|&d| d & 0x8000_0000 != 0);
    if neg {
        negate_twos(&mut v);
    }
    BigInt::from_digits(neg, v)
}

impl BigInt {
    /// Applies a digit-wise operation to the infinite two's-complement forms.
    fn bitop(&self, other: &BigInt, f: impl Fn(u32, u32) -> u32) -> BigInt {
        let len = self.mag.len().max(other.mag.len()) + 1;
        let a = to_twos(self, len);
        let b = to_twos(other, len);
        from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }

    /// `self & other`, two's-complement semantics for negatives as Python.
    #[must_use]
    pub fn and(&self, other: &BigInt) -> BigInt {
        if !self.neg && !other.neg {
            let mag = self
                .mag
                .iter()
                .zip(&other.mag)
                .map(|(&x, &y)| x & y)
                .collect();
            return BigInt::from_digits(false, mag);
        }
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

    /// `self << n`; `None` when the result would exceed [`MAX_BITS`] bits (the VM raises
    /// `OverflowError`/`MemoryError`). Negative shift counts are the VM's `ValueError`.
    #[must_use]
    pub fn shl(&self, n: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        if self.bit_length().saturating_add(n) > MAX_BITS {
            return None;
        }
        Some(BigInt::from_digits(self.neg, mag_shl(&self.mag, n)))
    }

    /// `self >> n`, rounding toward negative infinity as Python (`-1 >> 100 == -1`).
    #[must_use]
    pub fn shr(&self, n: u64) -> BigInt {
        let (mut mag, lost) = mag_shr(&self.mag, n);
        if self.neg && lost {
            let mut carry = true;
            for d in mag.iter_mut() {
                let (s, c) = d.overflowing_add(1);
                *d = s;
                carry = c;
                if !c {
                    break;
                }
            }
            if carry {
                mag.push(1);
            }
        }
        BigInt::from_digits(self.neg, mag)
    }

    /// The magnitude's top bits as an integer of at most 55 bits with a sticky low bit, and the
    /// shift that scales it back: `|self| ~= top * 2^shift`, exactly rounded when converted to
    /// 53 bits. For magnitudes under 2^64 the value is exact with shift 0.
    fn top_bits(&self) -> (u64, u64) {
        let bits = self.bit_length();
        if let Some(v) = self.mag_u64() {
            return (v, 0);
        }
        let shift = bits - 55;
        let (top, lost) = mag_shr(&self.mag, shift);
        let top = top.first().map_or(0, |&d| u64::from(d))
            | top.get(1).map_or(0, |&d| u64::from(d) << 32);
        (top | u64::from(lost), shift)
    }

    /// The nearest `f64` (ties to even), as CPython's `float(int)`; `None` when it overflows
    /// (`OverflowError: int too large to convert to float`).
    #[must_use]
    pub fn to_f64(&self) -> Option<f64> {
        let (top, shift) = self.top_bits();
        if shift > 1024 {
            return None;
        }
        // `u64 as f64` rounds to nearest, ties to even; the sticky bit keeps ties honest.
        let mag = libm::scalbn(top as f64, shift as i32);
        if mag.is_infinite() {
            return None;
        }
        Some(if self.neg { -mag } else { mag })
    }

    /// The integer part of `x`, truncating toward zero as `int(x)`; `None` for infinities and
    /// NaN (CPython raises `OverflowError`/`ValueError`).
    #[must_use]
    pub fn from_f64(x: f64) -> Option<BigInt> {
        if !x.is_finite() {
            return None;
        }
        let bits = x.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        // x = mant * 2^(exp - 1075) for normal numbers.
        let (mant, e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1 << 52), exp - 1075)
        };
        let m = BigInt::from_u64(mant);
        let mag = if e >= 0 {
            BigInt::from_digits(false, mag_shl(&m.mag, e as u64))
        } else {
            m.shr(e.unsigned_abs())
        };
        Some(BigInt::from_digits(neg, mag.mag))
    }

    /// `a / b` as CPython's `int.__truediv__`: correctly rounded (ties to even), even when the
    /// operands do not fit in a float, with gradual underflow to subnormals and zero.
    pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, DivError> {
        // The constants of IEEE binary64, named as in C's <float.h>.
        const DBL_MANT_DIG: i64 = 53;
        const DBL_MAX_EXP: i64 = 1024;
        const DBL_MIN_EXP: i64 = -1021;
        if b.is_zero() {
            return Err(DivError::ZeroDivision);
        }
        let negate = a.neg != b.neg;
        let signed = |x: f64| if negate { -x } else { x };
        if a.is_zero() {
            return Ok(signed(0.0));
        }
        let (la, lb) = (a.bit_length() as i64, b.bit_length() as i64);
        // Fast path: both exactly representable, so one IEEE division rounds correctly.
        if la <= DBL_MANT_DIG && lb <= DBL_MANT_DIG {
            let (x, y) = (
                a.mag_u64().unwrap_or(0) as f64,
                b.mag_u64().unwrap_or(0) as f64,
            );
            return Ok(signed(x / y));
        }
        let diff = la - lb;
        if diff > DBL_MAX_EXP {
            return Err(DivError::Overflow);
        }
        if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
            return Ok(signed(0.0));
        }
        // Scale so the quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer when subnormal), divide,
        // then round the extra bits away by hand, as CPython's long_true_divide.
        let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
        let mut inexact = false;
        let x = if shift <= 0 {
            mag_shl(&a.mag, shift.unsigned_abs())
        } else {
            let (x, lost) = mag_shr(&a.mag, shift as u64);
            inexact = lost;
            x
        };
        let (q, r) = mag_divmod(&x, &b.mag);
        inexact |= !r.is_empty();
        let q = BigInt::from_digits(false, q);
        let x_bits = q.bit_length() as i64;
        let mut low = q.mag_u64().unwrap_or(0);
        let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
        if !(1..=3).contains(&extra_bits) {
            // Cannot happen by the choice of shift; refuse rather than misround.
            return Err(DivError::Overflow);
        }
        let mask = 1u64 << (extra_bits - 1);
        low |= u64::from(inexact);
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            low += mask;
        }
        low &= !(2 * mask - 1);
        let dx = low as f64; // exact: at most 54 significant bits after rounding
        if shift + x_bits >= DBL_MAX_EXP
            && (shift + x_bits > DBL_MAX_EXP || dx == libm::ldexp(1.0, x_bits as i32))
        {
            return Err(DivError::Overflow);
        }
        Ok(signed(libm::ldexp(dx, shift as i32)))
    }

    /// `hash(self)` exactly as CPython on 64-bit platforms: the value modulo 2^61 - 1 with the
    /// sign of the value, and -1 (reserved for errors in C) replaced by -2.
    #[must_use]
    pub fn hash_py(&self) -> i64 {
        super::int_common::hash_digits(&self.mag, self.neg)
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
        // CPython quirk kept for fidelity: `(-1).to_bytes(0, signed=True) == b''`, as -1 is all
        // sign-extension bytes.
        let minus_one = self.neg && self.mag == [1];
        if needed > avail && !(minus_one && length == 0) {
            return Err(ToBytesError::TooBig);
        }
        let words = length.div_ceil(4);
        let twos = to_twos(self, words);
        let mut out: Vec<u8> = twos
            .iter()
            .flat_map(|d| d.to_le_bytes())
            .take(length)
            .collect();
        if big_endian {
            out.reverse();
        }
        Ok(out)
    }

    /// `int.from_bytes(bytes, 'big' if big_endian else 'little', signed=signed)`.
    #[must_use]
    pub fn from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> BigInt {
        let mut le: Vec<u8> = bytes.to_vec();
        if big_endian {
            le.reverse();
        }
        let negative = signed && le.last().is_some_and(|&b| b & 0x80 != 0);
        // Sign-extend to whole digits, then read as two's complement (or as unsigned).
        let pad = if negative { 0xff } else { 0 };
        while le.len() % 4 != 0 {
            le.push(pad);
        }
        let mut digits: Vec<u32> = le
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap_or([0; 4])))
            .collect();
        if negative {
            from_twos(digits)
        } else {
            digits.push(0);
            BigInt::from_digits(false, digits)
        }
    }
}
