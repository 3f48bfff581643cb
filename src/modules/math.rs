// SPDX-License-Identifier: MIT
//! The `math` module: CPython's real-number functions. The float kernels (with CPython's
//! domain and range errors) are in `objects/float_math.rs`; the integer functions (`gcd`,
//! `factorial`, `comb`, `isqrt`...) work on exact big ints. `fsum` and `hypot` follow CPython's
//! algorithms (Shewchuk's exact partials; the scaled, corrected vector norm) so the results
//! match to the last bit.

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::objects::bigint::{self, BigInt};
use crate::objects::constructors::kwarg;
use crate::objects::float_math::{self as fm, FloatErr};
use crate::objects::native::NativeFn;
use crate::objects::{class, dict, float, int, tuple};
use crate::vm::{PyResult, Vm};

// ---- argument conversion ----

/// Raises the `math` error for a float kernel's failure.
fn float_err(vm: &mut Vm, e: FloatErr) -> crate::vm::PyErr {
    match e {
        FloatErr::Overflow => vm.overflow_error(e.message()),
        _ => vm.value_error("math domain error"),
    }
}

/// A real-number argument as f64: float, int, or an object with `__float__`/`__index__`.
fn real(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(x) = float::operand(vm, v)? {
        return Ok(x);
    }
    if vm.heap.kind(v) == Kind::Instance {
        if let Some(r) = class::call_special(vm, v, "__float__", &[])? {
            if float::is_float(vm, r) {
                return Ok(float::get(vm, r));
            }
            let tn = vm.type_name(r);
            return Err(vm.type_error(format!("__float__ returned non-float (type {tn})")));
        }
        if let Some(r) = class::call_special(vm, v, "__index__", &[])? {
            return int::to_f64(vm, r);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// An integer argument (int, bool, or `__index__`) as a BigInt.
fn integer(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_big(vm, v) {
        return Ok(b);
    }
    if vm.heap.kind(v) == Kind::Instance {
        if let Some(r) = class::call_special(vm, v, "__index__", &[])? {
            if let Some(b) = int::to_big(vm, r) {
                return Ok(b);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

/// Checks a fixed positional count with CPython's wording for `math` functions.
fn want(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.len() == n {
        return Ok(());
    }
    let got = args.len();
    Err(if n == 1 {
        vm.type_error(format!(
            "math.{name}() takes exactly one argument ({got} given)"
        ))
    } else {
        vm.type_error(format!("{name} expected {n} arguments, got {got}"))
    })
}

fn new_float(vm: &mut Vm, r: Result<f64, FloatErr>) -> PyResult<Value> {
    match r {
        Ok(x) => float::new(vm, x),
        Err(e) => Err(float_err(vm, e)),
    }
}

fn new_int(vm: &mut Vm, b: &BigInt) -> PyResult<Value> {
    int::from_big(vm, b)
}

/// A 2-tuple of two new values made by `a` and `b`, the first rooted while the second is made.
fn pair(vm: &mut Vm, a: Value, b: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
    let d = vm.heap.push_root(a);
    let r = b(vm).and_then(|bv| tuple::new(vm, &[a, bv]));
    vm.heap.pop_roots(d);
    r
}

// ---- one-argument float functions ----

fn one(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    f: fn(f64) -> Result<f64, FloatErr>,
) -> PyResult<Value> {
    want(vm, name, args, kw, 1)?;
    let x = real(vm, args[0])?;
    new_float(vm, f(x))
}

/// Declares natives over one-argument kernels: `fn_name = "py name", kernel;`.
macro_rules! float_1 {
    ($($f:ident = $name:literal, $kernel:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            one(vm, $name, args, kw, $kernel)
        }
    )*};
}

float_1! {
    sqrt = "sqrt", fm::math_sqrt;
    exp = "exp", fm::math_exp;
    exp2 = "exp2", fm::math_exp2;
    expm1 = "expm1", fm::math_expm1;
    log1p = "log1p", fm::math_log1p;
    sin = "sin", fm::math_sin;
    cos = "cos", fm::math_cos;
    tan = "tan", fm::math_tan;
    asin = "asin", fm::math_asin;
    acos = "acos", fm::math_acos;
    atan = "atan", fm::math_atan;
    sinh = "sinh", fm::math_sinh;
    cosh = "cosh", fm::math_cosh;
    tanh = "tanh", fm::math_tanh;
    asinh = "asinh", fm::math_asinh;
    acosh = "acosh", fm::math_acosh;
    atanh = "atanh", fm::math_atanh;
    erf = "erf", fm::math_erf;
    erfc = "erfc", fm::math_erfc;
    cbrt = "cbrt", fm::math_cbrt;
    gamma = "gamma", fm::math_gamma;
    lgamma = "lgamma", fm::math_lgamma;
    fabs = "fabs", |x| Ok(fm::fabs(x));
    degrees = "degrees", |x| Ok(x * (180.0 / core::f64::consts::PI));
    radians = "radians", |x| Ok(x * (core::f64::consts::PI / 180.0));
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "isfinite", args, kw, 1)?;
    Ok(Value::bool(real(vm, args[0])?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "isinf", args, kw, 1)?;
    Ok(Value::bool(real(vm, args[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "isnan", args, kw, 1)?;
    Ok(Value::bool(real(vm, args[0])?.is_nan()))
}

// ---- logarithms (ints of any size) ----

/// CPython's `loghelper`: ints too large for a float are logged as `m * 2**e`.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> Result<f64, FloatErr>) -> PyResult<f64> {
    if vm.is_int(v) && !v.is_small_int() {
        let b = int::to_big(vm, v).unwrap_or_default();
        if b.sign() <= 0 {
            return Err(vm.value_error("math domain error"));
        }
        if let Some(x) = b.to_f64() {
            return f(x).map_err(|e| float_err(vm, e));
        }
        let e = b.bit_length() - 64;
        let m = b.shr(e).to_f64().unwrap_or(1.0);
        let l2 = f(2.0).map_err(|e| float_err(vm, e))?;
        return f(m)
            .map(|r| r + e as f64 * l2)
            .map_err(|e| float_err(vm, e));
    }
    let x = real(vm, v)?;
    f(x).map_err(|e| float_err(vm, e))
}

fn log(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, args[0], fm::math_log)?;
    let Some(&base) = args.get(1) else {
        return float::new(vm, num);
    };
    let den = log_of(vm, base, fm::math_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    float::new(vm, num / den)
}

fn log2(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "log2", args, kw, 1)?;
    let r = log_of(vm, args[0], fm::math_log2)?;
    float::new(vm, r)
}

fn log10(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "log10", args, kw, 1)?;
    let r = log_of(vm, args[0], fm::math_log10)?;
    float::new(vm, r)
}

// ---- two-argument float functions ----

fn two(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<(f64, f64)> {
    want(vm, name, args, kw, 2)?;
    let x = real(vm, args[0])?;
    let y = real(vm, args[1])?;
    Ok((x, y))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", args, kw)?;
    let r = match fm::pow(x, y) {
        Err(FloatErr::ZeroToNegativePower) | Err(FloatErr::ComplexResult) => Err(FloatErr::Domain),
        r => r,
    };
    new_float(vm, r)
}

fn atan2(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", args, kw)?;
    float::new(vm, fm::math_atan2(y, x))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", args, kw)?;
    new_float(vm, fm::math_fmod(x, y))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", args, kw)?;
    float::new(vm, fm::copysign(x, y))
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", args, kw)?;
    float::new(vm, fm::nextafter(x, y))
}

/// IEEE 754 remainder, as CPython's `m_remainder`.
fn remainder_f(x: f64, y: f64) -> Result<f64, FloatErr> {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(FloatErr::Domain);
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = fm::fmod(ax, ay);
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * fm::fmod(0.5 * (ax - m), ay)
        };
        return Ok(fm::copysign(1.0, x) * r);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() {
        return Err(FloatErr::Domain);
    }
    Ok(x)
}

fn remainder(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", args, kw)?;
    new_float(vm, remainder_f(x, y))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "ulp", args, kw, 1)?;
    let x = real(vm, args[0])?;
    let r = if x.is_nan() {
        x
    } else {
        let x = x.abs();
        if x.is_infinite() {
            x
        } else {
            let up = fm::nextafter(x, f64::INFINITY);
            if up.is_infinite() {
                x - fm::nextafter(x, f64::NEG_INFINITY)
            } else {
                up - x
            }
        }
    };
    float::new(vm, r)
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "ldexp", args, kw, 2)?;
    let x = real(vm, args[0])?;
    let Some(i) = int::to_big(vm, args[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let i = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let i = i.clamp(-100_000, 100_000) as i32;
    new_float(vm, fm::math_ldexp(x, i))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "frexp", args, kw, 1)?;
    let x = real(vm, args[0])?;
    let (m, e) = if x.is_finite() && x != 0.0 {
        fm::frexp(x)
    } else {
        (x, 0)
    };
    let mv = float::new(vm, m)?;
    pair(vm, mv, |vm| int::from_i64(vm, e as i64))
}

fn modf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "modf", args, kw, 1)?;
    let x = real(vm, args[0])?;
    let (frac, whole) = if x.is_infinite() {
        (fm::copysign(0.0, x), x)
    } else {
        fm::modf(x)
    };
    let fv = float::new(vm, frac)?;
    pair(vm, fv, |vm| float::new(vm, whole))
}

// ---- rounding to ints ----

/// `floor`/`ceil`/`trunc`: ints pass through, user objects use their special method, floats
/// are rounded and converted exactly.
fn to_integral(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    special: &str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    want(vm, name, args, kw, 1)?;
    let v = args[0];
    if vm.is_int(v) {
        let b = int::to_big(vm, v).unwrap_or_default();
        return new_int(vm, &b);
    }
    if vm.heap.kind(v) == Kind::Instance {
        if let Some(r) = class::call_special(vm, v, special, &[])? {
            return Ok(r);
        }
        if name == "trunc" {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")));
        }
    } else if name == "trunc" && !float::is_float(vm, v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")));
    }
    let x = real(vm, v)?;
    float_to_int(vm, round(x))
}

/// An integral float as an exact int (errors for infinities and NaN as `int(x)`).
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    match BigInt::from_f64(x) {
        Some(b) => new_int(vm, &b),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn floor(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    to_integral(vm, "floor", args, kw, "__floor__", fm::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    to_integral(vm, "ceil", args, kw, "__ceil__", fm::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    to_integral(vm, "trunc", args, kw, "__trunc__", fm::trunc)
}

// ---- vectors: hypot, dist, fsum ----

/// CPython's `vector_norm`: scale by a power of two near the largest element, sum the squares
/// in double-length arithmetic, then apply one differential correction to the square root.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = fm::frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = fm::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, hi);
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = fm::sqrt(csum - 1.0 + (frac1 + frac2));
    let (hi, lo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, hi);
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exact product `x * y` as hi + lo.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, fm::fma(x, y, -hi))
}

/// The exact sum `a + b` as hi + lo, for `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// Absolute values of reals, their maximum, and whether one was NaN.
fn abs_values(vm: &mut Vm, items: &[Value]) -> PyResult<(Vec<f64>, f64, bool)> {
    let mut v = Vec::with_capacity(items.len());
    let (mut max, mut nan) = (0.0f64, false);
    for &it in items {
        let x = real(vm, it)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok((v, max, nan))
}

fn hypot(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let (mut v, max, nan) = abs_values(vm, args)?;
    let r = vector_norm(&mut v, max, nan);
    float::new(vm, r)
}

fn dist(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "dist", args, kw, 2)?;
    let (p, dp) = vm.rooted_items(args[0])?;
    let r = vm.rooted_items(args[1]).and_then(|(q, dq)| {
        let r = dist_of(vm, &p, &q);
        vm.heap.pop_roots(dq);
        r
    });
    vm.heap.pop_roots(dp);
    let r = r?;
    float::new(vm, r)
}

fn dist_of(vm: &mut Vm, p: &[Value], q: &[Value]) -> PyResult<f64> {
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let (mut v, mut max, mut nan) = (Vec::with_capacity(p.len()), 0.0f64, false);
    for (&a, &b) in p.iter().zip(q) {
        let x = (real(vm, a)? - real(vm, b)?).abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(vector_norm(&mut v, max, nan))
}

/// Adds `x` to Shewchuk's non-overlapping partials (CPython's `math_fsum` inner loop).
fn add_partial(p: &mut Vec<f64>, mut x: f64) {
    let mut i = 0;
    for j in 0..p.len() {
        let mut y = p[j];
        if x.abs() < y.abs() {
            core::mem::swap(&mut x, &mut y);
        }
        let hi = x + y;
        let yr = hi - x;
        let lo = y - yr;
        if lo != 0.0 {
            p[i] = lo;
            i += 1;
        }
        x = hi;
    }
    p.truncate(i);
    if x != 0.0 {
        p.push(x);
    }
}

/// The correctly rounded sum of the partials.
fn sum_partials(p: &mut Vec<f64>) -> f64 {
    let Some(mut hi) = p.pop() else {
        return 0.0;
    };
    let mut lo = 0.0;
    while let Some(y) = p.pop() {
        let x = hi;
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&last) = p.last() {
        if (lo < 0.0 && last < 0.0) || (lo > 0.0 && last > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    hi
}

fn fsum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "fsum", args, kw, 1)?;
    let it = vm.iter(args[0])?;
    let d = vm.heap.push_root(it);
    let r = fsum_iter(vm, it);
    vm.heap.pop_roots(d);
    let r = r?;
    float::new(vm, r)
}

fn fsum_iter(vm: &mut Vm, it: Value) -> PyResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(v) = vm.next(it)? {
        let x = real(vm, v)?;
        add_partial(&mut p, x);
        if let Some(&top) = p.last() {
            if !top.is_finite() {
                if x.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if x.is_infinite() {
                    inf_sum += x;
                }
                special += x;
                p.clear();
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    Ok(sum_partials(&mut p))
}

fn prod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len();
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let mut acc = kwarg(vm, kw, "start").unwrap_or(Value::small_int_unchecked(1));
    let it = vm.iter(args[0])?;
    let d = vm.heap.push_root(it);
    vm.heap.push_root(acc);
    let r = loop {
        match vm.next(it) {
            Ok(Some(x)) => match vm.binary_op(BinaryOp::Mul, acc, x) {
                Ok(v) => {
                    acc = v;
                    vm.heap.pop_roots(d + 1);
                    vm.heap.push_root(acc);
                }
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(acc),
            Err(e) => break Err(e),
        }
    };
    vm.heap.pop_roots(d);
    r
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let a = real(vm, args[0])?;
    let b = real(vm, args[1])?;
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for &(k, v) in kw {
        match vm.str_text(k) {
            Some("rel_tol") => rel = real(vm, v)?,
            Some("abs_tol") => abs = real(vm, v)?,
            _ => {
                let name = alloc::string::String::from(vm.str_text(k).unwrap_or("?"));
                return Err(vm.type_error(format!(
                    "isclose() got an unexpected keyword argument '{name}'"
                )));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

// ---- integer functions ----

fn gcd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "gcd", kw)?;
    let mut g = BigInt::zero();
    for &a in args {
        let b = integer(vm, a)?;
        g = bigint::gcd(&g, &b).abs();
    }
    new_int(vm, &g)
}

fn lcm(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "lcm", kw)?;
    let mut l = BigInt::one();
    for &a in args {
        let b = integer(vm, a)?;
        if l.is_zero() || b.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let g = bigint::gcd(&l, &b).abs();
        let q = BigInt::floordiv(&l.abs(), &g).unwrap_or_default();
        l = q.mul(&b.abs());
    }
    new_int(vm, &l)
}

/// The product of the integers in `lo..hi`, by binary splitting (balanced multiplications).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc = acc.mul(&BigInt::from_u64(small));
                    small = k;
                }
            }
        }
        return acc.mul(&BigInt::from_u64(small));
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid).mul(&range_product(mid, hi))
}

/// Largest argument `factorial`, `comb` and `perm` accept here: the result would exceed the
/// big-int size limit long before, and the binary splitting recursion stays shallow.
const MAX_FACTORIAL_ARG: u64 = 1 << 24;

fn factorial(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "factorial", args, kw, 1)?;
    let n = integer(vm, args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = match n.to_u64() {
        Some(n) if n <= MAX_FACTORIAL_ARG => n,
        _ => return Err(vm.overflow_error("factorial() argument should not exceed 16777216")),
    };
    fits_heap(vm, fm::lgamma(n as f64 + 1.0) / core::f64::consts::LN_2)?;
    new_int(vm, &range_product(1, n + 1))
}

/// Raises MemoryError for a result of `bits` bits that could not fit the heap (so the exact
/// arithmetic never builds a huge transient value outside it).
fn fits_heap(vm: &mut Vm, bits: f64) -> PyResult<()> {
    if bits / 8.0 > vm.heap.size_bytes() as f64 {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn comb_perm_args(vm: &mut Vm, args: &[Value]) -> PyResult<(BigInt, Option<BigInt>)> {
    let n = integer(vm, args[0])?;
    let k = match args.get(1) {
        Some(&k) if !k.is_none() => Some(integer(vm, k)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1) / (divide ? k! : 1)`, with `k` small.
fn falling(vm: &mut Vm, n: &BigInt, k: &BigInt, divide: bool) -> PyResult<BigInt> {
    let Some(k) = k.to_u64().filter(|&k| k <= MAX_FACTORIAL_ARG) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 16777216"));
    };
    // The result has at most k * bits(n) bits; refuse what could never fit the heap.
    fits_heap(vm, k as f64 * n.bit_length() as f64)?;
    let mut acc = BigInt::one();
    for i in 0..k {
        if i % 256 == 255 {
            vm.check_interrupt()?;
        }
        acc = acc.mul(&n.sub(&BigInt::from_u64(i)));
        if divide {
            acc = BigInt::floordiv(&acc, &BigInt::from_u64(i + 1)).unwrap_or_default();
        }
    }
    Ok(acc)
}

fn comb(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "comb", args, kw, 2)?;
    let (n, k) = comb_perm_args(vm, args)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::small_int_unchecked(0));
    }
    let nk = n.sub(&k);
    let k = if nk < k { nk } else { k };
    let r = falling(vm, &n, &k, true)?;
    new_int(vm, &r)
}

fn perm(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() || args.is_empty() || args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(format!("perm expected at most 2 arguments, got {n}")));
    }
    if args.get(1).is_none_or(|k| k.is_none()) {
        return factorial(vm, &args[..1], kw);
    }
    let (n, k) = comb_perm_args(vm, args)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::small_int_unchecked(0));
    }
    let r = falling(vm, &n, &k, false)?;
    new_int(vm, &r)
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    want(vm, "isqrt", args, kw, 1)?;
    let n = integer(vm, args[0])?;
    match bigint::isqrt(&n) {
        Some(r) => new_int(vm, &r),
        None => Err(vm.value_error("isqrt() argument must be nonnegative")),
    }
}

/// The functions of `math`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("sqrt", sqrt),
    NativeFn::function("exp", exp),
    NativeFn::function("exp2", exp2),
    NativeFn::function("expm1", expm1),
    NativeFn::function("log", log),
    NativeFn::function("log2", log2),
    NativeFn::function("log10", log10),
    NativeFn::function("log1p", log1p),
    NativeFn::function("pow", pow),
    NativeFn::function("sin", sin),
    NativeFn::function("cos", cos),
    NativeFn::function("tan", tan),
    NativeFn::function("asin", asin),
    NativeFn::function("acos", acos),
    NativeFn::function("atan", atan),
    NativeFn::function("atan2", atan2),
    NativeFn::function("sinh", sinh),
    NativeFn::function("cosh", cosh),
    NativeFn::function("tanh", tanh),
    NativeFn::function("asinh", asinh),
    NativeFn::function("acosh", acosh),
    NativeFn::function("atanh", atanh),
    NativeFn::function("floor", floor),
    NativeFn::function("ceil", ceil),
    NativeFn::function("trunc", trunc),
    NativeFn::function("fabs", fabs),
    NativeFn::function("fmod", fmod),
    NativeFn::function("modf", modf),
    NativeFn::function("frexp", frexp),
    NativeFn::function("ldexp", ldexp),
    NativeFn::function("copysign", copysign),
    NativeFn::function("hypot", hypot),
    NativeFn::function("dist", dist),
    NativeFn::function("degrees", degrees),
    NativeFn::function("radians", radians),
    NativeFn::function("isfinite", isfinite),
    NativeFn::function("isinf", isinf),
    NativeFn::function("isnan", isnan),
    NativeFn::function("isclose", isclose),
    NativeFn::function("gcd", gcd),
    NativeFn::function("lcm", lcm),
    NativeFn::function("factorial", factorial),
    NativeFn::function("comb", comb),
    NativeFn::function("perm", perm),
    NativeFn::function("isqrt", isqrt),
    NativeFn::function("prod", prod),
    NativeFn::function("fsum", fsum),
    NativeFn::function("erf", erf),
    NativeFn::function("erfc", erfc),
    NativeFn::function("gamma", gamma),
    NativeFn::function("lgamma", lgamma),
    NativeFn::function("nextafter", nextafter),
    NativeFn::function("ulp", ulp),
    NativeFn::function("remainder", remainder),
    NativeFn::function("cbrt", cbrt),
];

/// Adds the constants `pi`, `e`, `tau`, `inf`, `nan`.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    for (name, x) in [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = float::new(vm, x)?;
        let r = vm.heap.push_root(v);
        let res = vm.intern(name).and_then(|k| dict::set(vm, d, k, v));
        vm.heap.pop_roots(r);
        res?;
    }
    Ok(())
}
