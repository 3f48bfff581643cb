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
    match float_math::pow(x, y) {
        Ok(r) => new(vm, r),
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

/// `repr(float)`.
pub fn repr(vm: &Vm, v: Value) -> String {
    float_fmt::repr(get(vm, v))
}

/// The methods of `float` (in `int_methods.rs`, with the other number methods).
pub static METHODS: &[NativeFn] = super::int_methods::FLOAT_METHODS;
