// SPDX-License-Identifier: MIT
//! Comparisons between builtin values: numbers across int/float/bool, strings and bytes by
//! content, sequences lexicographically, sets by inclusion, dicts by items.

use core::cmp::Ordering;

use crate::bytecode::CompareOp;
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
#[cfg(feature = "set")]
use super::set;
use super::{dict, float, int};

fn apply(op: CompareOp, o: Ordering) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }
}

/// Compares an int with a float exactly (no rounding of large ints); None for NaN.
fn int_float_cmp(vm: &Vm, i: Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let b = int::to_big(vm, i)?;
    if let Some(x) = b.to_i64() {
        if x.unsigned_abs() < (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    // Compare with floor(f), then the fraction breaks ties.
    let fl = libm::floor(f);
    let fb = BigInt::from_f64(fl)?;
    match b.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// `a op b` for builtin values: Ok(None) if the types are not comparable this way.
pub fn builtin_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Option<bool>> {
    let (ia, ib) = (vm.is_int(a), vm.is_int(b));
    let (fa, fb) = (float::is_float(vm, a), float::is_float(vm, b));
    if ia && ib {
        return Ok(int::cmp(vm, vm.builtin_value(a), vm.builtin_value(b)).map(|o| apply(op, o)));
    }
    if (ia || fa) && (ib || fb) {
        let o = if fa && fb {
            float::get(vm, a).partial_cmp(&float::get(vm, b))
        } else if fa {
            int_float_cmp(vm, b, float::get(vm, a)).map(Ordering::reverse)
        } else {
            int_float_cmp(vm, a, float::get(vm, b))
        };
        return Ok(Some(match o {
            Some(o) => apply(op, o),
            None => op == CompareOp::Ne,
        }));
    }
    #[cfg(feature = "complex")]
    if super::complex::is_complex(vm, a) || super::complex::is_complex(vm, b) {
        return match op {
            CompareOp::Eq | CompareOp::Ne => {
                Ok(super::complex::equal(vm, a, b)?.map(|eq| eq == (op == CompareOp::Eq)))
            }
            _ => Ok(None),
        };
    }
    if let (Some(x), Some(y)) = (vm.as_str(a), vm.as_str(b)) {
        return Ok(Some(apply(op, x.cmp(y))));
    }
    let (a, b) = (vm.builtin_value(a), vm.builtin_value(b));
    let (ka, kb) = (vm.heap.kind(a), vm.heap.kind(b));
    match (ka, kb) {
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            let x = super::bytes::data(vm, a).to_vec();
            let y = super::bytes::data(vm, b);
            Ok(Some(apply(op, x.as_slice().cmp(y))))
        }
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
            seq_compare(vm, a, b, op).map(Some)
        }
        (Kind::Slice, Kind::Slice) => {
            // Slices compare as the tuples (start, stop, step).
            let parts = |v: Value, vm: &Vm| {
                [
                    vm.heap.get_value(v, 0),
                    vm.heap.get_value(v, 1),
                    vm.heap.get_value(v, 2),
                ]
            };
            let ta = super::tuple::new(vm, &parts(a, vm))?;
            let d = vm.heap.push_root(ta);
            let r = super::tuple::new(vm, &parts(b, vm)).and_then(|tb| {
                vm.heap.push_root(tb);
                seq_compare(vm, ta, tb, op)
            });
            vm.heap.pop_roots(d);
            r.map(Some)
        }
        #[cfg(feature = "set")]
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => set_compare(vm, a, b, op),
        (Kind::Dict, Kind::Dict) => match op {
            CompareOp::Eq | CompareOp::Ne => {
                let eq = dict_eq(vm, a, b)?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            _ => Ok(None),
        },
        // Without it ranges compare by identity, as MicroPython's.
        #[cfg(feature = "range-binop")]
        (Kind::Range, Kind::Range) => match op {
            CompareOp::Eq | CompareOp::Ne => {
                let eq = super::range::equal(vm, a, b)?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            _ => Ok(None),
        },
        (Kind::BoundMethod, Kind::BoundMethod) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
            // Equal when bound to the same object (identity) and wrapping equal functions.
            let same_self = vm.heap.get_value(a, 0) == vm.heap.get_value(b, 0);
            let (fa, fb) = (vm.heap.get_value(a, 1), vm.heap.get_value(b, 1));
            let eq = same_self && (fa == fb || vm.eq(fa, fb)?);
            Ok(Some(eq == (op == CompareOp::Eq)))
        }
        (Kind::MemoryView, _) | (_, Kind::MemoryView) => {
            let bytes_of = |v: Value, vm: &Vm| -> Option<alloc::vec::Vec<u8>> {
                match vm.heap.kind(v) {
                    Kind::MemoryView => Some(super::memoryview::to_vec(vm, v)),
                    Kind::Bytes | Kind::ByteArray => Some(super::bytes::data(vm, v).to_vec()),
                    _ => None,
                }
            };
            match (op, bytes_of(a, vm), bytes_of(b, vm)) {
                (CompareOp::Eq, Some(x), Some(y)) => Ok(Some(x == y)),
                (CompareOp::Ne, Some(x), Some(y)) => Ok(Some(x != y)),
                _ => Ok(None),
            }
        }
        (Kind::DictView, _) | (_, Kind::DictView) => {
            super::dict_methods::view_compare(vm, a, b, op)
        }
        _ => Ok(None),
    }
}

/// Lexicographic comparison of two lists or two tuples.
fn seq_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
    vm.enter_data("in comparison")?;
    let r = seq_compare_items(vm, a, b, op);
    vm.leave_data();
    r
}

fn seq_compare_items(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let (na, nb) = (vm.heap.get(a, 0) as usize, vm.heap.get(b, 0) as usize);
        if i >= na || i >= nb {
            return Ok(apply(op, na.cmp(&nb)));
        }
        let (x, y) = (vm.heap.get_value(a, 1 + i), vm.heap.get_value(b, 1 + i));
        if x != y && !vm.eq(x, y)? {
            if op == CompareOp::Eq {
                return Ok(false);
            }
            if op == CompareOp::Ne {
                return Ok(true);
            }
            let r = vm.compare(x, y, op)?;
            return vm.truthy(r);
        }
        i += 1;
    }
}

#[cfg(feature = "set")]
fn set_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Option<bool>> {
    let (na, nb) = (set::len(vm, a), set::len(vm, b));
    let a_in_b = na <= nb && subset(vm, a, b)?;
    let b_in_a = nb <= na && subset(vm, b, a)?;
    Ok(Some(match op {
        CompareOp::Eq => a_in_b && b_in_a,
        CompareOp::Ne => !(a_in_b && b_in_a),
        CompareOp::Le => a_in_b,
        CompareOp::Lt => a_in_b && na < nb,
        CompareOp::Ge => b_in_a,
        CompareOp::Gt => b_in_a && na > nb,
    }))
}

/// Is every item of set `a` in set `b`?
#[cfg(feature = "set")]
pub fn subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    for k in set::items(vm, a) {
        if !set::contains(vm, b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn dict_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    vm.enter_data("in comparison")?;
    let r = dict_eq_items(vm, a, b);
    vm.leave_data();
    r
}

fn dict_eq_items(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(vm, a) != dict::len(vm, b) {
        return Ok(false);
    }
    for (k, v) in dict::items(vm, a) {
        match dict::get(vm, b, k)? {
            Some(w) => {
                if v != w && !vm.eq(v, w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
