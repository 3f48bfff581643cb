// SPDX-License-Identifier: MIT
//! `dict`: an insertion-ordered hash table, laid out as CPython's compact dict.
//!
//! ```text
//! payload: [len fill idx_cap | index: idx_cap words | entries: (hash key value) * ent_cap]
//! index slot: 0 empty, DUMMY deleted, else entry number + 1
//! entry: a deleted entry has key NULL
//! ```
//! `idx_cap` is a power of two; the table grows when `fill` reaches two thirds of it. All access
//! goes through the handle (words are re-read after every call that may run Python code or
//! allocate), so user `__eq__`/`__hash__` may even mutate the dict without memory unsafety; the
//! VM then raises `RuntimeError` as CPython does where it notices.

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

const LEN: usize = 0;
const FILL: usize = 1;
const IDX_CAP: usize = 2;
const PREFIX: usize = 3;
const DUMMY: u32 = u32::MAX;
/// The smallest index table (entries: two thirds of it).
const MIN_IDX: usize = 8;

fn ent_cap_for(idx_cap: usize) -> usize {
    idx_cap * 2 / 3
}

fn payload_for(idx_cap: usize) -> usize {
    PREFIX + idx_cap + 3 * ent_cap_for(idx_cap)
}

/// A new empty dict with room for about `n` items.
pub fn alloc(vm: &mut Vm, n: usize) -> PyResult<Value> {
    alloc_kind(vm, Kind::Dict, n)
}

pub(crate) fn alloc_kind(vm: &mut Vm, kind: Kind, n: usize) -> PyResult<Value> {
    let mut idx = MIN_IDX;
    while ent_cap_for(idx) < n {
        idx *= 2;
    }
    let d = vm.alloc(kind, payload_for(idx))?;
    vm.heap.set(d, IDX_CAP, idx as u32);
    Ok(d)
}

/// Number of items.
pub fn len(vm: &Vm, d: Value) -> usize {
    vm.heap.get(d, LEN) as usize
}

fn idx_cap(vm: &Vm, d: Value) -> usize {
    vm.heap.get(d, IDX_CAP) as usize
}

fn ent_base(vm: &Vm, d: Value) -> usize {
    PREFIX + idx_cap(vm, d)
}

/// Entry `i` (by position, including deleted ones): (key, value); key NULL if deleted.
pub fn entry(vm: &Vm, d: Value, i: usize) -> (Value, Value) {
    let b = ent_base(vm, d) + 3 * i;
    (vm.heap.get_value(d, b + 1), vm.heap.get_value(d, b + 2))
}

/// Number of entry positions in use (live and deleted): iterate `0..fill` with [`entry`].
pub fn fill(vm: &Vm, d: Value) -> usize {
    vm.heap.get(d, FILL) as usize
}

/// Finds the entry of `key` (hash `h`): Ok(Some(entry index)) or Ok(None).
fn find(vm: &mut Vm, d: Value, key: Value, h: u32) -> PyResult<Option<usize>> {
    let mut cap = idx_cap(vm, d);
    if cap == 0 {
        return Ok(None);
    }
    let mut mask = cap - 1;
    let mut slot = h as usize & mask;
    let mut perturb = h as usize;
    let mut probes = 0;
    while probes < cap {
        probes += 1;
        let ix = vm.heap.get(d, PREFIX + slot);
        if ix == 0 {
            return Ok(None);
        }
        if ix != DUMMY {
            let e = (ix - 1) as usize;
            let b = PREFIX + cap + 3 * e;
            let eh = vm.heap.get(d, b);
            let ek = vm.heap.get_value(d, b + 1);
            if ek == key {
                return Ok(Some(e));
            }
            if eh == h && !ek.is_null() && vm.eq(ek, key)? {
                // The comparison may have run Python code that changed the table.
                return Ok(Some(e));
            }
            if idx_cap(vm, d) != cap {
                cap = idx_cap(vm, d);
                mask = cap - 1;
            }
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    Ok(None)
}

/// `d[key]` if present.
pub fn get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)? as u32;
    Ok(find(vm, d, key, h)?.map(|e| entry(vm, d, e).1))
}

/// `d[key]` with its entry number (for the VM's lookup hints).
pub(crate) fn get_entry(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<(usize, Value)>> {
    let h = vm.hash(key)? as u32;
    Ok(find(vm, d, key, h)?.map(|e| (e, entry(vm, d, e).1)))
}

/// The value of entry `i` if that entry is in use and its key is `key` itself (one handle
/// lookup: the VM's lookup hints are checked through this).
#[inline]
pub(crate) fn entry_value_if_key(vm: &Vm, d: Value, i: usize, key: Value) -> Option<Value> {
    let p = vm.heap.payload(d);
    if i >= *p.get(FILL)? as usize {
        return None;
    }
    let b = PREFIX + *p.get(IDX_CAP)? as usize + 3 * i;
    if *p.get(b + 1)? != key.0 {
        return None;
    }
    p.get(b + 2).map(|&v| Value(v))
}

/// Replaces the value of entry `i` if that entry is in use and its key is `key` itself.
#[inline]
pub(crate) fn set_value_if_key(vm: &mut Vm, d: Value, i: usize, key: Value, value: Value) -> bool {
    let p = vm.heap.payload_mut(d);
    let (Some(&fill), Some(&cap)) = (p.get(FILL), p.get(IDX_CAP)) else {
        return false;
    };
    let b = PREFIX + cap as usize + 3 * i;
    if i >= fill as usize || p.get(b + 1) != Some(&key.0) {
        return false;
    }
    match p.get_mut(b + 2) {
        Some(w) => {
            *w = value.0;
            true
        }
        None => false,
    }
}

/// Looks up a str key given as Rust text (names, keyword arguments) without allocating.
pub fn get_str(vm: &Vm, d: Value, name: &str) -> Option<Value> {
    let h = super::str::hash_text(name);
    let cap = idx_cap(vm, d);
    if cap == 0 {
        return None;
    }
    let mask = cap - 1;
    let mut slot = h as usize & mask;
    let mut perturb = h as usize;
    for _ in 0..cap {
        let ix = vm.heap.get(d, PREFIX + slot);
        if ix == 0 {
            return None;
        }
        if ix != DUMMY {
            let b = PREFIX + cap + 3 * (ix - 1) as usize;
            if vm.heap.get(d, b) == h {
                let k = vm.heap.get_value(d, b + 1);
                if vm.str_text(k) == Some(name) {
                    return Some(vm.heap.get_value(d, b + 2));
                }
            }
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    None
}

/// `d[key] = value`.
pub fn set(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    let h = vm.hash(key)? as u32;
    set_hashed(vm, d, key, h, value)
}

/// `d[key] = value` for a key whose hash is known.
pub fn set_hashed(vm: &mut Vm, d: Value, key: Value, h: u32, value: Value) -> PyResult<()> {
    set_hashed_at(vm, d, key, h, value).map(|_| ())
}

/// `d[key] = value`, returning the entry number it went to (for the VM's lookup hints).
pub(crate) fn set_entry(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<usize> {
    let h = vm.hash(key)? as u32;
    set_hashed_at(vm, d, key, h, value)
}

fn set_hashed_at(vm: &mut Vm, d: Value, key: Value, h: u32, value: Value) -> PyResult<usize> {
    if let Some(e) = find(vm, d, key, h)? {
        let b = ent_base(vm, d) + 3 * e;
        vm.heap.set_value(d, b + 2, value);
        return Ok(e);
    }
    let fill = fill(vm, d);
    if fill >= ent_cap_for(idx_cap(vm, d)) {
        let depth = vm.heap.push_root(key);
        vm.heap.push_root(value);
        let r = grow(vm, d, len(vm, d) + 1);
        vm.heap.pop_roots(depth);
        r?;
    }
    let fill = self::fill(vm, d);
    let cap = idx_cap(vm, d);
    let b = PREFIX + cap + 3 * fill;
    vm.heap.set(d, b, h);
    vm.heap.set_value(d, b + 1, key);
    vm.heap.set_value(d, b + 2, value);
    insert_index(vm, d, h, fill);
    vm.heap.set(d, FILL, fill as u32 + 1);
    vm.heap.set(d, LEN, len(vm, d) as u32 + 1);
    Ok(fill)
}

fn insert_index(vm: &mut Vm, d: Value, h: u32, e: usize) {
    let cap = idx_cap(vm, d);
    let mask = cap - 1;
    let mut slot = h as usize & mask;
    let mut perturb = h as usize;
    loop {
        let ix = vm.heap.get(d, PREFIX + slot);
        if ix == 0 || ix == DUMMY {
            vm.heap.set(d, PREFIX + slot, e as u32 + 1);
            return;
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

/// Rebuilds the table with room for `need` items, dropping deleted entries.
fn grow(vm: &mut Vm, d: Value, need: usize) -> PyResult<()> {
    let mut idx = MIN_IDX;
    while ent_cap_for(idx) < need.max(1) + need / 2 {
        idx *= 2;
    }
    // Copy the live entries out (transient), resize, and re-insert.
    let fill = fill(vm, d);
    let base = ent_base(vm, d);
    let mut live: Vec<(u32, u32, u32)> = Vec::with_capacity(len(vm, d));
    for e in 0..fill {
        let b = base + 3 * e;
        let k = vm.heap.get(d, b + 1);
        if k != 0 {
            live.push((vm.heap.get(d, b), k, vm.heap.get(d, b + 2)));
        }
    }
    // The live keys and values stay reachable from `d` until it is resized: the realloc only
    // grows the block, and we rewrite it afterwards.
    let depth = vm.heap.push_root(d);
    let r = vm.heap.realloc(d, payload_for(idx));
    vm.heap.pop_roots(depth);
    if r.is_err() {
        return Err(vm.memory_error());
    }
    for w in vm.heap.payload_mut(d).iter_mut() {
        *w = 0;
    }
    vm.heap.set(d, IDX_CAP, idx as u32);
    for (i, (h, k, v)) in live.iter().enumerate() {
        let b = PREFIX + idx + 3 * i;
        vm.heap.set(d, b, *h);
        vm.heap.set(d, b + 1, *k);
        vm.heap.set(d, b + 2, *v);
        insert_index(vm, d, *h, i);
    }
    vm.heap.set(d, FILL, live.len() as u32);
    vm.heap.set(d, LEN, live.len() as u32);
    Ok(())
}

/// Removes `key`, returning its value if it was present.
pub fn remove(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)? as u32;
    let Some(e) = find(vm, d, key, h)? else {
        return Ok(None);
    };
    let cap = idx_cap(vm, d);
    // Find the index slot pointing at e and mark it deleted.
    let mask = cap - 1;
    let mut slot = h as usize & mask;
    let mut perturb = h as usize;
    for _ in 0..cap {
        let ix = vm.heap.get(d, PREFIX + slot);
        if ix == e as u32 + 1 {
            vm.heap.set(d, PREFIX + slot, DUMMY);
            break;
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    let b = PREFIX + cap + 3 * e;
    let old = vm.heap.get_value(d, b + 2);
    vm.heap.set_value(d, b + 1, Value::NULL);
    vm.heap.set_value(d, b + 2, Value::NULL);
    vm.heap.set(d, LEN, len(vm, d) as u32 - 1);
    Ok(Some(old))
}

/// Removes and returns the last (key, value) pair (`popitem`), without hashing or comparing.
pub fn pop_last(vm: &mut Vm, d: Value) -> Option<(Value, Value)> {
    let mut e = fill(vm, d);
    let cap = idx_cap(vm, d);
    while e > 0 {
        e -= 1;
        let b = PREFIX + cap + 3 * e;
        let k = vm.heap.get_value(d, b + 1);
        if k.is_null() {
            continue;
        }
        let v = vm.heap.get_value(d, b + 2);
        // Unlink the index slot that points at entry e (found along its hash's probe sequence).
        let h = vm.heap.get(d, b);
        let mask = cap - 1;
        let mut slot = h as usize & mask;
        let mut perturb = h as usize;
        for _ in 0..cap {
            if vm.heap.get(d, PREFIX + slot) == e as u32 + 1 {
                vm.heap.set(d, PREFIX + slot, DUMMY);
                break;
            }
            perturb >>= 5;
            slot = (slot * 5 + perturb + 1) & mask;
        }
        vm.heap.set_value(d, b + 1, Value::NULL);
        vm.heap.set_value(d, b + 2, Value::NULL);
        vm.heap.set(d, LEN, len(vm, d) as u32 - 1);
        // As CPython: the next insertion reuses the freed position.
        vm.heap.set(d, FILL, e as u32);
        return Some((k, v));
    }
    None
}

/// Removes every item.
pub fn clear(vm: &mut Vm, d: Value) -> PyResult<()> {
    let r = vm.heap.realloc(d, payload_for(MIN_IDX));
    if r.is_err() {
        return Err(vm.memory_error());
    }
    for w in vm.heap.payload_mut(d).iter_mut() {
        *w = 0;
    }
    vm.heap.set(d, IDX_CAP, MIN_IDX as u32);
    Ok(())
}

/// The live (key, value) pairs, in order (a transient copy: the values stay rooted by `d` only
/// while `d` is not modified, so callers that run Python code must root what they keep).
pub fn items(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    let fill = fill(vm, d);
    let mut out = Vec::with_capacity(len(vm, d));
    for e in 0..fill {
        let (k, v) = entry(vm, d, e);
        if !k.is_null() {
            out.push((k, v));
        }
    }
    out
}

/// The position after `pos` of the next live entry: (next pos, key, value).
pub fn next_entry(vm: &Vm, d: Value, mut pos: usize) -> Option<(usize, Value, Value)> {
    let fill = fill(vm, d);
    while pos < fill {
        let (k, v) = entry(vm, d, pos);
        if !k.is_null() {
            return Some((pos + 1, k, v));
        }
        pos += 1;
    }
    None
}

/// A shallow copy.
pub fn copy(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let n = len(vm, d);
    let depth = vm.heap.push_root(d);
    let r = alloc(vm, n);
    let out = match r {
        Ok(o) => o,
        Err(e) => {
            vm.heap.pop_roots(depth);
            return Err(e);
        }
    };
    vm.heap.push_root(out);
    let mut pos = 0;
    let mut result = Ok(out);
    while let Some((next, k, v)) = next_entry(vm, d, pos) {
        let h = vm.heap.get(d, ent_base(vm, d) + 3 * (next - 1));
        if let Err(e) = set_hashed(vm, out, k, h, v) {
            result = Err(e);
            break;
        }
        pos = next;
    }
    vm.heap.pop_roots(depth);
    result
}

/// The methods of `dict` (implemented in `dict_methods.rs`).
pub static METHODS: &[NativeFn] = super::dict_methods::METHODS;
