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
/// items and keys rooted. Comparison errors propagate; `items` is then left in the partially
/// sorted order CPython leaves (it makes the same comparisons, in the same order, for lists
/// shorter than 64 items: natural run detection plus binary insertion; longer lists merge the
/// runs with a plain stable merge instead of galloping).
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
    // A permutation of the positions; `reverse` reverses before and after, keeping stability.
    let mut idx: Vec<usize> = (0..n.min(keys.len())).collect();
    if reverse {
        idx.reverse();
    }
    let r = timsort(vm, &keys, &mut idx);
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().filter_map(|&i| items.get(i).copied()).collect();
    if sorted.len() == n {
        *items = sorted;
    }
    r
}

/// CPython's `merge_compute_minrun`.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the natural run at `lo` and whether it is strictly descending (`count_run`).
fn count_run(
    vm: &mut Vm,
    keys: &[Value],
    idx: &[usize],
    lo: usize,
    hi: usize,
) -> PyResult<(usize, bool)> {
    if lo + 1 >= hi {
        return Ok((1, false));
    }
    let k = |i: usize| keys[idx[i]];
    let mut n = 2;
    if less(vm, k(lo + 1), k(lo))? {
        let mut p = lo + 2;
        while p < hi && less(vm, k(p), k(p - 1))? {
            p += 1;
            n += 1;
        }
        Ok((n, true))
    } else {
        let mut p = lo + 2;
        while p < hi && !less(vm, k(p), k(p - 1))? {
            p += 1;
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion of `idx[start..hi]` into the sorted `idx[lo..start]` (`binarysort`).
fn binarysort(
    vm: &mut Vm,
    keys: &[Value],
    idx: &mut [usize],
    lo: usize,
    hi: usize,
    mut start: usize,
) -> PyResult<()> {
    if lo == start {
        start += 1;
    }
    while start < hi {
        let pivot = idx[start];
        let (mut l, mut r) = (lo, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(vm, keys[pivot], keys[idx[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
        start += 1;
    }
    Ok(())
}

/// Sorts the permutation `idx` by `keys`.
fn timsort(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let min = minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut run, descending) = count_run(vm, keys, idx, lo, n)?;
        if descending {
            idx[lo..lo + run].reverse();
        }
        if run < min {
            let force = (n - lo).min(min);
            binarysort(vm, keys, idx, lo, lo + force, lo + run)?;
            run = force;
        }
        runs.push((lo, run));
        lo += run;
    }
    // Merge neighbouring runs until one is left.
    let mut tmp: Vec<usize> = Vec::with_capacity(n);
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            match pair {
                [(a, la), (b, lb)] => {
                    merge_runs(vm, keys, idx, &mut tmp, *a, *b, b + lb)?;
                    merged.push((*a, la + lb));
                }
                [one] => merged.push(*one),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

/// Merges the sorted `idx[lo..mid]` and `idx[mid..hi]` stably.
fn merge_runs(
    vm: &mut Vm,
    keys: &[Value],
    idx: &mut [usize],
    tmp: &mut Vec<usize>,
    lo: usize,
    mid: usize,
    hi: usize,
) -> PyResult<()> {
    tmp.clear();
    let (mut i, mut j) = (lo, mid);
    let mut r = Ok(());
    while i < mid && j < hi {
        // Take from the right run only when it is strictly before the left one.
        match less(vm, keys[idx[j]], keys[idx[i]]) {
            Ok(true) => {
                tmp.push(idx[j]);
                j += 1;
            }
            Ok(false) => {
                tmp.push(idx[i]);
                i += 1;
            }
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    // On error the permutation stays complete: the rest follows in its old order.
    tmp.extend_from_slice(&idx[i..mid]);
    tmp.extend_from_slice(&idx[j..hi]);
    idx[lo..hi].copy_from_slice(tmp);
    r
}

fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.as_small_int() < b.as_small_int());
    }
    let r = vm.compare(a, b, crate::bytecode::CompareOp::Lt)?;
    vm.truthy(r)
}
