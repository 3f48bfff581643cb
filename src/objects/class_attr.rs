// SPDX-License-Identifier: MIT
//! Attribute access on user classes and their instances: `object.__getattribute__` /
//! `__setattr__` / `__delattr__` with the descriptor protocol, the user hooks
//! (`__getattribute__`, `__getattr__`, `__setattr__`, `__delattr__`) cached per class, class and
//! metaclass attribute lookup, `super()` and module attributes. Split from `class.rs` so the
//! lookup rules read in one place.
// Without `attr-hooks` or `slots` some hook bits are 0 (see HOOK_GETATTRIBUTE, HOOK_SLOTS).
#![cfg_attr(
    any(not(feature = "attr-hooks"), not(feature = "slots")),
    allow(clippy::erasing_op, clippy::bad_bit_mask)
)]

use alloc::format;
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::attr::{bind_native, find_builtin_method};
use crate::vm::caches::Name;
use crate::vm::{PyResult, Vm};

use super::class::*;
use super::native::Binding;
use super::{dict, exception, tuple};

/// The instance `__dict__` (created on demand; NULL for objects without one).
pub(crate) fn instance_dict(vm: &mut Vm, obj: Value, create: bool) -> PyResult<Value> {
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
const HOOK_GETATTR: u32 = 2;
/// The user hooks `__getattribute__`, `__setattr__` and `__delattr__`: without the `attr-hooks`
/// feature (as MicroPython without `MICROPY_PY_DELATTR_SETATTR`) their bits are 0, so every
/// test of them is false and the code that calls them is not built.
#[cfg(feature = "attr-hooks")]
const HOOK_GETATTRIBUTE: u32 = 1;
#[cfg(feature = "attr-hooks")]
const HOOK_SETATTR: u32 = 4;
#[cfg(feature = "attr-hooks")]
const HOOK_DELATTR: u32 = 8;
#[cfg(not(feature = "attr-hooks"))]
const HOOK_GETATTRIBUTE: u32 = 0;
#[cfg(not(feature = "attr-hooks"))]
const HOOK_SETATTR: u32 = 0;
#[cfg(not(feature = "attr-hooks"))]
const HOOK_DELATTR: u32 = 0;
const HOOK_VALID: u32 = 16;
/// Every user class along the MRO declares `__slots__` (so instance attributes are limited);
/// 0 without the `slots` feature, in which `__slots__` restricts nothing (as in MicroPython).
#[cfg(feature = "slots")]
const HOOK_SLOTS: u32 = 32;
#[cfg(not(feature = "slots"))]
const HOOK_SLOTS: u32 = 0;
/// Where the epoch starts in the flags word.
const HOOK_EPOCH_SHIFT: u32 = 6;

/// Which attribute hooks user class `t` (or its user bases) defines, cached per class.
pub(crate) fn hooks(vm: &mut Vm, t: Value) -> PyResult<u32> {
    if vm.heap.kind(t) != Kind::Class {
        return Ok(0);
    }
    let cached = vm.heap.get(t, 0);
    let epoch = vm.class_epoch & (u32::MAX >> HOOK_EPOCH_SHIFT);
    if cached & HOOK_VALID != 0 && cached >> HOOK_EPOCH_SHIFT == epoch {
        return Ok(cached & ((HOOK_VALID - 1) | HOOK_SLOTS));
    }
    let mut bits = 0;
    #[cfg(feature = "attr-hooks")]
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
    #[cfg(feature = "slots")]
    if all_declare_slots(vm, t) {
        bits |= HOOK_SLOTS;
    }
    vm.heap
        .set(t, 0, bits | HOOK_VALID | (epoch << HOOK_EPOCH_SHIFT));
    Ok(bits)
}

/// Whether every user class in `t`'s MRO has `__slots__` in its own dict (see [`slots_allow`]).
#[cfg(feature = "slots")]
fn all_declare_slots(vm: &mut Vm, t: Value) -> bool {
    mro(vm, t).into_iter().all(|c| {
        c.as_builtin_type().is_some() || {
            let d = vm.heap.get_value(c, C_DICT);
            dict::get_str(vm, d, "__slots__").is_some()
        }
    })
}

/// `obj.name` for an instance of a user class (or an exception).
pub fn instance_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(v) = plain_instance_attr(vm, obj, name)? {
        return Ok(Some(v));
    }
    let t = vm.type_of(obj);
    let hooks = hooks(vm, t)?;
    hooked_getattr(vm, obj, t, name, hooks, generic_getattr)
}

/// `obj.name` where `t` (the type of `obj`) has attribute `hooks`: its `__getattribute__`, or
/// `plain` lookup, then its `__getattr__`.
fn hooked_getattr(
    vm: &mut Vm,
    obj: Value,
    t: Value,
    name: Value,
    hooks: u32,
    plain: fn(&mut Vm, Value, Value) -> PyResult<Option<Value>>,
) -> PyResult<Option<Value>> {
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
    } else if let Some(v) = plain(vm, obj, name)? {
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

/// The common case of `obj.name`, answered early: a value found where the hints say in the
/// instance dict of an instance whose class has no `__getattribute__` and no data descriptor
/// of that name. None when any of that does not hold; the full lookup then decides.
fn plain_instance_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let (t, d) = match vm.heap.kind(obj) {
        Kind::Instance => (vm.heap.get_value(obj, 0), vm.heap.get_value(obj, 1)),
        _ => return Ok(None),
    };
    let Some(v) = vm.hint_hit(t, d, name) else {
        return Ok(None);
    };
    if vm.heap.kind(t) != Kind::Class || hooks(vm, t)? & HOOK_GETATTRIBUTE != 0 {
        return Ok(None);
    }
    if let Some(a) = type_lookup(vm, t, name)? {
        if matches!(vm.heap.kind(a), Kind::Property | Kind::Instance) {
            return Ok(None);
        }
    }
    if vm.names_text(name, Name::Class) || vm.names_text(name, Name::Dict) {
        return Ok(None);
    }
    Ok(Some(v))
}

/// The common case of `obj.name = v`: an instance with a dict whose class has no
/// `__setattr__`, no `__slots__` and nothing of that name. False when any of that does not
/// hold; the full rules then apply.
fn plain_instance_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<bool> {
    let (t, d) = match vm.heap.kind(obj) {
        Kind::Instance => (vm.heap.get_value(obj, 0), vm.heap.get_value(obj, 1)),
        _ => return Ok(false),
    };
    if d.is_null()
        || vm.heap.kind(t) != Kind::Class
        || hooks(vm, t)? & (HOOK_SETATTR | HOOK_SLOTS) != 0
        || type_lookup(vm, t, name)?.is_some()
        || vm.names_text(name, Name::Class)
        || vm.names_text(name, Name::Dict)
    {
        return Ok(false);
    }
    let depth = vm.heap.push_root(v);
    let r = vm.hinted_set(t, d, name, v);
    vm.heap.pop_roots(depth);
    r.map(|_| true)
}

/// Calls a `__getattr__`/`__getattribute__` hook. Its own AttributeError propagates (the message
/// is the user's); callers that want "absent" (hasattr, getattr with a default) catch it.
pub(crate) fn call_getattr_hook(
    vm: &mut Vm,
    f: Value,
    obj: Value,
    name: Value,
) -> PyResult<Option<Value>> {
    let name_s = if name.is_qstr() {
        crate::intern::str_object(vm, name)
    } else {
        name
    };
    vm.call(f, &[obj, name_s], &[]).map(Some)
}

/// A special method defined by a user class (not inherited from a builtin type).
pub(crate) fn user_override(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
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
        } else if let Some(id) = c.as_builtin_type() {
            // A builtin base before a user mixin in the MRO wins (`class S(str, Mixin)` compares
            // as a str even if Mixin defines `__eq__`); `object` is always last, so skip it.
            let bt = TypeId::from_index(id).unwrap_or(TypeId::Object);
            if bt != TypeId::Object
                && vm
                    .str_text(name)
                    .is_some_and(|n| super::native::find_type_method(bt, n).is_some())
            {
                return Ok(None);
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
    let attr = type_lookup(vm, t, name)?;
    // A class attribute named `__class__` shadows the real one, as in CPython.
    if attr.is_none() && vm.names_text(name, Name::Class) {
        return Ok(Some(t));
    }
    if (vm.heap.kind(obj) == Kind::Exception
        || (vm.heap.kind(obj) == Kind::Instance && t != TypeId::Object.value()))
        && vm.names_text(name, Name::Dict)
    {
        return instance_dict(vm, obj, true).map(Some);
    }
    if let Some(a) = attr {
        if is_data_descriptor(vm, a)? {
            return bind(vm, a, obj, t).map(Some);
        }
    }
    let d = instance_dict(vm, obj, false)?;
    if !d.is_null() {
        if let Some(v) = vm.hinted_get(t, d, name)? {
            return Ok(Some(v));
        }
    }
    if let Some(a) = attr {
        return bind(vm, a, obj, t).map(Some);
    }
    let text = String::from(vm.str_text(name).unwrap_or(""));
    if text == "__doc__" {
        // Builtin types carry no docstrings (`object().__doc__`, `ValueError().__doc__`).
        return Ok(Some(Value::NONE));
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
    if !d.is_null() && dict::get(vm, d, name)?.is_some() {
        return Ok(None);
    }
    Ok(Some(a))
}

/// `obj.name = v` for instances.
pub fn instance_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    if plain_instance_setattr(vm, obj, name, v)? {
        return Ok(());
    }
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
    match vm.str_text(name) {
        Some("__class__") => return set_class(vm, obj, v),
        Some("__dict__") => return set_dict(vm, obj, v),
        _ => {}
    }
    if t == TypeId::Object.value() {
        // A bare `object()` has no `__dict__`.
        return Err(vm.no_attribute(obj, name));
    }
    if let Some(a) = type_lookup(vm, t, name)? {
        if descriptor_store(vm, a, obj, name, v)? {
            return Ok(());
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
    let r = instance_dict(vm, obj, true).and_then(|dd| vm.hinted_set(t, dd, name, v));
    vm.heap.pop_roots(d);
    r
}

/// `obj.__class__ = cls`: only between user classes with the same instance layout (the same
/// builtin base), as CPython allows for heap types.
fn set_class(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<()> {
    if cls.is_null() {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    if cls.as_builtin_type().is_none() && vm.heap.kind(cls) != Kind::Class {
        return Err(vm.type_error(error_msg!(
            "__class__ must be set to a class",
            "__class__ must be set to a class, not '{t}' object",
            t = vm.type_name(cls)
        )));
    }
    let old = vm.type_of(obj);
    if vm.heap.kind(cls) != Kind::Class || vm.heap.kind(old) != Kind::Class {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if builtin_base(vm, old) != builtin_base(vm, cls) {
        return Err(vm.type_error(error_msg!(
            "__class__ assignment: object layout differs",
            "__class__ assignment: '{a}' object layout differs from '{b}'",
            a = type_name(vm, cls),
            b = type_name(vm, old)
        )));
    }
    let slot = if vm.heap.kind(obj) == Kind::Exception {
        exception::TYPE
    } else {
        0
    };
    vm.heap.set_value(obj, slot, cls);
    Ok(())
}

/// `obj.__dict__ = d` (a dict) and `del obj.__dict__` (a fresh one is made on next use).
fn set_dict(vm: &mut Vm, obj: Value, d: Value) -> PyResult<()> {
    let slot = match vm.heap.kind(obj) {
        Kind::Exception => exception::DICT,
        Kind::Instance if vm.type_of(obj) != TypeId::Object.value() => 1,
        _ => {
            let n = vm.intern("__dict__")?;
            return Err(vm.no_attribute(obj, n));
        }
    };
    if !d.is_null() && vm.heap.kind(d) != Kind::Dict {
        return Err(vm.type_error(error_msg!(
            "__dict__ must be set to a dictionary",
            "__dict__ must be set to a dictionary, not a '{t}'",
            t = vm.type_name(d)
        )));
    }
    vm.heap.set_value(obj, slot, d);
    Ok(())
}

/// Assignment (`v` set) or deletion (`v` NULL) through a data descriptor `a` found on the type
/// of `obj`: a property's setter/deleter, or a user descriptor's `__set__`/`__delete__` (a
/// descriptor with only one of them raises AttributeError naming the other, as CPython's slot
/// does). Ok(false) when `a` is not a data descriptor, so the instance dict is used.
pub(crate) fn descriptor_store(
    vm: &mut Vm,
    a: Value,
    obj: Value,
    name: Value,
    v: Value,
) -> PyResult<bool> {
    let deleting = v.is_null();
    match vm.heap.kind(a) {
        Kind::Property => {
            let f = vm.heap.get_value(a, if deleting { 2 } else { 1 });
            if f.is_null() || f.is_none() {
                return Err(vm.attribute_error(error_msg!(
                    "can't set attribute",
                    "property '{n}' of '{tn}' object has no {what}",
                    n = vm.str_text(name).unwrap_or(""),
                    tn = type_name(vm, vm.type_of(obj)),
                    what = if deleting { "deleter" } else { "setter" }
                )));
            }
            if deleting {
                vm.call(f, &[obj], &[])?;
            } else {
                vm.call(f, &[obj, v], &[])?;
            }
            Ok(true)
        }
        #[cfg(feature = "descriptors")]
        Kind::Instance => {
            let (want, other) = if deleting {
                ("__delete__", "__set__")
            } else {
                ("__set__", "__delete__")
            };
            let w = vm.intern(want)?;
            if let Some(f) = lookup_special(vm, a, w)? {
                if deleting {
                    vm.call(f, &[a, obj], &[])?;
                } else {
                    vm.call(f, &[a, obj, v], &[])?;
                }
                return Ok(true);
            }
            let o = vm.intern(other)?;
            if lookup_special(vm, a, o)?.is_some() {
                return Err(vm.attribute_error(want));
            }
            Ok(false)
        }
        _ => Ok(false),
    }
}

/// `__slots__`: when every user class in the MRO declares slots (and none has `__dict__`),
/// only the slot names may be set. Pyrite still stores them in a dict: slots restrict, they
/// do not save memory (see docs/differences.md).
pub(crate) fn slots_allow(vm: &mut Vm, t: Value, name: Value) -> PyResult<bool> {
    if t.as_builtin_type().is_some() {
        return Ok(true);
    }
    // Some user class along the MRO has no `__slots__`: every name may go in the instance dict.
    if hooks(vm, t)? & HOOK_SLOTS == 0 {
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
    match vm.str_text(name) {
        Some("__class__") => return set_class(vm, obj, Value::NULL),
        Some("__dict__") => return set_dict(vm, obj, Value::NULL),
        _ => {}
    }
    if let Some(a) = type_lookup(vm, t, name)? {
        if descriptor_store(vm, a, obj, name, Value::NULL)? {
            return Ok(());
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
    let meta = vm.heap.get_value(cls, C_META);
    if !meta.is_null() {
        // A user metaclass's `__getattribute__`/`__getattr__` (found through its cached hooks).
        let h = hooks(vm, meta)?;
        if h & (HOOK_GETATTRIBUTE | HOOK_GETATTR) != 0 {
            return hooked_getattr(vm, cls, meta, name, h, class_getattr_plain);
        }
    }
    class_getattr_plain(vm, cls, name)
}

/// `type.__getattribute__(cls, name)`: class attribute lookup without the metaclass hooks.
pub fn class_getattr_plain(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
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
        "__dict__" => {
            // A read-only view: class attributes change only through setattr (which keeps the
            // per-class hook caches right).
            let d = vm.heap.get_value(cls, C_DICT);
            return call_frozen(vm, "_classtypes", "mappingproxy", &[d]).map(Some);
        }
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

/// `Class.name = v`: through the metaclass's `__setattr__` when a user metaclass defines one.
pub fn class_setattr(vm: &mut Vm, cls: Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(f) = meta_attr_hook(vm, cls, "__setattr__")? {
        let n = name_object(vm, name);
        return vm.call(f, &[cls, n, v], &[]).map(|_| ());
    }
    type_setattr(vm, cls, name, v)
}

/// `del Class.name`: through the metaclass's `__delattr__` when a user metaclass defines one.
pub fn class_delattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<()> {
    if let Some(f) = meta_attr_hook(vm, cls, "__delattr__")? {
        let n = name_object(vm, name);
        return vm.call(f, &[cls, n], &[]).map(|_| ());
    }
    type_setattr(vm, cls, name, Value::NULL)
}

/// An attribute name as a `str` object (names from the opcodes are qstrs).
fn name_object(vm: &Vm, name: Value) -> Value {
    if name.is_qstr() {
        crate::intern::str_object(vm, name)
    } else {
        name
    }
}

fn meta_attr_hook(vm: &mut Vm, cls: Value, hook: &str) -> PyResult<Option<Value>> {
    if !cfg!(feature = "attr-hooks") {
        return Ok(None);
    }
    let meta = vm.heap.get_value(cls, C_META);
    if meta.is_null() {
        return Ok(None);
    }
    let n = vm.intern(hook)?;
    user_override(vm, meta, n)
}

/// `type.__setattr__(cls, name, v)` (`v` NULL: `type.__delattr__`): the special attributes
/// stored in the class block are validated as CPython does, data descriptors of a user
/// metaclass are honoured, anything else goes to the class dict.
pub fn type_setattr(vm: &mut Vm, cls: Value, name: Value, v: Value) -> PyResult<()> {
    let r = type_setattr_inner(vm, cls, name, v);
    // Cached hooks and lookups filled while the change was made (a metaclass descriptor's
    // `__set__` ran Python code) must go too.
    vm.class_epoch = vm.class_epoch.wrapping_add(1);
    r
}

fn type_setattr_inner(vm: &mut Vm, cls: Value, name: Value, v: Value) -> PyResult<()> {
    if vm.heap.kind(cls) != Kind::Class {
        if cls.as_builtin_type().is_some() {
            return Err(vm.type_error(error_msg!(
                "can't set attributes of immutable type",
                "cannot set '{n}' attribute of immutable type '{tn}'",
                tn = type_name(vm, cls),
                n = String::from(vm.str_text(name).unwrap_or(""))
            )));
        }
        return Err(vm.type_error(error_msg!(
            "descriptor doesn't apply",
            "descriptor '__setattr__' requires a 'type' object but received a '{t}'",
            t = vm.type_name(cls)
        )));
    }
    // Cached hook flags and lookups of every class may depend on this one.
    vm.class_epoch = vm.class_epoch.wrapping_add(1);
    let text = String::from(vm.str_text(name).unwrap_or(""));
    let cname = type_name(vm, cls);
    let special = matches!(
        text.as_str(),
        "__name__" | "__qualname__" | "__bases__" | "__module__" | "__doc__"
    );
    if v.is_null() && special {
        return Err(vm.type_error(error_msg!(
            "can't delete attributes of immutable type",
            "cannot delete '{text}' attribute of immutable type '{cname}'"
        )));
    }
    match text.as_str() {
        "__name__" | "__qualname__" => {
            if vm.str_text(v).is_none() {
                return Err(vm.type_error(error_msg!(
                    "can only assign string",
                    "can only assign string to {cname}.{text}, not '{t}'",
                    t = vm.type_name(v)
                )));
            }
            let slot = if text == "__name__" {
                C_NAME
            } else {
                C_QUALNAME
            };
            vm.heap.set_value(cls, slot, v);
            return Ok(());
        }
        "__bases__" => return set_bases(vm, cls, v),
        "__module__" => vm.heap.set_value(cls, C_MODULE, v),
        "__dict__" => {
            return Err(vm.attribute_error("attribute '__dict__' of 'type' objects is not writable"))
        }
        "__mro__" => return Err(vm.attribute_error("readonly attribute")),
        _ => {}
    }
    let meta = vm.heap.get_value(cls, C_META);
    if !meta.is_null() {
        if let Some(a) = type_lookup(vm, meta, name)? {
            if descriptor_store(vm, a, cls, name, v)? {
                return Ok(());
            }
        }
    }
    let d = vm.heap.get_value(cls, C_DICT);
    if v.is_null() {
        if dict::remove(vm, d, name)?.is_none() {
            return Err(vm.no_attribute(cls, name));
        }
        return Ok(());
    }
    dict::set(vm, d, name, v)
}

/// `Class.__bases__ = (...)`: a non-empty tuple of classes with the same instance layout; the
/// MRO is recomputed (subclasses keep the MRO they were made with).
fn set_bases(vm: &mut Vm, cls: Value, v: Value) -> PyResult<()> {
    if vm.heap.kind(v) != Kind::Tuple {
        return Err(vm.type_error(error_msg!(
            "can only assign tuple",
            "can only assign tuple to {cname}.__bases__, not {t}",
            t = vm.type_name(v),
            cname = type_name(vm, cls)
        )));
    }
    let items = tuple::items(vm, v);
    if items.is_empty() {
        return Err(vm.type_error(error_msg!(
            "can only assign non-empty tuple",
            "can only assign non-empty tuple to {cname}.__bases__, not ()",
            cname = type_name(vm, cls)
        )));
    }
    let layout = builtin_base(vm, cls);
    for b in &items {
        if b.as_builtin_type().is_none() && vm.heap.kind(*b) != Kind::Class {
            return Err(vm.type_error(error_msg!(
                "__bases__ must be tuple of classes",
                "{cname}.__bases__ must be tuple of classes, not '{t}'",
                t = vm.type_name(*b),
                cname = type_name(vm, cls)
            )));
        }
        if is_subclass(vm, *b, cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        let bl = builtin_base(vm, *b);
        if bl != layout && !(layout.is_subtype(bl) && bl == TypeId::Object) {
            return Err(vm.type_error(error_msg!(
                "__bases__ assignment: object layout differs",
                "__bases__ assignment: '{bn}' object layout differs from '{ln}'",
                bn = bl.name(),
                ln = layout.name()
            )));
        }
    }
    let order = super::class_build::compute_mro(vm, cls, &items)?;
    let d = vm.heap.push_root(v);
    let mro_t = tuple::new(vm, &order);
    vm.heap.pop_roots(d);
    let mro_t = mro_t?;
    vm.heap.set_value(cls, C_BASES, v);
    vm.heap.set_value(cls, C_MRO, mro_t);
    Ok(())
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
        "__base__" if t == TypeId::Object => return Ok(Some(Value::NONE)),
        "__base__" => return Ok(Some(t.base().value())),
        "__dict__" => return super::slots::type_dict(vm, t).map(Some),
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
