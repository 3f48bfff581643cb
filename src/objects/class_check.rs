// SPDX-License-Identifier: MIT
//! `isinstance` and `issubclass`: tuples and unions of classes, and the metaclass hooks
//! `__instancecheck__`/`__subclasscheck__` (duck-typed and virtual subclasses, as `abc.ABCMeta`
//! uses), in CPython's order: an exact type match first, then the hook of `type(cls)`, then
//! the MRO. Also `dir()`'s class-side rules (a user `__dir__`, attributes provided by the VM
//! rather than found in a dict).

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use alloc::string::String;
use alloc::vec::Vec;

use super::class::{is_subclass, mro, user_override};
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

/// Calls `type(cls).<hook>(cls, arg)` when a user class (`cls`'s metaclass, or the class of an
/// instance used as a class, such as `list[int]`) defines it.
fn meta_hook(vm: &mut Vm, cls: Value, hook: &str, arg: Value) -> PyResult<Option<bool>> {
    if !matches!(vm.heap.kind(cls), Kind::Class | Kind::Instance) {
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

/// `dir(obj)` when the class of `obj` (or the metaclass of a class) defines `__dir__`: its
/// result as a sorted list.
pub fn user_dir(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj);
    let n = vm.intern("__dir__")?;
    let Some(f) = user_override(vm, t, n)? else {
        return Ok(None);
    };
    let r = vm.call(f, &[obj], &[])?;
    let d = vm.heap.push_root(r);
    let l = vm.to_list(r).and_then(|l| {
        vm.heap.push_root(l);
        let k = vm.intern("sort")?;
        let sort = vm.getattr(l, k)?;
        vm.call(sort, &[], &[]).map(|_| l)
    });
    vm.heap.pop_roots(d);
    l.map(Some)
}

/// Names `dir()` lists that no dict holds: attributes the VM provides itself (`__class__`,
/// `__dict__` of instances with one, an exception's `args`...).
pub fn implicit_dir_names(vm: &mut Vm, obj: Value, out: &mut Vec<String>) {
    let is_class = obj.as_builtin_type().is_some() || vm.heap.kind(obj) == Kind::Class;
    let t = if is_class { obj } else { vm.type_of(obj) };
    let mut names: Vec<&str> = alloc::vec!["__class__", "__doc__"];
    let user = mro(vm, t).iter().any(|c| vm.heap.kind(*c) == Kind::Class);
    if user {
        names.extend(["__dict__", "__module__"]);
    }
    if is_class && cfg!(feature = "class-hooks") {
        names.push("__init_subclass__");
    }
    if super::class::is_subclass_of_builtin(vm, t, crate::objects::types::TypeId::BaseException) {
        names.extend([
            "args",
            "__traceback__",
            "__cause__",
            "__context__",
            "__suppress_context__",
        ]);
    }
    out.extend(names.into_iter().map(String::from));
}

/// `super(cls, obj)`: `cls` must be a type, and `obj` (when given) an instance or subclass of it.
pub fn check_super_args(vm: &mut Vm, cls: Value, obj: Value) -> PyResult<()> {
    if !is_type(vm, cls) {
        return Err(vm.type_error(error_msg!(
            "super() argument 1 must be a type",
            "super() argument 1 must be a type, not {t}",
            t = vm.type_name(cls)
        )));
    }
    if obj.is_null() {
        return Ok(());
    }
    let t = vm.type_of(obj);
    if is_subclass(vm, t, cls) || (is_type(vm, obj) && is_subclass(vm, obj, cls)) {
        return Ok(());
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}
