// SPDX-License-Identifier: MIT
//! The operator dunders of `int` and `float` (`int.__add__(1, 2)`, `super().__lt__(x)` in
//! `class MyInt(int)`): the shared argument handling, and `int`'s own wrappers, which exist with
//! the `special-methods` feature only (MicroPython's `MICROPY_PY_ALL_SPECIAL_METHODS`; the
//! operators themselves never go through them).

#[cfg(feature = "special-methods")]
use crate::bytecode::UnaryOp;
use crate::bytecode::{BinaryOp, CompareOp};
use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::{divmod_values, self_int};
#[cfg(feature = "special-methods")]
use super::{nargs, self_big};
#[cfg(feature = "float")]
use crate::objects::float;
use crate::objects::int;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Num {
    // Only int's own wrappers (`special-methods`) make it.
    #[cfg_attr(not(feature = "special-methods"), allow(dead_code))]
    Int,
    #[cfg(feature = "float")]
    Float,
}

/// Does the `num` type's own operator accept `other`? (int: ints; float: ints and floats.)
fn accepts(vm: &Vm, num: Num, other: Value) -> bool {
    #[cfg(feature = "float")]
    if num == Num::Float && float::is_float(vm, other) {
        return true;
    }
    let _ = num;
    vm.is_int(other)
}

fn self_num(vm: &mut Vm, num: Num, args: &[Value], name: &str) -> PyResult<Value> {
    match num {
        // Bools stay bools, so `True.__and__(False)` is a bool as bool's own method gives.
        Num::Int => {
            self_int(vm, args, name)?;
            Ok(vm.builtin_value(args[0]))
        }
        #[cfg(feature = "float")]
        Num::Float => {
            crate::objects::float_methods::self_float(vm, args, name)?;
            Ok(vm.builtin_value(args[0]))
        }
    }
}

pub(crate) fn binary(
    vm: &mut Vm,
    args: &[Value],
    num: Num,
    op: BinaryOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, num, name)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if reflected {
        vm.binary_op(op, b, a)
    } else {
        vm.binary_op(op, a, b)
    }
}

/// The receiver and the other operand of a binary dunder (`int.__add__(a, b)`), or None when
/// the other operand is not a number of this kind (the dunder returns `NotImplemented`).
fn operands(vm: &mut Vm, args: &[Value], num: Num, name: &str) -> PyResult<Option<(Value, Value)>> {
    let a = self_num(vm, num, args, name)?;
    if args.len() != 2 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let b = args[1];
    if !accepts(vm, num, b) {
        return Ok(None);
    }
    Ok(Some((a, plain_int_or_float(vm, b))))
}

fn plain_int_or_float(vm: &Vm, v: Value) -> Value {
    vm.builtin_value(v)
}

pub(crate) fn compare(
    vm: &mut Vm,
    args: &[Value],
    num: Num,
    op: CompareOp,
    name: &str,
) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, num, name)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    vm.compare(a, b, op)
}

pub(crate) fn divmod_impl(
    vm: &mut Vm,
    args: &[Value],
    num: Num,
    reflected: bool,
) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let a = self_num(vm, num, args, name)?;
    let Some(&b) = args.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if !accepts(vm, num, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let b = plain_int_or_float(vm, b);
    if reflected {
        divmod_values(vm, b, a)
    } else {
        divmod_values(vm, a, b)
    }
}

pub(crate) fn pow_impl(vm: &mut Vm, args: &[Value], num: Num, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let a = self_num(vm, num, args, name)?;
    let Some(&b) = args.get(1) else {
        return Err(vm.type_error(" expected at least 1 argument, got 0"));
    };
    if !accepts(vm, num, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let b = plain_int_or_float(vm, b);
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match args.get(2) {
        Some(&m) if !m.is_none() => {
            #[cfg(feature = "float")]
            if num == Num::Float {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            if !vm.is_int(m) || !vm.is_int(y) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            if !cfg!(feature = "pow3") {
                return Err(vm.type_error("pow() with 3 arguments not supported in this build"));
            }
            int::pow_mod(vm, x, y, m)
        }
        _ => vm.binary_op(BinaryOp::Pow, x, y),
    }
}

#[allow(unused_macros)]
macro_rules! binops {
    ($($fname:ident, $num:expr, $op:expr, $refl:expr, $name:expr;)*) => {
        $(
            pub(crate) fn $fname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                binary(vm, args, $num, $op, $refl, $name)
            }
        )*
    };
}
#[cfg(feature = "float")]
pub(crate) use binops;

#[cfg(feature = "special-methods")]
binops! {
    int_add, Num::Int, BinaryOp::Add, false, "__add__";
    int_radd, Num::Int, BinaryOp::Add, true, "__radd__";
    int_sub, Num::Int, BinaryOp::Sub, false, "__sub__";
    int_rsub, Num::Int, BinaryOp::Sub, true, "__rsub__";
    int_mul, Num::Int, BinaryOp::Mul, false, "__mul__";
    int_rmul, Num::Int, BinaryOp::Mul, true, "__rmul__";
    int_truediv, Num::Int, BinaryOp::TrueDiv, false, "__truediv__";
    int_rtruediv, Num::Int, BinaryOp::TrueDiv, true, "__rtruediv__";
    int_floordiv, Num::Int, BinaryOp::FloorDiv, false, "__floordiv__";
    int_rfloordiv, Num::Int, BinaryOp::FloorDiv, true, "__rfloordiv__";
    int_mod, Num::Int, BinaryOp::Mod, false, "__mod__";
    int_rmod, Num::Int, BinaryOp::Mod, true, "__rmod__";
    int_lshift, Num::Int, BinaryOp::LShift, false, "__lshift__";
    int_rlshift, Num::Int, BinaryOp::LShift, true, "__rlshift__";
    int_rshift, Num::Int, BinaryOp::RShift, false, "__rshift__";
    int_rrshift, Num::Int, BinaryOp::RShift, true, "__rrshift__";
    int_and, Num::Int, BinaryOp::And, false, "__and__";
    int_rand, Num::Int, BinaryOp::And, true, "__rand__";
    int_or, Num::Int, BinaryOp::Or, false, "__or__";
    int_ror, Num::Int, BinaryOp::Or, true, "__ror__";
    int_xor, Num::Int, BinaryOp::Xor, false, "__xor__";
    int_rxor, Num::Int, BinaryOp::Xor, true, "__rxor__";
}

#[allow(unused_macros)]
macro_rules! cmpops {
    ($($fname:ident, $num:expr, $op:expr, $name:expr;)*) => {
        $(
            pub(crate) fn $fname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                compare(vm, args, $num, $op, $name)
            }
        )*
    };
}
#[cfg(feature = "float")]
pub(crate) use cmpops;

#[cfg(feature = "special-methods")]
cmpops! {
    int_eq, Num::Int, CompareOp::Eq, "__eq__";
    int_ne, Num::Int, CompareOp::Ne, "__ne__";
    int_lt, Num::Int, CompareOp::Lt, "__lt__";
    int_le, Num::Int, CompareOp::Le, "__le__";
    int_gt, Num::Int, CompareOp::Gt, "__gt__";
    int_ge, Num::Int, CompareOp::Ge, "__ge__";
}

#[cfg(feature = "special-methods")]
pub(super) fn int_divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    divmod_impl(vm, args, Num::Int, false)
}
#[cfg(feature = "special-methods")]
pub(super) fn int_rdivmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    divmod_impl(vm, args, Num::Int, true)
}
#[cfg(feature = "special-methods")]
pub(super) fn int_pow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    pow_impl(vm, args, Num::Int, false)
}
#[cfg(feature = "special-methods")]
pub(super) fn int_rpow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    pow_impl(vm, args, Num::Int, true)
}

#[cfg(feature = "special-methods")]
pub(super) fn int_unary(vm: &mut Vm, args: &[Value], op: UnaryOp, name: &str) -> PyResult<Value> {
    let v = self_int(vm, args, name)?;
    nargs(vm, name, args, 0, 0)?;
    int::unary(vm, op, v)
}

#[cfg(feature = "special-methods")]
pub(super) fn int_neg(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    int_unary(vm, args, UnaryOp::Neg, "__neg__")
}

#[cfg(feature = "special-methods")]
pub(super) fn int_invert(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    int_unary(vm, args, UnaryOp::Invert, "__invert__")
}

#[cfg(feature = "special-methods")]
pub(super) fn int_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_big(vm, args, "__abs__")?;
    nargs(vm, "__abs__", args, 0, 0)?;
    int::from_big(vm, &b.abs())
}
