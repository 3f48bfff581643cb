// SPDX-License-Identifier: MIT
//! Tests for [`BigInt`]: fixed cases whose expected values were computed with CPython 3.11, and a
//! randomized differential test that asks `python3` about thousands of operand pairs at once.

use super::*;
use crate::objects::bigint_ops::{DivError, ToBytesError};
use crate::objects::test_oracle::{run_python, scale, Rng};
use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, vec};

fn n(s: &str) -> BigInt {
    BigInt::parse(s, 10).expect("test literal")
}

#[test]
fn small_conversions() {
    assert_eq!(BigInt::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
    assert_eq!(BigInt::from_i64(i64::MAX).to_i64(), Some(i64::MAX));
    assert_eq!(BigInt::from_u64(1 << 63).to_i64(), None);
    assert_eq!(BigInt::from_i64(-1).to_i32(), Some(-1));
    assert_eq!(BigInt::from_i64(1 << 40).to_i32(), None);
    assert!(BigInt::from_i64(0).digits().is_empty());
    assert_eq!(BigInt::from_digits(true, vec![0, 0]), BigInt::zero());
    assert_eq!(BigInt::from_i64(-5).sign(), -1);
    assert_eq!(BigInt::from_u64(u64::MAX).bit_length(), 64);
    assert_eq!(BigInt::from_u64(u64::MAX).to_u64(), Some(u64::MAX));
    assert_eq!(BigInt::from(-1i64).to_u64(), None);
    assert_eq!(BigInt::from(7u64), BigInt::from_i64(7));
}

#[test]
fn arithmetic_fixed() {
    let a = n("123456789012345678901234567890");
    let b = n("-987654321098765432109876543");
    assert_eq!(
        a.mul(&b),
        n("-121932631137021795226185032707696997639644871231852004270")
    );
    let (q, r) = BigInt::divmod_floor(&a, &b).unwrap();
    assert_eq!((q, r), (n("-125"), n("-1125000000112499999985")));
    assert_eq!(BigInt::floordiv(&a, &b.neg()).unwrap(), n("124"));
    assert_eq!(
        BigInt::modulo(&a, &b.neg()).unwrap(),
        n("987653196098765319609876558")
    );
    assert_eq!(BigInt::divmod_floor(&a, &BigInt::zero()), None);
    assert_eq!(
        BigInt::from_u64(2).pow(200).unwrap().to_string(),
        "1606938044258990275541962092341162602522202993782792835301376"
    );
    assert_eq!(BigInt::from_u64(2).pow(1 << 40), None);
    assert_eq!(BigInt::from_i64(-1).pow(1 << 40), Some(BigInt::one()));
}

#[test]
fn pow_mod_fixed() {
    let i = BigInt::from_i64;
    assert_eq!(BigInt::pow_mod(&i(3), &i(-1), &i(7)), Ok(i(5)));
    assert_eq!(BigInt::pow_mod(&i(3), &i(5), &i(-7)), Ok(i(-2)));
    assert_eq!(
        BigInt::pow_mod(&i(2), &n("100000000000000000000"), &i(1_000_000_007)),
        Ok(i(855473248))
    );
    assert_eq!(BigInt::pow_mod(&i(-2), &i(3), &i(5)), Ok(i(2)));
    assert_eq!(
        BigInt::pow_mod(&i(2), &i(-1), &i(4)),
        Err(PowModError::NotInvertible)
    );
    assert_eq!(
        BigInt::pow_mod(&i(2), &i(1), &i(0)),
        Err(PowModError::ZeroModulus)
    );
    assert_eq!(BigInt::pow_mod(&i(0), &i(-1), &i(1)), Ok(i(0)));
}

#[test]
fn bitwise_and_shifts_fixed() {
    let i = BigInt::from_i64;
    assert_eq!(i(-12345).and(&i(0xff0f)), i(52999));
    assert_eq!(i(-5).or(&i(3)), i(-5));
    assert_eq!(i(-5).xor(&i(-3)), i(6));
    assert_eq!(i(-1).shr(100), i(-1));
    assert_eq!(i(-7).shr(1), i(-4));
    assert_eq!(i(7).shr(1), i(3));
    assert_eq!(i(5).not(), i(-6));
    assert_eq!(i(1).shl(1 << 40), None);
    assert_eq!(i(0).shl(1 << 40), Some(i(0)));
    assert_eq!(i(-3).shl(100).unwrap().shr(100), i(-3));
}

#[test]
fn text_fixed() {
    assert_eq!(BigInt::from_i64(0).to_str_radix(10, true), "0");
    assert_eq!(
        n("-79228162514264337593543950335").to_str_radix(16, true),
        "-ffffffffffffffffffffffff"
    );
    assert_eq!(BigInt::from_i64(-255).to_str_radix(16, false), "-FF");
    assert_eq!(BigInt::from_i64(35).to_str_radix(36, true), "z");
    assert_eq!(BigInt::from_i64(1_000_000_000).to_string(), "1000000000");
    let p = BigInt::from_u64(2).pow(10000).unwrap().to_string();
    assert_eq!(p.len(), 3011);
    assert!(p.starts_with("19950631168807583848837421626835850838234968318861924548520089"));
    let ok = [
        (" -12_345 ", 10, "-12345"),
        ("0x_1F", 0, "31"),
        ("0X1f", 16, "31"),
        ("1f", 16, "31"),
        ("0b1", 16, "177"),
        ("0o17", 0, "15"),
        ("0b101", 2, "5"),
        ("00", 0, "0"),
        ("0_0", 0, "0"),
        ("012", 10, "12"),
        ("z", 36, "35"),
        ("+7", 0, "7"),
        ("\t\n 42\u{a0}", 10, "42"),
    ];
    for (s, base, want) in ok {
        assert_eq!(
            BigInt::parse(s, base).map(|v| v.to_string()),
            Some(want.to_string()),
            "{s:?}"
        );
    }
    let bad = [
        ("", 10),
        ("  ", 10),
        ("012", 0),
        ("1__0", 10),
        ("_1", 10),
        ("1_", 10),
        ("0x", 16),
        ("0x_", 0),
        ("0x__1", 0),
        ("- 5", 10),
        ("--5", 10),
        ("12", 2),
        ("0b2", 0),
        ("0o8", 8),
        ("1", 1),
        ("1", 37),
        ("0x10", 10),
    ];
    for (s, base) in bad {
        assert_eq!(BigInt::parse(s, base), None, "{s:?} base {base}");
    }
    assert_eq!(
        BigInt::from_literal_digits("777", 8),
        Some(BigInt::from_i64(511))
    );
    assert_eq!(BigInt::from_literal_digits("78", 8), None);
    assert_eq!(BigInt::from_literal_digits("", 10), None);
}

#[test]
fn float_fixed() {
    let two = BigInt::from_u64(2);
    let p = |e| two.pow(e).unwrap();
    assert_eq!(p(1024).sub(&p(971)).to_f64(), Some(1.7976931348623157e308));
    assert_eq!(p(1024).sub(&p(970)).to_f64(), None);
    assert_eq!(p(53).add(&BigInt::one()).to_f64(), Some(9007199254740992.0));
    assert_eq!(
        p(53).add(&BigInt::from_u64(3)).to_f64(),
        Some(9007199254740996.0)
    );
    let t = |a: &BigInt, b: &BigInt| BigInt::true_div(a, b);
    let one = BigInt::one();
    assert_eq!(t(&one, &BigInt::from_u64(3)), Ok(1.0 / 3.0));
    assert_eq!(
        t(
            &BigInt::from_u64(10).pow(400).unwrap(),
            &BigInt::from_u64(10).pow(399).unwrap()
        ),
        Ok(10.0)
    );
    assert_eq!(t(&p(1100).add(&one), &p(1100)), Ok(1.0));
    assert_eq!(t(&one, &p(1075)), Ok(0.0));
    assert_eq!(t(&BigInt::from_u64(3), &p(1075)), Ok(1e-323));
    assert_eq!(t(&one, &p(1074)), Ok(5e-324));
    assert_eq!(t(&one, &BigInt::zero()), Err(DivError::ZeroDivision));
    assert_eq!(t(&p(2000), &one), Err(DivError::Overflow));
    let z = t(&BigInt::zero(), &BigInt::from_i64(-5)).unwrap();
    assert!(z == 0.0 && z.is_sign_negative());
    assert_eq!(BigInt::from_f64(-3.9), Some(BigInt::from_i64(-3)));
    assert_eq!(BigInt::from_f64(1e20), Some(n("100000000000000000000")));
    assert_eq!(BigInt::from_f64(f64::NAN), None);
    assert_eq!(BigInt::from_f64(5e-324), Some(BigInt::zero()));
}

#[test]
fn hash_bytes_misc_fixed() {
    let two = BigInt::from_u64(2);
    assert_eq!(two.pow(100).unwrap().hash_py(), 549755813888);
    assert_eq!(two.pow(61).unwrap().sub(&BigInt::one()).neg().hash_py(), 0);
    assert_eq!(BigInt::from_i64(-1).hash_py(), -2);
    assert_eq!(two.pow(61).unwrap().neg().hash_py(), -2);
    assert_eq!(
        BigInt::from_i64(-129).to_bytes(2, true, true),
        Ok(vec![0xff, 0x7f])
    );
    assert_eq!(
        BigInt::from_i64(255).to_bytes(1, false, false),
        Ok(vec![0xff])
    );
    assert_eq!(
        BigInt::from_i64(255).to_bytes(1, false, true),
        Err(ToBytesError::TooBig)
    );
    assert_eq!(
        BigInt::from_i64(-128).to_bytes(1, false, true),
        Ok(vec![0x80])
    );
    assert_eq!(
        BigInt::from_i64(-1).to_bytes(1, false, false),
        Err(ToBytesError::NegativeUnsigned)
    );
    assert_eq!(BigInt::from_i64(0).to_bytes(0, false, false), Ok(vec![]));
    assert_eq!(BigInt::from_i64(-1).to_bytes(0, false, true), Ok(vec![]));
    assert_eq!(
        BigInt::from_i64(-2).to_bytes(0, false, true),
        Err(ToBytesError::TooBig)
    );
    assert_eq!(
        BigInt::from_bytes(&[0xff, 0x7f], false, true),
        BigInt::from_i64(32767)
    );
    assert_eq!(
        BigInt::from_bytes(&[0xff, 0x7f], true, true),
        BigInt::from_i64(-129)
    );
    assert_eq!(BigInt::from_bytes(&[], true, true), BigInt::zero());
    assert_eq!(
        isqrt(&n("10000000000000000000000000000000000012345")),
        Some(n("100000000000000000000"))
    );
    assert_eq!(
        isqrt(&BigInt::from_u64(u64::MAX)),
        Some(BigInt::from_u64(4294967295))
    );
    assert_eq!(isqrt(&BigInt::from_i64(-1)), None);
    assert_eq!(
        gcd(&BigInt::from_i64(-12), &BigInt::from_i64(18)),
        BigInt::from_i64(6)
    );
    assert_eq!(gcd(&BigInt::zero(), &BigInt::zero()), BigInt::zero());
}

/// A random operand: a mix of sizes (including Karatsuba-sized) and of digit patterns that
/// stress carries (all ones, powers of two).
fn random_bigint(rng: &mut Rng) -> BigInt {
    let len = [0, 1, 1, 2, 2, 3, 4, 7, 33, 70][rng.below(10) as usize];
    let style = rng.below(6);
    let mut digits: Vec<u32> = (0..len)
        .map(|_| match style {
            0 => u32::MAX,
            1 => 0,
            _ => rng.next_u64() as u32,
        })
        .collect();
    if style == 1 || digits.is_empty() {
        digits.push(1 << rng.below(32));
    }
    if rng.below(3) == 0 {
        let cut = rng.below(32) as u32;
        if let Some(top) = digits.last_mut() {
            *top = (*top >> cut).max(1);
        }
    }
    BigInt::from_digits(rng.below(2) == 0, digits)
}

const ORACLE: &str = r#"
import sys, struct, math
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
out = []
for line in open(sys.argv[1]):
    a, b, k = line.split()
    a, b, k = int(a), int(b), int(k)
    r = [a + b, a - b, a * b]
    if b: r += [a // b, a % b]
    else: r += ['Z', 'Z']
    r += [a & b, a | b, a ^ b, ~a, a << k, a >> k, hex(a), oct(b), bin(k ^ a), hash(a), hash(b)]
    try: r.append(bits(float(a)))
    except OverflowError: r.append('O')
    try: r.append(bits(a / b))
    except OverflowError: r.append('O')
    except ZeroDivisionError: r.append('Z')
    try: r.append(pow(a, k % 50 - 5, b))
    except ValueError: r.append('V')
    r.append(math.gcd(a, b))
    r.append(math.isqrt(abs(a)))
    try: r.append(a.to_bytes(k % 20, 'big', signed=True).hex())
    except OverflowError: r.append('O')
    out.append(' '.join(map(str, r)))
print('\n'.join(out))
"#;

fn rust_side(a: &BigInt, b: &BigInt, k: u64) -> String {
    let mut r: Vec<String> = vec![
        a.add(b).to_string(),
        a.sub(b).to_string(),
        a.mul(b).to_string(),
    ];
    match BigInt::divmod_floor(a, b) {
        Some((q, m)) => r.extend([q.to_string(), m.to_string()]),
        None => r.extend(["Z".to_string(), "Z".to_string()]),
    }
    let prefixed = |x: &BigInt, radix: u32, p: &str| {
        let s = x.abs().to_str_radix(radix, true);
        format!("{}{p}{s}", if x.is_negative() { "-" } else { "" })
    };
    let kb = BigInt::from_u64(k);
    r.extend([
        a.and(b).to_string(),
        a.or(b).to_string(),
        a.xor(b).to_string(),
        a.not().to_string(),
        a.shl(k).map_or("None".to_string(), |v| v.to_string()),
        a.shr(k).to_string(),
        prefixed(a, 16, "0x"),
        prefixed(b, 8, "0o"),
        prefixed(&kb.xor(a), 2, "0b"),
        a.hash_py().to_string(),
        b.hash_py().to_string(),
    ]);
    r.push(
        a.to_f64()
            .map_or("O".to_string(), |f| f.to_bits().to_string()),
    );
    r.push(match BigInt::true_div(a, b) {
        Ok(f) => f.to_bits().to_string(),
        Err(DivError::Overflow) => "O".to_string(),
        Err(DivError::ZeroDivision) => "Z".to_string(),
    });
    let e = BigInt::from_i64((k % 50) as i64 - 5);
    r.push(BigInt::pow_mod(a, &e, b).map_or("V".to_string(), |v| v.to_string()));
    r.push(gcd(a, b).to_string());
    r.push(isqrt(&a.abs()).map_or("?".to_string(), |v| v.to_string()));
    r.push(match a.to_bytes((k % 20) as usize, true, true) {
        Ok(bytes) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
        Err(_) => "O".to_string(),
    });
    r.join(" ")
}

#[test]
fn differential_against_cpython() {
    let mut rng = Rng(0x5eed_1234_abcd_0001 ^ (scale() as u64 - 1));
    let mut cases = Vec::new();
    let mut input = String::new();
    for _ in 0..1500 * scale() {
        let a = random_bigint(&mut rng);
        let b = random_bigint(&mut rng);
        let k = rng.below(200);
        input.push_str(&format!("{a} {b} {k}\n"));
        cases.push((a, b, k));
    }
    let Some(expected) = run_python("bigint", ORACLE, &input) else {
        return;
    };
    assert_eq!(expected.len(), cases.len());
    for ((a, b, k), want) in cases.iter().zip(&expected) {
        let got = rust_side(a, b, *k);
        if &got != want {
            let (g, w): (Vec<_>, Vec<_>) = (got.split(' ').collect(), want.split(' ').collect());
            let field = g.iter().zip(&w).position(|(x, y)| x != y);
            panic!("a={a} b={b} k={k}: field {field:?}\n got {got}\nwant {want}");
        }
    }
}

const PARSE_ORACLE: &str = r#"
import sys
out = []
for line in open(sys.argv[1]):
    base, s, hexbytes = line.rstrip('\n').split('|')
    try: out.append(str(int(s, int(base))))
    except ValueError: out.append('V')
    b = bytes.fromhex(hexbytes)
    out[-1] += ' %d %d' % (int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'little'))
print('\n'.join(out))
"#;

#[test]
fn parse_and_from_bytes_against_cpython() {
    let mut rng = Rng(0x0123_4567_89ab_cdef ^ (scale() as u64 - 1));
    let alphabet = b" 0123456789abcdefzxobXOB__+-";
    let bases = [0, 0, 2, 8, 10, 10, 16, 36];
    let mut cases = Vec::new();
    let mut input = String::new();
    for _ in 0..4000 * scale() {
        let base = bases[rng.below(bases.len() as u64) as usize];
        let len = rng.below(12) as usize;
        let s: String = (0..len)
            .map(|_| char::from(alphabet[rng.below(alphabet.len() as u64) as usize]))
            .collect();
        let bytes: Vec<u8> = (0..rng.below(14)).map(|_| rng.next_u64() as u8).collect();
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        input.push_str(&format!("{base}|{s}|{hex}\n"));
        cases.push((base, s, bytes));
    }
    let Some(expected) = run_python("bigint-parse", PARSE_ORACLE, &input) else {
        return;
    };
    assert_eq!(expected.len(), cases.len());
    for ((base, s, bytes), want) in cases.iter().zip(&expected) {
        let got = format!(
            "{} {} {}",
            BigInt::parse(s, *base).map_or("V".to_string(), |v| v.to_string()),
            BigInt::from_bytes(bytes, true, true),
            BigInt::from_bytes(bytes, false, false)
        );
        assert_eq!(&got, want, "int({s:?}, {base}) / from_bytes({bytes:?})");
    }
}

const BIG_ORACLE: &str = r#"
a = 3**20000 * 7**15000 + 1
b = 11**9000 - 5
q, r = divmod(a, b)
print(str(a * b)[-200:], str(q)[:200], str(r)[-200:], len(str(a)), hex(a)[-50:], hash(a), a.bit_length())
print(q * b + r == a, pow(a, 3, b) % 1000003)
"#;

#[test]
fn big_operands_against_cpython() {
    let p = |base: u64, e: u64| BigInt::from_u64(base).pow(e).unwrap();
    let a = p(3, 20000).mul(&p(7, 15000)).add(&BigInt::one());
    let b = p(11, 9000).sub(&BigInt::from_u64(5));
    let (q, r) = BigInt::divmod_floor(&a, &b).unwrap();
    let tail = |s: String, n: usize| s[s.len() - n..].to_string();
    let sa = a.to_string();
    let pm = BigInt::modulo(
        &BigInt::pow_mod(&a, &BigInt::from_u64(3), &b).unwrap(),
        &BigInt::from_u64(1000003),
    )
    .unwrap();
    let got = [
        format!(
            "{} {} {} {} {} {} {}",
            tail(a.mul(&b).to_string(), 200),
            &q.to_string()[..200],
            tail(r.to_string(), 200),
            sa.len(),
            tail(a.to_str_radix(16, true), 50),
            a.hash_py(),
            a.bit_length()
        ),
        format!(
            "{} {pm}",
            if q.mul(&b).add(&r) == a {
                "True"
            } else {
                "False"
            }
        ),
    ];
    let Some(expected) = run_python("bigint-big", BIG_ORACLE, "") else {
        return;
    };
    assert_eq!(expected, got);
}
