// SPDX-License-Identifier: MIT
//! `list`: `[len | items... capacity]`. Growing reallocates the block; the handle (and so the
//! list's identity) stays the same. Slots beyond `len` are kept NULL for the collector.

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

/// A new empty list with room for `cap` items.
pub fn alloc(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    vm.alloc(Kind::List, 1 + cap.max(1))
}

/// A new list of `items`.
pub fn from_slice(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    // The items may be fresh, unrooted results: keep them alive across the allocation.
    let d = vm.heap.roots_depth();
    for v in items {
        vm.heap.push_root(*v);
    }
    let l = alloc(vm, items.len());
    vm.heap.pop_roots(d);
    let l = l?;
    let p = vm.heap.payload_mut(l);
    p[0] = items.len() as u32;
    for (slot, v) in p[1..].iter_mut().zip(items) {
        *slot = v.0;
    }
    Ok(l)
}

/// Number of items.
#[inline]
pub fn len(vm: &Vm, l: Value) -> usize {
    vm.heap.get(l, 0) as usize
}

/// Item `i` (NULL if out of range; callers check `len`).
#[inline]
pub fn get(vm: &Vm, l: Value, i: usize) -> Value {
    vm.heap.get_value(l, 1 + i)
}

/// Sets item `i` (in range).
#[inline]
pub fn set(vm: &mut Vm, l: Value, i: usize, v: Value) {
    vm.heap.set_value(l, 1 + i, v)
}

/// The items, copied out.
pub fn items(vm: &Vm, l: Value) -> Vec<Value> {
    let n = len(vm, l);
    vm.heap
        .payload(l)
        .get(1..1 + n)
        .unwrap_or(&[])
        .iter()
        .map(|w| Value(*w))
        .collect()
}

fn capacity(vm: &Vm, l: Value) -> usize {
    vm.heap.payload(l).len().saturating_sub(1)
}

/// Makes room for `extra` more items.
pub fn reserve(vm: &mut Vm, l: Value, extra: usize) -> PyResult<()> {
    let n = len(vm, l);
    let need = n.checked_add(extra).ok_or_else(|| vm.memory_error())?;
    if need <= capacity(vm, l) {
        return Ok(());
    }
    // Grow by about 1/2, as MicroPython and CPython do, so appends are amortised O(1).
    let cap = need.max(n + n / 2 + 4);
    if vm.heap.realloc(l, 1 + cap).is_err() {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// `l.append(v)`
pub fn append(vm: &mut Vm, l: Value, v: Value) -> PyResult<()> {
    let depth = vm.heap.push_root(v);
    let r = reserve(vm, l, 1);
    vm.heap.pop_roots(depth);
    r?;
    let n = len(vm, l);
    vm.heap.set_value(l, 1 + n, v);
    vm.heap.set(l, 0, n as u32 + 1);
    Ok(())
}

/// `l.insert(i, v)` with `i` already clamped to `0..=len`.
pub fn insert(vm: &mut Vm, l: Value, i: usize, v: Value) -> PyResult<()> {
    let depth = vm.heap.push_root(v);
    let r = reserve(vm, l, 1);
    vm.heap.pop_roots(depth);
    r?;
    let n = len(vm, l);
    let p = vm.heap.payload_mut(l);
    p.copy_within(1 + i..1 + n, 2 + i);
    p[1 + i] = v.0;
    p[0] = n as u32 + 1;
    Ok(())
}

/// Removes and returns item `i` (in range).
pub fn remove_at(vm: &mut Vm, l: Value, i: usize) -> Value {
    let n = len(vm, l);
    let p = vm.heap.payload_mut(l);
    let v = Value(p[1 + i]);
    p.copy_within(2 + i..1 + n, 1 + i);
    p[n] = 0;
    p[0] = n as u32 - 1;
    v
}

/// Shortens to `n` items.
pub fn truncate(vm: &mut Vm, l: Value, n: usize) {
    let old = len(vm, l);
    if n >= old {
        return;
    }
    let p = vm.heap.payload_mut(l);
    for w in &mut p[1 + n..1 + old] {
        *w = 0;
    }
    p[0] = n as u32;
}

/// Replaces items `start..end` with `items` (slice assignment).
pub fn splice(vm: &mut Vm, l: Value, start: usize, end: usize, items: &[Value]) -> PyResult<()> {
    let n = len(vm, l);
    let end = end.max(start).min(n);
    let start = start.min(n);
    let removed = end - start;
    if items.len() > removed {
        reserve(vm, l, items.len() - removed)?;
    }
    let new_len = n - removed + items.len();
    let p = vm.heap.payload_mut(l);
    p.copy_within(1 + end..1 + n, 1 + start + items.len());
    for (k, v) in items.iter().enumerate() {
        p[1 + start + k] = v.0;
    }
    for w in p.iter_mut().take(1 + n).skip(1 + new_len) {
        *w = 0;
    }
    p[0] = new_len as u32;
    Ok(())
}

/// The methods of `list` (in `list_methods.rs`).
pub static METHODS: &[NativeFn] = super::list_methods::METHODS;

/// Sorts `items` stably by `keys` (or the items themselves), as `list.sort`. The caller keeps
/// items and keys rooted. Comparison errors propagate; the order is then unspecified.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    keys: Option<&[Value]>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    let keys: Vec<Value> = match keys {
        Some(k) => k.to_vec(),
        None => items.clone(),
    };
    // Sort a permutation with a bottom-up merge sort: stable, O(n log n) comparisons, and no
    // recursion. `reverse` keeps stability by comparing in the opposite direction.
    let mut idx: Vec<usize> = (0..n).collect();
    let mut tmp: Vec<usize> = alloc::vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                let (a, b) = (keys[idx[i]], keys[idx[j]]);
                // Take from the right run only when it is strictly before the left one.
                let right_first = if reverse {
                    less(vm, a, b)?
                } else {
                    less(vm, b, a)?
                };
                if right_first {
                    tmp[k] = idx[j];
                    j += 1;
                } else {
                    tmp[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                tmp[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                tmp[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        core::mem::swap(&mut idx, &mut tmp);
        width *= 2;
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    Ok(())
}

fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.as_small_int() < b.as_small_int());
    }
    let r = vm.compare(a, b, crate::bytecode::CompareOp::Lt)?;
    vm.truthy(r)
}
