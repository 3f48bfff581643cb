// SPDX-License-Identifier: MIT
//! Interned strings (MicroPython's qstrs): names and identifier-like constants are stored once
//! and compared by index. A qstr is the Value `Value::qstr(index)`.
//!
//! The table lives in the heap (so it counts in `gc.mem_alloc()`), under [`Root::Qstrs`]: a
//! tuple `(list of str, dict str -> index)`. Interned strings are never freed.

use crate::gc::{OutOfMemory, Root, Value};
use crate::objects::{dict, list};
use crate::vm::{PyResult, Vm};

/// Creates the empty table.
pub fn init(vm: &mut Vm) -> Result<(), OutOfMemory> {
    let strs = list::alloc(vm, 64).map_err(|_| OutOfMemory)?;
    vm.heap.set_root(Root::Scratch, strs);
    let index = dict::alloc(vm, 64).map_err(|_| OutOfMemory)?;
    vm.heap.set_root(Root::Qstrs, index);
    vm.heap.set_root(Root::Scratch, Value::NULL);
    // The list of strings is the dict's first entry under the NULL-free key "" -> list, so the
    // table needs one root: index[""] is never a real qstr (empty names do not exist).
    let empty = vm.heap.alloc_str("", 0)?;
    vm.heap.push_root(empty);
    let r = dict::set(vm, index, empty, strs);
    vm.heap.pop_roots(0);
    r.map_err(|_| OutOfMemory)
}

fn strs(vm: &Vm) -> Value {
    let index = vm.heap.root(Root::Qstrs);
    dict::entry(vm, index, 0).1
}

/// Interns `s`, returning its qstr Value.
pub fn intern(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if s.is_empty() {
        // "" is the table's own entry (the list of strings), never a qstr.
        return crate::objects::str::new(vm, s);
    }
    let index = vm.heap.root(Root::Qstrs);
    if let Some(i) = dict::get_str(vm, index, s) {
        return Ok(Value::qstr(i.as_small_int() as u32));
    }
    let st = crate::objects::str::new(vm, s)?;
    let depth = vm.heap.push_root(st);
    let list = strs(vm);
    let n = list::len(vm, list);
    let r = list::append(vm, list, st).and_then(|_| {
        let index = vm.heap.root(Root::Qstrs);
        dict::set(vm, index, st, Value::small_int_unchecked(n as i32))
    });
    vm.heap.pop_roots(depth);
    r?;
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
