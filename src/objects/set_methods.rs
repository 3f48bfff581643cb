// SPDX-License-Identifier: MIT
//! The methods of `set`, `frozenset` and the set-like dict views.

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;
use super::set;

fn set_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&s), Some(&v)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("add() takes exactly one argument"));
    };
    let s = vm.builtin_value(s);
    set::add(vm, s, v)?;
    Ok(Value::NONE)
}

/// The methods of `set`.
pub static SET_METHODS: &[NativeFn] = &[NativeFn::method("add", set_add)];
/// The methods of `frozenset`.
pub static FROZENSET_METHODS: &[NativeFn] = &[];
/// The set-like methods of dict views.
pub static VIEW_METHODS: &[NativeFn] = &[];
