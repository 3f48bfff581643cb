// SPDX-License-Identifier: MIT
//! Exception instances: `[suppress_context | type args traceback cause context dict]`.
//! `type` is a builtin exception type or a user class deriving from one.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

/// Payload index of the exception's type.
pub const TYPE: usize = 1;
/// Payload index of `args` (a tuple, or NULL for "no args yet").
pub const ARGS: usize = 2;
/// Payload index of `__traceback__`.
pub const TRACEBACK: usize = 3;
/// Payload index of `__cause__`.
pub const CAUSE: usize = 4;
/// Payload index of `__context__`.
pub const CONTEXT: usize = 5;
/// Payload index of the instance `__dict__` (NULL until an attribute is set).
pub const DICT: usize = 6;

/// Allocates an exception of type `t` with `args` (a tuple Value, or NULL for `()`), without
/// raising on failure (used to preallocate MemoryError).
pub fn alloc_raw(vm: &mut Vm, t: Value, args: Value) -> Result<Value, crate::gc::OutOfMemory> {
    let depth = vm.heap.push_root(args);
    let e = vm.heap.alloc(Kind::Exception, 7);
    vm.heap.pop_roots(depth);
    let e = e?;
    vm.heap.set_value(e, TYPE, t);
    vm.heap.set_value(e, ARGS, args);
    vm.heap.set_value(e, TRACEBACK, Value::NONE);
    vm.heap.set_value(e, CAUSE, Value::NONE);
    vm.heap.set_value(e, CONTEXT, Value::NONE);
    Ok(e)
}

/// A new exception of type `t` with `args`.
pub fn new(vm: &mut Vm, t: Value, args: Value) -> PyResult<Value> {
    match alloc_raw(vm, t, args) {
        Ok(e) => Ok(e),
        Err(_) => Err(vm.memory_error()),
    }
}

/// The exception's type.
pub fn type_of(vm: &Vm, e: Value) -> Value {
    vm.heap.get_value(e, TYPE)
}

/// The exception's args tuple (an empty tuple is made on demand).
pub fn args(vm: &mut Vm, e: Value) -> PyResult<Value> {
    let a = vm.heap.get_value(e, ARGS);
    if a.is_null() {
        let t = super::tuple::new(vm, &[])?;
        vm.heap.set_value(e, ARGS, t);
        return Ok(t);
    }
    Ok(a)
}

/// The methods of `BaseException` (in `exception_methods.rs`).
pub static METHODS: &[NativeFn] = super::exception_methods::METHODS;
