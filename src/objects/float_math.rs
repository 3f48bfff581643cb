// SPDX-License-Identifier: MIT
//! Floating-point math for the VM and the `math` module, over the pure-Rust `libm` crate (stable
//! `core` has no `floor`, `sqrt`, `pow`...). The rest of the VM names only this module, never
//! `libm`, so the backend can change in one place.
//!
//! Two layers: the raw C functions re-exported unchanged (IEEE results, NaN and infinities, no
//! errors), and Python-flavoured wrappers that return [`FloatErr`] where CPython raises
//! (`math.sqrt(-1)` is `ValueError: math domain error`, `math.exp(1000)` is
//! `OverflowError: math range error`).
#![forbid(unsafe_code)]

pub use libm::{
    acos, acosh, asin, asinh, atan, atan2, atanh, cbrt, ceil, copysign, cos, cosh, erf, erfc, exp,
    exp2, expm1, fabs, fdim, floor, fma, fmax, fmin, fmod, frexp, hypot, ldexp, lgamma, log, log10,
    log1p, log2, modf, nextafter, rint, round, scalbn, sin, sinh, sqrt, tan, tanh, tgamma, trunc,
};

/// The elementary functions behind `math` and `cmath`: correctly rounded ones (`float_dd`)
/// with the `exact-math` feature.
#[cfg(feature = "exact-math")]
pub use super::float_dd as kernels;

/// The elementary functions behind `math` and `cmath`: `libm`'s (the `exact-math` feature
/// swaps in correctly rounded ones, at some cost in flash and speed).
#[cfg(not(feature = "exact-math"))]
pub mod kernels {
    pub use libm::{
        acos, acosh, asin, asinh, atan, atan2, cos, cosh, exp, hypot, log, log10, log2, pow, sin,
        sinh, tan, tanh,
    };
}

/// A float operation CPython would raise for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatErr {
    /// `ZeroDivisionError: 0.0 cannot be raised to a negative power`.
    ZeroToNegativePower,
    /// `OverflowError`: from `**` CPython says `(34, 'Numerical result out of range')`, from
    /// `math` functions `math range error`.
    Overflow,
    /// `ValueError: math domain error`.
    Domain,
    /// A negative base raised to a non-integer power: CPython's `float.__pow__` returns a complex
    /// number here (`(-8.0) ** (1/3)`). The VM builds the complex result or, without complex
    /// support, raises `ValueError: math domain error`.
    ComplexResult,
}

impl FloatErr {
    /// CPython's message for the error (for `Overflow`, the `math` module's wording).
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            FloatErr::ZeroToNegativePower => "0.0 cannot be raised to a negative power",
            FloatErr::Overflow => "math range error",
            FloatErr::Domain | FloatErr::ComplexResult => "math domain error",
        }
    }
}

/// Whether `y` is an odd integer (finite, integral, odd).
fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && libm::fmod(y, 2.0).abs() == 1.0
}

/// The C library's `pow` for finite positive `x`: with `std` the platform's (glibc on Linux,
/// as CPython uses there, so results agree to the last bit), else the `libm` crate's.
#[cfg(feature = "std")]
fn c_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[cfg(not(feature = "std"))]
fn c_pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// `x ** y` for floats, following CPython's `float_pow` case by case (`x ** 0 == 1` even for
/// NaN, `1 ** y == 1`, signed zeros and infinities by the parity of `y`).
pub fn pow(x: f64, y: f64) -> Result<f64, FloatErr> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            libm::copysign(0.0, x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(FloatErr::ZeroToNegativePower);
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut negate = false;
    let mut base = x;
    if x < 0.0 {
        if y != libm::floor(y) {
            return Err(FloatErr::ComplexResult);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = c_pow(base, y);
    if r.is_infinite() {
        return Err(FloatErr::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// CPython's `math_1`: apply `f`; a NaN from a non-NaN argument is a domain error, an infinity
/// from a finite argument is a range error when `can_overflow`, else a domain error (a pole).
fn checked(x: f64, r: f64, can_overflow: bool) -> Result<f64, FloatErr> {
    if r.is_nan() && !x.is_nan() {
        return Err(FloatErr::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            FloatErr::Overflow
        } else {
            FloatErr::Domain
        });
    }
    Ok(r)
}

/// Declares one-argument `math` wrappers: `name = libm function, can_overflow;`.
macro_rules! math_1 {
    ($($(#[$doc:meta])* $name:ident = $f:path, $overflow:expr;)*) => {$(
        $(#[$doc])*
        pub fn $name(x: f64) -> Result<f64, FloatErr> {
            checked(x, $f(x), $overflow)
        }
    )*};
}

math_1! {
    /// `math.sqrt`.
    math_sqrt = libm::sqrt, false;
    /// `math.exp`.
    math_exp = kernels::exp, true;
    /// `math.exp2`.
    math_exp2 = libm::exp2, true;
    /// `math.expm1`.
    math_expm1 = libm::expm1, true;
    /// `math.log1p`.
    math_log1p = libm::log1p, false;
    /// `math.sin`.
    math_sin = kernels::sin, false;
    /// `math.cos`.
    math_cos = kernels::cos, false;
    /// `math.tan`.
    math_tan = kernels::tan, false;
    /// `math.asin`.
    math_asin = kernels::asin, false;
    /// `math.acos`.
    math_acos = kernels::acos, false;
    /// `math.atan`.
    math_atan = kernels::atan, false;
    /// `math.sinh`.
    math_sinh = kernels::sinh, true;
    /// `math.cosh`.
    math_cosh = kernels::cosh, true;
    /// `math.tanh`.
    math_tanh = kernels::tanh, false;
    /// `math.asinh`.
    math_asinh = kernels::asinh, false;
    /// `math.acosh`.
    math_acosh = kernels::acosh, false;
    /// `math.atanh`.
    math_atanh = libm::atanh, false;
    /// `math.erf`.
    math_erf = libm::erf, false;
    /// `math.erfc`.
    math_erfc = libm::erfc, false;
    /// `math.cbrt`.
    math_cbrt = libm::cbrt, false;
}

/// A log with CPython's domain rules: `log(0)` and negatives are domain errors.
fn checked_log(x: f64, f: fn(f64) -> f64) -> Result<f64, FloatErr> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(FloatErr::Domain);
    }
    Ok(f(x))
}

/// `math.log(x)` (natural log; the VM divides by `math_log(base)` for two arguments and
/// handles big ints by their bit length).
pub fn math_log(x: f64) -> Result<f64, FloatErr> {
    checked_log(x, kernels::log)
}

/// `math.log2(x)`.
pub fn math_log2(x: f64) -> Result<f64, FloatErr> {
    checked_log(x, kernels::log2)
}

/// `math.log10(x)`.
pub fn math_log10(x: f64) -> Result<f64, FloatErr> {
    checked_log(x, kernels::log10)
}

/// `math.gamma(x)`: poles (zero and negative integers) and `-inf` are domain errors.
pub fn math_gamma(x: f64) -> Result<f64, FloatErr> {
    if x == f64::NEG_INFINITY || (x <= 0.0 && libm::floor(x) == x) {
        return Err(FloatErr::Domain);
    }
    checked(x, super::float_gamma::tgamma(x), true)
}

/// `math.lgamma(x)`: poles are domain errors.
pub fn math_lgamma(x: f64) -> Result<f64, FloatErr> {
    if x <= 0.0 && libm::floor(x) == x && x.is_finite() {
        return Err(FloatErr::Domain);
    }
    checked(x, super::float_gamma::lgamma(x), true)
}

/// `math.fmod(x, y)`: C's `fmod`, with `fmod(x, inf) == x` for finite `x` and domain errors
/// for `y == 0` or infinite `x`.
pub fn math_fmod(x: f64, y: f64) -> Result<f64, FloatErr> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(FloatErr::Domain);
    }
    Ok(r)
}

/// `math.atan2(y, x)` (never fails).
#[must_use]
pub fn math_atan2(y: f64, x: f64) -> f64 {
    kernels::atan2(y, x)
}

/// `math.hypot(x, y)`: overflow of a finite result is a range error.
pub fn math_hypot(x: f64, y: f64) -> Result<f64, FloatErr> {
    let r = libm::hypot(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(FloatErr::Overflow);
    }
    Ok(r)
}

/// `math.ldexp(x, i)`: a finite result too large is a range error. `i` is clamped by the caller
/// to the `i32` range (beyond it the result is already zero or infinite).
pub fn math_ldexp(x: f64, i: i32) -> Result<f64, FloatErr> {
    let r = libm::ldexp(x, i);
    if r.is_infinite() && x.is_finite() {
        return Err(FloatErr::Overflow);
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_follows_cpython() {
        assert_eq!(pow(2.0, 10.0), Ok(1024.0));
        assert_eq!(pow(0.0, -1.0), Err(FloatErr::ZeroToNegativePower));
        assert_eq!(pow(-8.0, 1.0 / 3.0), Err(FloatErr::ComplexResult));
        assert_eq!(pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(pow(10.0, 400.0), Err(FloatErr::Overflow));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(
            pow(f64::NEG_INFINITY, -3.0).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(pow(-0.0, 3.0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(pow(-0.0, 2.0).map(f64::to_bits), Ok(0.0f64.to_bits()));
        assert_eq!(pow(-1.0, 1e300), Ok(1.0));
    }

    #[test]
    fn math_errors() {
        assert_eq!(math_sqrt(-1.0), Err(FloatErr::Domain));
        assert_eq!(math_sqrt(4.0), Ok(2.0));
        assert_eq!(math_exp(1000.0), Err(FloatErr::Overflow));
        assert_eq!(math_exp(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(math_log(0.0), Err(FloatErr::Domain));
        assert_eq!(math_log10(1000.0), Ok(3.0));
        assert_eq!(math_gamma(0.0), Err(FloatErr::Domain));
        assert_eq!(math_gamma(5.0), Ok(24.0));
        assert_eq!(math_fmod(5.0, f64::INFINITY), Ok(5.0));
        assert_eq!(math_fmod(5.0, 0.0), Err(FloatErr::Domain));
        assert_eq!(math_asin(2.0), Err(FloatErr::Domain));
        assert_eq!(math_atanh(1.0), Err(FloatErr::Domain));
        assert_eq!(math_cosh(1000.0), Err(FloatErr::Overflow));
        assert_eq!(math_ldexp(1.0, 2000), Err(FloatErr::Overflow));
    }
}
