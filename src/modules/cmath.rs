// SPDX-License-Identifier: MIT
//! The `cmath` module: complex versions of the `math` functions, behind the `complex` feature.
//! For finite arguments each function follows CPython's `cmathmodule.c` formula (branch cuts,
//! overflow-avoiding rescaling, the same elementary functions), so results agree with CPython's.
//! Infinities and NaNs get IEEE-style results from the same formulas rather than CPython's
//! tables of special values (a documented difference).

use alloc::format;

use crate::gc::{Kind, Value};
use crate::objects::float_math as fm;
use crate::objects::float_math::kernels as dd;
use crate::objects::native::NativeFn;
use crate::objects::{class, complex, dict, float, tuple};
use crate::vm::{PyErr, PyResult, Vm};

/// A complex number as (real, imaginary).
type C = (f64, f64);

/// How a formula can fail.
enum Fail {
    /// `ValueError: math domain error`.
    Domain,
    /// `OverflowError: math range error`.
    Range,
}

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `sqrt(LARGE_DOUBLE)`.
const SQRT_LARGE_DOUBLE: f64 = 6.703_903_964_971_298e153;
/// `log(LARGE_DOUBLE)`.
const LOG_LARGE_DOUBLE: f64 = 708.396_418_532_264_1;
/// `sqrt(f64::MIN_POSITIVE)`.
const SQRT_DBL_MIN: f64 = 1.491_668_146_240_041_3e-154;
const LN2: f64 = core::f64::consts::LN_2;
const LN10: f64 = core::f64::consts::LN_10;
const E: f64 = core::f64::consts::E;

fn fail(vm: &mut Vm, f: Fail) -> PyErr {
    match f {
        Fail::Domain => vm.value_error("math domain error"),
        Fail::Range => vm.overflow_error("math range error"),
    }
}

/// A complex argument: complex, float, int, or `__complex__`/`__float__`/`__index__`.
fn arg(vm: &mut Vm, v: Value) -> PyResult<C> {
    if complex::is_complex(vm, v) {
        return Ok(complex::get(vm, v));
    }
    if let Some(x) = float::operand(vm, v)? {
        return Ok((x, 0.0));
    }
    if vm.heap.kind(v) == Kind::Instance {
        if let Some(r) = class::call_special(vm, v, "__complex__", &[])? {
            if complex::is_complex(vm, r) {
                return Ok(complex::get(vm, r));
            }
        }
        for name in ["__float__", "__index__"] {
            if let Some(r) = class::call_special(vm, v, name, &[])? {
                if let Some(x) = float::operand(vm, r)? {
                    return Ok((x, 0.0));
                }
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<C> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    arg(vm, args[0])
}

/// The result, with CPython's overflow check (an infinite part from finite input).
fn result(vm: &mut Vm, z: C, r: Result<C, Fail>) -> PyResult<Value> {
    match r {
        Ok(r) => {
            if (r.0.is_infinite() || r.1.is_infinite()) && z.0.is_finite() && z.1.is_finite() {
                return Err(fail(vm, Fail::Range));
            }
            complex::new(vm, r.0, r.1)
        }
        Err(f) => Err(fail(vm, f)),
    }
}

// ---- the formulas (CPython's `cmath_*_impl` for finite arguments) ----

fn c_sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.1.is_infinite() {
            return (f64::INFINITY, z.1);
        }
        if z.0 == f64::NEG_INFINITY {
            return (0.0, fm::copysign(f64::INFINITY, z.1));
        }
        if z.0 == f64::INFINITY {
            return (z.0, fm::copysign(0.0, z.1) + z.1 * 0.0);
        }
        return (f64::NAN, f64::NAN);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = fm::ldexp(ax, 53);
        fm::ldexp(fm::sqrt(ax + dd::hypot(ax, fm::ldexp(ay, 53))), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * fm::sqrt(ax + dd::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, fm::copysign(d, z.1))
    } else {
        (d, fm::copysign(s, z.1))
    }
}

fn c_exp(z: C) -> C {
    if z.0 > LOG_LARGE_DOUBLE {
        let l = dd::exp(z.0 - 1.0);
        (l * dd::cos(z.1) * E, l * dd::sin(z.1) * E)
    } else {
        let l = dd::exp(z.0);
        if z.1 == 0.0 {
            return (l, z.1);
        }
        (l * dd::cos(z.1), l * dd::sin(z.1))
    }
}

fn c_log(z: C) -> Result<C, Fail> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if !ax.is_finite() || !ay.is_finite() {
        if ax.is_infinite() || ay.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        dd::log(dd::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            dd::log(dd::hypot(fm::ldexp(ax, 53), fm::ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = dd::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            fm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            dd::log(h)
        }
    };
    Ok((re, dd::atan2(z.1, z.0)))
}

fn c_sinh(z: C) -> C {
    if z.0.abs() > LOG_LARGE_DOUBLE {
        let x1 = z.0 - fm::copysign(1.0, z.0);
        (
            dd::cos(z.1) * dd::sinh(x1) * E,
            dd::sin(z.1) * dd::cosh(x1) * E,
        )
    } else {
        (dd::cos(z.1) * dd::sinh(z.0), dd::sin(z.1) * dd::cosh(z.0))
    }
}

fn c_cosh(z: C) -> C {
    if z.0.abs() > LOG_LARGE_DOUBLE {
        let x1 = z.0 - fm::copysign(1.0, z.0);
        (
            dd::cos(z.1) * dd::cosh(x1) * E,
            dd::sin(z.1) * dd::sinh(x1) * E,
        )
    } else {
        (dd::cos(z.1) * dd::cosh(z.0), dd::sin(z.1) * dd::sinh(z.0))
    }
}

fn c_tanh(z: C) -> C {
    if z.0.abs() > LOG_LARGE_DOUBLE {
        (
            fm::copysign(1.0, z.0),
            4.0 * dd::sin(z.1) * dd::cos(z.1) * dd::exp(-2.0 * z.0.abs()),
        )
    } else {
        let tx = dd::tanh(z.0);
        let ty = dd::tan(z.1);
        let cx = 1.0 / dd::cosh(z.0);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn c_asinh(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = dd::log(dd::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            fm::copysign(l, z.0)
        } else {
            -fm::copysign(l, -z.0)
        };
        (re, dd::atan2(z.1, z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0));
        let s2 = c_sqrt((1.0 - z.1, z.0));
        (
            dd::asinh(s1.0 * s2.1 - s2.0 * s1.1),
            dd::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
        )
    }
}

fn c_acos(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = dd::atan2(z.1.abs(), z.0);
        let l = dd::log(dd::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -fm::copysign(l, z.1)
        } else {
            fm::copysign(l, -z.1)
        };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1));
        let s2 = c_sqrt((1.0 + z.0, z.1));
        (
            2.0 * dd::atan2(s1.0, s2.0),
            dd::asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    }
}

fn c_acosh(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (
            dd::log(dd::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0,
            dd::atan2(z.1, z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1));
        let s2 = c_sqrt((z.0 + 1.0, z.1));
        (
            dd::asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * dd::atan2(s1.1, s2.0),
        )
    }
}

fn c_atanh(z: C) -> Result<C, Fail> {
    if z.0 < 0.0 {
        let r = c_atanh((-z.0, -z.1))?;
        return Ok((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE {
        let h = dd::hypot(z.0 / 2.0, z.1 / 2.0);
        Ok((
            z.0 / 4.0 / h / h,
            -fm::copysign(core::f64::consts::FRAC_PI_2, -z.1),
        ))
    } else if z.0 == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        Ok((
            -dd::log(fm::sqrt(ay) / fm::sqrt(dd::hypot(ay, 2.0))),
            fm::copysign(dd::atan2(2.0, -ay) / 2.0, z.1),
        ))
    } else {
        Ok((
            fm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0,
            -dd::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ))
    }
}

/// `f(z) = -i g(i z)`: how `sin`, `tan`, `asin` and `atan` come from their hyperbolic twins.
fn rotated(z: C, g: impl Fn(C) -> Result<C, Fail>) -> Result<C, Fail> {
    let s = g((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

// ---- the natives ----

/// Declares natives: `name = |z| formula;` (the formula returns `Result<C, Fail>`).
macro_rules! cfuncs {
    ($($f:ident = $name:literal, $body:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let z = one_arg(vm, $name, args, kw)?;
            let f: fn(C) -> Result<C, Fail> = $body;
            let r = f(z);
            result(vm, z, r)
        }
    )*};
}

cfuncs! {
    sqrt = "sqrt", |z| Ok(c_sqrt(z));
    exp = "exp", |z| Ok(c_exp(z));
    log10 = "log10", |z| c_log(z).map(|r| (r.0 / LN10, r.1 / LN10));
    sinh = "sinh", |z| Ok(c_sinh(z));
    cosh = "cosh", |z| Ok(c_cosh(z));
    tanh = "tanh", |z| Ok(c_tanh(z));
    sin = "sin", |z| rotated(z, |w| Ok(c_sinh(w)));
    cos = "cos", |z| Ok(c_cosh((-z.1, z.0)));
    tan = "tan", |z| rotated(z, |w| Ok(c_tanh(w)));
    asinh = "asinh", |z| Ok(c_asinh(z));
    acosh = "acosh", |z| Ok(c_acosh(z));
    atanh = "atanh", c_atanh;
    asin = "asin", |z| rotated(z, |w| Ok(c_asinh(w)));
    acos = "acos", |z| Ok(c_acos(z));
    atan = "atan", |z| rotated(z, c_atanh);
}

fn log(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() || args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("log expected at most 2 arguments"));
    }
    let z = arg(vm, args[0])?;
    let mut r = c_log(z).map_err(|f| fail(vm, f))?;
    if let Some(&b) = args.get(1) {
        let b = arg(vm, b)?;
        let lb = c_log(b).map_err(|f| fail(vm, f))?;
        // Complex division, as CPython's `_Py_c_quot`.
        r = c_quot(r, lb).ok_or_else(|| vm.zero_division("complex division by zero"))?;
    }
    result(vm, z, Ok(r))
}

/// `a / b` by Smith's method with CPython's scaling.
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn phase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "phase", args, kw)?;
    float::new(vm, dd::atan2(z.1, z.0))
}

fn polar(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "polar", args, kw)?;
    let r = dd::hypot(z.0, z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(fail(vm, Fail::Range));
    }
    let rv = float::new(vm, r)?;
    let d = vm.heap.push_root(rv);
    let res = float::new(vm, dd::atan2(z.1, z.0)).and_then(|p| tuple::new(vm, &[rv, p]));
    vm.heap.pop_roots(d);
    res
}

fn rect(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 2 {
        return Err(vm.type_error(format!("rect expected 2 arguments, got {}", args.len())));
    }
    let r = real(vm, args[0])?;
    let phi = real(vm, args[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(fail(vm, Fail::Domain));
    }
    let z = if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * dd::cos(phi), r * dd::sin(phi))
    };
    complex::new(vm, z.0, z.1)
}

fn real(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if complex::is_complex(vm, v) {
        return Err(vm.type_error("must be real number, not complex"));
    }
    Ok(arg(vm, v)?.0)
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "isfinite", args, kw)?;
    Ok(Value::bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "isinf", args, kw)?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "isnan", args, kw)?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = arg(vm, args[0])?;
    let b = arg(vm, args[1])?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for &(k, v) in kw {
        match vm.str_text(k) {
            Some("rel_tol") => rel = real(vm, v)?,
            Some("abs_tol") => abs = real(vm, v)?,
            _ => return Err(vm.type_error("isclose() got an unexpected keyword argument")),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = dd::hypot(b.0 - a.0, b.1 - a.1);
    let (na, nb) = (dd::hypot(a.0, a.1), dd::hypot(b.0, b.1));
    Ok(Value::bool(
        diff <= rel * nb || diff <= rel * na || diff <= abs,
    ))
}

/// The functions of `cmath`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("sqrt", sqrt),
    NativeFn::function("exp", exp),
    NativeFn::function("log", log),
    NativeFn::function("log10", log10),
    NativeFn::function("sin", sin),
    NativeFn::function("cos", cos),
    NativeFn::function("tan", tan),
    NativeFn::function("asin", asin),
    NativeFn::function("acos", acos),
    NativeFn::function("atan", atan),
    NativeFn::function("sinh", sinh),
    NativeFn::function("cosh", cosh),
    NativeFn::function("tanh", tanh),
    NativeFn::function("asinh", asinh),
    NativeFn::function("acosh", acosh),
    NativeFn::function("atanh", atanh),
    NativeFn::function("phase", phase),
    NativeFn::function("polar", polar),
    NativeFn::function("rect", rect),
    NativeFn::function("isfinite", isfinite),
    NativeFn::function("isinf", isinf),
    NativeFn::function("isnan", isnan),
    NativeFn::function("isclose", isclose),
];

/// Adds `pi`, `e`, `tau`, `inf`, `nan`, `infj`, `nanj`.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    for (name, re, im, is_complex) in [
        ("pi", core::f64::consts::PI, 0.0, false),
        ("e", E, 0.0, false),
        ("tau", core::f64::consts::TAU, 0.0, false),
        ("inf", f64::INFINITY, 0.0, false),
        ("nan", f64::NAN, 0.0, false),
        ("infj", 0.0, f64::INFINITY, true),
        ("nanj", 0.0, f64::NAN, true),
    ] {
        let v = if is_complex {
            complex::new(vm, re, im)?
        } else {
            float::new(vm, re)?
        };
        let r = vm.heap.push_root(v);
        let res = vm.intern(name).and_then(|k| dict::set(vm, d, k, v));
        vm.heap.pop_roots(r);
        res?;
    }
    Ok(())
}
