// SPDX-License-Identifier: MIT
//! The methods of `list` and `tuple`.

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::list;
use super::native::NativeFn;

fn list_append(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&l), Some(&v)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("append() takes exactly one argument"));
    };
    let l = vm.builtin_value(l);
    list::append(vm, l, v)?;
    Ok(Value::NONE)
}

/// The methods of `list`.
pub static METHODS: &[NativeFn] = &[NativeFn::method("append", list_append)];
/// The methods of `tuple`.
pub static TUPLE_METHODS: &[NativeFn] = &[];
