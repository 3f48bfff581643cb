// SPDX-License-Identifier: MIT
//! The methods of `dict` and its views.

use crate::bytecode::{BinaryOp, CompareOp};
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::dict;
use super::native::NativeFn;

/// `d.update(m)` (with `merge`, `f(**m)` rules: str keys, no duplicates).
pub fn update_from(vm: &mut Vm, d: Value, m: Value, merge: bool) -> PyResult<()> {
    let m = vm.builtin_value(m);
    if vm.heap.kind(m) == Kind::Dict {
        for (k, v) in dict::items(vm, m) {
            if merge {
                if vm.str_text(k).is_none() {
                    return Err(vm.type_error("keywords must be strings"));
                }
                if dict::get(vm, d, k)?.is_some() {
                    let name = alloc::string::String::from(vm.str_text(k).unwrap_or(""));
                    return Err(vm.type_error(alloc::format!(
                        "got multiple values for keyword argument '{name}'"
                    )));
                }
            }
            dict::set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let t = vm.type_name(m);
    Err(vm.type_error(alloc::format!("'{t}' object is not a mapping")))
}

/// The type of a dict view.
pub fn view_type(vm: &Vm, v: Value) -> TypeId {
    match vm.heap.get(v, 0) {
        0 => TypeId::DictKeys,
        1 => TypeId::DictValues,
        _ => TypeId::DictItems,
    }
}

/// `x in view`.
pub fn view_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let d = vm.heap.get_value(v, 1);
    match vm.heap.get(v, 0) {
        0 => Ok(dict::get(vm, d, x)?.is_some()),
        _ => {
            let it = vm.iter(v)?;
            let depth = vm.heap.push_root(it);
            let r = loop {
                match vm.next(it) {
                    Ok(Some(y)) => match vm.eq(x, y) {
                        Ok(true) => break Ok(true),
                        Ok(false) => {}
                        Err(e) => break Err(e),
                    },
                    Ok(None) => break Ok(false),
                    Err(e) => break Err(e),
                }
            };
            vm.heap.pop_roots(depth);
            r
        }
    }
}

/// Set operations on views (`d.keys() & other`).
pub fn view_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let sa = super::constructors::construct(vm, TypeId::Set, &[a], &[])?;
    let d = vm.heap.push_root(sa);
    let sb = super::constructors::construct(vm, TypeId::Set, &[b], &[]);
    let r = sb.and_then(|sb| {
        vm.heap.push_root(sb);
        super::set::binary(vm, op, sa, sb)
    });
    vm.heap.pop_roots(d);
    r.map(Some)
}

/// Comparisons of views (keys/items views compare like sets).
pub fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Option<bool>> {
    if vm.heap.kind(a) != Kind::DictView || vm.heap.kind(b) != Kind::DictView {
        return Ok(None);
    }
    let sa = super::constructors::construct(vm, TypeId::Set, &[a], &[])?;
    let d = vm.heap.push_root(sa);
    let sb = super::constructors::construct(vm, TypeId::Set, &[b], &[]);
    let r = sb.and_then(|sb| {
        vm.heap.push_root(sb);
        super::compare::builtin_compare(vm, sa, sb, op)
    });
    vm.heap.pop_roots(d);
    r
}

fn new_view(vm: &mut Vm, args: &[Value], which: u32) -> PyResult<Value> {
    let d = vm.builtin_value(args.first().copied().unwrap_or(Value::NONE));
    let depth = vm.heap.push_root(d);
    let v = vm.alloc(Kind::DictView, 2);
    vm.heap.pop_roots(depth);
    let v = v?;
    vm.heap.set(v, 0, which);
    vm.heap.set_value(v, 1, d);
    Ok(v)
}

fn dict_keys(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    new_view(vm, args, 0)
}

fn dict_values(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    new_view(vm, args, 1)
}

fn dict_items(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    new_view(vm, args, 2)
}

/// The methods of `dict`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("keys", dict_keys),
    NativeFn::method("values", dict_values),
    NativeFn::method("items", dict_items),
];
