// SPDX-License-Identifier: MIT
//! `range` (`[| start stop step]`, ints) and `slice` (`[| start stop step]`, any values), with
//! the index arithmetic they share.

use alloc::format;
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
use super::int;
use super::native::NativeFn;

/// A new range; `step` must be non-zero (checked by the constructor).
pub fn new(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(start);
    vm.heap.push_root(stop);
    vm.heap.push_root(step);
    let r = vm.alloc(Kind::Range, 3);
    vm.heap.pop_roots(d);
    let r = r?;
    vm.heap.set_value(r, 0, start);
    vm.heap.set_value(r, 1, stop);
    vm.heap.set_value(r, 2, step);
    Ok(r)
}

/// (start, stop, step).
pub fn parts(vm: &Vm, r: Value) -> (Value, Value, Value) {
    (
        vm.heap.get_value(r, 0),
        vm.heap.get_value(r, 1),
        vm.heap.get_value(r, 2),
    )
}

fn big_parts(vm: &Vm, r: Value) -> (BigInt, BigInt, BigInt) {
    let (a, b, c) = parts(vm, r);
    let f = |v| int::to_big(vm, v).unwrap_or_default();
    (f(a), f(b), f(c))
}

/// The number of items as a BigInt.
fn big_len(vm: &Vm, r: Value) -> BigInt {
    let (start, stop, step) = big_parts(vm, r);
    let zero = BigInt::from_i64(0);
    let one = BigInt::from_i64(1);
    let n = if step.is_negative() {
        if start <= stop {
            return zero;
        }
        BigInt::floordiv(&start.sub(&stop).sub(&one), &step.neg())
    } else {
        if start >= stop {
            return zero;
        }
        BigInt::floordiv(&stop.sub(&start).sub(&one), &step)
    };
    n.map(|n| n.add(&one)).unwrap_or(zero)
}

/// `hash(range)`: CPython's, the hash of the tuple `(len, start, step)` with `None` for what
/// does not matter (both for an empty range, the step for a single item), so that ranges
/// equal as sequences hash equal.
#[cfg(feature = "range-binop")]
pub fn hash(vm: &mut Vm, r: Value) -> PyResult<i64> {
    let (start, _, step) = parts(vm, r);
    let n = big_len(vm, r);
    let mut h = super::TupleHasher::new();
    h.add(n.hash_py());
    let none = vm.hash(Value::NONE)?;
    if n.is_zero() {
        h.add(none);
        h.add(none);
    } else if n == BigInt::from_i64(1) {
        h.add(vm.hash(start)?);
        h.add(none);
    } else {
        h.add(vm.hash(start)?);
        h.add(vm.hash(step)?);
    }
    Ok(h.finish())
}

/// The number of items as an int Value of any size (what iteration needs; `len()` is capped).
pub fn len_value(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let n = big_len(vm, r);
    int::from_big(vm, &n)
}

/// `len(range)`: OverflowError beyond the platform's size.
pub fn len(vm: &mut Vm, r: Value) -> PyResult<usize> {
    let (a, b, c) = parts(vm, r);
    if a.is_small_int() && b.is_small_int() && c.is_small_int() {
        let (start, stop, step) = (
            a.as_small_int() as i64,
            b.as_small_int() as i64,
            c.as_small_int() as i64,
        );
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        return Ok(n as usize);
    }
    match big_len(vm, r).to_i64() {
        // The platform's Py_ssize_t: 2**63 - 1 on a 64-bit host, 2**31 - 1 on a device.
        Some(n) if n <= isize::MAX as i64 => Ok(n as usize),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `range[i]` or `range[slice]`.
pub fn getitem(vm: &mut Vm, r: Value, key: Value) -> PyResult<Value> {
    let n = big_len(vm, r);
    let (start, _stop, step) = big_parts(vm, r);
    if vm.heap.kind(key) == Kind::Slice {
        let len = n.to_i64().unwrap_or(i64::MAX) as usize;
        let si = slice_indices(vm, key, len)?;
        let at = |i: i64| start.add(&step.mul(&BigInt::from_i64(i)));
        let new_start = at(si.start);
        let new_stop = at(si.stop);
        let new_step = step.mul(&BigInt::from_i64(si.step));
        let a = int::from_big(vm, &new_start)?;
        let d = vm.heap.push_root(a);
        let b = int::from_big(vm, &new_stop);
        let c = b.and_then(|b| {
            vm.heap.push_root(b);
            int::from_big(vm, &new_step).map(|c| (b, c))
        });
        let res = c.and_then(|(b, c)| new(vm, a, b, c));
        vm.heap.pop_roots(d);
        return res;
    }
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error(error_msg!(
            "indices must be integers",
            "range indices must be integers or slices, not {t}",
            t = vm.type_name(key)
        )));
    };
    let i = BigInt::from_i64(i);
    let i = if i.is_negative() { i.add(&n) } else { i };
    if i.is_negative() || i >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    int::from_big(vm, &start.add(&step.mul(&i)))
}

/// `x in range`.
pub fn contains(vm: &mut Vm, r: Value, x: Value) -> PyResult<bool> {
    if !vm.is_int(x) || super::float::is_float(vm, x) {
        // Non-ints compare by equality with each item, as CPython does.
        return vm.iter_contains(r, x);
    }
    let Some(v) = int::to_big(vm, x) else {
        return Ok(false);
    };
    let (start, stop, step) = big_parts(vm, r);
    let inside = if step.is_negative() {
        v <= start && v > stop
    } else {
        v >= start && v < stop
    };
    if !inside {
        return Ok(false);
    }
    Ok(BigInt::modulo(&v.sub(&start), &step).is_some_and(|m| m.is_zero()))
}

/// `repr(range)`.
pub fn repr(vm: &mut Vm, r: Value) -> PyResult<String> {
    let (a, b, c) = parts(vm, r);
    let (sa, sb) = (int::to_decimal(vm, a), int::to_decimal(vm, b));
    if c.is_small_int() && c.as_small_int() == 1 {
        Ok(format!("range({sa}, {sb})"))
    } else {
        let sc = int::to_decimal(vm, c);
        Ok(format!("range({sa}, {sb}, {sc})"))
    }
}

/// Ranges are equal when they produce the same items.
#[cfg(feature = "range-binop")]
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (la, lb) = (big_len(vm, a), big_len(vm, b));
    if la != lb {
        return Ok(false);
    }
    if la.is_zero() {
        return Ok(true);
    }
    let (sa, _, ta) = big_parts(vm, a);
    let (sb, _, tb) = big_parts(vm, b);
    Ok(sa == sb && (la == BigInt::from_i64(1) || ta == tb))
}

// ---- slices ----

/// A new slice object.
pub fn new_slice(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(start);
    vm.heap.push_root(stop);
    vm.heap.push_root(step);
    let s = vm.alloc(Kind::Slice, 3);
    vm.heap.pop_roots(d);
    let s = s?;
    vm.heap.set_value(s, 0, start);
    vm.heap.set_value(s, 1, stop);
    vm.heap.set_value(s, 2, step);
    Ok(s)
}

/// A slice resolved against a sequence length, as `slice.indices(len)`.
#[derive(Debug, Clone, Copy)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index (exclusive).
    pub stop: i64,
    /// Step (non-zero).
    pub step: i64,
}

impl SliceIndices {
    /// The indices selected, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        let n = s.len();
        (0..n).map(move |k| (s.start + k as i64 * s.step) as usize)
    }

    /// How many indices are selected.
    pub fn len(&self) -> usize {
        if self.step > 0 && self.start < self.stop {
            ((self.stop - self.start - 1) / self.step + 1) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }

    /// Selects nothing?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Resolves slice `s` for a sequence of length `len` (Python's `PySlice_GetIndicesEx`).
pub fn slice_indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<SliceIndices> {
    let (a, b, c) = (
        vm.heap.get_value(s, 0),
        vm.heap.get_value(s, 1),
        vm.heap.get_value(s, 2),
    );
    let len = len as i64;
    let step = if c.is_none() {
        1
    } else {
        match vm.index_value(c)? {
            Some(0) => return Err(vm.value_error("slice step cannot be zero")),
            Some(v) => v,
            None => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        }
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let bound = |v: Value, default: i64, vm: &mut Vm| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let Some(i) = vm.index_value(v)? else {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        };
        Ok(if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = bound(a, if step < 0 { upper } else { lower }, vm)?;
    let stop = bound(b, if step < 0 { lower } else { upper }, vm)?;
    Ok(SliceIndices { start, stop, step })
}

/// `repr(slice)`.
pub fn slice_repr(vm: &mut Vm, s: Value) -> PyResult<String> {
    let mut parts = alloc::vec::Vec::new();
    for i in 0..3 {
        let v = vm.heap.get_value(s, i);
        parts.push(vm.repr_string(v)?);
    }
    Ok(format!("slice({}, {}, {})", parts[0], parts[1], parts[2]))
}

/// The `self` and the one argument of `range.count`/`range.index`, as CPython checks them.
fn one_arg(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(Value, Value)> {
    if !kw.is_empty() {
        return Err(vm.type_error(error_msg!(
            "function doesn't take keyword arguments",
            "range.{name}() takes no keyword arguments"
        )));
    }
    match args {
        [r, x] => Ok((*r, *x)),
        _ => Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "range.{name}() takes exactly one argument ({n} given)",
            n = args.len().saturating_sub(1)
        ))),
    }
}

/// The position of the first item of `r` equal to `x` by `==` (CPython's generic sequence
/// search, used for values that are not ints).
fn search(vm: &mut Vm, r: Value, x: Value, count: bool) -> PyResult<Option<usize>> {
    let it = vm.iter(r)?;
    let d = vm.heap.push_root(it);
    let mut n = 0;
    let res = loop {
        match vm.next(it) {
            Ok(Some(v)) => match vm.eq(v, x) {
                Ok(true) if !count => break Ok(Some(n)),
                Ok(true) => n += 1,
                Ok(false) => n += usize::from(!count),
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(count.then_some(n)),
            Err(e) => break Err(e),
        }
    };
    vm.heap.pop_roots(d);
    res
}

fn range_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, x) = one_arg(vm, "count", args, kw)?;
    if int::to_big(vm, x).is_some() {
        return Ok(Value::small_int_unchecked(contains(vm, r, x)? as i32));
    }
    let n = search(vm, r, x, true)?.unwrap_or(0);
    int::from_i64(vm, n as i64)
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, x) = one_arg(vm, "index", args, kw)?;
    let Some(v) = int::to_big(vm, x) else {
        return match search(vm, r, x, false)? {
            Some(i) => int::from_i64(vm, i as i64),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        };
    };
    if !contains(vm, r, x)? {
        let msg = error_msg!(
            "object not in range",
            "{s} is not in range",
            s = vm.repr_string(x)?
        );
        return Err(vm.value_error(msg));
    }
    let (start, _, step) = big_parts(vm, r);
    match BigInt::floordiv(&v.sub(&start), &step) {
        Some(i) => int::from_big(vm, &i),
        None => Err(vm.value_error("bad range")),
    }
}

fn slice_indices_method(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&s), Some(&n)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("indices() takes exactly one argument"));
    };
    let Some(n) = vm.index_value(n)? else {
        return Err(vm.type_error("an integer is required"));
    };
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let si = slice_indices(vm, s, n as usize)?;
    let vals = [si.start, si.stop, si.step].map(|x| Value::small_int(x).unwrap_or(Value::NONE));
    super::tuple::new(vm, &vals)
}

/// Methods of `range`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("count", range_count),
    NativeFn::method("index", range_index),
];
/// Methods of `slice`.
pub static SLICE_METHODS: &[NativeFn] = &[NativeFn::method("indices", slice_indices_method)];
