// SPDX-License-Identifier: MIT
//! `memoryview` in a build without the `memoryview` feature (MicroPython's
//! `MICROPY_PY_BUILTINS_MEMORYVIEW` off): the name is not defined, so no value is ever a
//! memoryview. The shared paths that accept one (`bytes(mv)`, comparisons, iteration, `len`...)
//! keep calling these functions, which then are never reached with a view and cost nothing.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

/// `memoryview(obj)`: only reachable through the type object, which this build does not name.
pub fn construct(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("memoryview not supported in this build"))
}

/// The viewed bytes: there are no views.
pub fn to_vec(_vm: &Vm, _mv: Value) -> Vec<u8> {
    Vec::new()
}

/// The length of a view: there are no views.
pub fn len(_vm: &Vm, _mv: Value) -> usize {
    0
}

/// `hash(mv)`: there are no views.
pub fn hash(vm: &mut Vm, _mv: Value) -> PyResult<i64> {
    Err(vm.type_error("memoryview not supported in this build"))
}

/// `mv[key]`: there are no views.
pub fn getitem(vm: &mut Vm, _mv: Value, _key: Value) -> PyResult<Value> {
    Err(vm.type_error("memoryview not supported in this build"))
}

/// `mv[key] = v`: there are no views.
pub fn setitem(vm: &mut Vm, _mv: Value, _key: Value, _v: Value) -> PyResult<()> {
    Err(vm.type_error("memoryview not supported in this build"))
}

/// A view's attributes: there are no views.
pub fn attr(_vm: &mut Vm, _mv: Value, _name: &str) -> PyResult<Option<Value>> {
    Ok(None)
}

/// `repr(mv)`: there are no views.
pub fn repr(_mv: Value) -> String {
    String::new()
}

/// No methods.
pub static METHODS: &[NativeFn] = &[];
