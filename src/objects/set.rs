// SPDX-License-Identifier: MIT
//! `set` and `frozenset`: open addressing as CPython's setobject, so that iteration order (and so
//! printing) matches CPython for the same insertions.
//!
//! ```text
//! payload: [len fill 0 | (hash key) * table_size]     table_size a power of two (>= 8)
//! key NULL: empty slot; key DUMMY_KEY: deleted slot
//! ```
//! Probing: up to `LINEAR_PROBES` neighbouring slots, then perturbation (CPython's scheme). The
//! table is resized when `fill * 5 >= mask * 3`.

use alloc::vec::Vec;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

const LEN: usize = 0;
const FILL: usize = 1;
const PREFIX: usize = 3;
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
/// Marks a deleted slot (a value no real object has: the constant index 31).
const DUMMY_KEY: Value = Value((31 << 3) | 0b110);

fn table_size(vm: &Vm, s: Value) -> usize {
    vm.heap.payload(s).len().saturating_sub(PREFIX) / 2
}

/// A new empty set (`kind` Set or FrozenSet) with room for `n` items.
pub fn alloc(vm: &mut Vm, kind: Kind, n: usize) -> PyResult<Value> {
    let mut size = MIN_SIZE;
    while size * 3 < n * 5 + 3 {
        size *= 2;
    }
    vm.alloc(kind, PREFIX + 2 * size)
}

/// Number of items.
pub fn len(vm: &Vm, s: Value) -> usize {
    vm.heap.get(s, LEN) as usize
}

fn slot_key(vm: &Vm, s: Value, i: usize) -> Value {
    vm.heap.get_value(s, PREFIX + 2 * i + 1)
}

/// Finds `key` (full hash `h`): Ok((slot, found)); slot is where it is, or where to insert.
fn lookup(vm: &mut Vm, s: Value, key: Value, h: u64) -> PyResult<(usize, bool)> {
    let mask = table_size(vm, s) - 1;
    let mut perturb = h;
    let mut i = h as usize & mask;
    let mut free: Option<usize> = None;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            let slot = i + j;
            let k = slot_key(vm, s, slot);
            if k.is_null() {
                return Ok((free.unwrap_or(slot), false));
            }
            if k == DUMMY_KEY {
                free.get_or_insert(slot);
                continue;
            }
            if k == key {
                return Ok((slot, true));
            }
            if vm.heap.get(s, PREFIX + 2 * slot) == h as u32 && vm.eq(k, key)? {
                return Ok((slot, true));
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// The first empty slot for hash `h` in a table without dummies (resizing).
fn insert_clean(vm: &mut Vm, s: Value, h: u64, key: Value) {
    let mask = table_size(vm, s) - 1;
    let mut perturb = h;
    let mut i = h as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            if slot_key(vm, s, i + j).is_null() {
                vm.heap.set(s, PREFIX + 2 * (i + j), h as u32);
                vm.heap.set_value(s, PREFIX + 2 * (i + j) + 1, key);
                return;
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// `s.add(key)`.
pub fn add(vm: &mut Vm, s: Value, key: Value) -> PyResult<()> {
    let h = vm.hash(key)? as u64;
    let (slot, found) = lookup(vm, s, key, h)?;
    if found {
        return Ok(());
    }
    let was_empty = slot_key(vm, s, slot).is_null();
    vm.heap.set(s, PREFIX + 2 * slot, h as u32);
    vm.heap.set_value(s, PREFIX + 2 * slot + 1, key);
    vm.heap.set(s, LEN, len(vm, s) as u32 + 1);
    if was_empty {
        let fill = vm.heap.get(s, FILL) as usize + 1;
        vm.heap.set(s, FILL, fill as u32);
        let mask = table_size(vm, s) - 1;
        if fill * 5 >= mask * 3 {
            let used = len(vm, s);
            resize(vm, s, if used > 50_000 { used * 2 } else { used * 4 })?;
        }
    }
    Ok(())
}

fn resize(vm: &mut Vm, s: Value, min_used: usize) -> PyResult<()> {
    let mut size = MIN_SIZE;
    while size <= min_used {
        size *= 2;
    }
    let old = items(vm, s);
    // The full hashes decide the probe sequence, so they are recomputed (only the low 32 bits
    // are stored); the keys were hashable when added, so this cannot fail for builtin keys.
    let mut hashes = Vec::with_capacity(old.len());
    for k in &old {
        hashes.push(vm.hash(*k)? as u64);
    }
    let d = vm.heap.push_root(s);
    let list = super::list::from_slice(vm, &old);
    let r = list.map(|l| {
        vm.heap.push_root(l);
        vm.heap.realloc(s, PREFIX + 2 * size)
    });
    vm.heap.pop_roots(d);
    match r {
        Ok(Ok(())) => {}
        _ => return Err(vm.memory_error()),
    }
    for w in vm.heap.payload_mut(s).iter_mut() {
        *w = 0;
    }
    for (h, k) in hashes.iter().zip(&old) {
        insert_clean(vm, s, *h, *k);
    }
    vm.heap.set(s, LEN, old.len() as u32);
    vm.heap.set(s, FILL, old.len() as u32);
    Ok(())
}

/// `key in s`.
pub fn contains(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    // `[1] in {1}`: an unhashable probe is a TypeError in Python too.
    let h = vm.hash(key)? as u64;
    Ok(lookup(vm, s, key, h)?.1)
}

/// Removes `key`; false if absent.
pub fn discard(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    let h = vm.hash(key)? as u64;
    let (slot, found) = lookup(vm, s, key, h)?;
    if !found {
        return Ok(false);
    }
    vm.heap.set_value(s, PREFIX + 2 * slot + 1, DUMMY_KEY);
    vm.heap.set(s, LEN, len(vm, s) as u32 - 1);
    Ok(true)
}

/// The next live slot at or after `pos`: (next pos, key).
pub fn next_entry(vm: &Vm, s: Value, mut pos: usize) -> Option<(usize, Value)> {
    let size = table_size(vm, s);
    while pos < size {
        let k = slot_key(vm, s, pos);
        if !k.is_null() && k != DUMMY_KEY {
            return Some((pos + 1, k));
        }
        pos += 1;
    }
    None
}

/// The items, in table order.
pub fn items(vm: &Vm, s: Value) -> Vec<Value> {
    let mut out = Vec::with_capacity(len(vm, s));
    let mut pos = 0;
    while let Some((next, k)) = next_entry(vm, s, pos) {
        out.push(k);
        pos = next;
    }
    out
}

/// Adds every item of an iterable.
pub fn update(vm: &mut Vm, s: Value, it: Value) -> PyResult<()> {
    let (items, depth) = match vm.heap.kind(it) {
        Kind::Set | Kind::FrozenSet => (items(vm, it), vm.heap.roots_depth()),
        _ => vm.rooted_items(it)?,
    };
    let mut r = Ok(());
    for k in items {
        if let Err(e) = add(vm, s, k) {
            r = Err(e);
            break;
        }
    }
    vm.heap.pop_roots(depth);
    r
}

/// A new set of the same kind as `like` holding `keys`.
pub fn from_items(vm: &mut Vm, kind: Kind, keys: &[Value]) -> PyResult<Value> {
    let s = alloc(vm, kind, keys.len())?;
    let d = vm.heap.push_root(s);
    let mut r = Ok(s);
    for k in keys {
        if let Err(e) = add(vm, s, *k) {
            r = Err(e);
            break;
        }
    }
    vm.heap.pop_roots(d);
    r
}

/// `a op b` for sets: a new set of `a`'s kind.
pub fn binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
    let kind = vm.heap.kind(a);
    let (ia, ib) = (items(vm, a), items(vm, b));
    let mut out = Vec::new();
    match op {
        BinaryOp::Or => {
            out.extend_from_slice(&ia);
            out.extend_from_slice(&ib);
        }
        BinaryOp::And => {
            for k in ia {
                if contains(vm, b, k)? {
                    out.push(k);
                }
            }
        }
        BinaryOp::Sub => {
            for k in ia {
                if !contains(vm, b, k)? {
                    out.push(k);
                }
            }
        }
        _ => {
            for k in &ia {
                if !contains(vm, b, *k)? {
                    out.push(*k);
                }
            }
            for k in ib {
                if !contains(vm, a, k)? {
                    out.push(k);
                }
            }
        }
    }
    from_items(vm, kind, &out)
}

/// `a op= b` for sets.
pub fn inplace(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<()> {
    let r = binary(vm, op, a, b)?;
    let d = vm.heap.push_root(r);
    let keys = items(vm, r);
    let res = clear(vm, a).and_then(|_| {
        for k in keys {
            add(vm, a, k)?;
        }
        Ok(())
    });
    vm.heap.pop_roots(d);
    res
}

/// Removes every item.
pub fn clear(vm: &mut Vm, s: Value) -> PyResult<()> {
    if vm.heap.realloc(s, PREFIX + 2 * MIN_SIZE).is_err() {
        return Err(vm.memory_error());
    }
    for w in vm.heap.payload_mut(s).iter_mut() {
        *w = 0;
    }
    Ok(())
}

/// `hash(frozenset)`: CPython's algorithm (order independent).
pub fn hash(vm: &mut Vm, s: Value) -> PyResult<i64> {
    let mut h: u64 = 0;
    for k in items(vm, s) {
        let kh = vm.hash(k)? as u64;
        h ^= ((kh ^ 89869747) ^ (kh << 16)).wrapping_mul(3644798167);
    }
    h ^= (len(vm, s) as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    Ok(if r == -1 { 590923713 } else { r })
}

/// Methods of `set` (in `set_methods.rs`).
pub static SET_METHODS: &[NativeFn] = super::set_methods::SET_METHODS;
/// Methods of `frozenset`.
pub static FROZENSET_METHODS: &[NativeFn] = super::set_methods::FROZENSET_METHODS;
/// Methods of `dict_keys`/`dict_items` views (set operations).
pub static VIEW_METHODS: &[NativeFn] = super::set_methods::VIEW_METHODS;
