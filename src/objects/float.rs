// SPDX-License-Identifier: MIT
//! `float`: a boxed f64, `[lo hi]`. Arithmetic mixes with ints as Python does.

use alloc::string::String;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::float_fmt;
use super::float_math::{self, FloatErr};
use super::native::NativeFn;

/// A new float.
pub fn new(vm: &mut Vm, x: f64) -> PyResult<Value> {
    let v = vm.alloc(Kind::Float, 2)?;
    let bits = x.to_bits();
    let p = vm.heap.payload_mut(v);
    p[0] = bits as u32;
    p[1] = (bits >> 32) as u32;
    Ok(v)
}

/// The value of a float (0.0 for anything else).
pub fn get(vm: &Vm, v: Value) -> f64 {
    let v = vm.builtin_value(v);
    let p = vm.heap.payload(v);
    let lo = p.first().copied().unwrap_or(0) as u64;
    let hi = p.get(1).copied().unwrap_or(0) as u64;
    f64::from_bits(lo | (hi << 32))
}

/// Is `v` a float (or float subclass instance)?
pub fn is_float(vm: &Vm, v: Value) -> bool {
    vm.heap.kind(vm.builtin_value(v)) == Kind::Float
}

/// The f64 value of an int or float operand, None for other types.
pub fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if v.is_small_int() {
        return Ok(Some(v.as_small_int() as f64));
    }
    if is_float(vm, v) {
        return Ok(Some(get(vm, v)));
    }
    if vm.is_int(v) {
        return super::int::to_f64(vm, v).map(Some);
    }
    Ok(None)
}

/// `a op b` where at least one side is a float and the other an int or float; Ok(None)
/// otherwise.
pub fn binary_op(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_float(vm, a) && !is_float(vm, b) {
        return Ok(None);
    }
    // Instances of float subclasses go through their class's special methods first.
    if vm.heap.kind(a) == Kind::Instance || vm.heap.kind(b) == Kind::Instance {
        return Ok(None);
    }
    let Some(x) = operand(vm, a)? else {
        return Ok(None);
    };
    let Some(y) = operand(vm, b)? else {
        return Ok(None);
    };
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinaryOp::FloorDiv => match float_fmt::float_floordiv_mod(x, y) {
            Some((q, _)) => q,
            None => return Err(vm.zero_division("float floor division by zero")),
        },
        BinaryOp::Mod => match float_fmt::float_floordiv_mod(x, y) {
            Some((_, m)) => m,
            None => return Err(vm.zero_division("float modulo")),
        },
        BinaryOp::Pow => return pow_values(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    new(vm, r).map(Some)
}

/// `x ** y` for floats, with Python's errors.
pub fn pow_values(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    // Without the platform's libm, integral powers are computed correctly rounded (the
    // `libm` crate's pow can be 1 ulp off where glibc, CPython's, is right).
    #[cfg(not(feature = "std"))]
    if let Some(r) = pow_integral(x, y) {
        if r.is_infinite() {
            return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
        }
        return new(vm, r);
    }
    match float_math::pow(x, y) {
        Ok(r) => new(vm, r),
        #[cfg(feature = "complex")]
        Err(FloatErr::ComplexResult) => {
            // A negative base to a fractional power is complex, as in CPython.
            let c = super::complex::new(vm, x, 0.0)?;
            let d = vm.heap.push_root(c);
            let r = new(vm, y).and_then(|yv| {
                vm.heap.push_root(yv);
                super::complex::binary_op(vm, BinaryOp::Pow, c, yv)
            });
            vm.heap.pop_roots(d);
            match r? {
                Some(v) => Ok(v),
                None => Err(vm.value_error("math domain error")),
            }
        }
        #[cfg(not(feature = "complex"))]
        Err(FloatErr::ComplexResult) => {
            Err(vm.value_error("math domain error (complex result is not supported)"))
        }
        Err(FloatErr::ZeroToNegativePower) => {
            Err(vm.zero_division("0.0 cannot be raised to a negative power"))
        }
        Err(FloatErr::Overflow) => Err(vm.overflow_error("(34, 'Numerical result out of range')")),
        Err(e) => Err(vm.value_error(e.message())),
    }
}

#[cfg_attr(feature = "std", allow(dead_code))]
/// `x ** n` for a finite `x` and an integral `y`, correctly rounded (as the C library CPython
/// uses): exponentiation by squaring in double-double arithmetic, about 100 bits, then one
/// rounding. None when another path must decide (special values, huge or tiny intermediates
/// where the double-double tail would lose bits); the caller then uses `float_math::pow`.
fn pow_integral(x: f64, y: f64) -> Option<f64> {
    const LIMIT: f64 = 1e290;
    const TINY: f64 = 1e-290;
    if !x.is_finite() || x == 0.0 || y.is_nan() || libm::trunc(y) != y || y.abs() > 9.0e15 {
        return None;
    }
    if y == 0.0 || y == 1.0 {
        return None;
    }
    let negate = x < 0.0 && libm::fmod(y, 2.0) != 0.0;
    let ax = x.abs();
    if ax == 1.0 || !(TINY..=LIMIT).contains(&ax) {
        return None;
    }
    // The base as a double-double: |x|, or 1/|x| for a negative exponent.
    let mut base = if y > 0.0 {
        (ax, 0.0)
    } else {
        let q = 1.0 / ax;
        let (p, e) = two_prod(q, ax);
        let r = ((1.0 - p) - e) / ax;
        quick_two_sum(q, r)
    };
    let mut n = y.abs() as u64;
    let mut acc = (1.0, 0.0);
    let in_range = |v: (f64, f64)| v.0.is_finite() && (TINY..=LIMIT).contains(&v.0.abs());
    loop {
        if n & 1 == 1 {
            acc = dd_mul(acc, base);
            if !in_range(acc) {
                return None;
            }
        }
        n >>= 1;
        if n == 0 {
            break;
        }
        base = dd_mul(base, base);
        if !in_range(base) {
            return None;
        }
    }
    let r = acc.0 + acc.1;
    Some(if negate { -r } else { r })
}

/// Veltkamp's split of `a` into two halves of 26 bits.
fn split(a: f64) -> (f64, f64) {
    let t = 134_217_729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

/// `a * b` exactly, as the rounded product and its error (Dekker).
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    (p, e)
}

fn quick_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

fn dd_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (p, e) = two_prod(a.0, b.0);
    let e = e + (a.0 * b.1 + a.1 * b.0);
    quick_two_sum(p, e)
}

/// `repr(float)`.
pub fn repr(vm: &Vm, v: Value) -> String {
    float_fmt::repr(get(vm, v))
}

/// The methods of `float` (in `int_methods.rs`, with the other number methods).
pub static METHODS: &[NativeFn] = super::float_methods::METHODS;

#[cfg(test)]
mod tests {
    use super::pow_integral;

    #[test]
    fn integral_powers_are_correctly_rounded() {
        // Expected values: float(Fraction(x) ** n) in CPython.
        let cases = [
            (3.5, -2.0, 0.08163265306122448),
            (2.7433727846992786e-17, 9.0, 8.801636601181909e-150),
            (1.0317521192646764, 29.0, 2.4756298963484142),
            (9.12895882628166, -10.0, 2.487639916542529e-10),
            (-82347.23215542827, 30.0, 2.9476111388369872e+147),
            (-89275.18395253082, 55.0, -1.9507043633075408e+272),
            (0.1, 3.0, 0.0010000000000000002),
            (1.1, -7.0, 0.5131581182307065),
            (-2.5, 5.0, -97.65625),
            (7.0, 22.0, 3.9098210485829883e+18),
        ];
        for (x, n, want) in cases {
            assert_eq!(pow_integral(x, n), Some(want), "{x} ** {n}");
        }
        assert_eq!(pow_integral(2.0, 0.5), None);
        assert_eq!(pow_integral(1e300, 2.0), None);
        assert_eq!(pow_integral(f64::NAN, 2.0), None);
    }
}
