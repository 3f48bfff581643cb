// SPDX-License-Identifier: MIT
//! User classes and their instances, and the type-level behaviour shared with builtin types:
//! method resolution (C3), attribute lookup with descriptors, special-method dispatch, and
//! calling a class.
//!
//! ```text
//! Class:    [flags | name qualname bases mro dict base module meta serial]
//! Instance: [| class dict builtin_value]
//! ```
//! `base` is the builtin type an instance's representation comes from (`object`, `list`,
//! `Exception`...). Instances of exception classes are `Kind::Exception` blocks so that raising
//! works uniformly; instances of other builtin subclasses wrap a value of the builtin type.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{BinaryOp, CompareOp, UnaryOp};
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::attr::bind_native;
use crate::vm::{PyResult, Vm};

use super::native::{Binding, NativeFn};
use super::{dict, function as func, tuple};

pub use super::class_attr::*;
pub use super::class_build::*;
pub use super::class_check::{check_super_args, implicit_dir_names, user_dir};

/// Class payload index of `__name__`.
pub const C_NAME: usize = 1;
/// Class payload index of `__qualname__`.
pub const C_QUALNAME: usize = 2;
/// Class payload index of `__bases__`.
pub const C_BASES: usize = 3;
/// Class payload index of `__mro__`.
pub const C_MRO: usize = 4;
/// Class payload index of the class namespace.
pub const C_DICT: usize = 5;
/// Class payload index of the builtin base type.
pub const C_BASE: usize = 6;
/// Class payload index of `__module__`.
pub const C_MODULE: usize = 7;
/// Class payload index of the metaclass (NULL: `type`).
pub const C_META: usize = 8;
/// Class payload index of the creation serial (a small int: orders `__subclasses__()`).
pub const C_SERIAL: usize = 9;
pub(crate) const CLASS_SIZE: usize = 10;

/// The metaclass of a class (`type` unless a user metaclass made it).
pub fn metaclass(vm: &Vm, cls: Value) -> Value {
    let m = vm.heap.get_value(cls, C_META);
    if m.is_null() {
        TypeId::Type.value()
    } else {
        m
    }
}

/// Calls special method `name` defined by the user metaclass of class `cls` (`__len__`,
/// `__iter__`, `__getitem__`, `__call__`...), with `cls` first. Ok(None) if there is none.
pub fn meta_special(
    vm: &mut Vm,
    cls: Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    if vm.heap.kind(cls) != Kind::Class {
        return Ok(None);
    }
    let meta = vm.heap.get_value(cls, C_META);
    if meta.is_null() {
        return Ok(None);
    }
    let n = vm.intern(name)?;
    let Some(f) = user_override(vm, meta, n)? else {
        return Ok(None);
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(cls);
    full.extend_from_slice(args);
    vm.call(f, &full, &[]).map(Some)
}

/// `type(v).__name__` for a type Value (builtin or class).
pub fn type_name(vm: &Vm, t: Value) -> String {
    if let Some(id) = t.as_builtin_type() {
        return String::from(TypeId::from_index(id).map(|t| t.name()).unwrap_or("?"));
    }
    let n = vm.heap.get_value(t, C_NAME);
    String::from(vm.str_text(n).unwrap_or("?"))
}

/// The name used in `<class '...'>`: `int`, `__main__.C`.
pub fn type_qualname_for_repr(vm: &Vm, t: Value) -> String {
    if t.as_builtin_type().is_some() {
        return type_name(vm, t);
    }
    let m = vm.heap.get_value(t, C_MODULE);
    let q = vm.heap.get_value(t, C_QUALNAME);
    let q = String::from(vm.str_text(q).unwrap_or("?"));
    match vm.str_text(m) {
        Some(m) if m != "builtins" => format!("{m}.{q}"),
        Some(_) => q,
        // A `__module__` that is not a string: CPython shows the bare `__name__`.
        None => type_name(vm, t),
    }
}

/// The name an uncaught exception is printed with (`ValueError`, `__main__.MyError` → `MyError`
/// for classes defined in `__main__`, as CPython prints the qualname with its module otherwise).
pub fn exception_display_name(vm: &Vm, t: Value, name: &str) -> String {
    if t.as_builtin_type().is_some() {
        return String::from(name);
    }
    let m = vm.heap.get_value(t, C_MODULE);
    match vm.str_text(m) {
        Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{name}"),
        _ => String::from(name),
    }
}

/// The builtin type at the root of a type Value.
pub fn builtin_base(vm: &Vm, t: Value) -> TypeId {
    if let Some(id) = t.as_builtin_type() {
        return TypeId::from_index(id).unwrap_or(TypeId::Object);
    }
    match vm.heap.get_value(t, C_BASE).as_builtin_type() {
        Some(id) => TypeId::from_index(id).unwrap_or(TypeId::Object),
        None => TypeId::Object,
    }
}

/// Is type `t` (builtin or class) a subclass of builtin type `b`?
pub fn is_subclass_of_builtin(vm: &Vm, t: Value, b: TypeId) -> bool {
    builtin_base(vm, t).is_subtype(b)
}

/// Is `x` an exception class?
pub fn is_exception_class(vm: &Vm, x: Value) -> bool {
    (x.as_builtin_type().is_some() || vm.heap.kind(x) == Kind::Class)
        && is_subclass_of_builtin(vm, x, TypeId::BaseException)
}

/// The MRO of a type Value as a Vec (builtin types: their base chain).
pub fn mro(vm: &Vm, t: Value) -> Vec<Value> {
    if let Some(id) = t.as_builtin_type() {
        let mut out = Vec::new();
        let mut cur = TypeId::from_index(id).unwrap_or(TypeId::Object);
        loop {
            out.push(cur.value());
            if cur == TypeId::Object {
                return out;
            }
            cur = cur.base();
        }
    }
    tuple::items(vm, vm.heap.get_value(t, C_MRO))
}

/// `issubclass(a, b)` for type Values.
pub fn is_subclass(vm: &Vm, a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    if let Some(bid) = b.as_builtin_type() {
        let bt = TypeId::from_index(bid).unwrap_or(TypeId::Object);
        if a.as_builtin_type().is_some() {
            let at = builtin_base(vm, a);
            return at.is_subtype(bt) || (bt == TypeId::Int && at == TypeId::Bool);
        }
    }
    mro(vm, a).contains(&b) || (b == TypeId::Object.value())
}

/// Finds `name` in the MRO of type `t`: the raw attribute (function, native, descriptor...).
pub fn type_lookup(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
    if vm.heap.kind(t) == Kind::Class {
        if let Some(hit) = vm.class_cache_get(t, name) {
            return Ok(hit);
        }
        let stamp = vm.class_cache_stamp();
        let found = class_mro_lookup(vm, t, name)?;
        vm.class_cache_put(stamp, t, name, found);
        return Ok(found);
    }
    let text = String::from(vm.str_text(name).unwrap_or(""));
    for c in mro(vm, t) {
        if let Some(id) = c.as_builtin_type() {
            let bt = TypeId::from_index(id).unwrap_or(TypeId::Object);
            if let Some((m, binding)) = super::native::find_type_method(bt, &text) {
                return Ok(Some(match binding {
                    Binding::Class => wrap_classmethod(vm, m)?,
                    Binding::Static => wrap_staticmethod(vm, m)?,
                    Binding::Method => m,
                }));
            }
        } else {
            let d = vm.heap.get_value(c, C_DICT);
            if let Some(v) = dict::get_str(vm, d, &text) {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// `name` along user class `t`'s MRO (the uncached half of [`type_lookup`]): the MRO tuple is
/// walked in place, probing class dicts by the interned name.
fn class_mro_lookup(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
    let m = vm.heap.get_value(t, C_MRO);
    for i in 0..tuple::len(vm, m) {
        let c = tuple::get(vm, m, i);
        if vm.heap.kind(c) == Kind::Class {
            let d = vm.heap.get_value(c, C_DICT);
            if let Some(v) = dict::get(vm, d, name)? {
                return Ok(Some(v));
            }
        } else if let Some(found) = builtin_type_lookup(vm, c, name)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// `name` among the methods of builtin type `c` (as found on a class: classmethods and
/// staticmethods wrapped).
pub(crate) fn builtin_type_lookup(vm: &mut Vm, c: Value, name: Value) -> PyResult<Option<Value>> {
    let Some(id) = c.as_builtin_type() else {
        return Ok(None);
    };
    let bt = TypeId::from_index(id).unwrap_or(TypeId::Object);
    let text = String::from(vm.str_text(name).unwrap_or(""));
    Ok(match super::native::find_type_method(bt, &text) {
        Some((m, Binding::Class)) => Some(wrap_classmethod(vm, m)?),
        Some((m, Binding::Static)) => Some(wrap_staticmethod(vm, m)?),
        Some((m, Binding::Method)) => Some(m),
        None => None,
    })
}

pub(crate) fn wrap_classmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let cm = vm.alloc(Kind::ClassMethod, 1)?;
    vm.heap.set_value(cm, 0, f);
    Ok(cm)
}

pub(crate) fn wrap_staticmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let sm = vm.alloc(Kind::StaticMethod, 1)?;
    vm.heap.set_value(sm, 0, f);
    Ok(sm)
}

/// Applies the descriptor protocol to a class attribute found for instance `obj` (NULL when
/// accessed on the class `owner` itself).
pub(crate) fn bind(vm: &mut Vm, attr: Value, obj: Value, owner: Value) -> PyResult<Value> {
    match vm.heap.kind(attr) {
        Kind::Function if !obj.is_null() => func::new_bound(vm, obj, attr),
        Kind::StaticMethod => Ok(vm.heap.get_value(attr, 0)),
        Kind::ClassMethod => {
            let f = vm.heap.get_value(attr, 0);
            if f.as_native().is_some() {
                bind_native(vm, owner, f)
            } else {
                func::new_bound(vm, owner, f)
            }
        }
        Kind::Property if !obj.is_null() => super::descriptors::property_get(vm, attr, obj),
        _ if attr.as_native().is_some() && !obj.is_null() => bind_native(vm, obj, attr),
        #[cfg(feature = "descriptors")]
        Kind::Instance => {
            // A user descriptor: call its __get__ if it has one (`__get__(None, owner)` when
            // found through the class itself).
            let get = vm.intern("__get__")?;
            let inst = if obj.is_null() { Value::NONE } else { obj };
            match lookup_special(vm, attr, get)? {
                Some(g) => vm.call(g, &[attr, inst, owner], &[]),
                None => Ok(attr),
            }
        }
        _ => Ok(attr),
    }
}

pub(crate) fn is_data_descriptor(vm: &mut Vm, attr: Value) -> PyResult<bool> {
    match vm.heap.kind(attr) {
        Kind::Property => Ok(true),
        #[cfg(feature = "descriptors")]
        Kind::Instance => {
            let set = vm.intern("__set__")?;
            if lookup_special(vm, attr, set)?.is_some() {
                return Ok(true);
            }
            let del = vm.intern("__delete__")?;
            Ok(lookup_special(vm, attr, del)?.is_some())
        }
        _ => Ok(false),
    }
}

/// Finds a special method on the type of `obj` (not the instance dict), unbound.
pub fn lookup_special(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj);
    type_lookup(vm, t, name)
}

/// Calls `module.name(*args)` of a frozen Python module (the rarely used helper types of
/// `_classtypes`: `mappingproxy`, `GenericAlias`), importing it on first use.
pub fn call_frozen(vm: &mut Vm, module: &str, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.intern(module)?;
    let m = vm.import_name(m, Value::NULL, Value::NONE, 0)?;
    let d = vm.heap.push_root(m);
    let f = vm.intern(name).and_then(|n| vm.getattr(m, n));
    let r = f.and_then(|f| vm.call(f, args, &[]));
    vm.heap.pop_roots(d);
    r
}

/// `list[int]`: builtin generic types subscripted give a `types.GenericAlias`.
pub fn builtin_class_getitem(vm: &mut Vm, t: Value, key: Value) -> PyResult<Value> {
    // The alias type is frozen Python: without the frozen modules no builtin type is generic.
    let generic = cfg!(feature = "frozen")
        && t.as_builtin_type()
            .and_then(TypeId::from_index)
            .is_some_and(|id| {
                matches!(
                    id,
                    TypeId::List
                        | TypeId::Dict
                        | TypeId::Tuple
                        | TypeId::Set
                        | TypeId::FrozenSet
                        | TypeId::Type
                )
            });
    if !generic {
        return Err(vm.type_error(error_msg!(
            "type not subscriptable",
            "type '{n}' is not subscriptable",
            n = type_name(vm, t)
        )));
    }
    call_frozen(vm, "_classtypes", "GenericAlias", &[t, key])
}

/// `_PyObject_LookupSpecial`: special method `name` found on the type of `obj` (never the
/// instance dict), bound to `obj` through the descriptor protocol.
pub fn lookup_special_bound(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    let n = vm.intern(name)?;
    let t = vm.type_of(obj);
    match type_lookup(vm, t, n)? {
        Some(a) => bind(vm, a, obj, t).map(Some),
        None => Ok(None),
    }
}

/// The bound `(enter, exit)` methods of a context manager (`with`: `__enter__`/`__exit__`,
/// `async with`: `__aenter__`/`__aexit__`), looked up on its type as CPython does, with
/// CPython's messages when one is missing.
pub fn context_methods(vm: &mut Vm, mgr: Value, is_async: bool) -> PyResult<(Value, Value)> {
    let (en, ex, what) = if is_async {
        ("__aenter__", "__aexit__", "asynchronous context manager")
    } else {
        ("__enter__", "__exit__", "context manager")
    };
    let Some(enter) = lookup_special_bound(vm, mgr, en)? else {
        return Err(vm.type_error(error_msg!(
            "object doesn't support the context manager protocol",
            "'{t}' object does not support the {what} protocol",
            t = vm.type_name(mgr)
        )));
    };
    let d = vm.heap.push_root(enter);
    let exit = lookup_special_bound(vm, mgr, ex);
    vm.heap.pop_roots(d);
    match exit? {
        Some(exit) => Ok((enter, exit)),
        None => Err(vm.type_error(error_msg!(
            "object doesn't support the context manager protocol",
            "'{t}' object does not support the {what} protocol (missed {ex} method)",
            t = vm.type_name(mgr)
        ))),
    }
}

/// Calls special method `name` of `obj` if its class defines one (user classes only; builtin
/// behaviour is handled by the caller). Ok(None) if not defined.
pub fn call_special(
    vm: &mut Vm,
    obj: Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let n = vm.intern(name)?;
    let t = vm.type_of(obj);
    let Some(m) = user_override(vm, t, n)? else {
        return Ok(None);
    };
    if m.is_none() {
        return Err(super::slots::protocol_disabled(vm, obj, name));
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj);
    full.extend_from_slice(args);
    match vm.heap.kind(m) {
        Kind::StaticMethod => {
            let f = vm.heap.get_value(m, 0);
            vm.call(f, args, &[]).map(Some)
        }
        Kind::ClassMethod => {
            let f = vm.heap.get_value(m, 0);
            let mut a2 = Vec::with_capacity(args.len() + 1);
            a2.push(t);
            a2.extend_from_slice(args);
            vm.call(f, &a2, &[]).map(Some)
        }
        _ => vm.call(m, &full, &[]).map(Some),
    }
}

const BINARY_NAMES: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__or__", "__ror__", "__ior__"),
    ("__xor__", "__rxor__", "__ixor__"),
    ("__and__", "__rand__", "__iand__"),
];

/// `a op b` through user special methods (`__add__`, then `__radd__`; with `inplace`,
/// `__iadd__` first). Ok(None) when neither side handles it.
pub fn binary_dunder(
    vm: &mut Vm,
    op: BinaryOp,
    a: Value,
    b: Value,
    inplace: bool,
) -> PyResult<Option<Value>> {
    let (name, rname, iname) = BINARY_NAMES[op as usize];
    if inplace {
        if let Some(r) = call_special(vm, a, iname, &[b])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    // A subclass's reflected method goes first, as in Python.
    let b_first = ta != tb && tb.as_builtin_type().is_none() && is_subclass(vm, tb, ta);
    if b_first {
        if let Some(r) = call_special(vm, b, rname, &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = call_special(vm, a, name, &[b])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
    }
    if !b_first && ta != tb {
        if let Some(r) = call_special(vm, b, rname, &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    // A builtin base type's own operation (class MyInt(int)).
    let (ia, mut ib) = (vm.builtin_value(a), vm.builtin_value(b));
    if op == BinaryOp::Mod && vm.as_str(a).is_some() {
        // `"%s" % obj` formats the object itself (its own `__str__`/`__repr__`).
        ib = b;
    }
    if ia != a || ib != b {
        let r = if inplace {
            // A mutable base changed in place (`l += [x]` in `class L(list)`): the result is the
            // instance itself, not the builtin value inside it.
            vm.inplace_op(op, ia, ib).map(|r| {
                let mutable = matches!(
                    vm.heap.kind(r),
                    Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray
                );
                if r == ia && mutable {
                    a
                } else {
                    r
                }
            })
        } else {
            vm.binary_op(op, ia, ib)
        };
        if r.is_err() && unsupported_operands(vm)? {
            // The caller reports the error with the subclasses' names (`'Counter' and 'int'`).
            vm.take_pending();
            return Ok(None);
        }
        return r.map(Some);
    }
    Ok(None)
}

/// Whether the pending exception is the "unsupported operand type(s)" TypeError.
fn unsupported_operands(vm: &mut Vm) -> PyResult<bool> {
    let e = vm.pending();
    if !vm.exception_is(e, TypeId::TypeError) {
        return Ok(false);
    }
    let d = vm.heap.push_root(e);
    let text = vm.str_string(e);
    vm.heap.pop_roots(d);
    Ok(text.is_ok_and(|t| {
        t.starts_with("unsupported operand type(s)") || t == crate::vm::arith::UNSUPPORTED_OPERANDS
    }))
}

/// `-a`, `+a`, `~a` through `__neg__`, `__pos__`, `__invert__`.
pub fn unary_dunder(vm: &mut Vm, op: UnaryOp, a: Value) -> PyResult<Option<Value>> {
    let name = match op {
        UnaryOp::Neg => "__neg__",
        UnaryOp::Pos => "__pos__",
        UnaryOp::Invert => "__invert__",
        UnaryOp::Not => return Ok(None),
    };
    if let Some(r) = call_special(vm, a, name, &[])? {
        return Ok(Some(r));
    }
    let inner = vm.builtin_value(a);
    if inner != a {
        return vm.unary_op(op, inner).map(Some);
    }
    Ok(None)
}

/// Rich comparison with user methods: `__eq__`, reflected `__eq__`, etc. Ok(None) when both
/// sides return NotImplemented (the caller falls back to identity or TypeError).
pub fn rich_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (name, reflected) = match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    };
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let b_first = ta != tb && tb.as_builtin_type().is_none() && is_subclass(vm, tb, ta);
    if b_first {
        if let Some(r) = call_special(vm, b, reflected, &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = call_special(vm, a, name, &[b])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
    }
    if !b_first {
        if let Some(r) = call_special(vm, b, reflected, &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    if op == CompareOp::Ne {
        // Default __ne__ inverts __eq__.
        if let Some(r) = call_special(vm, a, "__eq__", &[b])? {
            if r != Value::NOT_IMPLEMENTED {
                let t = vm.truthy(r)?;
                return Ok(Some(Value::bool(!t)));
            }
        }
    }
    let (ia, ib) = (vm.builtin_value(a), vm.builtin_value(b));
    if (ia != a || ib != b)
        && !matches!(vm.heap.kind(ia), Kind::Instance)
        && !matches!(vm.heap.kind(ib), Kind::Instance)
    {
        return vm.compare(ia, ib, op).map(Some);
    }
    Ok(None)
}

/// `bool(obj)` for instances: `__bool__`, then `__len__`.
pub fn instance_truthy(vm: &mut Vm, obj: Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, obj, "__bool__", &[])? {
        if r == Value::TRUE || r == Value::FALSE {
            return Ok(r == Value::TRUE);
        }
        return Err(vm.type_error(error_msg!(
            "__bool__ should return bool",
            "__bool__ should return bool, returned {t}",
            t = vm.type_name(r)
        )));
    }
    if let Some(r) = call_special(vm, obj, "__len__", &[])? {
        let n = vm.index_value(r)?.unwrap_or(0);
        return Ok(n != 0);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.truthy(inner);
    }
    Ok(true)
}

/// `hash(obj)` for instances: `__hash__`, None if `__eq__` is defined without it.
pub fn instance_hash(vm: &mut Vm, obj: Value) -> PyResult<i64> {
    let t = vm.type_of(obj);
    let hname = vm.intern("__hash__")?;
    match user_override(vm, t, hname)? {
        Some(h) if h.is_none() => {
            return Err(vm.type_error(error_msg!(
                "unhashable type",
                "unhashable type: '{n}'",
                n = type_name(vm, t)
            )));
        }
        Some(h) => {
            let r = vm.call(h, &[obj], &[])?;
            if let Some(i) = super::int::as_i64(vm, r) {
                // -1 is CPython's error marker, so a hash of -1 becomes -2 (as `hash(-1)`).
                return Ok(if i == -1 { -2 } else { i });
            }
            // A big int (or an int subclass) is reduced as `hash()` of that int, as CPython does.
            if vm.isinstance_builtin(r, TypeId::Int) && !vm.isinstance_builtin(r, TypeId::Bool) {
                let inner = vm.builtin_value(r);
                return vm.hash(inner);
            }
            return Err(vm.type_error("__hash__ method should return an integer"));
        }
        None => {}
    }
    let eqname = vm.intern("__eq__")?;
    if user_override(vm, t, eqname)?.is_some() {
        return Err(vm.type_error(error_msg!(
            "unhashable type",
            "unhashable type: '{n}'",
            n = type_name(vm, t)
        )));
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.hash(inner);
    }
    Ok(obj.handle_index() as i64)
}

/// `len(obj)` for instances.
pub fn instance_len(vm: &mut Vm, obj: Value) -> PyResult<usize> {
    if let Some(r) = call_special(vm, obj, "__len__", &[])? {
        if vm.is_int(r) && super::int::as_i64(vm, r).is_none() {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        let Some(n) = vm.index_value(r)? else {
            return Err(vm.type_error(error_msg!(
                "can't convert to int",
                "'{t}' object cannot be interpreted as an integer",
                t = vm.type_name(r)
            )));
        };
        if n < 0 {
            return Err(vm.value_error("__len__() should return >= 0"));
        }
        return Ok(n as usize);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.len(inner);
    }
    Err(vm.type_error(error_msg!(
        "object has no len",
        "object of type '{t}' has no len()",
        t = vm.type_name(obj)
    )))
}

/// `item in obj` for instances: `__contains__`, else iteration.
pub fn instance_contains(vm: &mut Vm, obj: Value, item: Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, obj, "__contains__", &[item])? {
        return vm.truthy(r);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.contains(inner, item);
    }
    let (it, gi) = (vm.intern("__iter__")?, vm.intern("__getitem__")?);
    if lookup_special(vm, obj, it)?.is_none() && lookup_special(vm, obj, gi)?.is_none() {
        return Err(vm.type_error(error_msg!(
            "object not iterable",
            "argument of type '{t}' is not iterable",
            t = vm.type_name(obj)
        )));
    }
    vm.iter_contains(obj, item)
}

/// `iter(obj)` for instances: `__iter__`, else the old `__getitem__` protocol.
pub fn instance_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if let Some(r) = call_special(vm, obj, "__iter__", &[])? {
        let ok = matches!(vm.heap.kind(r), Kind::Iter | Kind::Generator) || {
            let n = vm.intern("__next__")?;
            lookup_special(vm, r, n)?.is_some()
        };
        if !ok {
            return Err(vm.type_error(error_msg!(
                "iter() returned non-iterator",
                "iter() returned non-iterator of type '{t}'",
                t = vm.type_name(r)
            )));
        }
        return Ok(r);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.iter(inner);
    }
    let gi = vm.intern("__getitem__")?;
    if lookup_special(vm, obj, gi)?.is_some() {
        // The sequence protocol: obj[0], obj[1], ... until IndexError.
        return super::iter::new(
            vm,
            super::iter::kinds::GETITEM,
            obj,
            Value::NULL,
            Value::NULL,
        );
    }
    Err(vm.type_error(error_msg!(
        "object not iterable",
        "'{t}' object is not iterable",
        t = vm.type_name(obj)
    )))
}

/// `next(obj)` for instances: `__next__`, with StopIteration meaning exhaustion.
pub fn instance_next(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    match call_special(vm, obj, "__next__", &[]) {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => Err(vm.type_error(error_msg!(
            "object not an iterator",
            "'{t}' object is not an iterator",
            t = vm.type_name(obj)
        ))),
        Err(e) => {
            let p = vm.pending();
            if vm.exception_is(p, TypeId::StopIteration) {
                vm.take_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// `obj[key]` for instances.
pub fn instance_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Some(r) = call_special(vm, obj, "__getitem__", &[key])? {
        return Ok(r);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        if vm.heap.kind(inner) == Kind::Dict {
            if let Some(v) = dict::get(vm, inner, key)? {
                return Ok(v);
            }
            if let Some(r) = call_special(vm, obj, "__missing__", &[key])? {
                return Ok(r);
            }
            return Err(vm.key_error(key));
        }
        return vm.getitem(inner, key);
    }
    Err(vm.type_error(error_msg!(
        "object not subscriptable",
        "'{t}' object is not subscriptable",
        t = vm.type_name(obj)
    )))
}

/// `Class[key]`: `__class_getitem__`.
pub fn class_getitem(vm: &mut Vm, cls: Value, key: Value) -> PyResult<Value> {
    if let Some(r) = meta_special(vm, cls, "__getitem__", &[key])? {
        return Ok(r);
    }
    #[cfg(feature = "class-hooks")]
    {
        let n = vm.intern("__class_getitem__")?;
        if let Some(f) = type_lookup(vm, cls, n)? {
            let b = bind(vm, f, Value::NULL, cls)?;
            let args = if vm.heap.kind(f) == Kind::ClassMethod {
                alloc::vec![key]
            } else {
                alloc::vec![cls, key]
            };
            return vm.call(b, &args, &[]);
        }
    }
    Err(vm.type_error(error_msg!(
        "type not subscriptable",
        "type '{t}' is not subscriptable",
        t = type_name(vm, cls)
    )))
}

/// `obj[key] = v` for instances.
pub fn instance_setitem(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<()> {
    if call_special(vm, obj, "__setitem__", &[key, v])?.is_some() {
        return Ok(());
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.setitem(inner, key, v);
    }
    Err(vm.type_error(error_msg!(
        "object doesn't support item assignment",
        "'{t}' object does not support item assignment",
        t = vm.type_name(obj)
    )))
}

/// `del obj[key]` for instances.
pub fn instance_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    if call_special(vm, obj, "__delitem__", &[key])?.is_some() {
        return Ok(());
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return vm.delitem(inner, key);
    }
    Err(vm.type_error(error_msg!(
        "object doesn't support item deletion",
        "'{t}' object doesn't support item deletion",
        t = vm.type_name(obj)
    )))
}

/// `repr(obj)` for instances.
pub fn instance_repr(vm: &mut Vm, obj: Value) -> PyResult<String> {
    if let Some(r) = call_special(vm, obj, "__repr__", &[])? {
        return match vm.str_text(r) {
            Some(s) => Ok(String::from(s)),
            None => Err(vm.type_error(error_msg!(
                "__repr__ returned non-string",
                "__repr__ returned non-string (type {t})",
                t = vm.type_name(r)
            ))),
        };
    }
    if vm.heap.kind(obj) == Kind::Exception {
        return super::exception_methods::exception_repr(vm, obj);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        let r = vm.repr_string(inner)?;
        // A bytearray subclass shows its own name: `BA(b'..')`.
        #[cfg(feature = "bytearray")]
        if let Some(rest) = r.strip_prefix("bytearray(") {
            let t = vm.type_of(obj);
            return Ok(format!("{}({rest}", type_name(vm, t)));
        }
        #[cfg(feature = "set")]
        if matches!(vm.heap.kind(inner), Kind::Set | Kind::FrozenSet) {
            // Set subclasses show their type, as CPython's set_repr: `S({1, 2})`, `S()`.
            let name = vm.type_name(obj);
            let body = r
                .strip_prefix("frozenset(")
                .and_then(|b| b.strip_suffix(')'));
            let body = body.unwrap_or(&r);
            if super::set::len(vm, inner) == 0 {
                return Ok(format!("{name}()"));
            }
            return Ok(format!("{name}({body})"));
        }
        return Ok(r);
    }
    let t = vm.type_of(obj);
    let name = type_qualname_for_repr(vm, t);
    Ok(format!(
        "<{name} object at {}>",
        crate::vm::format::addr(obj)
    ))
}

/// `str(obj)` for instances.
pub fn instance_str(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if let Some(r) = call_special(vm, obj, "__str__", &[])? {
        if vm.str_text(r).is_none() {
            return Err(vm.type_error(error_msg!(
                "__str__ returned non-string",
                "__str__ returned non-string (type {t})",
                t = vm.type_name(r)
            )));
        }
        return Ok(r);
    }
    if vm.heap.kind(obj) == Kind::Exception {
        return super::exception_methods::exception_str(vm, obj);
    }
    let inner = vm.builtin_value(obj);
    let own_repr = matches!(
        vm.heap.kind(inner),
        Kind::Set | Kind::FrozenSet | Kind::ByteArray
    );
    let rn = vm.intern("__repr__")?;
    let t = vm.type_of(obj);
    if inner != obj && !own_repr && user_override(vm, t, rn)?.is_none() {
        return vm.to_str(inner);
    }
    let s = instance_repr(vm, obj)?;
    vm.new_str(&s)
}

/// Methods of `property` objects.
pub static PROPERTY_METHODS: &[NativeFn] = &[
    NativeFn::method("getter", property_getter),
    NativeFn::method("setter", property_setter),
    NativeFn::method("deleter", property_deleter),
];

fn property_with(vm: &mut Vm, args: &[Value], slot: usize) -> PyResult<Value> {
    let (Some(&p), Some(&f)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected one argument"));
    };
    let np = vm.alloc(Kind::Property, 4)?;
    for i in 0..4 {
        let v = vm.heap.get_value(p, i);
        vm.heap.set_value(np, i, v);
    }
    vm.heap.set_value(np, slot, f);
    Ok(np)
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, args, 2)
}
