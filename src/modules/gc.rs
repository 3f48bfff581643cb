// SPDX-License-Identifier: MIT
//! The `gc` module: control of the collector and MicroPython's heap figures.

use crate::gc::Value;
use crate::objects::int;
use crate::objects::native::NativeFn;
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.collect();
    // Files whose objects were just freed are closed now, not at the next `open()`.
    crate::modules::file::reap(vm);
    Ok(Value::small_int_unchecked(0))
}

fn enable(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.set_enabled(true);
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(vm.heap.is_enabled()))
}

fn mem_free(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = vm.heap.free_bytes();
    int::from_i64(vm, n as i64)
}

fn mem_alloc(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = vm.heap.used_bytes();
    int::from_i64(vm, n as i64)
}

fn threshold(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // Collection runs when the heap is full; there is no separate allocation threshold.
    if args.is_empty() {
        return Ok(Value::small_int_unchecked(-1));
    }
    let _ = vm;
    Ok(Value::NONE)
}

/// The functions of `gc`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("collect", collect),
    NativeFn::function("enable", enable),
    NativeFn::function("disable", disable),
    NativeFn::function("isenabled", isenabled),
    NativeFn::function("mem_free", mem_free),
    NativeFn::function("mem_alloc", mem_alloc),
    NativeFn::function("threshold", threshold),
];
