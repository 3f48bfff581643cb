// SPDX-License-Identifier: MIT
//! Correctly rounded (in all but astronomically rare cases) `exp`, `log`, `log2`, `log10`,
//! `sin`, `cos` and `tan`, computed in double-double arithmetic (about 104 bits) and rounded
//! once. CPython prints the C library's results, and glibc's are correctly rounded for these
//! functions, so this is what makes `math.exp(1)` print `2.718281828459045` on every target.
//! The `libm` crate (musl's older code) is off by one ulp for a few percent of arguments.
//! Used by `float_math`'s `math_*` wrappers; arguments outside the ranges handled here (huge
//! trigonometric arguments) fall back to `libm`.
#![forbid(unsafe_code)]

use libm::fma;

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy, Debug)]
struct Dd {
    hi: f64,
    lo: f64,
}

const fn dd(hi: f64) -> Dd {
    Dd { hi, lo: 0.0 }
}

fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd {
        hi: s,
        lo: (a - (s - bb)) + (b - bb),
    }
}

/// `a + b` exactly, for `|a| >= |b|` (or `a == 0`).
fn fast_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}

fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    Dd {
        hi: p,
        lo: fma(a, b, -p),
    }
}

fn add(x: Dd, y: Dd) -> Dd {
    let s = two_sum(x.hi, y.hi);
    let t = two_sum(x.lo, y.lo);
    let r = fast_two_sum(s.hi, s.lo + t.hi);
    fast_two_sum(r.hi, r.lo + t.lo)
}

fn neg(x: Dd) -> Dd {
    Dd {
        hi: -x.hi,
        lo: -x.lo,
    }
}

fn sub(x: Dd, y: Dd) -> Dd {
    add(x, neg(y))
}

fn mul(x: Dd, y: Dd) -> Dd {
    let p = two_prod(x.hi, y.hi);
    fast_two_sum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi))
}

fn mul_f(x: Dd, f: f64) -> Dd {
    let p = two_prod(x.hi, f);
    fast_two_sum(p.hi, p.lo + x.lo * f)
}

fn div(x: Dd, y: Dd) -> Dd {
    let q1 = x.hi / y.hi;
    let r = sub(x, mul_f(y, q1));
    let q2 = r.hi / y.hi;
    let r = sub(r, mul_f(y, q2));
    let q3 = r.hi / y.hi;
    add(fast_two_sum(q1, q2), dd(q3))
}

fn div_f(x: Dd, f: f64) -> Dd {
    let q1 = x.hi / f;
    let p = two_prod(q1, f);
    let r = ((x.hi - p.hi) - p.lo + x.lo) / f;
    fast_two_sum(q1, r)
}

/// `ln 2` to about 160 bits.
const LN2: [f64; 3] = [
    f64::from_bits(0x3fe6_2e42_fefa_39ef),
    f64::from_bits(0x3c7a_bc9e_3b39_803f),
    f64::from_bits(0x3907_b57a_079a_1934),
];
/// `ln 10` to about 107 bits.
const LN10: Dd = Dd {
    hi: f64::from_bits(0x4002_6bb1_bbb5_5516),
    lo: f64::from_bits(0xbcaf_48ad_494e_a3e9),
};
/// `pi / 2` to about 210 bits.
const PIO2: [f64; 4] = [
    f64::from_bits(0x3ff9_21fb_5444_2d18),
    f64::from_bits(0x3c91_a626_3314_5c07),
    f64::from_bits(0xb91f_1976_b7ed_8fbc),
    f64::from_bits(0x35b4_cf98_e804_177d),
];

/// Stop a series once a term is below this fraction of the sum.
const TINY: f64 = 1e-34;

/// `k * c` for a three-or-more-part constant, as a double-double (each part product exact).
fn scaled(k: f64, c: &[f64]) -> Dd {
    let mut acc = dd(0.0);
    for &p in c.iter().rev() {
        acc = add(acc, two_prod(k, p));
    }
    acc
}

/// `exp(x)`. Overflow gives infinity and underflow zero (the caller reports range errors).
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1e-300 {
        return 1.0 + x;
    }
    exp_dd(dd(x))
}

/// `exp(x)` of a double-double argument, rounded once.
fn exp_dd(x: Dd) -> f64 {
    if x.hi > 709.8 {
        return f64::INFINITY;
    }
    if x.hi < -745.2 {
        return 0.0;
    }
    // x = k ln2 + r, |r| <= ln2 / 2; exp(r) by Taylor on r / 256, then squared 8 times.
    let k = libm::round(x.hi / LN2[0]);
    let r = sub(x, scaled(k, &LN2));
    let r = Dd {
        hi: r.hi / 256.0,
        lo: r.lo / 256.0,
    };
    let mut sum = dd(1.0);
    let mut term = dd(1.0);
    for n in 1..20 {
        term = div_f(mul(term, r), n as f64);
        sum = add(sum, term);
        if term.hi.abs() < TINY {
            break;
        }
    }
    for _ in 0..8 {
        sum = mul(sum, sum);
    }
    let k = k as i32;
    if k < -1020 {
        return round_subnormal(sum, k);
    }
    libm::ldexp(sum.hi, k) + libm::ldexp(sum.lo, k)
}

/// `x ** y` for finite `x > 0` and finite `y`, as `exp(y ln x)` in double-double.
pub fn pow(x: f64, y: f64) -> f64 {
    if x == 1.0 || y == 0.0 {
        return 1.0;
    }
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return libm::pow(x, y);
    }
    exp_dd(mul_f(log_dd(x), y))
}

/// `2**k * v` for a result in or near the subnormal range, rounded once: `v` is scaled
/// exactly to units of the smallest subnormal, rounded to an integer (ties to even, the low
/// part deciding), then scaled back exactly.
fn round_subnormal(v: Dd, k: i32) -> f64 {
    let shift = k + 1074;
    if shift < 0 {
        return libm::ldexp(v.hi + v.lo, k);
    }
    let (h, l) = (libm::ldexp(v.hi, shift), libm::ldexp(v.lo, shift));
    let mut n = libm::rint(h);
    let d = (h - n) + l;
    let odd = libm::fmod(n, 2.0) != 0.0;
    if d > 0.5 || (d == 0.5 && odd) {
        n += 1.0;
    } else if d < -0.5 || (d == -0.5 && odd) {
        n -= 1.0;
    }
    libm::ldexp(n, -1074)
}

/// `ln(x)` as a double-double, for finite `x > 0`.
fn log_dd(x: f64) -> Dd {
    let (mut m, mut e) = libm::frexp(x);
    if m < core::f64::consts::FRAC_1_SQRT_2 {
        m *= 2.0;
        e -= 1;
    }
    // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172.
    let s = div(dd(m - 1.0), two_sum(m, 1.0));
    let s2 = mul(s, s);
    let mut term = s;
    let mut sum = s;
    for k in 1..40 {
        term = mul(term, s2);
        let t = div_f(term, (2 * k + 1) as f64);
        sum = add(sum, t);
        if t.hi.abs() < TINY * sum.hi.abs() {
            break;
        }
    }
    add(scaled(e as f64, &LN2), mul_f(sum, 2.0))
}

/// Natural log for finite `x > 0` (the caller handles the domain).
pub fn log(x: f64) -> f64 {
    let r = log_dd(x);
    r.hi + r.lo
}

/// `log2(x)` for finite `x > 0`.
pub fn log2(x: f64) -> f64 {
    let r = div(log_dd(x), scaled(1.0, &LN2));
    r.hi + r.lo
}

/// `log10(x)` for finite `x > 0`.
pub fn log10(x: f64) -> f64 {
    let r = div(log_dd(x), LN10);
    r.hi + r.lo
}

/// Largest argument reduced here; beyond it `libm`'s full reduction is used.
const TRIG_LIMIT: f64 = 1e6;

/// `x = k pi/2 + r`: (k mod 4, r).
fn reduce(x: f64) -> (i64, Dd) {
    let k = libm::round(x / PIO2[0]);
    let r = sub(dd(x), scaled(k, &PIO2));
    ((k as i64).rem_euclid(4), r)
}

/// (sin r, cos r) for |r| <= pi/4 + a little.
fn sin_cos_dd(r: Dd) -> (Dd, Dd) {
    let r2 = mul(r, r);
    let (mut s, mut ts) = (r, r);
    let (mut c, mut tc) = (dd(1.0), dd(1.0));
    for n in 1..20 {
        let n = n as f64;
        ts = neg(div_f(mul(ts, r2), (2.0 * n) * (2.0 * n + 1.0)));
        tc = neg(div_f(mul(tc, r2), (2.0 * n - 1.0) * (2.0 * n)));
        s = add(s, ts);
        c = add(c, tc);
        if tc.hi.abs() < TINY && ts.hi.abs() < TINY * s.hi.abs() {
            break;
        }
    }
    (s, c)
}

/// (sin x, cos x) of a finite `x` within `TRIG_LIMIT`, by quadrant.
fn sin_cos(x: f64) -> (Dd, Dd) {
    let (q, r) = reduce(x);
    let (s, c) = sin_cos_dd(r);
    match q {
        0 => (s, c),
        1 => (c, neg(s)),
        2 => (neg(s), neg(c)),
        _ => (neg(c), s),
    }
}

/// `sin(x)`.
pub fn sin(x: f64) -> f64 {
    if !x.is_finite() || x.abs() > TRIG_LIMIT {
        return libm::sin(x);
    }
    if x.abs() < 1e-8 {
        return libm::sin(x);
    }
    let (s, _) = sin_cos(x);
    s.hi + s.lo
}

/// `cos(x)`.
pub fn cos(x: f64) -> f64 {
    if !x.is_finite() || x.abs() > TRIG_LIMIT {
        return libm::cos(x);
    }
    let (_, c) = sin_cos(x);
    c.hi + c.lo
}

/// `tan(x)`.
pub fn tan(x: f64) -> f64 {
    if !x.is_finite() || x.abs() > TRIG_LIMIT {
        return libm::tan(x);
    }
    if x.abs() < 1e-8 {
        return libm::tan(x);
    }
    let (s, c) = sin_cos(x);
    let t = div(s, c);
    t.hi + t.lo
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(exp(1.0), core::f64::consts::E);
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(-1.0), 0.36787944117144233);
        assert_eq!(log(10.0), core::f64::consts::LN_10);
        assert_eq!(log2(1024.0), 10.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(log10(1e-300), -300.0);
        assert_eq!(sin(1.0), 0.8414709848078965);
        assert_eq!(cos(1.0), 0.5403023058681398);
        assert_eq!(tan(1.0), 1.5574077246549023);
        assert_eq!(exp(709.0), 8.218407461554972e307);
        assert_eq!(exp(-745.0), 5e-324);
    }
}
