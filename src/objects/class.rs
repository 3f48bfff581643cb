// SPDX-License-Identifier: MIT
//! User classes and their instances, and the type-level behaviour shared with builtin types:
//! method resolution (C3), attribute lookup with descriptors, special-method dispatch, and
//! calling a class.
//!
//! ```text
//! Class:    [flags | name qualname bases mro dict base module]
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
use crate::vm::attr::{bind_native, find_builtin_method};
use crate::vm::{PyResult, Vm};

use super::native::{Binding, NativeFn};
use super::{dict, exception, function as func, tuple};

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
const CLASS_SIZE: usize = 9;

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

/// `type.__new__(mcls, name, bases, ns)`: a new class whose metaclass is `mcls`, with the
/// class-creation hooks (`__set_name__`, `__init_subclass__`) run.
pub fn type_new(
    vm: &mut Vm,
    mcls: Value,
    name: Value,
    bases: Value,
    ns: Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if vm.heap.kind(bases) != Kind::Tuple {
        let t = vm.type_name(bases);
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
    }
    if vm.heap.kind(ns) != Kind::Dict {
        let t = vm.type_name(ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    }
    let d = vm.heap.push_root(mcls);
    let r = new_class(vm, name, bases, ns).and_then(|cls| {
        vm.heap.push_root(cls);
        if vm.heap.kind(mcls) == Kind::Class {
            vm.heap.set_value(cls, C_META, mcls);
        }
        crate::modules::builtins::finish_class(vm, cls, ns, kw).map(|_| cls)
    });
    vm.heap.pop_roots(d);
    r
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
        _ => q,
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
        // The common case: walk the MRO tuple in place, probing class dicts by the interned name.
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
        return Ok(None);
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

/// `name` among the methods of builtin type `c` (as found on a class: classmethods and
/// staticmethods wrapped).
fn builtin_type_lookup(vm: &mut Vm, c: Value, name: Value) -> PyResult<Option<Value>> {
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

fn wrap_classmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let cm = vm.alloc(Kind::ClassMethod, 1)?;
    vm.heap.set_value(cm, 0, f);
    Ok(cm)
}

fn wrap_staticmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let sm = vm.alloc(Kind::StaticMethod, 1)?;
    vm.heap.set_value(sm, 0, f);
    Ok(sm)
}

/// Applies the descriptor protocol to a class attribute found for instance `obj` (NULL when
/// accessed on the class `owner` itself).
fn bind(vm: &mut Vm, attr: Value, obj: Value, owner: Value) -> PyResult<Value> {
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
        Kind::Property if !obj.is_null() => {
            let getter = vm.heap.get_value(attr, 0);
            if getter.is_null() || getter.is_none() {
                return Err(vm.attribute_error("property has no getter"));
            }
            vm.call(getter, &[obj], &[])
        }
        _ if attr.as_native().is_some() && !obj.is_null() => bind_native(vm, obj, attr),
        Kind::Instance if !obj.is_null() => {
            // A user descriptor: call its __get__ if it has one.
            let get = vm.intern("__get__")?;
            match lookup_special(vm, attr, get)? {
                Some(g) => vm.call(g, &[attr, obj, owner], &[]),
                None => Ok(attr),
            }
        }
        _ => Ok(attr),
    }
}

fn is_data_descriptor(vm: &mut Vm, attr: Value) -> PyResult<bool> {
    match vm.heap.kind(attr) {
        Kind::Property => Ok(true),
        Kind::Instance => {
            let set = vm.intern("__set__")?;
            Ok(lookup_special(vm, attr, set)?.is_some())
        }
        _ => Ok(false),
    }
}

/// The instance `__dict__` (created on demand; NULL for objects without one).
fn instance_dict(vm: &mut Vm, obj: Value, create: bool) -> PyResult<Value> {
    let idx = if vm.heap.kind(obj) == Kind::Exception {
        exception::DICT
    } else {
        1
    };
    let d = vm.heap.get_value(obj, idx);
    if d.is_null() && create {
        let nd = dict::alloc(vm, 4)?;
        vm.heap.set_value(obj, idx, nd);
        return Ok(nd);
    }
    Ok(d)
}

/// Hook bits cached in a class's flags word (bits 0-4), valid while bits 5.. equal the VM's
/// class epoch, which changes whenever any class's attributes change.
const HOOK_GETATTRIBUTE: u32 = 1;
const HOOK_GETATTR: u32 = 2;
const HOOK_SETATTR: u32 = 4;
const HOOK_DELATTR: u32 = 8;
const HOOK_VALID: u32 = 16;

/// Which attribute hooks user class `t` (or its user bases) defines, cached per class.
fn hooks(vm: &mut Vm, t: Value) -> PyResult<u32> {
    if vm.heap.kind(t) != Kind::Class {
        return Ok(0);
    }
    let cached = vm.heap.get(t, 0);
    let epoch = vm.class_epoch & 0x07ff_ffff;
    if cached & HOOK_VALID != 0 && cached >> 5 == epoch {
        return Ok(cached & 0xf);
    }
    let mut bits = 0;
    for (name, bit) in [
        ("__getattribute__", HOOK_GETATTRIBUTE),
        ("__setattr__", HOOK_SETATTR),
        ("__delattr__", HOOK_DELATTR),
    ] {
        let n = vm.intern(name)?;
        if user_override(vm, t, n)?.is_some() {
            bits |= bit;
        }
    }
    let n = vm.intern("__getattr__")?;
    if type_lookup(vm, t, n)?.is_some() {
        bits |= HOOK_GETATTR;
    }
    vm.heap.set(t, 0, bits | HOOK_VALID | (epoch << 5));
    Ok(bits)
}

/// `obj.name` for an instance of a user class (or an exception).
pub fn instance_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj);
    let hooks = hooks(vm, t)?;
    if hooks & HOOK_GETATTRIBUTE != 0 {
        let ga = vm.intern("__getattribute__")?;
        if let Some(f) = user_override(vm, t, ga)? {
            match call_getattr_hook(vm, f, obj, name) {
                Ok(v) => return Ok(v),
                // An AttributeError from __getattribute__ falls back to __getattr__.
                Err(e) => {
                    let p = vm.pending();
                    if hooks & HOOK_GETATTR == 0 || !vm.exception_is(p, TypeId::AttributeError) {
                        return Err(e);
                    }
                    vm.take_pending();
                }
            }
        }
    } else if let Some(v) = generic_getattr(vm, obj, name)? {
        return Ok(Some(v));
    }
    if hooks & HOOK_GETATTR != 0 {
        let ga = vm.intern("__getattr__")?;
        if let Some(f) = type_lookup(vm, t, ga)? {
            return call_getattr_hook(vm, f, obj, name);
        }
    }
    Ok(None)
}

/// Calls a `__getattr__`/`__getattribute__` hook. Its own AttributeError propagates (the message
/// is the user's); callers that want "absent" (hasattr, getattr with a default) catch it.
fn call_getattr_hook(vm: &mut Vm, f: Value, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let name_s = if name.is_qstr() {
        crate::intern::str_object(vm, name)
    } else {
        name
    };
    vm.call(f, &[obj, name_s], &[]).map(Some)
}

/// A special method defined by a user class (not inherited from a builtin type).
fn user_override(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
    if vm.heap.kind(t) != Kind::Class {
        return Ok(None);
    }
    let m = vm.heap.get_value(t, C_MRO);
    for i in 0..tuple::len(vm, m) {
        let c = tuple::get(vm, m, i);
        if vm.heap.kind(c) == Kind::Class {
            let d = vm.heap.get_value(c, C_DICT);
            if let Some(v) = dict::get(vm, d, name)? {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// [`user_override`] for other modules: a method a user class (not a builtin base) defines.
pub fn user_override_pub(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
    user_override(vm, t, name)
}

/// `object.__getattribute__(obj, name)`.
pub fn generic_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj);
    let text = String::from(vm.str_text(name).unwrap_or(""));
    match text.as_str() {
        "__class__" => return Ok(Some(t)),
        "__dict__"
            if vm.heap.kind(obj) == Kind::Instance || vm.heap.kind(obj) == Kind::Exception =>
        {
            return instance_dict(vm, obj, true).map(Some)
        }
        _ => {}
    }
    let attr = type_lookup(vm, t, name)?;
    if let Some(a) = attr {
        if is_data_descriptor(vm, a)? {
            return bind(vm, a, obj, t).map(Some);
        }
    }
    let d = instance_dict(vm, obj, false)?;
    if !d.is_null() {
        if let Some(v) = dict::get_str(vm, d, &text) {
            return Ok(Some(v));
        }
    }
    if let Some(a) = attr {
        return bind(vm, a, obj, t).map(Some);
    }
    if vm.heap.kind(obj) == Kind::Exception {
        return super::exception_methods::exception_attr(vm, obj, &text);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        return super::object::builtin_attr(vm, inner, &text);
    }
    Ok(None)
}

/// `LoadMethod` on an instance: the plain function found on the class, if it is one and the
/// instance dict does not shadow it.
pub fn instance_method_fast(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = vm.heap.get_value(obj, 0);
    if hooks(vm, t)? & HOOK_GETATTRIBUTE != 0 {
        return Ok(None);
    }
    let Some(a) = type_lookup(vm, t, name)? else {
        return Ok(None);
    };
    if vm.heap.kind(a) != Kind::Function && a.as_native().is_none() {
        return Ok(None);
    }
    let d = vm.heap.get_value(obj, 1);
    if !d.is_null() {
        let text = String::from(vm.str_text(name).unwrap_or(""));
        if dict::get_str(vm, d, &text).is_some() {
            return Ok(None);
        }
    }
    Ok(Some(a))
}

/// `obj.name = v` for instances.
pub fn instance_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    if hooks(vm, t)? & HOOK_SETATTR != 0 {
        let sa = vm.intern("__setattr__")?;
        if let Some(f) = user_override(vm, t, sa)? {
            let name_s = if name.is_qstr() {
                crate::intern::str_object(vm, name)
            } else {
                name
            };
            vm.call(f, &[obj, name_s, v], &[])?;
            return Ok(());
        }
    }
    generic_setattr(vm, obj, name, v)
}

/// `object.__setattr__(obj, name, v)`.
pub fn generic_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    if let Some(a) = type_lookup(vm, t, name)? {
        if vm.heap.kind(a) == Kind::Property {
            let setter = vm.heap.get_value(a, 1);
            if setter.is_null() || setter.is_none() {
                let n = String::from(vm.str_text(name).unwrap_or(""));
                let tn = type_name(vm, t);
                return Err(
                    vm.attribute_error(format!("property '{n}' of '{tn}' object has no setter"))
                );
            }
            vm.call(setter, &[obj, v], &[])?;
            return Ok(());
        }
        if vm.heap.kind(a) == Kind::Instance {
            let set = vm.intern("__set__")?;
            if let Some(s) = lookup_special(vm, a, set)? {
                vm.call(s, &[a, obj, v], &[])?;
                return Ok(());
            }
        }
    }
    if vm.heap.kind(obj) == Kind::Exception {
        let text = String::from(vm.str_text(name).unwrap_or(""));
        if super::exception_methods::set_exception_attr(vm, obj, &text, v)? {
            return Ok(());
        }
    }
    if !slots_allow(vm, t, name)? {
        let tn = type_name(vm, t);
        let n = String::from(vm.str_text(name).unwrap_or(""));
        return Err(vm.attribute_error(format!("'{tn}' object has no attribute '{n}'")));
    }
    let d = vm.heap.push_root(v);
    let r = instance_dict(vm, obj, true).and_then(|dd| dict::set(vm, dd, name, v));
    vm.heap.pop_roots(d);
    r
}

/// `__slots__`: when every user class in the MRO declares slots (and none has `__dict__`),
/// only the slot names may be set. Pyrite still stores them in a dict: slots restrict, they
/// do not save memory (see docs/differences.md).
fn slots_allow(vm: &mut Vm, t: Value, name: Value) -> PyResult<bool> {
    if t.as_builtin_type().is_some() {
        return Ok(true);
    }
    let text = String::from(vm.str_text(name).unwrap_or(""));
    let mut allowed = false;
    for c in mro(vm, t) {
        if c.as_builtin_type().is_some() {
            continue;
        }
        let d = vm.heap.get_value(c, C_DICT);
        let Some(slots) = dict::get_str(vm, d, "__slots__") else {
            return Ok(true);
        };
        let names = if vm.str_text(slots).is_some() {
            alloc::vec![slots]
        } else {
            vm.collect_items(slots)?
        };
        for n in names {
            match vm.str_text(n) {
                Some("__dict__") => return Ok(true),
                Some(s) if s == text => allowed = true,
                _ => {}
            }
        }
    }
    Ok(allowed)
}

/// `del obj.name` for instances.
pub fn instance_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    if hooks(vm, t)? & HOOK_DELATTR != 0 {
        let da = vm.intern("__delattr__")?;
        if let Some(f) = user_override(vm, t, da)? {
            let name_s = if name.is_qstr() {
                crate::intern::str_object(vm, name)
            } else {
                name
            };
            vm.call(f, &[obj, name_s], &[])?;
            return Ok(());
        }
    }
    if let Some(a) = type_lookup(vm, t, name)? {
        if vm.heap.kind(a) == Kind::Property {
            let deleter = vm.heap.get_value(a, 2);
            if !deleter.is_null() && !deleter.is_none() {
                vm.call(deleter, &[obj], &[])?;
                return Ok(());
            }
        }
    }
    let d = instance_dict(vm, obj, false)?;
    if d.is_null() || dict::remove(vm, d, name)?.is_none() {
        return Err(vm.no_attribute(obj, name));
    }
    Ok(())
}

/// `Class.name`.
pub fn class_getattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let text = String::from(vm.str_text(name).unwrap_or(""));
    match text.as_str() {
        "__name__" => return Ok(Some(vm.heap.get_value(cls, C_NAME))),
        "__qualname__" => return Ok(Some(vm.heap.get_value(cls, C_QUALNAME))),
        "__bases__" => {
            let b = vm.heap.get_value(cls, C_BASES);
            if tuple::len(vm, b) == 0 {
                return tuple::new(vm, &[TypeId::Object.value()]).map(Some);
            }
            return Ok(Some(b));
        }
        "__base__" => {
            let b = vm.heap.get_value(cls, C_BASES);
            let first = tuple::get(vm, b, 0);
            return Ok(Some(if first.is_null() {
                TypeId::Object.value()
            } else {
                first
            }));
        }
        "__mro__" => return Ok(Some(vm.heap.get_value(cls, C_MRO))),
        "__dict__" => return Ok(Some(vm.heap.get_value(cls, C_DICT))),
        "__module__" => return Ok(Some(vm.heap.get_value(cls, C_MODULE))),
        "__class__" => return Ok(Some(metaclass(vm, cls))),
        _ => {}
    }
    match type_lookup(vm, cls, name)? {
        Some(a) => bind(vm, a, Value::NULL, cls).map(Some),
        None => {
            // Attributes of a user metaclass, bound to the class.
            let meta = vm.heap.get_value(cls, C_META);
            if !meta.is_null() {
                if let Some(a) = type_lookup(vm, meta, name)? {
                    return bind(vm, a, cls, meta).map(Some);
                }
            }
            // Methods of `type` itself (mro(), __subclasses__...).
            if let Some((m, Binding::Method)) = find_builtin_method(TypeId::Type, &text) {
                return bind_native(vm, cls, m).map(Some);
            }
            if text == "__doc__" {
                return Ok(Some(Value::NONE));
            }
            Ok(None)
        }
    }
}

/// `Class.name = v`.
pub fn class_setattr(vm: &mut Vm, cls: Value, name: Value, v: Value) -> PyResult<()> {
    // Cached hook flags of every class may depend on this one.
    vm.class_epoch = vm.class_epoch.wrapping_add(1);
    let d = vm.heap.get_value(cls, C_DICT);
    dict::set(vm, d, name, v)
}

/// `int.name`, `dict.fromkeys`, `str.join`...
pub fn builtin_type_getattr(vm: &mut Vm, t: TypeId, name: Value) -> PyResult<Option<Value>> {
    let text = String::from(vm.str_text(name).unwrap_or(""));
    match text.as_str() {
        "__name__" | "__qualname__" => return vm.new_str(t.name()).map(Some),
        "__module__" => return vm.new_str("builtins").map(Some),
        "__doc__" => return Ok(Some(Value::NONE)),
        "__class__" => return Ok(Some(TypeId::Type.value())),
        "__mro__" => {
            let m = mro(vm, t.value());
            return tuple::new(vm, &m).map(Some);
        }
        "__bases__" => {
            let b = if t == TypeId::Object {
                alloc::vec![]
            } else {
                alloc::vec![t.base().value()]
            };
            return tuple::new(vm, &b).map(Some);
        }
        _ => {}
    }
    match find_builtin_method(t, &text) {
        Some((m, Binding::Class)) => bind_native(vm, t.value(), m).map(Some),
        Some((m, _)) => Ok(Some(m)),
        None => {
            if let Some((m, Binding::Method)) = find_builtin_method(TypeId::Type, &text) {
                return bind_native(vm, t.value(), m).map(Some);
            }
            Ok(None)
        }
    }
}

/// Module attribute lookup.
pub fn module_getattr(vm: &mut Vm, m: Value, name: Value) -> PyResult<Option<Value>> {
    let d = vm.heap.get_value(m, 1);
    if let Some(v) = dict::get(vm, d, name)? {
        return Ok(Some(v));
    }
    let text = String::from(vm.str_text(name).unwrap_or(""));
    if text == "__dict__" {
        return Ok(Some(d));
    }
    Ok(None)
}

/// The `__name__` of a module.
pub fn module_name(vm: &Vm, m: Value) -> String {
    String::from(vm.str_text(vm.heap.get_value(m, 0)).unwrap_or("?"))
}

/// `super().name`: look up after the class in the instance's MRO.
pub fn super_getattr(vm: &mut Vm, s: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = vm.heap.get_value(s, 0);
    let obj = vm.heap.get_value(s, 1);
    // super(C, obj): obj an instance of C (search type(obj)'s MRO, bind obj), or a subclass of
    // C (search obj's MRO, bind the class). A class that is an instance of a metaclass C (in a
    // metaclass's methods) is the first case.
    let obj_type = vm.type_of(obj);
    let is_class = obj.as_builtin_type().is_some() || vm.heap.kind(obj) == Kind::Class;
    let is_type = is_class && !is_subclass(vm, obj_type, cls);
    let start_type = if is_type { obj } else { obj_type };
    let order = mro(vm, start_type);
    let text = String::from(vm.str_text(name).unwrap_or(""));
    let pos = order
        .iter()
        .position(|c| *c == cls)
        .map(|p| p + 1)
        .unwrap_or(order.len());
    for c in order.into_iter().skip(pos) {
        let found = if let Some(id) = c.as_builtin_type() {
            let bt = TypeId::from_index(id).unwrap_or(TypeId::Object);
            match super::native::find_type_method(bt, &text) {
                Some((m, Binding::Class)) => Some(wrap_classmethod(vm, m)?),
                Some((m, Binding::Static)) => Some(wrap_staticmethod(vm, m)?),
                Some((m, _)) => Some(m),
                None => None,
            }
        } else {
            let d = vm.heap.get_value(c, C_DICT);
            dict::get_str(vm, d, &text)
        };
        if let Some(a) = found {
            let inst = if is_type { Value::NULL } else { obj };
            return bind(vm, a, inst, start_type).map(Some);
        }
    }
    Ok(None)
}

/// Finds a special method on the type of `obj` (not the instance dict), unbound.
pub fn lookup_special(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj);
    type_lookup(vm, t, name)
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
    let (ia, ib) = (vm.builtin_value(a), vm.builtin_value(b));
    if ia != a || ib != b {
        let r = if inplace {
            vm.inplace_op(op, ia, ib)
        } else {
            vm.binary_op(op, ia, ib)
        };
        return r.map(Some);
    }
    Ok(None)
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
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("__bool__ should return bool, returned {t}")));
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
            let n = type_name(vm, t);
            return Err(vm.type_error(format!("unhashable type: '{n}'")));
        }
        Some(h) => {
            let r = vm.call(h, &[obj], &[])?;
            return match super::int::as_i64(vm, r) {
                Some(i) => Ok(i),
                None => Err(vm.type_error("__hash__ method should return an integer")),
            };
        }
        None => {}
    }
    let eqname = vm.intern("__eq__")?;
    if user_override(vm, t, eqname)?.is_some() {
        let n = type_name(vm, t);
        return Err(vm.type_error(format!("unhashable type: '{n}'")));
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
        let Some(n) = vm.index_value(r)? else {
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
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
    let t = vm.type_name(obj);
    Err(vm.type_error(format!("object of type '{t}' has no len()")))
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
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("iter() returned non-iterator of type '{t}'")));
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
    let t = vm.type_name(obj);
    Err(vm.type_error(format!("'{t}' object is not iterable")))
}

/// `next(obj)` for instances: `__next__`, with StopIteration meaning exhaustion.
pub fn instance_next(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    match call_special(vm, obj, "__next__", &[]) {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => {
            let t = vm.type_name(obj);
            Err(vm.type_error(format!("'{t}' object is not an iterator")))
        }
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
    let t = vm.type_name(obj);
    Err(vm.type_error(format!("'{t}' object is not subscriptable")))
}

/// `Class[key]`: `__class_getitem__`.
pub fn class_getitem(vm: &mut Vm, cls: Value, key: Value) -> PyResult<Value> {
    if let Some(r) = meta_special(vm, cls, "__getitem__", &[key])? {
        return Ok(r);
    }
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
    let t = type_name(vm, cls);
    Err(vm.type_error(format!("type '{t}' is not subscriptable")))
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
    let t = vm.type_name(obj);
    Err(vm.type_error(format!("'{t}' object does not support item assignment")))
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
    let t = vm.type_name(obj);
    Err(vm.type_error(format!("'{t}' object does not support item deletion")))
}

/// `repr(obj)` for instances.
pub fn instance_repr(vm: &mut Vm, obj: Value) -> PyResult<String> {
    if let Some(r) = call_special(vm, obj, "__repr__", &[])? {
        return match vm.str_text(r) {
            Some(s) => Ok(String::from(s)),
            None => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__repr__ returned non-string (type {t})")))
            }
        };
    }
    if vm.heap.kind(obj) == Kind::Exception {
        return super::exception_methods::exception_repr(vm, obj);
    }
    let inner = vm.builtin_value(obj);
    if inner != obj {
        let r = vm.repr_string(inner)?;
        // A bytearray subclass shows its own name: `BA(b'..')`.
        if let Some(rest) = r.strip_prefix("bytearray(") {
            let t = vm.type_of(obj);
            return Ok(format!("{}({rest}", type_name(vm, t)));
        }
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
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("__str__ returned non-string (type {t})")));
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

/// Creates a class: `type(name, bases, namespace)` and the end of a `class` statement.
pub fn new_class(vm: &mut Vm, name: Value, bases: Value, ns: Value) -> PyResult<Value> {
    let base_list = tuple::items(vm, bases);
    let mut builtin = TypeId::Object;
    for b in &base_list {
        let ok = b.as_builtin_type().is_some() || vm.heap.kind(*b) == Kind::Class;
        if !ok {
            return Err(vm.type_error("bases must be types"));
        }
        if let Some(id) = b.as_builtin_type() {
            let t = TypeId::from_index(id).unwrap_or(TypeId::Object);
            if !t.is_base_type() {
                let n = t.name();
                return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
            }
        }
        let bb = builtin_base(vm, *b);
        if bb != TypeId::Object {
            // Exceptions share one layout, so `class E(OSError, ValueError)` is fine (the
            // first base's type makes the instances; matching walks every base).
            let both_exceptions =
                bb.is_subtype(TypeId::BaseException) && builtin.is_subtype(TypeId::BaseException);
            if builtin != TypeId::Object
                && !bb.is_subtype(builtin)
                && !builtin.is_subtype(bb)
                && !both_exceptions
            {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            if bb.is_subtype(builtin) {
                builtin = bb;
            }
        }
    }
    let d = vm.heap.push_root(name);
    vm.heap.push_root(bases);
    vm.heap.push_root(ns);
    let r = (|| {
        // Defining __eq__ without __hash__ makes instances unhashable: `__hash__ = None`.
        if dict::get_str(vm, ns, "__eq__").is_some() && dict::get_str(vm, ns, "__hash__").is_none()
        {
            let k = vm.intern("__hash__")?;
            dict::set(vm, ns, k, Value::NONE)?;
        }
        // These two are implicitly classmethods, as in CPython.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = dict::get_str(vm, ns, special) {
                if vm.heap.kind(f) == Kind::Function {
                    let cm = wrap_classmethod(vm, f)?;
                    let k = vm.intern(special)?;
                    dict::set(vm, ns, k, cm)?;
                }
            }
        }
        let cls = vm.alloc(Kind::Class, CLASS_SIZE)?;
        vm.heap.push_root(cls);
        vm.heap.set_value(cls, C_NAME, name);
        let qual = dict::get_str(vm, ns, "__qualname__").unwrap_or(name);
        vm.heap.set_value(cls, C_QUALNAME, qual);
        vm.heap.set_value(cls, C_BASES, bases);
        vm.heap.set_value(cls, C_DICT, ns);
        vm.heap.set_value(cls, C_BASE, builtin.value());
        let module = dict::get_str(vm, ns, "__module__").unwrap_or(Value::NONE);
        vm.heap.set_value(cls, C_MODULE, module);
        for b in &base_list {
            if vm.heap.kind(*b) == Kind::Class {
                let m = vm.heap.get_value(*b, C_META);
                let cur = vm.heap.get_value(cls, C_META);
                if !m.is_null() && (cur.is_null() || is_subclass(vm, m, cur)) {
                    vm.heap.set_value(cls, C_META, m);
                }
            }
        }
        let order = compute_mro(vm, cls, &base_list)?;
        let mro_t = tuple::new(vm, &order)?;
        vm.heap.set_value(cls, C_MRO, mro_t);
        Ok(cls)
    })();
    vm.heap.pop_roots(d);
    r
}

/// C3 linearisation of `cls` with `bases`.
fn compute_mro(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| mro(vm, *b)).collect();
    seqs.push(bases.to_vec());
    let mut out = alloc::vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let mut chosen = None;
        for s in &seqs {
            let head = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&head)) {
                chosen = Some(head);
                break;
            }
        }
        let Some(head) = chosen else {
            let names: Vec<String> = bases.iter().map(|b| type_name(vm, *b)).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(head);
        for s in &mut seqs {
            if s.first() == Some(&head) {
                s.remove(0);
            }
        }
    }
    if !out.contains(&TypeId::Object.value()) {
        out.push(TypeId::Object.value());
    }
    Ok(out)
}

/// Calls a user class: `__new__`, then `__init__`.
pub fn call_class(
    vm: &mut Vm,
    cls: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let newname = vm.intern("__new__")?;
    if builtin_base(vm, cls) == TypeId::Type && user_override(vm, cls, newname)?.is_none() {
        // A metaclass called without its own __new__: `type.__new__(cls, name, bases, ns)`.
        if args.len() != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
        let new_cls = type_new(vm, cls, args[0], args[1], args[2], kw)?;
        let d = vm.heap.push_root(new_cls);
        let r = init_instance(vm, cls, new_cls, args, kw);
        vm.heap.pop_roots(d);
        return r.map(|_| new_cls);
    }
    let obj = match user_override(vm, cls, newname)? {
        Some(n) => {
            let f = if vm.heap.kind(n) == Kind::StaticMethod {
                vm.heap.get_value(n, 0)
            } else {
                n
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(cls);
            full.extend_from_slice(args);
            let obj = vm.call(f, &full, kw)?;
            let t = vm.type_of(obj);
            if !is_subclass(vm, t, cls) {
                return Ok(obj);
            }
            obj
        }
        None => object_new(vm, cls, args, kw)?,
    };
    let d = vm.heap.push_root(obj);
    let r = init_instance(vm, cls, obj, args, kw);
    vm.heap.pop_roots(d);
    r.map(|_| obj)
}

fn init_instance(
    vm: &mut Vm,
    cls: Value,
    obj: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let initname = vm.intern("__init__")?;
    if let Some(init) = user_override(vm, cls, initname)? {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        let r = vm.call(init, &full, kw)?;
        if !r.is_none() {
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("__init__() should return None, not '{t}'")));
        }
        return Ok(());
    }
    let base = builtin_base(vm, cls);
    if base == TypeId::Object && (!args.is_empty() || !kw.is_empty()) {
        let newname = vm.intern("__new__")?;
        if user_override(vm, cls, newname)?.is_none() {
            let n = type_name(vm, cls);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    Ok(())
}

/// `object.__new__(cls, ...)`: a bare instance of a user class.
pub fn object_new(
    vm: &mut Vm,
    cls: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let base = builtin_base(vm, cls);
    if base.is_exception() {
        let a = tuple::new(vm, args)?;
        return exception::new(vm, cls, a);
    }
    let inner = if base == TypeId::Object {
        Value::NULL
    } else {
        // Mutable containers start empty and are filled by __init__ (list.__init__); immutable
        // values are made from the arguments, as their __new__ does.
        let initname = vm.intern("__init__")?;
        let has_init = user_override(vm, cls, initname)?.is_some();
        let mutable = matches!(
            base,
            TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray
        );
        if mutable && has_init {
            call_builtin_type(vm, base, &[], &[])?
        } else {
            call_builtin_type(vm, base, args, kw)?
        }
    };
    let d = vm.heap.push_root(inner);
    let obj = vm.alloc(Kind::Instance, 3);
    vm.heap.pop_roots(d);
    let obj = obj?;
    vm.heap.set_value(obj, 0, cls);
    vm.heap.set_value(obj, 2, inner);
    Ok(obj)
}

/// Calls a builtin type (`int("3")`, `list(x)`, `ValueError("m")`...).
pub fn call_builtin_type(
    vm: &mut Vm,
    t: TypeId,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if t.is_exception() {
        let a = tuple::new(vm, args)?;
        let e = exception::new(vm, t.value(), a)?;
        if !kw.is_empty() {
            // ImportError(msg, name=..., path=...); other exceptions take no keywords.
            if !t.is_subtype(TypeId::ImportError) {
                let n = t.name();
                return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
            }
            let d = vm.heap.push_root(e);
            for (k, v) in kw {
                if let Err(err) = generic_setattr(vm, e, *k, *v) {
                    vm.heap.pop_roots(d);
                    return Err(err);
                }
            }
            vm.heap.pop_roots(d);
        }
        return Ok(e);
    }
    super::constructors::construct(vm, t, args, kw)
}

/// Methods of `type` (reached from any class).
pub static TYPE_METHODS: &[NativeFn] = &[
    NativeFn::method("mro", type_mro),
    NativeFn::function("__new__", type_new_native),
    NativeFn::method("__call__", type_call_native),
    NativeFn::method("__init__", type_init_native),
    NativeFn::method("__subclasses__", type_subclasses),
];

fn type_new_native(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match args {
        [mcls, name, bases, ns] => type_new(vm, *mcls, *name, *bases, *ns, kw),
        [_, obj] => Ok(vm.type_of(*obj)),
        _ => Err(vm.type_error("type.__new__() takes exactly 3 arguments")),
    }
}

fn type_call_native(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some((&cls, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if let Some(t) = cls.as_builtin_type() {
        let t = TypeId::from_index(t).unwrap_or(TypeId::Object);
        return call_builtin_type(vm, t, rest, kw);
    }
    call_class(vm, cls, rest, kw)
}

fn type_init_native(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn type_subclasses(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // Classes do not track their subclasses (it would keep every class alive).
    super::list::alloc(vm, 0)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = args.first().copied().unwrap_or(Value::NONE);
    let m = mro(vm, t);
    super::list::from_slice(vm, &m)
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
