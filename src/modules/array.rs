// SPDX-License-Identifier: MIT
//! The `array` module: typed arrays of numbers stored as raw machine bytes.
//!
//! `array.array` is a small Python class made at import; its items live in a `bytearray`
//! that is the instance's builtin value (the slot a subclass of a builtin type uses), so every
//! consumer of bytes-like objects — `bytes(a)`, `bytearray(a)`, `memoryview(a)`, `b"".join`,
//! `struct.unpack_from`, `hashlib` — sees the array's memory without a buffer protocol of its
//! own, while `isinstance(a, bytearray)` stays false. The natives below convert between
//! Python numbers and the item encoding (little-endian, MicroPython's 32-bit sizes: `l`/`L`
//! are 4 bytes) and do the indexing; the class does the rest.

use alloc::format;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::gc::{Kind, Value};
use crate::objects::native::NativeFn;
use crate::objects::{bytes, float, int, list};
use crate::vm::{PyResult, Vm};

/// The typecodes, in CPython's order (less `u`).
const TYPECODES: &str = "bBhHiIlLqQfd";

/// The item size of typecode `tc` (MicroPython's sizes on a 32-bit port).
fn item_size(tc: u8) -> Option<usize> {
    Some(match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The array's typecode and its bytearray.
fn parts(vm: &mut Vm, a: Value) -> PyResult<(u8, usize, Value)> {
    let ba = vm.builtin_value(a);
    let name = vm.intern("_tc")?;
    let tc = if vm.heap.kind(ba) == Kind::ByteArray {
        let t = vm.getattr_opt(a, name)?;
        t.and_then(|t| vm.str_text(t).map(|s| s.bytes().next().unwrap_or(0)))
    } else {
        None
    };
    match tc.and_then(|tc| item_size(tc).map(|n| (tc, n))) {
        Some((tc, n)) => Ok((tc, n, ba)),
        None => Err(vm.type_error("descriptor requires a 'array.array' object")),
    }
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::NONE)
}

/// CPython's message for an integer out of range for typecode `tc`: it converts through C
/// `long` (64 bits on the host; here `l`/`L` are 32), then narrows, so the wording depends on
/// how far out the value is. `v` is the value when it fits in an i64.
fn overflow_message(tc: u8, v: Option<i64>, negative: bool) -> &'static str {
    match (tc, v) {
        (b'Q', _) if negative => "can't convert negative int to unsigned",
        (b'q' | b'Q', _) => "int too big to convert",
        (b'I' | b'L', _) if negative => "can't convert negative value to unsigned int",
        (b'I', Some(_)) => "unsigned int is greater than maximum",
        (b'I' | b'L', _) => "Python int too large to convert to C unsigned long",
        (_, None) | (b'l', _) => "Python int too large to convert to C long",
        (b'b', Some(v)) if v > i16::MAX as i64 => "signed short integer is greater than maximum",
        (b'b', Some(v)) if v < i16::MIN as i64 => "signed short integer is less than minimum",
        (b'b', _) if negative => "signed char is less than minimum",
        (b'b', _) => "signed char is greater than maximum",
        (b'B', _) if negative => "unsigned byte integer is less than minimum",
        (b'B', _) => "unsigned byte integer is greater than maximum",
        (b'h', _) if negative => "signed short integer is less than minimum",
        (b'h', _) => "signed short integer is greater than maximum",
        (b'H', Some(v)) if v > i32::MAX as i64 => "signed integer is greater than maximum",
        (b'H', Some(v)) if v < i32::MIN as i64 => "signed integer is less than minimum",
        (b'H', _) if negative => "unsigned short is less than minimum",
        (b'H', _) => "unsigned short is greater than maximum",
        (_, _) if negative => "signed integer is less than minimum",
        (_, _) => "signed integer is greater than maximum",
    }
}

/// Encodes `v` as one item of typecode `tc`, appending to `out`.
fn pack_one(vm: &mut Vm, tc: u8, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
    if tc == b'f' || tc == b'd' {
        let x = match float::operand(vm, v)? {
            Some(x) => x,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("must be real number, not {t}")));
            }
        };
        if tc == b'f' {
            out.extend_from_slice(&(x as f32).to_le_bytes());
        } else {
            out.extend_from_slice(&x.to_le_bytes());
        }
        return Ok(());
    }
    let iv = vm.builtin_value(v);
    let big = if vm.is_int(iv) {
        int::to_big(vm, iv)
    } else if float::is_float(vm, iv) {
        None
    } else {
        vm.index_value(v)?
            .map(crate::objects::bigint::BigInt::from_i64)
    };
    let Some(big) = big else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let n: Option<i128> = big
        .to_i64()
        .map(i128::from)
        .or_else(|| big.to_u64().map(i128::from));
    let (lo, hi): (i128, i128) = match tc {
        b'b' => (i8::MIN.into(), i8::MAX.into()),
        b'B' => (0, u8::MAX.into()),
        b'h' => (i16::MIN.into(), i16::MAX.into()),
        b'H' => (0, u16::MAX.into()),
        b'i' | b'l' => (i32::MIN.into(), i32::MAX.into()),
        b'I' | b'L' => (0, u32::MAX.into()),
        b'q' => (i64::MIN.into(), i64::MAX.into()),
        _ => (0, u64::MAX.into()),
    };
    let Some(n) = n.filter(|n| (lo..=hi).contains(n)) else {
        let msg = overflow_message(tc, big.to_i64(), big.is_negative());
        return Err(vm.overflow_error(msg));
    };
    let size = item_size(tc).unwrap_or(1);
    out.extend_from_slice(n.to_le_bytes().get(..size).unwrap_or(&[]));
    Ok(())
}

/// Decodes the item of typecode `tc` in `raw`.
fn unpack_one(vm: &mut Vm, tc: u8, raw: &[u8]) -> PyResult<Value> {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(raw) {
        *d = *s;
    }
    let [b0, b1, b2, b3, ..] = b;
    let w4 = [b0, b1, b2, b3];
    match tc {
        b'f' => float::new(vm, f32::from_le_bytes(w4) as f64),
        b'd' => float::new(vm, f64::from_le_bytes(b)),
        b'b' => int::from_i64(vm, b0 as i8 as i64),
        b'B' => int::from_i64(vm, b0 as i64),
        b'h' => int::from_i64(vm, i16::from_le_bytes([b0, b1]) as i64),
        b'H' => int::from_i64(vm, u16::from_le_bytes([b0, b1]) as i64),
        b'i' | b'l' => int::from_i64(vm, i32::from_le_bytes(w4) as i64),
        b'I' | b'L' => int::from_i64(vm, u32::from_le_bytes(w4) as i64),
        b'q' => int::from_i64(vm, i64::from_le_bytes(b)),
        _ => {
            let u = u64::from_le_bytes(b);
            match i64::try_from(u) {
                Ok(i) => int::from_i64(vm, i),
                Err(_) => int::from_big(vm, &crate::objects::bigint::BigInt::from_u64(u)),
            }
        }
    }
}

/// `_init(self, typecode)`: attaches an empty bytearray; returns the item size.
fn init_array(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, tc) = (arg(args, 0), arg(args, 1));
    let code = vm.str_text(tc).filter(|s| s.chars().count() == 1);
    let Some(code) = code else {
        let t = if vm.str_text(tc).is_some() {
            alloc::string::String::from("str")
        } else {
            vm.type_name(tc)
        };
        return Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {t}"
        )));
    };
    let size = code
        .bytes()
        .next()
        .filter(|_| code.len() == 1)
        .and_then(item_size);
    let Some(size) = size else {
        return Err(vm.value_error("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)"));
    };
    if vm.heap.kind(a) != Kind::Instance || !vm.heap.get_value(a, 2).is_null() {
        return Err(vm.type_error("array already initialised"));
    }
    let d = vm.heap.push_root(a);
    let ba = bytes::new_kind(vm, Kind::ByteArray, &[]);
    vm.heap.pop_roots(d);
    vm.heap.set_value(a, 2, ba?);
    Ok(Value::small_int_unchecked(size as i32))
}

/// `_extend(self, iterable)`: appends each item (items before a bad one stay, as in CPython).
fn extend(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, src) = (arg(args, 0), arg(args, 1));
    let (tc, _, ba) = parts(vm, a)?;
    let d = vm.heap.push_root(ba);
    let r = (|| {
        let it = vm.iter(src)?;
        vm.heap.push_root(it);
        let mut buf = Vec::new();
        while let Some(v) = vm.next(it)? {
            buf.clear();
            pack_one(vm, tc, v, &mut buf)?;
            bytes::push_bytes(vm, ba, &buf)?;
        }
        Ok(Value::NONE)
    })();
    vm.heap.pop_roots(d);
    r
}

/// `_pack(self, list)`: the items encoded, all or nothing (`fromlist`, slice assignment).
fn pack(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, src) = (arg(args, 0), arg(args, 1));
    let (tc, _, _) = parts(vm, a)?;
    let d = vm.heap.push_root(src);
    let r = (|| {
        let items = vm.collect_items(src)?;
        let mut buf = Vec::new();
        for v in items {
            pack_one(vm, tc, v, &mut buf)?;
        }
        bytes::new(vm, &buf)
    })();
    vm.heap.pop_roots(d);
    r
}

/// `_frombytes(self, data)`.
fn frombytes(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, src) = (arg(args, 0), arg(args, 1));
    let (_, size, ba) = parts(vm, a)?;
    let data = match vm.heap.kind(vm.builtin_value(src)) {
        Kind::Bytes | Kind::ByteArray => bytes::data(vm, vm.builtin_value(src)).to_vec(),
        Kind::MemoryView => crate::objects::memoryview::to_vec(vm, src),
        _ => {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    if data.len() % size != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    bytes::push_bytes(vm, ba, &data)?;
    Ok(Value::NONE)
}

/// `_tolist(self)`.
fn tolist(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (tc, size, ba) = parts(vm, arg(args, 0))?;
    let n = bytes::data(vm, ba).len() / size;
    let out = list::alloc(vm, n)?;
    let d = vm.heap.push_root(out);
    vm.heap.push_root(ba);
    let r = (|| {
        for i in 0..n {
            let raw = item_raw(vm, ba, i, size);
            let v = unpack_one(vm, tc, &raw)?;
            list::append(vm, out, v)?;
        }
        Ok(out)
    })();
    vm.heap.pop_roots(d);
    r
}

fn item_raw(vm: &Vm, ba: Value, i: usize, size: usize) -> Vec<u8> {
    let data = bytes::data(vm, ba);
    data.get(i * size..(i + 1) * size)
        .map(|s| s.to_vec())
        .unwrap_or_default()
}

/// `_len(self)`.
fn length(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, size, ba) = parts(vm, arg(args, 0))?;
    let n = bytes::data(vm, ba).len() / size;
    Ok(Value::small_int_unchecked(n as i32))
}

/// `_get(self, key)`: an item, or for a slice the selected items' bytes.
fn get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, key) = (arg(args, 0), arg(args, 1));
    let (tc, size, ba) = parts(vm, a)?;
    let n = bytes::data(vm, ba).len() / size;
    if vm.heap.kind(key) == Kind::Slice {
        let si = crate::objects::range::slice_indices(vm, key, n)?;
        let mut out = Vec::with_capacity(si.len() * size);
        for i in si.iter() {
            out.extend_from_slice(&item_raw(vm, ba, i, size));
        }
        return bytes::new(vm, &out);
    }
    let i = item_index(vm, key, n, "array index out of range")?;
    let raw = item_raw(vm, ba, i, size);
    unpack_one(vm, tc, &raw)
}

/// Resolves an item index (negative from the end), with the array's own messages.
fn item_index(vm: &mut Vm, key: Value, n: usize, range_msg: &str) -> PyResult<usize> {
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let i = if i < 0 { i + n as i64 } else { i };
    if i < 0 || i >= n as i64 {
        return Err(vm.index_error(range_msg));
    }
    Ok(i as usize)
}

/// `_set(self, key, value)`: for a slice, `value` is the bytes of an array of the same kind.
fn set(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, key, v) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let (tc, size, ba) = parts(vm, a)?;
    let mut data = bytes::data(vm, ba).to_vec();
    let n = data.len() / size;
    if vm.heap.kind(key) == Kind::Slice {
        let src = bytes::data(vm, vm.builtin_value(v)).to_vec();
        let si = crate::objects::range::slice_indices(vm, key, n)?;
        let m = src.len() / size;
        if si.step == 1 {
            let start = (si.start.max(0) as usize).min(n) * size;
            let stop = ((si.stop.max(si.start).max(0) as usize).min(n) * size).max(start);
            data.splice(start..stop, src);
        } else {
            if m != si.len() {
                let k = si.len();
                return Err(vm.value_error(format!(
                    "attempt to assign array of size {m} to extended slice of size {k}"
                )));
            }
            for (i, chunk) in si.iter().zip(src.chunks(size)) {
                if let Some(dst) = data.get_mut(i * size..(i + 1) * size) {
                    dst.copy_from_slice(chunk);
                }
            }
        }
    } else {
        let i = item_index(vm, key, n, "array assignment index out of range")?;
        let mut buf = Vec::new();
        pack_one(vm, tc, v, &mut buf)?;
        if let Some(dst) = data.get_mut(i * size..(i + 1) * size) {
            dst.copy_from_slice(&buf);
        }
    }
    bytes::set_data(vm, ba, &data)?;
    Ok(Value::NONE)
}

/// `_del(self, key)`.
fn del(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, key) = (arg(args, 0), arg(args, 1));
    let (_, size, ba) = parts(vm, a)?;
    let data = bytes::data(vm, ba).to_vec();
    let n = data.len() / size;
    let mut keep = alloc::vec![true; n];
    if vm.heap.kind(key) == Kind::Slice {
        let si = crate::objects::range::slice_indices(vm, key, n)?;
        for i in si.iter() {
            if let Some(k) = keep.get_mut(i) {
                *k = false;
            }
        }
    } else {
        let i = item_index(vm, key, n, "array assignment index out of range")?;
        if let Some(k) = keep.get_mut(i) {
            *k = false;
        }
    }
    let out: Vec<u8> = data
        .chunks(size)
        .zip(keep)
        .filter(|(_, k)| *k)
        .flat_map(|(c, _)| c.iter().copied())
        .collect();
    bytes::set_data(vm, ba, &out)?;
    Ok(Value::NONE)
}

/// `_insert(self, i, v)`: CPython clamps the index as `list.insert` does.
fn insert(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, key, v) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let (tc, size, ba) = parts(vm, a)?;
    let Some(i) = vm.index_value(key)? else {
        let t = vm.type_name(key);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let mut buf = Vec::new();
    pack_one(vm, tc, v, &mut buf)?;
    let mut data = bytes::data(vm, ba).to_vec();
    let n = (data.len() / size) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    data.splice(at * size..at * size, buf);
    bytes::set_data(vm, ba, &data)?;
    Ok(Value::NONE)
}

/// `_byteswap(self)`.
fn byteswap(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, size, ba) = parts(vm, arg(args, 0))?;
    let mut data = bytes::data(vm, ba).to_vec();
    for c in data.chunks_mut(size) {
        c.reverse();
    }
    bytes::set_data(vm, ba, &data)?;
    Ok(Value::NONE)
}

/// The natives the class calls (not part of the public API).
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("_init", init_array),
    NativeFn::function("_extend", extend),
    NativeFn::function("_pack", pack),
    NativeFn::function("_frombytes", frombytes),
    NativeFn::function("_tolist", tolist),
    NativeFn::function("_len", length),
    NativeFn::function("_get", get),
    NativeFn::function("_set", set),
    NativeFn::function("_del", del),
    NativeFn::function("_insert", insert),
    NativeFn::function("_byteswap", byteswap),
];

const PYTHON_PART: &str = include_str!("array.py");

/// Defines `array.array` over the natives.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    let k = vm.intern("typecodes")?;
    let v = vm.new_str(TYPECODES)?;
    crate::objects::dict::set(vm, d, k, v)?;
    vm.exec_source(PYTHON_PART, "<array>", d, Mode::Exec)?;
    Ok(())
}
