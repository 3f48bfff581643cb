// SPDX-License-Identifier: MIT
//! `bytes` (`[len | bytes...]`, immutable) and `bytearray` (`[len | bytes... capacity]`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

#[path = "bytes_methods.rs"]
mod methods;

pub use methods::{decode_bytes, encode_str};

/// A new bytes object.
pub fn new(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    new_kind(vm, Kind::Bytes, data)
}

/// A new bytes or bytearray object.
pub fn new_kind(vm: &mut Vm, kind: Kind, data: &[u8]) -> PyResult<Value> {
    let b = vm.alloc(kind, 1 + data.len().div_ceil(4))?;
    vm.heap.set(b, 0, data.len() as u32);
    vm.heap.bytes_mut(b, 1, data.len()).copy_from_slice(data);
    Ok(b)
}

/// The contents of a bytes or bytearray.
pub fn data(vm: &Vm, b: Value) -> &[u8] {
    let b = vm.builtin_value(b);
    let n = vm.heap.get(b, 0) as usize;
    vm.heap.bytes(b, 1, n)
}

/// `hash(bytes)`: FNV-1a as for str.
pub fn hash(vm: &Vm, b: Value) -> i64 {
    hash_data(data(vm, b))
}

/// The hash of some bytes (shared with read-only memoryviews).
pub fn hash_data(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0; // as CPython, and as `hash('')`
    }
    let mut h: u32 = 0x811c_9dc5;
    for x in bytes {
        h ^= *x as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    (h & 0x7fff_ffff) as i64
}

/// `x in b`: an int byte value or a bytes subsequence.
pub fn contains(vm: &mut Vm, b: Value, x: Value) -> PyResult<bool> {
    if let Some(i) = super::int::as_i64(vm, x) {
        if !(0..=255).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(data(vm, b).contains(&(i as u8)));
    }
    if vm.is_int(x) {
        // An int beyond i64 is still an int: out of range, not of the wrong type.
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        let needle = data(vm, x).to_vec();
        let hay = data(vm, b);
        return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
    }
    Err(vm.type_error(error_msg!(
        "need a bytes-like object",
        "a bytes-like object is required, not '{t}'",
        t = vm.type_name(x)
    )))
}

/// `b[i]` or `b[slice]`.
pub fn getitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<Value> {
    let d = data(vm, b).to_vec();
    if vm.heap.kind(key) == Kind::Slice {
        let si = super::range::slice_indices(vm, key, d.len())?;
        let out: Vec<u8> = si.iter().filter_map(|i| d.get(i).copied()).collect();
        return new_kind(vm, vm.heap.kind(b), &out);
    }
    let i = byte_index(vm, b, key, d.len())?;
    Ok(Value::small_int_unchecked(
        d.get(i).copied().unwrap_or(0) as i32
    ))
}

/// An index into a bytes (`byte indices`, `index out of range`) or a bytearray.
fn byte_index(vm: &mut Vm, b: Value, key: Value, n: usize) -> PyResult<usize> {
    let ba = cfg!(feature = "bytearray") && vm.heap.kind(vm.builtin_value(b)) == Kind::ByteArray;
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error(error_msg!(
            "indices must be integers",
            "{what} indices must be integers or slices, not {t}",
            t = vm.type_name(key),
            what = if ba { "bytearray" } else { "byte" }
        )));
    };
    // index_value saturates what does not fit in an i64 (as `Vm::seq_index` checks too).
    if i == i64::MAX / 2 || i == i64::MIN / 2 {
        return Err(vm.index_error(error_msg!(
            "int too big",
            "cannot fit '{t}' into an index-sized integer",
            t = vm.type_name(key)
        )));
    }
    let idx = if i < 0 { i + n as i64 } else { i };
    if idx < 0 || idx >= n as i64 {
        return Err(vm.index_error(error_msg!(
            "index out of range",
            "{what} out of range",
            what = if ba { "bytearray index" } else { "index" }
        )));
    }
    Ok(idx as usize)
}

pub(crate) fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match super::int::as_i64(vm, v) {
        Some(i) if (0..=255).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None if vm.is_int(v) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(v)
        ))),
    }
}

/// Replaces the whole contents of a bytearray.
pub fn set_data(vm: &mut Vm, b: Value, new_data: &[u8]) -> PyResult<()> {
    if vm.heap.realloc(b, 1 + new_data.len().div_ceil(4)).is_err() {
        return Err(vm.memory_error());
    }
    vm.heap.set(b, 0, new_data.len() as u32);
    vm.heap
        .bytes_mut(b, 1, new_data.len())
        .copy_from_slice(new_data);
    Ok(())
}

/// Appends `extra` to a bytearray, growing its block with spare room so that repeated appends
/// are amortised O(1) (the block's payload may hold more bytes than its length says).
pub fn push_bytes(vm: &mut Vm, b: Value, extra: &[u8]) -> PyResult<()> {
    let n = vm.heap.get(b, 0) as usize;
    let cap = vm.heap.payload(b).len().saturating_sub(1) * 4;
    let total = n + extra.len();
    if total > cap {
        let want = total.max(n + n / 4 + 16);
        if vm.heap.realloc(b, 1 + want.div_ceil(4)).is_err()
            && vm.heap.realloc(b, 1 + total.div_ceil(4)).is_err()
        {
            return Err(vm.memory_error());
        }
    }
    let dst = vm.heap.bytes_mut(b, 1, total);
    match dst.get_mut(n..total) {
        Some(tail) => tail.copy_from_slice(extra),
        None => return Err(vm.memory_error()),
    }
    vm.heap.set(b, 0, total as u32);
    Ok(())
}

/// `ba[key] = v`.
#[cfg(feature = "bytearray")]
pub fn setitem(vm: &mut Vm, b: Value, key: Value, v: Value) -> PyResult<()> {
    let mut d = data(vm, b).to_vec();
    if vm.heap.kind(key) == Kind::Slice {
        let si = super::range::slice_indices(vm, key, d.len())?;
        let src: Vec<u8> = if matches!(vm.heap.kind(v), Kind::Bytes | Kind::ByteArray) {
            data(vm, v).to_vec()
        } else {
            if vm.as_str(v).is_some() || !super::iter::is_iterable(vm, v) {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            let items = vm.collect_items(v)?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(byte_value(vm, x)?);
            }
            out
        };
        if si.step == 1 {
            let (s, e) = (si.start as usize, (si.stop.max(si.start)) as usize);
            d.splice(s..e, src);
        } else {
            let idx: Vec<usize> = si.iter().collect();
            if idx.len() != src.len() {
                return Err(vm.value_error(error_msg!(
                    "wrong length for extended slice",
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    src.len(),
                    idx.len()
                )));
            }
            for (i, x) in idx.into_iter().zip(src) {
                d[i] = x;
            }
        }
        return set_data(vm, b, &d);
    }
    // CPython's order: the index's type, then the value, then the index's range.
    let checked = if vm.is_int(key) {
        Some(byte_value(vm, v)?)
    } else {
        None
    };
    let i = byte_index(vm, b, key, d.len())?;
    let x = match checked {
        Some(x) => x,
        None => byte_value(vm, v)?,
    };
    d[i] = x;
    set_data(vm, b, &d)
}

/// `del ba[key]`.
#[cfg(feature = "bytearray")]
pub fn delitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<()> {
    let d = data(vm, b).to_vec();
    if vm.heap.kind(key) == Kind::Slice {
        let si = super::range::slice_indices(vm, key, d.len())?;
        let mut gone: Vec<usize> = si.iter().collect();
        // A slice's indices are monotonic: ascending for a negative step after reversing.
        if gone.first() > gone.last() {
            gone.reverse();
        }
        let kept: Vec<u8> = d
            .iter()
            .enumerate()
            .filter(|(i, _)| gone.binary_search(i).is_err())
            .map(|(_, x)| *x)
            .collect();
        return set_data(vm, b, &kept);
    }
    let i = byte_index(vm, b, key, d.len())?;
    let mut d = d;
    d.remove(i);
    set_data(vm, b, &d)
}

/// `a + b` for bytes-likes (the result has `a`'s type).
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut d = data(vm, a).to_vec();
    d.extend_from_slice(data(vm, b));
    let kind = vm.heap.kind(vm.builtin_value(a));
    new_kind(vm, kind, &d)
}

/// `b * n`.
pub fn repeat(vm: &mut Vm, b: Value, n: usize) -> PyResult<Value> {
    let d = data(vm, b);
    match d.len().checked_mul(n) {
        Some(total) if total <= isize::MAX as usize => {
            // Beyond the whole heap the result can never fit; the transient Rust buffer must
            // not be asked for (on a device its failure is a panic, not a MemoryError).
            if total > (1 << 28) || total > vm.heap.size_bytes() {
                return Err(vm.memory_error());
            }
        }
        _ => return Err(vm.overflow_error("repeated bytes are too long")),
    }
    let r = d.repeat(n);
    let kind = vm.heap.kind(b);
    new_kind(vm, kind, &r)
}

/// `ba += x`: `x` must be bytes-like.
#[cfg(feature = "bytearray")]
pub fn extend(vm: &mut Vm, b: Value, x: Value) -> PyResult<()> {
    if !matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        return Err(vm.type_error(error_msg!(
            "can't concat to bytearray",
            "can't concat {t} to bytearray",
            t = vm.type_name(x)
        )));
    }
    extend_iterable(vm, b, x)
}

/// `ba.extend(x)`: from a bytes-like or an iterable of ints.
#[cfg(feature = "bytearray")]
pub fn extend_iterable(vm: &mut Vm, b: Value, x: Value) -> PyResult<()> {
    if matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        let extra = data(vm, x).to_vec();
        return push_bytes(vm, b, &extra);
    }
    let mut d = data(vm, b).to_vec();
    if matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        d.extend_from_slice(data(vm, x));
    } else {
        let items = vm.collect_items(x)?;
        for v in items {
            d.push(byte_value(vm, v)?);
        }
    }
    set_data(vm, b, &d)
}

/// `repr(bytes)`: `b'...'`, or `bytearray(b'...')`.
pub fn repr(vm: &Vm, b: Value) -> String {
    let kind_ba = cfg!(feature = "bytearray") && vm.heap.kind(b) == Kind::ByteArray;
    let s = repr_literal(data(vm, b), kind_ba);
    if kind_ba {
        format!("bytearray({s})")
    } else {
        s
    }
}

/// The contents of `b` as a bytes literal, whichever its type (`int(bytearray(b'x'))`'s error
/// shows `b'x'`, as CPython converts the buffer to bytes first).
pub fn repr_as_bytes(vm: &Vm, b: Value) -> String {
    repr_literal(data(vm, b), false)
}

/// `b'...'` for `d`; `kind_ba` escapes single quotes as CPython's bytearray repr does.
fn repr_literal(d: &[u8], kind_ba: bool) -> String {
    let mut s = String::from("b");
    s.push_str(&super::str_methods::repr_quoted(d, false, kind_ba));
    s
}

/// `bytes % args`.
pub fn percent_format(vm: &mut Vm, b: Value, args: Value) -> PyResult<Value> {
    super::str_percent::percent_format_bytes(vm, b, args)
}

/// The methods of `bytes`.
pub static BYTES_METHODS: &[NativeFn] = methods::BYTES_METHODS;
/// The methods of `bytearray`.
#[cfg(feature = "bytearray")]
pub static BYTEARRAY_METHODS: &[NativeFn] = methods::BYTEARRAY_METHODS;
