// SPDX-License-Identifier: MIT
//! `tuple`: `[len | items...]`, immutable and exactly sized.

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

/// A new tuple of `items`.
pub fn new(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    // The items may be fresh, unrooted results: keep them alive across the allocation.
    let d = vm.heap.roots_depth();
    for v in items {
        vm.heap.push_root(*v);
    }
    let t = vm.alloc(Kind::Tuple, 1 + items.len());
    vm.heap.pop_roots(d);
    let t = t?;
    let p = vm.heap.payload_mut(t);
    p[0] = items.len() as u32;
    for (slot, v) in p[1..].iter_mut().zip(items) {
        *slot = v.0;
    }
    Ok(t)
}

/// Number of items.
#[inline]
pub fn len(vm: &Vm, t: Value) -> usize {
    vm.heap.get(t, 0) as usize
}

/// Item `i` (NULL if out of range).
#[inline]
pub fn get(vm: &Vm, t: Value, i: usize) -> Value {
    vm.heap.get_value(t, 1 + i)
}

/// The items, copied out.
pub fn items(vm: &Vm, t: Value) -> Vec<Value> {
    let n = len(vm, t);
    vm.heap
        .payload(t)
        .get(1..1 + n)
        .unwrap_or(&[])
        .iter()
        .map(|w| Value(*w))
        .collect()
}

/// The methods of `tuple` (in `list_methods.rs`, which serves both sequence types).
pub static METHODS: &[NativeFn] = super::list_methods::TUPLE_METHODS;
