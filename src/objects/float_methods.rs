// SPDX-License-Identifier: MIT
//! The methods of `float` (the `float` feature). The operator dunders share their argument
//! handling with `int`'s (`int_methods`): only the float-specific methods live here, so a build
//! without floats compiles none of them.

use alloc::format;
use alloc::string::String;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
use super::constructors::kwarg;
use super::int_methods::{
    binary, binops, builtin_new, cmpops, compare, divmod_impl, for_class, index_arg, nargs, no_kw,
    num_format, pow_impl, wrong_self, Num,
};
use super::native::NativeFn;
use super::{float, float_fmt, int, tuple};

/// `self` of a float method, as an f64.
pub(super) fn self_float(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(&s) if float::is_float(vm, s) => Ok(float::get(vm, s)),
        Some(&s) => Err(wrong_self(vm, s, name, "float")),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'float' object needs an argument"
        ))),
    }
}

binops! {
    fl_add, Num::Float, BinaryOp::Add, false, "__add__";
    fl_radd, Num::Float, BinaryOp::Add, true, "__radd__";
    fl_sub, Num::Float, BinaryOp::Sub, false, "__sub__";
    fl_rsub, Num::Float, BinaryOp::Sub, true, "__rsub__";
    fl_mul, Num::Float, BinaryOp::Mul, false, "__mul__";
    fl_rmul, Num::Float, BinaryOp::Mul, true, "__rmul__";
    fl_truediv, Num::Float, BinaryOp::TrueDiv, false, "__truediv__";
    fl_rtruediv, Num::Float, BinaryOp::TrueDiv, true, "__rtruediv__";
    fl_floordiv, Num::Float, BinaryOp::FloorDiv, false, "__floordiv__";
    fl_rfloordiv, Num::Float, BinaryOp::FloorDiv, true, "__rfloordiv__";
    fl_mod, Num::Float, BinaryOp::Mod, false, "__mod__";
    fl_rmod, Num::Float, BinaryOp::Mod, true, "__rmod__";
}

cmpops! {
    fl_eq, Num::Float, CompareOp::Eq, "__eq__";
    fl_ne, Num::Float, CompareOp::Ne, "__ne__";
    fl_lt, Num::Float, CompareOp::Lt, "__lt__";
    fl_le, Num::Float, CompareOp::Le, "__le__";
    fl_gt, Num::Float, CompareOp::Gt, "__gt__";
    fl_ge, Num::Float, CompareOp::Ge, "__ge__";
}

fn fl_divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    divmod_impl(vm, args, Num::Float, false)
}
fn fl_rdivmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    divmod_impl(vm, args, Num::Float, true)
}
fn fl_pow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    pow_impl(vm, args, Num::Float, false)
}
fn fl_rpow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    pow_impl(vm, args, Num::Float, true)
}

fn fl_is_integer(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "is_integer", kw)?;
    let x = self_float(vm, args, "is_integer")?;
    nargs(vm, "is_integer", args, 0, 0)?;
    Ok(Value::bool(float_fmt::is_integer(x)))
}

fn fl_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "as_integer_ratio", kw)?;
    let x = self_float(vm, args, "as_integer_ratio")?;
    nargs(vm, "as_integer_ratio", args, 0, 0)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let Some((n, d)) = float_fmt::as_integer_ratio(x) else {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    };
    let nv = int::from_big(vm, &n)?;
    let r = vm.heap.push_root(nv);
    let dv = int::from_big(vm, &d);
    let t = dv.and_then(|dv| {
        let r2 = vm.heap.push_root(dv);
        let t = tuple::new(vm, &[nv, dv]);
        vm.heap.pop_roots(r2);
        t
    });
    vm.heap.pop_roots(r);
    t
}

fn fl_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "hex", kw)?;
    let x = self_float(vm, args, "hex")?;
    nargs(vm, "hex", args, 0, 0)?;
    let s = float_fmt::to_hex(x);
    vm.new_str(&s)
}

fn fl_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "fromhex", kw)?;
    let cls = args.first().copied().unwrap_or(TypeId::Float.value());
    nargs(vm, "fromhex", args, 1, 1)?;
    let Some(s) = vm.as_str(args[1]).map(String::from) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = match float_fmt::from_hex(&s) {
        Ok(f) => f,
        Err(e @ float_fmt::FromHexError::Overflow) => return Err(vm.overflow_error(e.message())),
        Err(e) => return Err(vm.value_error(e.message())),
    };
    let v = float::new(vm, f)?;
    for_class(vm, cls, TypeId::Float, v)
}

fn fl_identity(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let x = self_float(vm, args, name)?;
    nargs(vm, name, args, 0, 0)?;
    let s = args[0];
    if vm.heap.kind(s) == Kind::Float {
        return Ok(s);
    }
    float::new(vm, x)
}

fn fl_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    fl_identity(vm, args, "conjugate")
}

fn fl_float(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    fl_identity(vm, args, "__float__")
}

fn fl_pos(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    fl_identity(vm, args, "__pos__")
}

/// A float converted to int after `f` (trunc, floor, ceil, round), with CPython's errors.
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    match BigInt::from_f64(x) {
        Some(b) => int::from_big(vm, &b),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn fl_trunc(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__trunc__")?;
    nargs(vm, "__trunc__", args, 0, 0)?;
    float_to_int(vm, libm::trunc(x))
}

fn fl_int(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__int__")?;
    nargs(vm, "__int__", args, 0, 0)?;
    float_to_int(vm, libm::trunc(x))
}

fn fl_floor(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__floor__")?;
    nargs(vm, "__floor__", args, 0, 0)?;
    float_to_int(vm, libm::floor(x))
}

fn fl_ceil(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__ceil__")?;
    nargs(vm, "__ceil__", args, 0, 0)?;
    float_to_int(vm, libm::ceil(x))
}

/// `round(float, ndigits)`.
pub fn round_float(vm: &mut Vm, x: f64, ndigits: Option<Value>) -> PyResult<Value> {
    match ndigits.filter(|v| !v.is_none()) {
        None => float_to_int(vm, float_fmt::round_to_int(x)),
        Some(n) => {
            let n = index_arg(vm, n)?;
            let n = n.clamp(-400, 400) as i32;
            match float_fmt::round_half_even(x, n) {
                Some(r) => float::new(vm, r),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            }
        }
    }
}

fn fl_round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__round__")?;
    nargs(vm, "__round__", args, 0, 1)?;
    let nd = args.get(1).copied().or_else(|| kwarg(vm, kw, "ndigits"));
    round_float(vm, x, nd)
}

fn fl_neg(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__neg__")?;
    nargs(vm, "__neg__", args, 0, 0)?;
    float::new(vm, -x)
}

fn fl_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__abs__")?;
    nargs(vm, "__abs__", args, 0, 0)?;
    float::new(vm, x.abs())
}

fn fl_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__bool__")?;
    nargs(vm, "__bool__", args, 0, 0)?;
    Ok(Value::bool(x != 0.0))
}

fn fl_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    self_float(vm, args, "__hash__")?;
    nargs(vm, "__hash__", args, 0, 0)?;
    let v = vm.builtin_value(args[0]);
    let h = vm.hash(v)?;
    int::from_i64(vm, h)
}

fn fl_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__repr__")?;
    nargs(vm, "__repr__", args, 0, 0)?;
    let s = float_fmt::repr(x);
    vm.new_str(&s)
}

fn fl_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args, "__getnewargs__")?;
    nargs(vm, "__getnewargs__", args, 0, 0)?;
    let f = float::new(vm, x)?;
    let d = vm.heap.push_root(f);
    let t = tuple::new(vm, &[f]);
    vm.heap.pop_roots(d);
    t
}

fn fl_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    builtin_new(vm, args, kw, TypeId::Float)
}

/// The methods of `float`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::function("__new__", fl_new),
    NativeFn::method("is_integer", fl_is_integer),
    NativeFn::method("as_integer_ratio", fl_as_integer_ratio),
    NativeFn::method("hex", fl_hex),
    NativeFn::classmethod("fromhex", fl_fromhex),
    NativeFn::method("conjugate", fl_conjugate),
    NativeFn::method("__float__", fl_float),
    NativeFn::method("__pos__", fl_pos),
    NativeFn::method("__int__", fl_int),
    NativeFn::method("__trunc__", fl_trunc),
    NativeFn::method("__floor__", fl_floor),
    NativeFn::method("__ceil__", fl_ceil),
    NativeFn::method("__round__", fl_round),
    NativeFn::method("__neg__", fl_neg),
    NativeFn::method("__abs__", fl_abs),
    NativeFn::method("__bool__", fl_bool),
    NativeFn::method("__hash__", fl_hash),
    NativeFn::method("__repr__", fl_repr),
    NativeFn::method("__str__", fl_repr),
    NativeFn::method("__format__", num_format),
    NativeFn::method("__getnewargs__", fl_getnewargs),
    NativeFn::method("__add__", fl_add),
    NativeFn::method("__radd__", fl_radd),
    NativeFn::method("__sub__", fl_sub),
    NativeFn::method("__rsub__", fl_rsub),
    NativeFn::method("__mul__", fl_mul),
    NativeFn::method("__rmul__", fl_rmul),
    NativeFn::method("__truediv__", fl_truediv),
    NativeFn::method("__rtruediv__", fl_rtruediv),
    NativeFn::method("__floordiv__", fl_floordiv),
    NativeFn::method("__rfloordiv__", fl_rfloordiv),
    NativeFn::method("__mod__", fl_mod),
    NativeFn::method("__rmod__", fl_rmod),
    NativeFn::method("__divmod__", fl_divmod),
    NativeFn::method("__rdivmod__", fl_rdivmod),
    NativeFn::method("__pow__", fl_pow),
    NativeFn::method("__rpow__", fl_rpow),
    NativeFn::method("__eq__", fl_eq),
    NativeFn::method("__ne__", fl_ne),
    NativeFn::method("__lt__", fl_lt),
    NativeFn::method("__le__", fl_le),
    NativeFn::method("__gt__", fl_gt),
    NativeFn::method("__ge__", fl_ge),
];
