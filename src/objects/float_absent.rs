// SPDX-License-Identifier: MIT
//! `float` in a build without the `float` feature: no value is ever a float. The shared code
//! paths that handle floats (mixed arithmetic, comparisons, `abs`, `hash`...) keep calling
//! `is_float` and the rest; with the answer a constant `false` the compiler drops those paths,
//! so only the user-facing edges need their own `cfg` (literals, `float()`, `/`, format codes).

use crate::bytecode::BinaryOp;
use crate::gc::Value;
use crate::vm::{PyResult, Vm};

/// A new float: in this build, a TypeError saying floats are not supported (only reachable
/// through an operation whose result would be a float).
pub fn new(vm: &mut Vm, _x: f64) -> PyResult<Value> {
    Err(vm.type_error("float is not supported in this build"))
}

/// The value of a float: there are none.
pub fn get(_vm: &Vm, _v: Value) -> f64 {
    0.0
}

/// Is `v` a float? Never.
pub fn is_float(_vm: &Vm, _v: Value) -> bool {
    false
}

/// The f64 value of a number operand: none without floats (callers then take their int or
/// type-error paths).
pub fn operand(_vm: &mut Vm, _v: Value) -> PyResult<Option<f64>> {
    Ok(None)
}

/// Float arithmetic: never applies.
pub fn binary_op(_vm: &mut Vm, _op: BinaryOp, _a: Value, _b: Value) -> PyResult<Option<Value>> {
    Ok(None)
}
