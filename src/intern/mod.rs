// SPDX-License-Identifier: MIT
//! Interned strings (MicroPython's qstrs): names and identifier-like constants are stored once
//! and compared by index. A qstr is the Value `Value::qstr(index)`.
//!
//! The table lives in the heap (so it counts in `gc.mem_alloc()`), under [`Root::Qstrs`]: a
//! tuple `(list of str, dict str -> index)`. Interned strings are never freed.
#![forbid(unsafe_code)]

use crate::gc::{OutOfMemory, Root, Value};
use crate::objects::{dict, list, tuple};
use crate::vm::{PyResult, Vm};

/// Creates the empty table.
pub fn init(vm: &mut Vm) -> Result<(), OutOfMemory> {
    let strs = list::alloc(vm, 64).map_err(|_| OutOfMemory)?;
    vm.heap.set_root(Root::Qstrs, strs);
    let index = dict::alloc(vm, 64).map_err(|_| OutOfMemory)?;
    let d = vm.heap.push_root(index);
    let table = tuple::new(vm, &[strs, index]).map_err(|_| OutOfMemory);
    vm.heap.pop_roots(d);
    vm.heap.set_root(Root::Qstrs, table?);
    Ok(())
}

fn strs(vm: &Vm) -> Value {
    tuple::get(vm, vm.heap.root(Root::Qstrs), 0)
}

fn index(vm: &Vm) -> Value {
    tuple::get(vm, vm.heap.root(Root::Qstrs), 1)
}

/// Interns `s`, returning its qstr Value.
pub fn intern(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if let Some(i) = dict::get_str(vm, index(vm), s) {
        return Ok(Value::qstr(i.as_small_int() as u32));
    }
    let st = crate::objects::str::new(vm, s)?;
    let depth = vm.heap.push_root(st);
    let list = strs(vm);
    let n = list::len(vm, list);
    let r = list::append(vm, list, st).and_then(|_| {
        let index = index(vm);
        dict::set(vm, index, st, Value::small_int_unchecked(n as i32))
    });
    vm.heap.pop_roots(depth);
    r?;
    // A Rust-side cache of the hashes (4 bytes per name) saves four heap reads per lookup.
    let h = crate::objects::str::hash_text(s);
    if vm.qstr_hashes.len() == n {
        vm.qstr_hashes.push(h);
    }
    Ok(Value::qstr(n as u32))
}

/// The str object behind a qstr.
pub fn str_object(vm: &Vm, q: Value) -> Value {
    list::get(vm, strs(vm), q.qstr_index() as usize)
}

/// The text of a qstr.
pub fn text(vm: &Vm, q: Value) -> &str {
    vm.heap.str_data(str_object(vm, q))
}

/// Number of interned strings.
pub fn count(vm: &Vm) -> usize {
    list::len(vm, strs(vm))
}
