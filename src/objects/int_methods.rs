// SPDX-License-Identifier: MIT
//! The methods of `int`, `bool` and `float`.
//!
//! The operator dunders (`int.__add__(1, 2)`, `super().__add__(x)` in `class MyInt(int)`) work on
//! the builtin values through the VM's generic operators and return `NotImplemented` for
//! operand types the type does not handle itself, as CPython's slot wrappers do.

#[cfg(feature = "detailed-errors")]
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
use super::constructors::kwarg;
use super::native::NativeFn;
use super::{bytes, float, int, tuple};

#[cfg(any(feature = "special-methods", feature = "float"))]
mod dunders;
#[cfg(feature = "special-methods")]
use dunders::*;
#[cfg(feature = "float")]
pub(super) use dunders::{binary, binops, cmpops, compare, divmod_impl, pow_impl, Num};

// ---- argument helpers ----

/// `self` of an int method: the builtin int value (bools and subclass instances unwrapped to a
/// plain int), or CPython's descriptor TypeError.
fn self_int(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(error_msg!(
            "descriptor needs an argument",
            "descriptor '{name}' of 'int' object needs an argument"
        )));
    };
    if !vm.is_int(s) {
        return Err(wrong_self(vm, s, name, "int"));
    }
    Ok(plain_int(vm, s))
}

/// CPython's TypeError for a method called on the wrong type (slot wrappers, the dunders, word
/// it differently from methods).
pub(super) fn wrong_self(vm: &mut Vm, s: Value, name: &str, owner: &str) -> crate::vm::PyErr {
    #[cfg(not(feature = "detailed-errors"))]
    return vm.type_error("descriptor doesn't apply");
    #[cfg(feature = "detailed-errors")]
    {
        let t = vm.type_name(s);
        if name.starts_with("__") {
            vm.type_error(format!(
                "descriptor '{name}' requires a '{owner}' object but received a '{t}'"
            ))
        } else {
            vm.type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"
            ))
        }
    }
}

/// An int value with bools and subclass instances unwrapped.
fn plain_int(vm: &Vm, v: Value) -> Value {
    let b = vm.builtin_value(v);
    match b {
        Value::TRUE => Value::small_int_unchecked(1),
        Value::FALSE => Value::small_int_unchecked(0),
        _ => b,
    }
}

fn self_big(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    let v = self_int(vm, args, name)?;
    Ok(int::to_big(vm, v).unwrap_or_default())
}

/// Checks the number of positional arguments after `self`.
/// The slot wrappers (as opposed to methods) among the names checked by [`nargs`]: CPython
/// words their argument errors differently.
const SLOTS: &[&str] = &[
    "__int__",
    "__float__",
    "__index__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__bool__",
    "__hash__",
    "__repr__",
    "__str__",
];

pub(super) fn nargs(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        let owner = match args.first() {
            #[cfg(feature = "float")]
            Some(&a) if float::is_float(vm, a) || a == TypeId::Float.value() => "float",
            _ => "int",
        };
        return Err(if min == max {
            match min {
                0 if SLOTS.contains(&name) => vm.type_error(error_msg!(
                    "function takes wrong number of arguments",
                    "expected 0 arguments, got {n}"
                )),
                0 => vm.type_error(error_msg!(
                    "function takes wrong number of arguments",
                    "{owner}.{name}() takes no arguments ({n} given)"
                )),
                1 => vm.type_error(error_msg!(
                    "function takes wrong number of arguments",
                    "{owner}.{name}() takes exactly one argument ({n} given)"
                )),
                _ => vm.type_error(error_msg!(
                    "function takes wrong number of arguments",
                    "expected {min} arguments, got {n}"
                )),
            }
        } else {
            vm.type_error(error_msg!(
                "function takes wrong number of arguments",
                "{name} expected at most {max} argument{s}, got {n}",
                s = if max == 1 { "" } else { "s" }
            ))
        });
    }
    Ok(())
}

pub(super) fn no_kw(vm: &mut Vm, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    super::constructors::no_kwargs(vm, name, kw)
}

/// Rejects keyword arguments other than `allowed`.
fn check_kw(vm: &mut Vm, name: &str, kw: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let t = String::from(vm.str_text(*k).unwrap_or("?"));
        if !allowed.contains(&t.as_str()) {
            return Err(vm.type_error(error_msg!(
                "unexpected keyword argument",
                "{name}() got an unexpected keyword argument '{t}'"
            )));
        }
    }
    Ok(())
}

/// `arg` as an i64 index (`__index__` honoured), TypeError otherwise; huge values saturate.
pub(super) fn index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(v)
        ))),
    }
}

/// A `byteorder` argument: true for `'big'`.
fn byteorder_arg(vm: &mut Vm, name: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(true);
    };
    match vm.as_str(v) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(error_msg!(
            "byteorder must be str",
            "{name}() argument 'byteorder' must be str, not {t}",
            t = vm.arg_type_name(v)
        ))),
    }
}

/// Converts a result made for `int`/`float` to the class `cls` a classmethod was called on.
pub(super) fn for_class(vm: &mut Vm, cls: Value, base: TypeId, v: Value) -> PyResult<Value> {
    if cls == base.value() {
        return Ok(v);
    }
    let d = vm.heap.push_root(v);
    let r = vm.call(cls, &[v], &[]);
    vm.heap.pop_roots(d);
    r
}

// ---- int ----

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "bit_length", kw)?;
    let b = self_big(vm, args, "bit_length")?;
    nargs(vm, "bit_length", args, 0, 0)?;
    int::from_i64(vm, b.bit_length() as i64)
}

#[cfg(feature = "int-extras")]
fn int_bit_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "bit_count", kw)?;
    let b = self_big(vm, args, "bit_count")?;
    nargs(vm, "bit_count", args, 0, 0)?;
    let n: u64 = b.digits().iter().map(|d| d.count_ones() as u64).sum();
    int::from_i64(vm, n as i64)
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_big(vm, args, "to_bytes")?;
    check_kw(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    if args.len() > 3 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let length = args.get(1).copied().or_else(|| kwarg(vm, kw, "length"));
    let order = args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let signed = match kwarg(vm, kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let length = match length {
        Some(l) => {
            if vm.is_int(l) && int::as_i64(vm, l).is_none() {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            index_arg(vm, l)?
        }
        None => 1,
    };
    let big_endian = byteorder_arg(vm, "to_bytes", order)?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if length > (1 << 28) {
        return Err(vm.memory_error());
    }
    match b.to_bytes(length as usize, big_endian, signed) {
        Ok(out) => bytes::new(vm, &out),
        Err(e) => Err(vm.overflow_error(e.message())),
    }
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(TypeId::Int.value());
    check_kw(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    if args.len() > 3 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let Some(src) = args.get(1).copied().or_else(|| kwarg(vm, kw, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let order = args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let signed = match kwarg(vm, kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big_endian = byteorder_arg(vm, "from_bytes", order)?;
    let data = bytes_like_or_iterable(vm, src)?;
    let b = BigInt::from_bytes(&data, big_endian, signed);
    let v = if cls == TypeId::Bool.value() {
        Value::bool(!b.is_zero())
    } else {
        int::from_big(vm, &b)?
    };
    if cls == TypeId::Bool.value() {
        return Ok(v);
    }
    for_class(vm, cls, TypeId::Int, v)
}

/// The bytes of a bytes-like object, or of an iterable of ints (as `bytes(x)` would make).
fn bytes_like_or_iterable(vm: &mut Vm, src: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(vm, src) {
        return Ok(bytes::data(vm, src).to_vec());
    }
    if vm.as_str(src).is_some() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    if vm.is_int(src) || !super::iter::is_iterable(vm, src) {
        return Err(vm.type_error(error_msg!(
            "can't convert to bytes",
            "cannot convert '{t}' object to bytes",
            t = vm.type_name(src)
        )));
    }
    let (items, d) = vm.rooted_items(src)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let byte = int::as_i64(vm, x);
        match byte {
            Some(i) if (0..=255).contains(&i) => out.push(i as u8),
            // Out of range, however large (an int beyond i64 has no i64 value).
            _ if byte.is_some() || vm.is_int(x) => {
                vm.heap.pop_roots(d);
                return Err(vm.value_error("bytes must be in range(0, 256)"));
            }
            _ => {
                vm.heap.pop_roots(d);
                return Err(vm.type_error(error_msg!(
                    "can't convert to int",
                    "'{t}' object cannot be interpreted as an integer",
                    t = vm.type_name(x)
                )));
            }
        }
    }
    vm.heap.pop_roots(d);
    Ok(out)
}

fn is_bytes_like(vm: &Vm, v: Value) -> bool {
    matches!(
        vm.heap.kind(vm.builtin_value(v)),
        Kind::Bytes | Kind::ByteArray
    )
}

#[cfg(feature = "int-extras")]
fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "as_integer_ratio", kw)?;
    let v = self_int(vm, args, "as_integer_ratio")?;
    nargs(vm, "as_integer_ratio", args, 0, 0)?;
    tuple::new(vm, &[v, Value::small_int_unchecked(1)])
}

/// The identity methods of int (`__index__`, `__int__`, `__trunc__`, `__floor__`, `__ceil__`,
/// `__pos__`, `conjugate`): the plain int.
fn int_identity(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    no_kw(vm, name, kw)?;
    let v = self_int(vm, args, name)?;
    nargs(vm, name, args, 0, 0)?;
    Ok(v)
}

macro_rules! identities {
    ($($fname:ident, $name:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
                int_identity(vm, args, kw, $name)
            }
        )*
    };
}

#[cfg(feature = "int-extras")]
identities! {
    int_conjugate, "conjugate";
}

identities! {
    int_index, "__index__";
    int_int, "__int__";
    int_trunc, "__trunc__";
    int_floor, "__floor__";
    int_ceil, "__ceil__";
}

#[cfg(feature = "special-methods")]
identities! {
    int_pos, "__pos__";
}

#[cfg(feature = "float")]
fn int_float(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = self_int(vm, args, "__float__")?;
    nargs(vm, "__float__", args, 0, 0)?;
    let f = int::to_f64(vm, v)?;
    float::new(vm, f)
}

fn int_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_big(vm, args, "__bool__")?;
    nargs(vm, "__bool__", args, 0, 0)?;
    Ok(Value::bool(!b.is_zero()))
}

/// `round(int, ndigits)`: a multiple of `10**-ndigits`, halves to even.
pub fn round_int(vm: &mut Vm, x: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let x = plain_int(vm, x);
    let Some(n) = ndigits.filter(|v| !v.is_none()) else {
        return Ok(x);
    };
    let n = index_arg(vm, n)?;
    if n >= 0 {
        return Ok(x);
    }
    let b = int::to_big(vm, x).unwrap_or_default();
    // 10**k has more than k*3 bits: beyond the value's size the result is 0.
    let k = n.unsigned_abs();
    if k.saturating_mul(3) > b.bit_length() + 4 {
        return Ok(Value::small_int_unchecked(0));
    }
    let Some(p) = BigInt::from_i64(10).pow(k) else {
        return Err(vm.memory_error());
    };
    let Some((q, r)) = BigInt::divmod_floor(&b, &p) else {
        return Ok(x);
    };
    let twice = r.add(&r);
    let one = BigInt::one();
    let q = match twice.cmp(&p) {
        core::cmp::Ordering::Greater => q.add(&one),
        core::cmp::Ordering::Equal if q.is_odd() => q.add(&one),
        _ => q,
    };
    int::from_big(vm, &q.mul(&p))
}

fn int_round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_int(vm, args, "__round__")?;
    nargs(vm, "__round__", args, 0, 1)?;
    let nd = args.get(1).copied().or_else(|| kwarg(vm, kw, "ndigits"));
    round_int(vm, x, nd)
}

fn int_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = self_int(vm, args, "__hash__")?;
    nargs(vm, "__hash__", args, 0, 0)?;
    let h = vm.hash(v)?;
    int::from_i64(vm, h)
}

fn int_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_repr_value(vm, args, "__repr__")?;
    nargs(vm, "__repr__", args, 0, 0)?;
    vm.repr(s)
}

/// `self` for `__repr__`/`__format__` of int or bool (bools stay bools so `True` prints).
fn self_repr_value(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let _ = self_int(vm, args, name)?;
    Ok(vm.builtin_value(args[0]))
}

pub(super) fn num_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "__format__", kw)?;
    let s = match args.first() {
        Some(&a) if vm.is_int(a) || float::is_float(vm, a) => vm.builtin_value(a),
        _ => return Err(vm.type_error("descriptor '__format__' requires a number")),
    };
    let Some(&spec) = args.get(1) else {
        return Err(vm.type_error("__format__() takes exactly one argument (0 given)"));
    };
    if vm.as_str(spec).is_none() {
        return Err(vm.type_error(error_msg!(
            "format spec must be str",
            "__format__() argument must be str, not {t}",
            t = vm.arg_type_name(spec)
        )));
    }
    vm.format(s, spec)
}

/// `divmod(a, b)` for int and float operands (plain builtin values).
pub fn divmod_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    // Only when both are numbers: `divmod(b'x', 0.0)` is a TypeError first.
    if (float::is_float(vm, a) || float::is_float(vm, b)) && float::operand(vm, a)?.is_some() {
        if let Some(0.0) = float::operand(vm, b)? {
            return Err(vm.zero_division("float divmod()"));
        }
    }
    let q = vm.binary_op(BinaryOp::FloorDiv, a, b)?;
    let d = vm.heap.push_root(q);
    let r = vm.binary_op(BinaryOp::Mod, a, b);
    let t = r.and_then(|r| {
        let d2 = vm.heap.push_root(r);
        let t = tuple::new(vm, &[q, r]);
        vm.heap.pop_roots(d2);
        t
    });
    vm.heap.pop_roots(d);
    t
}

fn int_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = self_int(vm, args, "__getnewargs__")?;
    nargs(vm, "__getnewargs__", args, 0, 0)?;
    tuple::new(vm, &[v])
}

/// `int.__new__(cls, ...)`, `float.__new__(cls, ...)`, `bytes.__new__(cls, ...)`: the value made
/// as by calling the builtin type, wrapped in an instance when `cls` is a subclass.
pub fn builtin_new(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    own: TypeId,
) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{n}.__new__(): not enough arguments",
            n = own.name()
        )));
    };
    if let Some(t) = cls.as_builtin_type() {
        let t = TypeId::from_index(t).unwrap_or(own);
        if !super::class::is_subclass(vm, cls, own.value()) {
            return Err(vm.type_error(error_msg!(
                "not a subtype",
                "{n}.__new__({tn}): {tn} is not a subtype of {n}",
                n = own.name(),
                tn = t.name()
            )));
        }
        return super::class::call_builtin_type(vm, t, &args[1..], kw);
    }
    if vm.heap.kind(cls) != Kind::Class || !super::class::is_subclass(vm, cls, own.value()) {
        return Err(vm.type_error(error_msg!(
            "not a type object",
            "{n}.__new__(X): X is not a type object ({tn})",
            n = own.name(),
            tn = vm.type_name(cls)
        )));
    }
    super::class::object_new(vm, cls, &args[1..], kw)
}

fn int_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    builtin_new(vm, args, kw, TypeId::Int)
}

/// The methods of `int`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::function("__new__", int_new),
    NativeFn::method("bit_length", int_bit_length),
    #[cfg(feature = "int-extras")]
    NativeFn::method("bit_count", int_bit_count),
    NativeFn::method("to_bytes", int_to_bytes),
    NativeFn::classmethod("from_bytes", int_from_bytes),
    #[cfg(feature = "int-extras")]
    NativeFn::method("as_integer_ratio", int_as_integer_ratio),
    #[cfg(feature = "int-extras")]
    NativeFn::method("conjugate", int_conjugate),
    NativeFn::method("__index__", int_index),
    NativeFn::method("__int__", int_int),
    NativeFn::method("__trunc__", int_trunc),
    NativeFn::method("__floor__", int_floor),
    NativeFn::method("__ceil__", int_ceil),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__pos__", int_pos),
    #[cfg(feature = "float")]
    NativeFn::method("__float__", int_float),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__neg__", int_neg),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__invert__", int_invert),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__abs__", int_abs),
    NativeFn::method("__bool__", int_bool),
    NativeFn::method("__round__", int_round),
    NativeFn::method("__hash__", int_hash),
    NativeFn::method("__repr__", int_repr),
    NativeFn::method("__str__", int_repr),
    NativeFn::method("__format__", num_format),
    NativeFn::method("__getnewargs__", int_getnewargs),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__add__", int_add),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__radd__", int_radd),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__sub__", int_sub),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rsub__", int_rsub),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__mul__", int_mul),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rmul__", int_rmul),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__truediv__", int_truediv),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rtruediv__", int_rtruediv),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__floordiv__", int_floordiv),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rfloordiv__", int_rfloordiv),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__mod__", int_mod),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rmod__", int_rmod),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__divmod__", int_divmod),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rdivmod__", int_rdivmod),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__pow__", int_pow),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rpow__", int_rpow),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__lshift__", int_lshift),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rlshift__", int_rlshift),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rshift__", int_rshift),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rrshift__", int_rrshift),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__and__", int_and),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rand__", int_rand),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__or__", int_or),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__ror__", int_ror),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__xor__", int_xor),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__rxor__", int_rxor),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__eq__", int_eq),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__ne__", int_ne),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__lt__", int_lt),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__le__", int_le),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__gt__", int_gt),
    #[cfg(feature = "special-methods")]
    NativeFn::method("__ge__", int_ge),
];
