// SPDX-License-Identifier: MIT
//! `isinstance` and `issubclass`: tuples and unions of classes, and the metaclass hooks
//! `__instancecheck__`/`__subclasscheck__` (duck-typed and virtual subclasses, as `abc.ABCMeta`
//! uses), in CPython's order: an exact type match first, then the hook of `type(cls)`, then
//! the MRO.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::class::{is_subclass, user_override};
use super::tuple;

/// Is `x` a class (builtin type or user class)?
fn is_type(vm: &Vm, x: Value) -> bool {
    x.as_builtin_type().is_some() || vm.heap.kind(x) == Kind::Class
}

/// The members of a PEP 604 union (`int | str`), if `spec` is one.
fn union_args(vm: &mut Vm, spec: Value) -> PyResult<Option<Value>> {
    if vm.heap.kind(spec) == Kind::Instance && vm.type_name(spec) == "UnionType" {
        let n = vm.intern("__args__")?;
        return vm.getattr(spec, n).map(Some);
    }
    Ok(None)
}

/// Calls `type(cls).<hook>(cls, arg)` when a user metaclass defines it.
fn meta_hook(vm: &mut Vm, cls: Value, hook: &str, arg: Value) -> PyResult<Option<bool>> {
    if vm.heap.kind(cls) != Kind::Class {
        return Ok(None);
    }
    let meta = vm.type_of(cls);
    let n = vm.intern(hook)?;
    let Some(f) = user_override(vm, meta, n)? else {
        return Ok(None);
    };
    let r = vm.call(f, &[cls, arg], &[])?;
    vm.truthy(r).map(Some)
}

/// `isinstance(obj, spec)`.
pub fn isinstance(vm: &mut Vm, obj: Value, spec: Value) -> PyResult<bool> {
    let t = vm.type_of(obj);
    if t == spec {
        return Ok(true);
    }
    if let Some(args) = union_args(vm, spec)? {
        return isinstance(vm, obj, args);
    }
    if vm.heap.kind(spec) == Kind::Tuple {
        for s in tuple::items(vm, spec) {
            if isinstance(vm, obj, s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = meta_hook(vm, spec, "__instancecheck__", obj)? {
        return Ok(r);
    }
    if !is_type(vm, spec) {
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    Ok(is_subclass(vm, t, spec))
}

/// `issubclass(cls, spec)`.
pub fn issubclass(vm: &mut Vm, cls: Value, spec: Value) -> PyResult<bool> {
    if let Some(args) = union_args(vm, spec)? {
        return issubclass(vm, cls, args);
    }
    if vm.heap.kind(spec) == Kind::Tuple {
        for s in tuple::items(vm, spec) {
            if issubclass(vm, cls, s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = meta_hook(vm, spec, "__subclasscheck__", cls)? {
        return Ok(r);
    }
    if !is_type(vm, cls) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !is_type(vm, spec) {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(is_subclass(vm, cls, spec))
}
