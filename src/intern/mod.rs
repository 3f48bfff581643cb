// SPDX-License-Identifier: MIT
//! Interned strings (MicroPython's qstrs): names and identifier-like constants are stored once
//! and compared by index. A qstr is the Value `Value::qstr(index)`.
//!
//! The table lives in the heap (so it counts in `gc.mem_alloc()`), under [`Root::Qstrs`]: a
//! tuple `(list of str, index)`. Interned strings are never freed.
//!
//! The index is an open-addressed hash table of qstr numbers in a `RawBytes` block, not a dict:
//! a dict entry costs four words (hash, key, value and its index slot) where a slot here costs
//! half a word, which is 2 KiB of a small board's heap once a module or two is imported (the
//! 16 KiB-heap budget of `tests/qemu`). Both start small and double as names arrive.
#![forbid(unsafe_code)]

use crate::gc::{Kind, OutOfMemory, Root, Value};
use crate::objects::{list, tuple};
use crate::vm::{PyResult, Vm};

/// Slots of the first index (it doubles when two thirds are used).
const MIN_SLOTS: usize = 64;
/// Index payload: word 0 is the number of slots (a power of two); then the slots, each the qstr
/// number + 1 (0: empty), two u16 per word while there are at most `NARROW_MAX` slots (so every
/// number stored fits: at most two thirds of them are used), one u32 per word beyond.
const NARROW_MAX: usize = 1 << 16;

/// Creates the empty table.
pub fn init(vm: &mut Vm) -> Result<(), OutOfMemory> {
    let strs = list::alloc(vm, 16).map_err(|_| OutOfMemory)?;
    vm.heap.set_root(Root::Qstrs, strs);
    let index = new_index(vm, MIN_SLOTS)?;
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

fn new_index(vm: &mut Vm, slots: usize) -> Result<Value, OutOfMemory> {
    let words = if slots <= NARROW_MAX {
        slots / 2
    } else {
        slots
    };
    let t = vm.heap.alloc(Kind::RawBytes, 1 + words)?;
    vm.heap.set(t, 0, slots as u32);
    Ok(t)
}

fn slot_count(vm: &Vm, t: Value) -> usize {
    vm.heap.get(t, 0) as usize
}

/// Slot `i`: the qstr number + 1, or 0.
fn slot(vm: &Vm, t: Value, slots: usize, i: usize) -> u32 {
    if slots <= NARROW_MAX {
        (vm.heap.get(t, 1 + i / 2) >> (16 * (i % 2))) & 0xffff
    } else {
        vm.heap.get(t, 1 + i)
    }
}

fn set_slot(vm: &mut Vm, t: Value, slots: usize, i: usize, v: u32) {
    if slots <= NARROW_MAX {
        let shift = 16 * (i % 2);
        let w = vm.heap.get(t, 1 + i / 2) & !(0xffff << shift);
        vm.heap.set(t, 1 + i / 2, w | (v << shift));
    } else {
        vm.heap.set(t, 1 + i, v);
    }
}

/// The hash of qstr `q`, from the Rust-side cache when it has it.
fn qstr_hash(vm: &Vm, q: usize) -> u32 {
    match vm.qstr_hashes.get(q) {
        Some(&h) => h,
        None => crate::objects::str::hash_text(text(vm, Value::qstr(q as u32))),
    }
}

/// The qstr number of `s` (hash `h`), if interned.
fn find(vm: &Vm, s: &str, h: u32) -> Option<u32> {
    let t = index(vm);
    let slots = slot_count(vm, t);
    let mut i = h as usize & (slots - 1);
    loop {
        let v = slot(vm, t, slots, i);
        if v == 0 {
            return None;
        }
        let q = v - 1;
        if qstr_hash(vm, q as usize) == h && text(vm, Value::qstr(q)) == s {
            return Some(q);
        }
        i = (i + 1) & (slots - 1);
    }
}

/// Puts qstr `q` (hash `h`) in the free slot of its probe sequence in index `t`.
fn place(vm: &mut Vm, t: Value, q: u32, h: u32) {
    let slots = slot_count(vm, t);
    let mut i = h as usize & (slots - 1);
    while slot(vm, t, slots, i) != 0 {
        i = (i + 1) & (slots - 1);
    }
    set_slot(vm, t, slots, i, q + 1);
}

/// Makes room for qstr number `n` (the next one): a twice larger index when two thirds of this
/// one would be used.
fn reserve(vm: &mut Vm, n: usize) -> Result<(), OutOfMemory> {
    let slots = slot_count(vm, index(vm));
    if (n + 1) * 3 <= slots * 2 {
        return Ok(());
    }
    let t = new_index(vm, slots * 2)?;
    for q in 0..n {
        let h = qstr_hash(vm, q);
        place(vm, t, q as u32, h);
    }
    let table = vm.heap.root(Root::Qstrs);
    vm.heap.set_value(table, 2, t);
    Ok(())
}

/// Interns `s`, returning its qstr Value.
pub fn intern(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let h = crate::objects::str::hash_text(s);
    if let Some(q) = find(vm, s, h) {
        return Ok(Value::qstr(q));
    }
    let n = count(vm);
    if reserve(vm, n).is_err() {
        return Err(vm.memory_error());
    }
    let st = crate::objects::str::new(vm, s)?;
    let depth = vm.heap.push_root(st);
    let list = strs(vm);
    let r = list::append(vm, list, st);
    vm.heap.pop_roots(depth);
    r?;
    // A Rust-side cache of the hashes (4 bytes per name) saves four heap reads per lookup.
    if vm.qstr_hashes.len() == n {
        vm.qstr_hashes.push(h);
    }
    let t = index(vm);
    place(vm, t, n as u32, h);
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
