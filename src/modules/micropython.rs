// SPDX-License-Identifier: MIT
//! The `micropython` module: MicroPython's VM controls (heap lock, scheduler, Ctrl-C, memory
//! reports). The scheduler queue and the lock live in the VM and the heap; this is their API.

use alloc::format;

use crate::gc::Value;
use crate::objects::constructors::{arg_count, no_kwargs};
use crate::objects::int;
use crate::objects::native::NativeFn;
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

fn const_(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "const", kw)?;
    arg_count(vm, "const", args, 1, 1)?;
    Ok(args[0])
}

fn opt_level(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "opt_level", kw)?;
    arg_count(vm, "opt_level", args, 0, 1)?;
    let Some(&level) = args.first() else {
        return Ok(Value::small_int_unchecked(vm.opt_level as i32));
    };
    let Some(n) = int::as_i64(vm, level) else {
        let tn = vm.type_name(level);
        return Err(vm.type_error(format!("can't convert {tn} to int")));
    };
    vm.opt_level = n.clamp(0, 3) as u8;
    Ok(Value::NONE)
}

fn mem_info(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "mem_info", kw)?;
    arg_count(vm, "mem_info", args, 0, 1)?;
    let (total, used, free) = (
        vm.heap.size_bytes(),
        vm.heap.used_bytes(),
        vm.heap.free_bytes(),
    );
    let text = format!(
        "stack: {} frames, {} native levels\nGC: total: {total}, used: {used}, free: {free}\n \
         No. of objects: {}, collections: {}\n",
        vm.depth(),
        vm.native_depth(),
        vm.heap.object_count(),
        vm.heap.collections,
    );
    vm.write_out(&text);
    if args.first().is_some_and(|v| !v.is_none()) {
        // The heap is compacted, so its map is one used run then one free run.
        let map = format!(
            "GC memory layout: {used} bytes in use (objects and handle table), then {free} \
             bytes free in one block (the heap is compacting: no fragmentation)\n"
        );
        vm.write_out(&map);
    }
    // mem_info(2): where the heap goes, by object kind (a Pyrite addition; each block also
    // costs a handle-table word, counted in `used` but not here).
    if args
        .first()
        .is_some_and(|v| v.is_small_int() && v.as_small_int() >= 2)
    {
        let mut text = alloc::string::String::from("blocks by kind (count, bytes with headers):\n");
        for (kind, count, words) in vm.heap.census() {
            text.push_str(&format!("  {kind:?}: {count}, {}\n", words * 4));
        }
        vm.write_out(&text);
    }
    Ok(Value::NONE)
}

fn qstr_info(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "qstr_info", kw)?;
    arg_count(vm, "qstr_info", args, 0, 1)?;
    let n = crate::intern::count(vm);
    vm.write_out(&format!("qstr pool: n_pool=1, n_qstr={n}\n"));
    Ok(Value::NONE)
}

fn stack_use(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "stack_use", kw)?;
    arg_count(vm, "stack_use", args, 0, 0)?;
    // The VM is stackless: Python frames live in the heap, so the figure reported is the
    // frame depth, the measure of how close a program is to its recursion limit.
    int::from_i64(vm, vm.depth() as i64)
}

fn heap_lock(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.lock(true);
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = vm.heap.lock(false);
    Ok(Value::small_int_unchecked(d.min(1 << 20) as i32))
}

fn heap_locked(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(
        vm.heap.lock_depth().min(1 << 20) as i32,
    ))
}

fn kbd_intr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "kbd_intr", kw)?;
    arg_count(vm, "kbd_intr", args, 1, 1)?;
    let Some(c) = int::as_i64(vm, args[0]) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("can't convert {tn} to int")));
    };
    vm.kbd_intr_char = c.clamp(-1, 255) as i32;
    Ok(Value::NONE)
}

fn schedule(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "schedule", kw)?;
    arg_count(vm, "schedule", args, 2, 2)?;
    if vm.schedule(args[0], args[1])? {
        Ok(Value::NONE)
    } else {
        Err(vm.raise_new(TypeId::RuntimeError, "schedule queue full"))
    }
}

fn alloc_emergency_exception_buf(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    // The MemoryError instance is preallocated at start-up; nothing else is needed.
    no_kwargs(vm, "alloc_emergency_exception_buf", kw)?;
    arg_count(vm, "alloc_emergency_exception_buf", args, 1, 1)?;
    Ok(Value::NONE)
}

/// The functions of `micropython`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("const", const_),
    NativeFn::function("opt_level", opt_level),
    NativeFn::function("mem_info", mem_info),
    NativeFn::function("qstr_info", qstr_info),
    NativeFn::function("stack_use", stack_use),
    NativeFn::function("heap_lock", heap_lock),
    NativeFn::function("heap_unlock", heap_unlock),
    NativeFn::function("heap_locked", heap_locked),
    NativeFn::function("kbd_intr", kbd_intr),
    NativeFn::function("schedule", schedule),
    NativeFn::function(
        "alloc_emergency_exception_buf",
        alloc_emergency_exception_buf,
    ),
];
