// SPDX-License-Identifier: MIT
//! `memoryview` over `bytes` and `bytearray`: `[start len step released | object]`. Slicing makes
//! a new view of the same object without copying; writing through a view of a bytearray
//! changes the bytearray. Only the unsigned-byte format (`'B'`) is supported, as in MicroPython.

use alloc::format;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;
use super::{bytes, int, list};

const START: usize = 0;
const LEN: usize = 1;
const STEP: usize = 2;
const RELEASED: usize = 3;
const OBJ: usize = 4;

/// `memoryview(obj)`.
pub fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(&obj) = args.first() else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if vm.heap.kind(obj) == Kind::MemoryView {
        let (start, len, step) = parts(vm, obj);
        let target = vm.heap.get_value(obj, OBJ);
        return new(vm, target, start, len, step);
    }
    let inner = vm.builtin_value(obj);
    if !matches!(vm.heap.kind(inner), Kind::Bytes | Kind::ByteArray) {
        return Err(vm.type_error(error_msg!(
            "memoryview: need a bytes-like object",
            "memoryview: a bytes-like object is required, not '{t}'",
            t = vm.type_name(obj)
        )));
    }
    let n = bytes::data(vm, inner).len();
    new(vm, inner, 0, n, 1)
}

fn new(vm: &mut Vm, obj: Value, start: usize, len: usize, step: i64) -> PyResult<Value> {
    let d = vm.heap.push_root(obj);
    let mv = vm.alloc(Kind::MemoryView, 5);
    vm.heap.pop_roots(d);
    let mv = mv?;
    vm.heap.set(mv, START, start as u32);
    vm.heap.set(mv, LEN, len as u32);
    vm.heap.set(mv, STEP, step as i32 as u32);
    vm.heap.set_value(mv, OBJ, obj);
    Ok(mv)
}

fn parts(vm: &Vm, mv: Value) -> (usize, usize, i64) {
    (
        vm.heap.get(mv, START) as usize,
        vm.heap.get(mv, LEN) as usize,
        vm.heap.get(mv, STEP) as i32 as i64,
    )
}

fn check_live(vm: &mut Vm, mv: Value) -> PyResult<()> {
    if vm.heap.get(mv, RELEASED) != 0 {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

/// The absolute byte positions the view covers in its object.
fn positions(vm: &Vm, mv: Value) -> Vec<usize> {
    let (start, len, step) = parts(vm, mv);
    (0..len)
        .map(|i| (start as i64 + i as i64 * step) as usize)
        .collect()
}

/// The bytes the view shows (a copy).
pub fn to_vec(vm: &Vm, mv: Value) -> Vec<u8> {
    let obj = vm.heap.get_value(mv, OBJ);
    let data = bytes::data(vm, obj);
    positions(vm, mv)
        .iter()
        .filter_map(|p| data.get(*p).copied())
        .collect()
}

/// `len(mv)`.
pub fn len(vm: &Vm, mv: Value) -> usize {
    parts(vm, mv).1
}

/// An item index of a one-dimensional view, with CPython's messages.
fn view_index(vm: &mut Vm, key: Value, len: usize) -> PyResult<usize> {
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx >= len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(idx as usize)
}

/// `hash(mv)`: a read-only view hashes as the bytes it shows; a writable one cannot be hashed.
pub fn hash(vm: &mut Vm, mv: Value) -> PyResult<i64> {
    check_live(vm, mv)?;
    let obj = vm.heap.get_value(mv, OBJ);
    if vm.heap.kind(obj) != Kind::Bytes {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(bytes::hash_data(&to_vec(vm, mv)))
}

/// `mv[i]` (an int) or `mv[a:b:c]` (a view of the same memory).
pub fn getitem(vm: &mut Vm, mv: Value, key: Value) -> PyResult<Value> {
    check_live(vm, mv)?;
    let (start, len, step) = parts(vm, mv);
    if vm.heap.kind(key) == Kind::Slice {
        let si = super::range::slice_indices(vm, key, len)?;
        let new_start = start as i64 + si.start * step;
        let obj = vm.heap.get_value(mv, OBJ);
        return new(vm, obj, new_start.max(0) as usize, si.len(), step * si.step);
    }
    let i = view_index(vm, key, len)?;
    let pos = positions(vm, mv);
    let obj = vm.heap.get_value(mv, OBJ);
    let b = pos
        .get(i)
        .and_then(|p| bytes::data(vm, obj).get(*p).copied())
        .unwrap_or(0);
    Ok(Value::small_int_unchecked(b as i32))
}

/// `mv[key] = v` (only views of a bytearray are writable).
pub fn setitem(vm: &mut Vm, mv: Value, key: Value, v: Value) -> PyResult<()> {
    check_live(vm, mv)?;
    let obj = vm.heap.get_value(mv, OBJ);
    if vm.heap.kind(obj) != Kind::ByteArray {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let pos = positions(vm, mv);
    let mut data = bytes::data(vm, obj).to_vec();
    if vm.heap.kind(key) == Kind::Slice {
        let si = super::range::slice_indices(vm, key, pos.len())?;
        let targets: Vec<usize> = si.iter().filter_map(|i| pos.get(i).copied()).collect();
        let src = if matches!(
            vm.heap.kind(vm.builtin_value(v)),
            Kind::Bytes | Kind::ByteArray
        ) {
            bytes::data(vm, v).to_vec()
        } else if vm.heap.kind(v) == Kind::MemoryView {
            to_vec(vm, v)
        } else {
            return Err(vm.type_error(error_msg!(
                "need a bytes-like object",
                "a bytes-like object is required, not '{t}'",
                t = vm.type_name(v)
            )));
        };
        if src.len() != targets.len() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (p, b) in targets.into_iter().zip(src) {
            if let Some(slot) = data.get_mut(p) {
                *slot = b;
            }
        }
    } else {
        let i = view_index(vm, key, pos.len())?;
        let b = match int::as_i64(vm, v) {
            Some(b) if (0..=255).contains(&b) => b as u8,
            Some(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
            None => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
        };
        if let Some(slot) = pos.get(i).and_then(|p| data.get_mut(*p)) {
            *slot = b;
        }
    }
    bytes::set_data(vm, obj, &data)
}

fn this(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::NONE)
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mv = this(args);
    check_live(vm, mv)?;
    let data = to_vec(vm, mv);
    bytes::new(vm, &data)
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mv = this(args);
    check_live(vm, mv)?;
    let items: Vec<Value> = to_vec(vm, mv)
        .into_iter()
        .map(|b| Value::small_int_unchecked(b as i32))
        .collect();
    list::from_slice(vm, &items)
}

fn hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mv = this(args);
    check_live(vm, mv)?;
    let s: alloc::string::String = to_vec(vm, mv).iter().map(|b| format!("{b:02x}")).collect();
    vm.new_str(&s)
}

fn release(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.set(this(args), RELEASED, 1);
    Ok(Value::NONE)
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(this(args))
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.set(this(args), RELEASED, 1);
    Ok(Value::FALSE)
}

/// Read-only attributes: `nbytes`, `readonly`, `itemsize`, `format`, `obj`.
pub fn attr(vm: &mut Vm, mv: Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "nbytes" => Value::small_int_unchecked(len(vm, mv) as i32),
        "readonly" => {
            let obj = vm.heap.get_value(mv, OBJ);
            Value::bool(vm.heap.kind(obj) != Kind::ByteArray)
        }
        "itemsize" => Value::small_int_unchecked(1),
        "ndim" => Value::small_int_unchecked(1),
        "format" => vm.new_str("B")?,
        "obj" => vm.heap.get_value(mv, OBJ),
        _ => return Ok(None),
    }))
}

/// `repr(memoryview)`.
pub fn repr(mv: Value) -> alloc::string::String {
    format!("<memory at {}>", crate::vm::format::addr(mv))
}

/// The methods of `memoryview`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("tobytes", tobytes),
    NativeFn::method("tolist", tolist),
    NativeFn::method("hex", hex),
    NativeFn::method("release", release),
    NativeFn::method("__enter__", enter),
    NativeFn::method("__exit__", exit),
];
