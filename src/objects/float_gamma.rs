// SPDX-License-Identifier: MIT
//! `math.gamma` and `math.lgamma` as CPython computes them (its own Lanczos approximation, not
//! the C library's), so results agree with CPython's to the last bit wherever the elementary
//! functions they use (`exp`, `log`, `sin`, `cos`, `pow`: `float_math::kernels`) agree. The callers in `float_math`
//! handle poles and range errors.
#![forbid(unsafe_code)]

use super::float_math::kernels as float_dd;

/// Number of Lanczos coefficients.
const LANCZOS_N: usize = 13;
/// The Lanczos `g` parameter (exactly representable: all digits are kept).
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
/// Numerator coefficients of the Lanczos rational function (Boost's `lanczos13m53`).
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator coefficients: the expansion of `x (x+1) ... (x+11)`.
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// `gamma(n)` for integers `1..=23` (exact).
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;
const PI: f64 = core::f64::consts::PI;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    // Below 5 Horner in x; above, in 1/x (no overflow, better accuracy).
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi x)` for finite `x`, exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => float_dd::sin(PI * y),
        1 => float_dd::cos(PI * (y - 0.5)),
        2 => float_dd::sin(PI * (1.0 - y)),
        3 => -float_dd::cos(PI * (y - 1.5)),
        _ => float_dd::sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// CPython's `m_tgamma` for finite, non-pole `x` (NaN and infinities pass through).
pub fn tgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return libm::copysign(f64::INFINITY, x);
    }
    if x == libm::floor(x) {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return GAMMA_INTEGRAL[x as usize - 1];
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sinpi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, carried as a correction.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * float_dd::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= float_dd::pow(y, absx - 0.5);
        } else {
            let s = float_dd::pow(y, absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / float_dd::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= float_dd::pow(y, absx - 0.5);
        } else {
            let s = float_dd::pow(y, absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
        r
    }
}

/// CPython's `m_lgamma` (poles give infinity; the caller reports them).
pub fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == libm::floor(x) && x <= 2.0 {
        return if x <= 0.0 { f64::INFINITY } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -float_dd::log(absx);
    }
    let mut r = float_dd::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (float_dd::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - float_dd::log(sinpi(absx).abs()) - float_dd::log(absx) - r;
    }
    r
}
