// SPDX-License-Identifier: MIT
//! Correctly rounded (in all but astronomically rare cases) `exp`, `log`, `log2`, `sin`, `cos`,
//! `tan`, `atan`, `asin`, `acos`, `atan2`, `hypot` and `pow`, computed in double-double arithmetic
//! (about 104 bits) and rounded once. CPython prints the C library's results; glibc's are
//! within about half an ulp, so these agree with CPython on Linux except for about one argument
//! in a thousand (where glibc is the one off), and `math.exp(1)` prints `2.718281828459045` on
//! every target. The `libm` crate (musl's older code) is off by one ulp for a few percent of
//! arguments. `log10`, `sinh`, `cosh`, `tanh`, `asinh` and `acosh` use fdlibm's formulas (as
//! glibc does) over these kernels. Used by `float_math`'s `math_*` wrappers; arguments outside
//! the ranges handled here (huge trigonometric arguments) fall back to `libm`.
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
    let (m, k) = exp_parts(x);
    scale(m, k)
}

/// `exp(x) = m * 2**k` with `m` a double-double near 1, for `|x| < 1100` or so.
fn exp_parts(x: Dd) -> (Dd, i32) {
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
    (sum, k as i32)
}

/// `m * 2**k` rounded once (to a subnormal when it is that small).
fn scale(m: Dd, k: i32) -> f64 {
    if k < -1020 {
        return round_subnormal(m, k);
    }
    libm::ldexp(m.hi, k) + libm::ldexp(m.lo, k)
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

/// `log10(x)` for finite `x > 0`, by fdlibm's formula (which glibc uses, so results match
/// CPython's on Linux) over the correctly rounded `log`.
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = f64::from_bits(0x3FDB_CB7B_1526_E50E);
    const LOG10_2HI: f64 = f64::from_bits(0x3FD3_4413_509F_6000);
    const LOG10_2LO: f64 = f64::from_bits(0x3D59_FEF3_11F1_2B36);
    let mut x = x;
    let mut k: i32 = 0;
    if x < f64::MIN_POSITIVE {
        k -= 54;
        x *= 18_014_398_509_481_984.0; // 2**54
    }
    let bits = x.to_bits();
    let hx = (bits >> 32) as u32;
    k += ((hx >> 20) as i32) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = (k + i as i32) as f64;
    let x = f64::from_bits(((hx as u64) << 32) | (bits & 0xffff_ffff));
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
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

// ---- inverse trigonometric functions (correctly rounded, as glibc's) ----

/// `sqrt(x)` for a double-double `x >= 0`.
fn sqrt_dd(x: Dd) -> Dd {
    if x.hi <= 0.0 {
        return dd(0.0);
    }
    let s = libm::sqrt(x.hi);
    let e = sub(x, two_prod(s, s));
    fast_two_sum(s, e.hi / (2.0 * s))
}

/// `pi / 2` as a double-double.
const PIO2_DD: Dd = Dd {
    hi: PIO2[0],
    lo: PIO2[1],
};

/// `atan(x)` for a double-double `x`.
fn atan_dd(x: Dd) -> Dd {
    if x.hi.abs() > 1.0 {
        // atan(x) = ±pi/2 - atan(1/x).
        let inv = div(dd(1.0), x);
        let a = atan_dd(inv);
        return if x.hi > 0.0 {
            sub(PIO2_DD, a)
        } else {
            sub(neg(PIO2_DD), a)
        };
    }
    // Halve the angle three times: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))).
    let mut t = x;
    for _ in 0..3 {
        t = div(t, add(dd(1.0), sqrt_dd(add(dd(1.0), mul(t, t)))));
    }
    let t2 = mul(t, t);
    let mut term = t;
    let mut sum = t;
    for k in 1..40 {
        term = neg(mul(term, t2));
        let u = div_f(term, (2 * k + 1) as f64);
        sum = add(sum, u);
        if u.hi.abs() < TINY * sum.hi.abs() {
            break;
        }
    }
    mul_f(sum, 8.0)
}

/// Arguments below this use `libm` (double-double intermediates would underflow).
const TINY_ARG: f64 = 1e-150;

/// `atan(x)`.
pub fn atan(x: f64) -> f64 {
    if !x.is_finite() || x.abs() < TINY_ARG || x.abs() > 1e150 {
        return libm::atan(x);
    }
    let r = atan_dd(dd(x));
    r.hi + r.lo
}

/// `asin(x)`; NaN outside [-1, 1].
pub fn asin(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= 1.0 || x.abs() < TINY_ARG {
        return libm::asin(x);
    }
    // asin(x) = atan(x / sqrt(1 - x^2)), with 1 - x^2 formed exactly.
    let one_minus = sub(dd(1.0), two_prod(x, x));
    let r = atan_dd(div(dd(x), sqrt_dd(one_minus)));
    r.hi + r.lo
}

/// `acos(x)`; NaN outside [-1, 1].
pub fn acos(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= 1.0 {
        return libm::acos(x);
    }
    // acos(x) = 2 atan(sqrt((1 - x) / (1 + x))).
    let q = div(two_sum(1.0, -x), two_sum(1.0, x));
    let r = mul_f(atan_dd(sqrt_dd(q)), 2.0);
    r.hi + r.lo
}

/// `atan2(y, x)`; zeros, infinities, NaNs and extreme ratios follow `libm`.
pub fn atan2(y: f64, x: f64) -> f64 {
    if !(x.is_finite() && y.is_finite()) || x == 0.0 || y == 0.0 {
        return libm::atan2(y, x);
    }
    let ratio = y.abs() / x.abs();
    if !(1e-140..=1e140).contains(&ratio) {
        return libm::atan2(y, x);
    }
    let a = atan_dd(div(dd(y), dd(x)));
    let r = if x > 0.0 {
        a
    } else if y > 0.0 {
        add(a, mul_f(PIO2_DD, 2.0))
    } else {
        sub(a, mul_f(PIO2_DD, 2.0))
    };
    r.hi + r.lo
}

/// `hypot(x, y)`, correctly rounded (as glibc's): the sum of squares is exact in
/// double-double after scaling by a power of two, then one square root is rounded.
pub fn hypot(x: f64, y: f64) -> f64 {
    let (a, b) = (x.abs(), y.abs());
    if a.is_infinite() || b.is_infinite() {
        return f64::INFINITY;
    }
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    let (big, small) = if a >= b { (a, b) } else { (b, a) };
    if small == 0.0 {
        return big;
    }
    // Scale so the larger is in [1, 2): squares neither overflow nor lose bits.
    let (_, e) = libm::frexp(big);
    let k = 1 - e;
    let (bs, ss) = (libm::ldexp(big, k), libm::ldexp(small, k));
    let sum = add(two_prod(bs, bs), two_prod(ss, ss));
    let r = sqrt_dd(sum);
    libm::ldexp(r.hi + r.lo, -k)
}

// ---- hyperbolic functions: fdlibm's formulas (as glibc) over the kernels above ----

/// fdlibm's thresholds: 2**-28, 2**-55 and 2**28.
const TWO_M28: f64 = 3.725_290_298_461_914e-9;
const TWO_M55: f64 = 2.775_557_561_562_891_4e-17;
const TWO_28: f64 = 268_435_456.0;

/// `cosh(x)` (infinity on overflow).
pub fn cosh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() {
        return a;
    }
    if a < 0.5 * LN2[0] {
        let t = libm::expm1(a);
        let w = 1.0 + t;
        if a < 1e-300 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if a < 22.0 {
        let t = exp(a);
        return 0.5 * t + 0.5 / t;
    }
    if a < 709.782_712_893_384 {
        return 0.5 * exp(a);
    }
    if a <= 710.475_860_073_943_9 {
        let w = exp(0.5 * a);
        let t = 0.5 * w;
        return t * w;
    }
    f64::INFINITY
}

/// `sinh(x)` (infinity on overflow).
pub fn sinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() {
        return x;
    }
    let h = libm::copysign(0.5, x);
    if a < 22.0 {
        if a < TWO_M28 {
            return x;
        }
        let t = libm::expm1(a);
        if a < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if a < 709.782_712_893_384 {
        return h * exp(a);
    }
    if a <= 710.475_860_073_943_9 {
        let w = exp(0.5 * a);
        let t = h * w;
        return t * w;
    }
    libm::copysign(f64::INFINITY, x)
}

/// `tanh(x)`.
pub fn tanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() {
        return x;
    }
    let z = if a < 22.0 {
        if a < TWO_M55 {
            return x * (1.0 + x);
        }
        if a >= 1.0 {
            let t = libm::expm1(2.0 * a);
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * a);
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    libm::copysign(z, x)
}

/// `asinh(x)`.
pub fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < TWO_M28 {
        return x + 0.0 * x;
    }
    let w = if a > TWO_28 {
        log(a) + LN2[0]
    } else if a > 2.0 {
        log(2.0 * a + 1.0 / (libm::sqrt(x * x + 1.0) + a))
    } else {
        let t = x * x;
        libm::log1p(a + t / (1.0 + libm::sqrt(1.0 + t)))
    };
    libm::copysign(w, x)
}

/// `acosh(x)`; NaN below 1.
pub fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return libm::acosh(x);
    }
    if x >= TWO_28 {
        if !x.is_finite() {
            return x;
        }
        return log(x) + LN2[0];
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + libm::sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    libm::log1p(t + libm::sqrt(2.0 * t + t * t))
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
