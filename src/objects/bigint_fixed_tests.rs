// SPDX-License-Identifier: MIT
//! Tests of the fixed-width integers (builds without `bigint`): results at the ends of the
//! 64-bit range, overflow detection, and CPython's values (computed with python3) for the
//! operations with their own algorithms here (true division, `pow` with a modulus, hashing,
//! bytes).

use super::*;

const M: i64 = i64::MAX;

fn n(v: i64) -> BigInt {
    BigInt::from_i64(v)
}

fn s(text: &str) -> BigInt {
    BigInt::parse(text, 10).unwrap_or_default()
}

#[test]
fn text_round_trips_at_the_ends() {
    for v in [
        0,
        1,
        -1,
        M,
        i64::MIN,
        M - 1,
        i64::MIN + 1,
        1 << 32,
        -(1 << 32),
    ] {
        let b = n(v);
        assert_eq!(b.to_str_radix(10, true), alloc::format!("{v}"));
        assert_eq!(s(&alloc::format!("{v}")).to_i64(), Some(v));
    }
    assert_eq!(n(i64::MIN).to_str_radix(16, true), "-8000000000000000");
    assert_eq!(n(255).to_str_radix(2, true), "11111111");
    assert_eq!(s("18446744073709551615").to_u64(), Some(u64::MAX));
    assert_eq!(s("18446744073709551615").to_i64(), None);
    // One past u64: overflowed, but still ordered by its sign.
    let big = s("18446744073709551616");
    assert_eq!(big.to_u64(), None);
    assert!(big > s("18446744073709551615"));
    assert!(s("-99999999999999999999999") < n(i64::MIN));
    assert_eq!(BigInt::parse("12x", 10), None);
    assert_eq!(
        BigInt::parse(" -0x_7f ", 0).and_then(|b| b.to_i64()),
        Some(-127)
    );
    assert_eq!(
        BigInt::from_literal_digits("7fffffffffffffff", 16).and_then(|b| b.to_i64()),
        Some(M)
    );
}

#[test]
fn arithmetic_overflows_cleanly() {
    assert_eq!(n(M).add(&n(1)).to_i64(), None);
    assert_eq!(n(M).add(&n(1)).to_u64(), Some(1 << 63));
    assert_eq!(n(i64::MIN).sub(&n(1)).to_i64(), None);
    assert_eq!(n(i64::MIN).neg().to_u64(), Some(1 << 63));
    assert_eq!(n(i64::MIN).abs().neg().to_i64(), Some(i64::MIN));
    assert_eq!(n(M).mul(&n(M)).to_i64(), None);
    assert!(n(M).mul(&n(M)).mul(&n(0)).is_zero());
    assert_eq!(n(1 << 62).mul(&n(-2)).to_i64(), Some(i64::MIN));
    // A chain through an intermediate beyond i64 is exact: (2^63 - 1 + 1) - 5.
    assert_eq!(n(M).add(&n(1)).sub(&n(5)).to_i64(), Some(M - 4));
    // Overflowed operands stay overflowed.
    let huge = n(M).mul(&n(M));
    assert_eq!(huge.sub(&huge).to_i64(), None);
}

#[test]
fn division_floors_as_python() {
    let d = |a: i64, b: i64| {
        let (q, r) = BigInt::divmod_floor(&n(a), &n(b)).unwrap_or_default();
        (q.to_i64(), r.to_i64())
    };
    assert_eq!(d(7, -2), (Some(-4), Some(-1)));
    assert_eq!(d(-7, 2), (Some(-4), Some(1)));
    assert_eq!(d(i64::MIN, -1), (None, Some(0)));
    assert_eq!(d(i64::MIN, 1), (Some(i64::MIN), Some(0)));
    assert_eq!(d(i64::MIN, M), (Some(-2), Some(M - 1)));
    assert_eq!(BigInt::divmod_floor(&n(1), &n(0)), None);
    // Dividing by a magnitude beyond 2^64 (a float's integer part, say) is exact.
    let huge = BigInt::from_f64(1e30).unwrap_or_default();
    let (q, r) = BigInt::divmod_floor(&n(-5), &huge).unwrap_or_default();
    assert_eq!(q.to_i64(), Some(-1));
    assert_eq!(r.to_i64(), None);
    assert_eq!(
        BigInt::floordiv(&n(5), &huge).and_then(|q| q.to_i64()),
        Some(0)
    );
}

#[test]
fn powers() {
    let p = |b: i64, e: u64| n(b).pow(e).and_then(|r| r.to_i64());
    assert_eq!(p(3, 39), Some(4_052_555_153_018_976_267));
    assert_eq!(p(3, 40), None);
    assert_eq!(p(-2, 63), Some(i64::MIN));
    assert_eq!(p(2, 63), None);
    assert_eq!(p(2, u64::MAX), None);
    assert_eq!(p(-1, u64::MAX), Some(-1));
    assert_eq!(p(0, 0), Some(1));
    let pm = |b: i64, e: i64, m: i64| {
        BigInt::pow_mod(&n(b), &n(e), &n(m))
            .ok()
            .and_then(|r| r.to_i64())
    };
    assert_eq!(pm(M, M, M - 24), Some(86_762_353_606_963_200));
    assert_eq!(pm(3, -1, (1 << 62) + 1), Some(1_537_228_672_809_129_302));
    assert_eq!(pm(-7, 5, -1000), Some(-807));
    assert_eq!(pm(M, -1, M - 24), Some(6_533_221_859_438_799_513));
    assert_eq!(pm(5, -1, 1), Some(0));
    assert_eq!(
        BigInt::pow_mod(&n(2), &n(-1), &n(4)),
        Err(PowModError::NotInvertible)
    );
    assert_eq!(
        BigInt::pow_mod(&n(2), &n(1), &n(0)),
        Err(PowModError::ZeroModulus)
    );
}

#[test]
fn bits_and_shifts() {
    assert_eq!(n(-1).shr(100).to_i64(), Some(-1));
    assert_eq!(n(-5).shr(1).to_i64(), Some(-3));
    assert_eq!(n(i64::MIN).shr(63).to_i64(), Some(-1));
    assert_eq!(n(-1).shl(63).and_then(|r| r.to_i64()), Some(i64::MIN));
    assert_eq!(n(1).shl(63).and_then(|r| r.to_i64()), None);
    assert_eq!(n(1).shl(64).and_then(|r| r.to_u64()), None);
    assert_eq!(n(M).and(&n(-2)).to_i64(), Some(M - 1));
    assert_eq!(n(M).xor(&n(i64::MIN)).to_i64(), Some(-1));
    assert_eq!(n(-6).or(&n(3)).to_i64(), Some(-5));
    assert_eq!(n(M).not().to_i64(), Some(i64::MIN));
    assert_eq!(n(i64::MIN).bit_length(), 64);
}

#[test]
fn floats() {
    let div = |a: i64, b: i64| BigInt::true_div(&n(a), &n(b));
    assert_eq!(div(M, 7), Ok(1.317_624_576_693_539_3e18));
    assert_eq!(div(M - 12345, (1 << 60) + 3), Ok(7.999_999_999_999_989));
    assert_eq!(div(-M, 3), Ok(-3.074_457_345_618_258_4e18));
    assert_eq!(div(1, M), Ok(1.084_202_172_485_504_4e-19));
    assert_eq!(div(0, -M), Ok(-0.0));
    assert_eq!(div(1, 0), Err(DivError::ZeroDivision));
    assert_eq!(
        BigInt::true_div(&BigInt::from_u64(u64::MAX), &n(3)),
        Ok(6.148_914_691_236_517e18)
    );
    assert_eq!(n(M).to_f64(), Some(9.223_372_036_854_776e18));
    assert_eq!(
        BigInt::from_f64(-9.223_372_036_854_776e18).and_then(|b| b.to_i64()),
        Some(i64::MIN)
    );
    assert_eq!(BigInt::from_f64(-2.9).and_then(|b| b.to_i64()), Some(-2));
    assert_eq!(BigInt::from_f64(f64::NAN), None);
    assert!(BigInt::from_f64(-1e300).unwrap_or_default() < n(i64::MIN));
}

#[test]
fn hashes_and_bytes_as_cpython() {
    assert_eq!(n(i64::MIN).hash_py(), -4);
    assert_eq!(n(1 << 61).hash_py(), 1);
    assert_eq!(n(-(1 << 61) + 1).hash_py(), 0);
    assert_eq!(n(M).hash_py(), 3);
    assert_eq!(n(-1).hash_py(), -2);
    assert_eq!(BigInt::from_u64(u64::MAX).hash_py(), 7);
    assert_eq!(
        n(i64::MIN).to_bytes(9, false, true),
        Ok(alloc::vec![0, 0, 0, 0, 0, 0, 0, 0x80, 0xff])
    );
    assert_eq!(
        n(i64::MIN).to_bytes(8, true, false),
        Err(ToBytesError::NegativeUnsigned)
    );
    assert_eq!(n(128).to_bytes(1, true, true), Err(ToBytesError::TooBig));
    assert_eq!(n(-1).to_bytes(0, true, true), Ok(alloc::vec![]));
    let fb = |b: &[u8], signed: bool| BigInt::from_bytes(b, true, signed);
    let mut long = alloc::vec![0u8; 20];
    long.push(1);
    assert_eq!(fb(&long, false).to_i64(), Some(1));
    assert_eq!(fb(&[0xff; 12], true).to_i64(), Some(-1));
    assert_eq!(fb(&[0xff; 9], false).to_i64(), None);
    let mut b = alloc::vec![0xff, 0x7f];
    b.extend([0xff; 7]);
    // -2^63 - 1: beyond i64, yet its magnitude fits in 64 bits.
    assert_eq!(fb(&b, true).neg().to_u64(), Some((1 << 63) + 1));
    assert_eq!(
        fb(&[0x80, 0, 0, 0, 0, 0, 0, 0], true).to_i64(),
        Some(i64::MIN)
    );
    assert_eq!(fb(&[0xff, 0, 0, 0, 0, 0, 0, 0, 0], true).to_i64(), None);
    assert_eq!(fb(&[], true).to_i64(), Some(0));
}

#[test]
fn gcd_and_isqrt() {
    assert_eq!(gcd(&n(i64::MIN), &n(6)).to_i64(), Some(2));
    assert_eq!(gcd(&n(0), &n(0)).to_i64(), Some(0));
    assert_eq!(isqrt(&n(M)).and_then(|r| r.to_i64()), Some(3_037_000_499));
    assert_eq!(
        isqrt(&BigInt::from_u64(u64::MAX)).and_then(|r| r.to_i64()),
        Some(4_294_967_295)
    );
    assert_eq!(isqrt(&n(-1)), None);
}
