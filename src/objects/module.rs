// SPDX-License-Identifier: MIT
//! `module` objects as user code sees them: calling the type (`types.ModuleType("m")`) and
//! attribute lookup with PEP 562's module-level `__getattr__`.
//!
//! ```text
//! payload: [name | dict]
//! ```
//! The import system (`vm/import.rs`) makes modules for files and packages; this file holds what
//! a program can do to any module.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::constructors::kwarg;
use super::dict;
use super::native::Binding;

/// `module(name, doc=None)`: an empty module with CPython's five dunder entries.
pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    for (k, _) in kw {
        let k = vm.str_text(*k).unwrap_or("");
        if k != "name" && k != "doc" {
            return Err(vm.type_error(error_msg!(
                "unexpected keyword argument",
                "module() got an unexpected keyword argument '{k}'",
                k = alloc::string::String::from(k)
            )));
        }
    }
    if args.len() > 2 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "module() takes at most 2 arguments ({n} given)",
            n = args.len() + kw.len()
        )));
    }
    let Some(name) = args.first().copied().or_else(|| kwarg(vm, kw, "name")) else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if vm.str_text(name).is_none() {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "module() argument 'name' must be str, not {t}",
            t = vm.arg_type_name(name)
        )));
    }
    let doc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "doc"))
        .unwrap_or(Value::NONE);
    let d = dict::alloc(vm, 5)?;
    let depth = vm.heap.push_root(d);
    let r = (|| {
        for (key, v) in [
            ("__name__", name),
            ("__doc__", doc),
            ("__package__", Value::NONE),
            ("__loader__", Value::NONE),
            ("__spec__", Value::NONE),
        ] {
            let k = vm.intern(key)?;
            dict::set(vm, d, k, v)?;
        }
        let m = vm.alloc(Kind::Module, 2)?;
        vm.heap.set_value(m, 0, name);
        vm.heap.set_value(m, 1, d);
        Ok(m)
    })();
    vm.heap.pop_roots(depth);
    r
}

/// `m.name`: the module's dict, then `__dict__`, then PEP 562's `__getattr__(name)` if the
/// module defines one (its exceptions propagate, as in CPython).
pub fn getattr(vm: &mut Vm, m: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(v) = super::class::module_getattr(vm, m, name)? {
        return Ok(Some(v));
    }
    // What every object has (`m.__class__`, `m.__repr__`...), which `dir(m)` lists too.
    let text = alloc::string::String::from(vm.str_text(name).unwrap_or(""));
    if text == "__class__" {
        return Ok(Some(vm.type_of(m)));
    }
    let t = crate::objects::types::TypeId::Module;
    if let Some((f, binding)) = crate::vm::attr::find_builtin_method(t, &text) {
        return match binding {
            Binding::Method => crate::vm::attr::bind_native(vm, m, f).map(Some),
            Binding::Class => crate::vm::attr::bind_native(vm, t.value(), f).map(Some),
            Binding::Static => Ok(Some(f)),
        };
    }
    if text == "__doc__" {
        return Ok(Some(Value::NONE));
    }
    let d = vm.heap.get_value(m, 1);
    match dict::get_str(vm, d, "__getattr__") {
        Some(hook) => vm.call(hook, &[name], &[]).map(Some),
        None => Ok(None),
    }
}

/// The names `dir(m)` lists: the result of the module's own `__dir__()` if it defines one.
pub fn dir_hook(vm: &mut Vm, m: Value) -> PyResult<Option<Value>> {
    let d = vm.heap.get_value(m, 1);
    match dict::get_str(vm, d, "__dir__") {
        Some(hook) => vm.call(hook, &[], &[]).map(Some),
        None => Ok(None),
    }
}
