// SPDX-License-Identifier: MIT
//! Slot wrappers: the special methods builtin types expose as attributes (`list.__repr__`,
//! `"a".__add__`, `dict.__len__`, `iter([]).__next__`, `f.__get__`...).
//!
//! CPython generates these from each type's C slots. Here one static table, [`SLOTS`], maps a
//! dunder name to one of the VM's generic operations (binary operators, comparison, item access,
//! `len`, `in`, `iter`, `next`, hashing, `repr`, `str`, truth, unary operators, calling, the
//! descriptor protocol), and a bit mask per builtin type says which of them the type defines
//! itself (the masks were taken from CPython 3.11's `T.__dict__`). A slot wrapper is the native
//! function `Value::native((SLOT_OWNER + type) << 8 | slot)`: the owner names the type, so a call
//! can check its receiver (`list.__len__("x")` is a TypeError) before running the generic
//! operation on the builtin value (a `class S(list)` instance is unwrapped, so `super().__repr__()`
//! never re-enters the subclass's own method). Methods a type's own table defines (`int.__add__`,
//! `list.__getitem__`) take precedence over the slots of the same name.

use crate::bytecode::CompareOp;
#[cfg(feature = "special-methods")]
use crate::bytecode::{BinaryOp, UnaryOp};
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::{Binding, NativeFn};
use super::types::TypeId;
use super::{function as func, int};

/// Native-function owners at and above this are slot wrappers: `owner - SLOT_OWNER` is the type.
pub const SLOT_OWNER: u32 = 0x1000;

/// The generic operation behind a slot.
#[derive(Clone, Copy)]
enum Op {
    Repr,
    Str,
    Hash,
    Bool,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Iter,
    Next,
    Cmp(CompareOp),
    #[cfg(feature = "special-methods")]
    Bin(BinaryOp),
    #[cfg(feature = "special-methods")]
    RBin(BinaryOp),
    #[cfg(feature = "special-methods")]
    IBin(BinaryOp),
    #[cfg(feature = "special-methods")]
    Unary(UnaryOp),
    #[cfg(feature = "special-methods")]
    Abs,
    Call,
    Get,
    Set,
    Delete,
}

macro_rules! slot_table {
    ($( $(#[$m:meta])* $name:literal => $op:expr , )*) => {
        /// The slots, in mask-bit order.
        static SLOTS: &[(&str, Op)] = &[ $( $(#[$m])* ($name, $op), )* ];
        /// The same as native functions (their names for repr and `__name__`; calls go
        /// through [`call`], which knows the owning type).
        static NATIVE: &[NativeFn] = &[ $( $(#[$m])* NativeFn::method($name, unbound), )* ];
    };
}

slot_table! {
    "__repr__" => Op::Repr,
    "__str__" => Op::Str,
    "__hash__" => Op::Hash,
    "__bool__" => Op::Bool,
    "__len__" => Op::Len,
    "__getitem__" => Op::GetItem,
    "__setitem__" => Op::SetItem,
    "__delitem__" => Op::DelItem,
    "__contains__" => Op::Contains,
    "__iter__" => Op::Iter,
    "__next__" => Op::Next,
    "__eq__" => Op::Cmp(CompareOp::Eq),
    "__ne__" => Op::Cmp(CompareOp::Ne),
    #[cfg(feature = "special-methods")]
    "__lt__" => Op::Cmp(CompareOp::Lt),
    #[cfg(feature = "special-methods")]
    "__le__" => Op::Cmp(CompareOp::Le),
    #[cfg(feature = "special-methods")]
    "__gt__" => Op::Cmp(CompareOp::Gt),
    #[cfg(feature = "special-methods")]
    "__ge__" => Op::Cmp(CompareOp::Ge),
    #[cfg(feature = "special-methods")]
    "__add__" => Op::Bin(BinaryOp::Add),
    #[cfg(feature = "special-methods")]
    "__radd__" => Op::RBin(BinaryOp::Add),
    #[cfg(feature = "special-methods")]
    "__sub__" => Op::Bin(BinaryOp::Sub),
    #[cfg(feature = "special-methods")]
    "__rsub__" => Op::RBin(BinaryOp::Sub),
    #[cfg(feature = "special-methods")]
    "__mul__" => Op::Bin(BinaryOp::Mul),
    #[cfg(feature = "special-methods")]
    "__rmul__" => Op::RBin(BinaryOp::Mul),
    #[cfg(feature = "special-methods")]
    "__mod__" => Op::Bin(BinaryOp::Mod),
    #[cfg(feature = "special-methods")]
    "__rmod__" => Op::RBin(BinaryOp::Mod),
    #[cfg(feature = "special-methods")]
    "__and__" => Op::Bin(BinaryOp::And),
    #[cfg(feature = "special-methods")]
    "__rand__" => Op::RBin(BinaryOp::And),
    #[cfg(feature = "special-methods")]
    "__or__" => Op::Bin(BinaryOp::Or),
    #[cfg(feature = "special-methods")]
    "__ror__" => Op::RBin(BinaryOp::Or),
    #[cfg(feature = "special-methods")]
    "__xor__" => Op::Bin(BinaryOp::Xor),
    #[cfg(feature = "special-methods")]
    "__rxor__" => Op::RBin(BinaryOp::Xor),
    #[cfg(feature = "special-methods")]
    "__iadd__" => Op::IBin(BinaryOp::Add),
    #[cfg(feature = "special-methods")]
    "__imul__" => Op::IBin(BinaryOp::Mul),
    #[cfg(feature = "special-methods")]
    "__isub__" => Op::IBin(BinaryOp::Sub),
    #[cfg(feature = "special-methods")]
    "__iand__" => Op::IBin(BinaryOp::And),
    #[cfg(feature = "special-methods")]
    "__ior__" => Op::IBin(BinaryOp::Or),
    #[cfg(feature = "special-methods")]
    "__ixor__" => Op::IBin(BinaryOp::Xor),
    #[cfg(feature = "special-methods")]
    "__neg__" => Op::Unary(UnaryOp::Neg),
    #[cfg(feature = "special-methods")]
    "__pos__" => Op::Unary(UnaryOp::Pos),
    #[cfg(feature = "special-methods")]
    "__abs__" => Op::Abs,
    #[cfg(feature = "special-methods")]
    "__invert__" => Op::Unary(UnaryOp::Invert),
    #[cfg(feature = "special-methods")]
    "__truediv__" => Op::Bin(BinaryOp::TrueDiv),
    #[cfg(feature = "special-methods")]
    "__rtruediv__" => Op::RBin(BinaryOp::TrueDiv),
    #[cfg(feature = "special-methods")]
    "__pow__" => Op::Bin(BinaryOp::Pow),
    #[cfg(feature = "special-methods")]
    "__rpow__" => Op::RBin(BinaryOp::Pow),
    "__call__" => Op::Call,
    "__get__" => Op::Get,
    "__set__" => Op::Set,
    "__delete__" => Op::Delete,
}

const HASH_BIT: u64 = 1 << 2;
const ITERATOR: u64 = 0x600;

/// The slots type `t` defines itself, and those it sets to None, in the bit order of [`SLOTS`].
fn masks(t: TypeId) -> (u64, u64) {
    let (defined, none) = full_masks(t);
    #[cfg(not(feature = "special-methods"))]
    return (squeeze(defined), squeeze(none));
    #[cfg(feature = "special-methods")]
    (defined, none)
}

/// Without `special-methods` the operator slots (bits 13 to 44 of [`full_masks`]) are not in
/// the table, so the four slots after them (`__call__`...) move down to bits 13 to 16.
#[cfg(not(feature = "special-methods"))]
const fn squeeze(m: u64) -> u64 {
    (m & 0x1fff) | ((m >> 45) << 13)
}

/// The slots type `t` defines itself (CPython 3.11's `t.__dict__`), and those it sets to None
/// (`list.__hash__ is None`), with every slot of the full table.
fn full_masks(t: TypeId) -> (u64, u64) {
    match t {
        TypeId::Object => (0x1f807, 0),
        TypeId::Type => (0x2000_1800_0001, 0),
        TypeId::NoneType | TypeId::NotImplementedType => (0x9, 0),
        TypeId::Bool => (0x7e00_0001, 0),
        TypeId::Int => (0x1fe0_7fff_f80d, 0),
        TypeId::Float => (0x1ee0_01ff_f80d, 0),
        TypeId::Complex => (0x1ee0_007f_f80d, 0),
        TypeId::Str | TypeId::Bytes => (0x01e3_fb37, 0),
        TypeId::ByteArray => (0x1_81e3_fbf3, HASH_BIT),
        TypeId::List => (0x1_8063_fbf1, HASH_BIT),
        TypeId::Tuple => (0x63_fb35, 0),
        TypeId::Dict => (0x8_1801_fbf1, HASH_BIT),
        TypeId::Set => (0x1e_7e19_fb11, HASH_BIT),
        TypeId::FrozenSet => (0x7e19_fb15, 0),
        TypeId::Range => (0x1_fb3d, 0),
        TypeId::Slice => (0x1_f801, HASH_BIT),
        TypeId::Function => (0x6000_0000_0001, 0),
        TypeId::BuiltinFunction | TypeId::Method => (0x2000_0001_f805, 0),
        TypeId::Code => (0x1_f805, 0),
        TypeId::Cell => (0x1_f801, HASH_BIT),
        TypeId::Generator => (0x601, 0),
        TypeId::Coroutine | TypeId::AsyncGenerator | TypeId::Module | TypeId::Ellipsis => (1, 0),
        TypeId::DictKeys | TypeId::DictItems => (0x7e19_fb11, HASH_BIT),
        TypeId::DictValues => (0x211, 0),
        // `__get__`, `__set__`, `__delete__`.
        TypeId::Property => (0x0001_c000_0000_0000, 0),
        TypeId::StaticMethod => (0x6000_0000_0001, 0),
        TypeId::ClassMethod => (0x4000_0000_0001, 0),
        TypeId::MemoryView => (0x1_faf5, 0),
        t if is_iterator_type(t) => (ITERATOR, 0),
        _ => (0, 0),
    }
}

/// The builtin iterator types: `__iter__` and `__next__` only.
fn is_iterator_type(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::Iterator
            | TypeId::Enumerate
            | TypeId::Zip
            | TypeId::Map
            | TypeId::Filter
            | TypeId::Reversed
    ) || super::iter::is_iterator_type(t)
}

/// The slot wrapper `name` of type `t`, if `t` defines it (None-valued slots come back as
/// `(None, Static)`, which every lookup path returns as the attribute's value).
pub fn find(t: TypeId, name: &str) -> Option<(Value, Binding)> {
    if !name.starts_with("__") {
        return None;
    }
    let (defined, none) = masks(t);
    let i = SLOTS.iter().position(|(n, _)| *n == name)?;
    if none & (1 << i) != 0 {
        return Some((Value::NONE, Binding::Static));
    }
    if defined & (1 << i) == 0 {
        return None;
    }
    let owner = SLOT_OWNER + t as u32;
    Some((super::native::native_value(owner, i), Binding::Method))
}

/// The names of the slots `t` defines (for `dir()`).
pub fn names(t: TypeId) -> impl Iterator<Item = &'static str> {
    let (defined, none) = masks(t);
    SLOTS
        .iter()
        .enumerate()
        .filter(move |(i, _)| (defined | none) & (1 << i) != 0)
        .map(|(_, (n, _))| *n)
}

/// Is `name` a special method CPython derives from a type slot (a "slot wrapper", rather than
/// a plain method)? Only the wording of reprs and messages depends on it.
pub fn is_slot_name(name: &str) -> bool {
    const MORE: &[&str] = &[
        "__index__",
        "__int__",
        "__float__",
        "__floordiv__",
        "__rfloordiv__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__divmod__",
        "__rdivmod__",
        "__init__",
        "__setattr__",
        "__delattr__",
        "__getattribute__",
        "__matmul__",
        "__rmatmul__",
    ];
    SLOTS.iter().any(|(n, _)| *n == name) || MORE.contains(&name)
}

/// The type whose instance method (or slot wrapper) native `id` is; None for builtin
/// functions, module functions, classmethods and staticmethods.
pub fn method_owner(id: u32) -> Option<TypeId> {
    let owner = id >> 8;
    if owner >= SLOT_OWNER {
        return TypeId::from_index(owner - SLOT_OWNER);
    }
    if owner >= super::native::MODULE_OWNER {
        return None;
    }
    let nf = super::native::lookup(id)?;
    if nf.binding != Binding::Method {
        return None;
    }
    TypeId::from_index(owner)
}

/// The native function of slot `index` (names, repr).
pub fn native(index: u32) -> Option<&'static NativeFn> {
    NATIVE.get(index as usize)
}

fn unbound(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.type_error("slot wrapper called without its type"))
}

/// Calls slot wrapper `id` (a native id whose owner is at or above [`SLOT_OWNER`]).
pub fn call(vm: &mut Vm, id: u32, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let owner = (id >> 8) - SLOT_OWNER;
    let index = (id & 0xff) as usize;
    let (Some(t), Some(&(name, op))) = (TypeId::from_index(owner), SLOTS.get(index)) else {
        return Err(vm.type_error("bad slot wrapper"));
    };
    let Some(&s) = args.first() else {
        return Err(vm.type_error(error_msg!(
            "descriptor needs an argument",
            "descriptor '{name}' of '{tn}' object needs an argument",
            tn = t.name()
        )));
    };
    if !receiver_ok(vm, s, t) {
        return Err(vm.type_error(error_msg!(
            "descriptor doesn't apply",
            "descriptor '{name}' requires a '{tn}' object but received a '{got}'",
            tn = t.name(),
            got = vm.type_name(s)
        )));
    }
    let rest = &args[1..];
    if !matches!(op, Op::Call) && !kw.is_empty() {
        return Err(vm.type_error(error_msg!(
            "function doesn't take keyword arguments",
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let want = match op {
        Op::Repr | Op::Str | Op::Hash | Op::Bool | Op::Len | Op::Iter | Op::Next => 0..=0,
        #[cfg(feature = "special-methods")]
        Op::Unary(_) | Op::Abs => 0..=0,
        Op::SetItem | Op::Set => 2..=2,
        Op::Get => 1..=2,
        Op::Call => 0..=usize::MAX,
        #[cfg(feature = "special-methods")]
        Op::Bin(BinaryOp::Pow) | Op::RBin(BinaryOp::Pow) => 1..=2,
        _ => 1..=1,
    };
    if !want.contains(&rest.len()) {
        let n = rest.len();
        let msg = match (want.start(), want.end()) {
            (a, b) if a == b => {
                error_msg!(
                    "function takes wrong number of arguments",
                    "expected {a} argument{s}, got {n}",
                    s = if *a == 1 { "" } else { "s" }
                )
            }
            (a, _) if n < *a => error_msg!(
                "function takes wrong number of arguments",
                "expected at least {a} argument, got {n}"
            ),
            (_, b) => error_msg!(
                "function takes wrong number of arguments",
                "expected at most {b} arguments, got {n}"
            ),
        };
        return Err(vm.type_error(msg));
    }
    let v = vm.builtin_value(s);
    let arg = rest.first().copied().unwrap_or(Value::NULL);
    match op {
        Op::Repr => vm.repr(v),
        Op::Str => vm.to_str(v),
        Op::Hash => {
            let h = vm.hash(v)?;
            int::from_i64(vm, h)
        }
        Op::Bool => vm.truthy(v).map(Value::bool),
        Op::Len => {
            let n = vm.len(v)?;
            int::from_i64(vm, n as i64)
        }
        Op::GetItem => vm.getitem(v, arg),
        Op::SetItem => vm.setitem(v, arg, rest[1]).map(|_| Value::NONE),
        Op::DelItem => vm.delitem(v, arg).map(|_| Value::NONE),
        Op::Contains => vm.contains(v, arg).map(Value::bool),
        Op::Iter => vm.iter(v),
        Op::Next => match vm.next(v)? {
            Some(x) => Ok(x),
            None => Err(vm.raise_new(TypeId::StopIteration, "")),
        },
        Op::Cmp(c) => compare(vm, t, v, arg, c),
        #[cfg(feature = "special-methods")]
        Op::Bin(b) => binary(vm, t, v, arg, b, false),
        #[cfg(feature = "special-methods")]
        Op::RBin(b) => binary(vm, t, v, arg, b, true),
        #[cfg(feature = "special-methods")]
        Op::IBin(b) => inplace(vm, t, s, v, arg, b),
        #[cfg(feature = "special-methods")]
        Op::Unary(u) => vm.unary_op(u, v),
        #[cfg(feature = "special-methods")]
        Op::Abs => abs(vm, v),
        Op::Call => vm.call(v, rest, kw),
        Op::Get => descriptor_get(vm, t, v, arg, rest.get(1).copied()),
        Op::Set => super::descriptors::property_set(vm, v, arg, Some(rest[1])),
        Op::Delete => super::descriptors::property_set(vm, v, arg, None),
    }
}

/// CPython's check that a method of a builtin type, called through the type (`list.append(x,
/// 1)`, `str.upper(5)`), gets an instance of that type as `self`.
pub fn check_receiver(vm: &mut Vm, id: u32, name: &str, args: &[Value]) -> PyResult<()> {
    let Some(t) = TypeId::from_index(id >> 8).filter(|_| id >> 8 < super::native::MODULE_OWNER)
    else {
        return Ok(());
    };
    // `bool` shares the table of `int`.
    let t = if t == TypeId::Bool { TypeId::Int } else { t };
    match args.first() {
        Some(&s) if !receiver_ok(vm, s, t) => Err(vm.type_error(if is_slot_name(name) {
            error_msg!(
                "descriptor doesn't apply",
                "descriptor '{name}' requires a '{tn}' object but received a '{got}'",
                tn = t.name(),
                got = vm.type_name(s)
            )
        } else {
            error_msg!(
                "descriptor doesn't apply",
                "descriptor '{name}' for '{tn}' objects doesn't apply to a '{got}' object",
                tn = t.name(),
                got = vm.type_name(s)
            )
        })),
        _ => Ok(()),
    }
}

/// Is `s` an instance of `t` (a subclass instance counts; a bool is an int)?
fn receiver_ok(vm: &Vm, s: Value, t: TypeId) -> bool {
    let bt = vm.builtin_type_of(s);
    bt.is_subtype(t)
        || (t == TypeId::Int && bt == TypeId::Bool)
        || (t == TypeId::Type && vm.heap.kind(s) == Kind::Class)
}

/// The builtin value of `o` if it is (or wraps) a builtin value, else None (a plain user
/// instance: slots answer NotImplemented to those).
fn operand(vm: &Vm, o: Value) -> Option<Value> {
    let inner = vm.builtin_value(o);
    if matches!(vm.heap.kind(inner), Kind::Instance | Kind::Exception) {
        None
    } else {
        Some(inner)
    }
}

/// Do type `t`'s comparisons accept `other` (CPython: the same type family, else
/// NotImplemented)?
fn comparable(vm: &Vm, t: TypeId, other: Value, op: CompareOp) -> bool {
    let ot = vm.builtin_type_of(other);
    let ordering = !matches!(op, CompareOp::Eq | CompareOp::Ne);
    let setlike = |x: TypeId| matches!(x, TypeId::Set | TypeId::FrozenSet);
    let byteslike = |x: TypeId| matches!(x, TypeId::Bytes | TypeId::ByteArray);
    match t {
        TypeId::Str | TypeId::List | TypeId::Tuple => ot == t,
        TypeId::Bytes | TypeId::ByteArray => byteslike(ot),
        TypeId::Set | TypeId::FrozenSet => setlike(ot),
        TypeId::DictKeys | TypeId::DictItems => {
            setlike(ot) || matches!(ot, TypeId::DictKeys | TypeId::DictItems)
        }
        TypeId::Dict => !ordering && ot == TypeId::Dict,
        TypeId::MemoryView => !ordering && (byteslike(ot) || ot == TypeId::MemoryView),
        _ => !ordering && ot == t,
    }
}

fn compare(vm: &mut Vm, t: TypeId, v: Value, other: Value, op: CompareOp) -> PyResult<Value> {
    #[cfg(feature = "complex")]
    if t == TypeId::Complex {
        let Some(o) = operand(vm, other) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        let numeric = vm.is_int(o) || super::float::is_float(vm, o);
        if !(numeric || super::complex::is_complex(vm, o))
            || !matches!(op, CompareOp::Eq | CompareOp::Ne)
        {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        return vm.compare(v, o, op);
    }
    let Some(o) = operand(vm, other) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !comparable(vm, t, o, op) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match super::compare::builtin_compare(vm, v, o, op)? {
        Some(r) => Ok(Value::bool(r)),
        None => Ok(match op {
            CompareOp::Eq => Value::bool(v == o),
            CompareOp::Ne => Value::bool(v != o),
            _ => Value::NOT_IMPLEMENTED,
        }),
    }
}

#[cfg(feature = "special-methods")]
fn binary(
    vm: &mut Vm,
    t: TypeId,
    v: Value,
    other: Value,
    op: BinaryOp,
    reflected: bool,
) -> PyResult<Value> {
    let Some(o) = operand(vm, other) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (a, b) = if reflected { (o, v) } else { (v, o) };
    #[cfg(feature = "complex")]
    if t == TypeId::Complex {
        return Ok(super::complex::binary_op(vm, op, a, b)?.unwrap_or(Value::NOT_IMPLEMENTED));
    }
    if let Some(r) = vm.builtin_binary(op, a, b)? {
        return Ok(r);
    }
    // Sequence concatenation raises rather than deferring to the other operand.
    if op == BinaryOp::Add && !reflected {
        let msg = match t {
            TypeId::Str | TypeId::List | TypeId::Tuple => error_msg!(
                "unsupported types for operator",
                "can only concatenate {tn} (not \"{on}\") to {tn}",
                tn = t.name(),
                on = vm.type_name(o)
            ),
            TypeId::Bytes | TypeId::ByteArray => error_msg!(
                "unsupported types for operator",
                "can't concat {on} to {tn}",
                tn = t.name(),
                on = vm.type_name(o)
            ),
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        return Err(vm.type_error(msg));
    }
    Ok(Value::NOT_IMPLEMENTED)
}

#[cfg(feature = "special-methods")]
fn inplace(
    vm: &mut Vm,
    t: TypeId,
    s: Value,
    v: Value,
    other: Value,
    op: BinaryOp,
) -> PyResult<Value> {
    let Some(o) = operand(vm, other) else {
        if matches!(t, TypeId::Set | TypeId::Dict) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        // `list += iterable` takes any iterable, user objects included.
        let r = vm.inplace_op(op, v, other)?;
        return Ok(if r == v { s } else { r });
    };
    if t == TypeId::Set && !matches!(vm.builtin_type_of(o), TypeId::Set | TypeId::FrozenSet) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let r = vm.inplace_op(op, v, o)?;
    // The operation mutated the builtin value a subclass instance wraps: return the instance.
    Ok(if r == v { s } else { r })
}

#[cfg(feature = "special-methods")]
fn abs(vm: &mut Vm, v: Value) -> PyResult<Value> {
    #[cfg(feature = "complex")]
    if super::complex::is_complex(vm, v) {
        return super::complex::abs(vm, v);
    }
    Err(vm.type_error(error_msg!(
        "unsupported type for operator",
        "bad operand type for abs(): '{t}'",
        t = vm.type_name(v)
    )))
}

/// `__get__(obj, type=None)` of functions, staticmethods, classmethods and properties.
fn descriptor_get(
    vm: &mut Vm,
    t: TypeId,
    d: Value,
    obj: Value,
    owner: Option<Value>,
) -> PyResult<Value> {
    let owner = owner.filter(|o| !o.is_none());
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    match t {
        TypeId::Function if obj.is_none() => Ok(d),
        TypeId::Function => func::new_bound(vm, obj, d),
        TypeId::StaticMethod => Ok(vm.heap.get_value(d, 0)),
        TypeId::ClassMethod => {
            let cls = match owner {
                Some(c) => c,
                None => vm.type_of(obj),
            };
            let f = vm.heap.get_value(d, 0);
            if f.as_native().is_some() {
                crate::vm::attr::bind_native(vm, cls, f)
            } else {
                func::new_bound(vm, cls, f)
            }
        }
        TypeId::Property if obj.is_none() => Ok(d),
        TypeId::Property => super::descriptors::property_get(vm, d, obj),
        _ => Ok(d),
    }
}

/// The TypeError for a protocol a class switched off by setting its method to None
/// (`__iter__ = None`, `__contains__ = None`...), worded as CPython words each protocol.
pub fn protocol_disabled(vm: &mut Vm, obj: Value, name: &str) -> crate::vm::PyErr {
    let msg = match name {
        "__iter__" => error_msg!(
            "object not iterable",
            "'{t}' object is not iterable",
            t = vm.type_name(obj)
        ),
        "__contains__" => error_msg!(
            "object not a container",
            "'{t}' object is not a container",
            t = vm.type_name(obj)
        ),
        "__reversed__" => error_msg!(
            "object not reversible",
            "'{t}' object is not reversible",
            t = vm.type_name(obj)
        ),
        "__hash__" => error_msg!(
            "unhashable type",
            "unhashable type: '{t}'",
            t = vm.type_name(obj)
        ),
        _ => error_msg!("object not callable", "'NoneType' object is not callable"),
    };
    vm.type_error(msg)
}

/// `T.__dict__` of a builtin type: a read-only mapping (`mappingproxy`) of the methods and slot
/// wrappers `T` defines itself, as found on the type (classmethods and staticmethods wrapped).
/// Built on each access: it is for introspection, and costs no RAM otherwise.
pub fn type_dict(vm: &mut Vm, t: TypeId) -> PyResult<Value> {
    let d = super::dict::alloc(vm, 8)?;
    let depth = vm.heap.push_root(d);
    let r = fill_type_dict(vm, t, d)
        .and_then(|_| super::class::call_frozen(vm, "_classtypes", "mappingproxy", &[d]));
    vm.heap.pop_roots(depth);
    r
}

fn fill_type_dict(vm: &mut Vm, t: TypeId, d: Value) -> PyResult<()> {
    // `bool` shares the table of `int`, which it inherits rather than defines.
    let table = if t == TypeId::Bool { &[] } else { t.methods() };
    let own = table.iter().map(|m| m.name);
    let names: alloc::vec::Vec<&'static str> = own.chain(names(t)).collect();
    for name in names {
        let Some((v, binding)) = super::native::find_type_method(t, name) else {
            continue;
        };
        let v = match binding {
            Binding::Class => super::class::wrap_classmethod(vm, v)?,
            Binding::Static if !v.is_none() => super::class::wrap_staticmethod(vm, v)?,
            _ => v,
        };
        let k = vm.intern(name)?;
        super::dict::set(vm, d, k, v)?;
    }
    Ok(())
}
