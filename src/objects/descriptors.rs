// SPDX-License-Identifier: MIT
//! The builtin descriptors seen as objects: `property`, `staticmethod` and `classmethod` called
//! through their protocol methods (`prop.__get__(obj, C)`, `prop.__set__(obj, v)`, reached
//! through `objects::slots`), and their introspection attributes (`__wrapped__`,
//! `__isabstractmethod__`, which `abc` reads through a property or a classmethod to the function
//! it wraps). Attribute access itself (`obj.prop`) binds them in `objects::class`.

#[cfg(feature = "detailed-errors")]
use alloc::format;
#[cfg(feature = "detailed-errors")]
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// The property's name for messages: its getter's `__name__`, if the getter has one.
#[cfg(feature = "detailed-errors")]
fn property_label(vm: &Vm, p: Value) -> PyResult<String> {
    let f = vm.heap.get_value(p, 0);
    if !f.is_null() && vm.heap.kind(f) == Kind::Function {
        let n = vm.heap.get_value(f, super::function::NAME);
        // A lambda's `<lambda>` is no attribute name (CPython names the attribute).
        if let Some(s) = vm.str_text(n).filter(|s| !s.starts_with('<')) {
            return Ok(format!("property '{s}'"));
        }
    }
    Ok(String::from("property"))
}

/// `prop.__get__(obj)`: calls the getter.
pub fn property_get(vm: &mut Vm, p: Value, obj: Value) -> PyResult<Value> {
    let getter = vm.heap.get_value(p, 0);
    if getter.is_null() || getter.is_none() {
        return Err(vm.attribute_error(error_msg!(
            "can't get attribute",
            "{l} of '{t}' object has no getter",
            l = property_label(vm, p)?,
            t = vm.type_name(obj)
        )));
    }
    vm.call(getter, &[obj], &[])
}

/// `prop.__set__(obj, v)` (`value` Some) or `prop.__delete__(obj)` (None).
pub fn property_set(vm: &mut Vm, p: Value, obj: Value, value: Option<Value>) -> PyResult<Value> {
    let slot = if value.is_some() { 1 } else { 2 };
    let f = vm.heap.get_value(p, slot);
    if f.is_null() || f.is_none() {
        return Err(vm.attribute_error(error_msg!(
            "can't set attribute",
            "{l} of '{t}' object has no {what}",
            l = property_label(vm, p)?,
            t = vm.type_name(obj),
            what = if value.is_some() { "setter" } else { "deleter" }
        )));
    }
    match value {
        Some(v) => vm.call(f, &[obj, v], &[])?,
        None => vm.call(f, &[obj], &[])?,
    };
    Ok(Value::NONE)
}

/// Is `f.__isabstractmethod__` true (absent counts as false)?
fn is_abstract(vm: &mut Vm, f: Value) -> PyResult<bool> {
    if f.is_null() || f.is_none() {
        return Ok(false);
    }
    let n = vm.intern("__isabstractmethod__")?;
    match vm.getattr_opt(f, n)? {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// The attributes of property, staticmethod and classmethod objects beyond their own fields.
pub fn attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    match (vm.heap.kind(obj), name) {
        (Kind::StaticMethod | Kind::ClassMethod, "__func__" | "__wrapped__") => {
            Ok(Some(vm.heap.get_value(obj, 0)))
        }
        (Kind::StaticMethod | Kind::ClassMethod, "__isabstractmethod__") => {
            let f = vm.heap.get_value(obj, 0);
            is_abstract(vm, f).map(|b| Some(Value::bool(b)))
        }
        (Kind::Property, "__isabstractmethod__") => {
            for i in 0..3 {
                let f = vm.heap.get_value(obj, i);
                if is_abstract(vm, f)? {
                    return Ok(Some(Value::TRUE));
                }
            }
            Ok(Some(Value::FALSE))
        }
        _ => Ok(None),
    }
}
