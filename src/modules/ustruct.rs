// SPDX-License-Identifier: MIT
//! The `struct` module: packing values into bytes by a format string, with CPython's formats
//! (`x c b B ? h H i I l L q Q n N e f d s p P`), byte orders (`@ = < > !`; `@` uses native sizes
//! and alignment) and error messages. `struct.error` is a Python class made when the module is
//! imported (`class error(Exception)`), found again through `sys.modules` when raising;
//! `struct.Struct` is a small Python class over the functions.
//! (The file is `ustruct.rs` because `struct` is a Rust keyword.)

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::gc::{Kind, Value};
use crate::objects::bigint::BigInt;
use crate::objects::float_math as fm;
use crate::objects::native::NativeFn;
use crate::objects::{bytes, class, float, int, list, tuple};
use crate::vm::{PyErr, PyResult, Vm};

/// Raises `struct.error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> PyErr {
    super::raise_module_error(vm, "struct", "error", msg)
}

/// Native word size (`n`, `N`, `P`, and `l`/`L` as C's `long` on LP64 and ILP32 targets).
const WORD: usize = core::mem::size_of::<usize>();

/// Largest struct accepted (fits a 32-bit size with room to spare).
const MAX_SIZE: usize = 1 << 30;

/// One parsed format item: its code, repeat count, size and (for `@`) alignment.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    align: usize,
}

/// A parsed format: byte order and items.
struct Format {
    little: bool,
    items: Vec<Item>,
}

impl Format {
    /// Total size in bytes (with native alignment padding); None past `MAX_SIZE`.
    fn checked_size(&self) -> Option<usize> {
        let mut off = 0usize;
        for it in &self.items {
            off = off.checked_next_multiple_of(it.align)?;
            let n = if matches!(it.code, b's' | b'p') {
                it.count
            } else {
                it.size.checked_mul(it.count)?
            };
            off = off.checked_add(n).filter(|&o| o <= MAX_SIZE)?;
        }
        Some(off)
    }

    /// Total size in bytes (checked by `parse`).
    fn size(&self) -> usize {
        self.checked_size().unwrap_or(0)
    }

    /// Number of Python values the format packs or unpacks.
    fn values(&self) -> usize {
        self.items
            .iter()
            .map(|it| match it.code {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => it.count,
            })
            .sum()
    }
}

/// The size of `code` (None: not a format character in this mode).
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                WORD
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => WORD,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, v: Value) -> PyResult<Format> {
    let text: String = match vm.as_str(v) {
        Some(s) => s.into(),
        None => match vm.heap.kind(vm.builtin_value(v)) {
            Kind::Bytes | Kind::ByteArray => {
                String::from_utf8_lossy(bytes::data(vm, v)).into_owned()
            }
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {tn}"
                )));
            }
        },
    };
    let b = text.as_bytes();
    let (native, little, mut i) = match b.first() {
        Some(b'@') => (true, cfg!(target_endian = "little"), 1),
        Some(b'=') => (false, cfg!(target_endian = "little"), 1),
        Some(b'<') => (false, true, 1),
        Some(b'>') | Some(b'!') => (false, false, 1),
        _ => (true, cfg!(target_endian = "little"), 0),
    };
    let mut items = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < b.len() && b[i].is_ascii_digit() {
            let d = (b[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .filter(|&n| n < 1 << 28)
                    .ok_or_else(|| error(vm, "total struct size too long"))?,
            );
            i += 1;
        }
        let Some(&code) = b.get(i) else {
            return Err(error(vm, "repeat count given without format specifier"));
        };
        i += 1;
        let Some(size) = code_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        let align = if native { size } else { 1 };
        items.push(Item {
            code,
            count: count.unwrap_or(1),
            size,
            align,
        });
    }
    let f = Format { little, items };
    if f.checked_size().is_none() {
        return Err(error(vm, "total struct size too long"));
    }
    Ok(f)
}

// ---- packing ----

/// An integer to pack (`__index__` allowed; floats are rejected as CPython does).
fn pack_int(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_big(vm, v) {
        return Ok(b);
    }
    if vm.heap.kind(v) == Kind::Instance {
        if let Some(r) = class::call_special(vm, v, "__index__", &[])? {
            if let Some(b) = int::to_big(vm, r) {
                return Ok(b);
            }
        }
    }
    Err(error(vm, "required argument is not an integer"))
}

fn put(out: &mut [u8], little: bool, x: u64) {
    let n = out.len();
    for (k, byte) in out.iter_mut().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        *byte = (x >> (8 * shift)) as u8;
    }
}

fn get(src: &[u8], little: bool) -> u64 {
    let n = src.len();
    let mut x = 0u64;
    for (k, &byte) in src.iter().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        x |= (byte as u64) << (8 * shift);
    }
    x
}

/// Converts to IEEE half precision, rounding to nearest even; None when too large.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < fm::ldexp(1.0, -14) {
        // Subnormal (or rounds up to the smallest normal, which the bits express anyway).
        let m = fm::rint(a * fm::ldexp(1.0, 24)) as u16;
        return Some(sign | m);
    }
    let (m, e) = fm::frexp(a); // a = m * 2^e, 0.5 <= m < 1
    let mut exp = e - 1 + 15;
    let mut frac = fm::rint((m * 2.0 - 1.0) * 1024.0) as u32;
    if frac == 1024 {
        frac = 0;
        exp += 1;
    }
    if exp >= 31 {
        return None;
    }
    Some(sign | ((exp as u16) << 10) | frac as u16)
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => fm::ldexp(frac, -24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => fm::ldexp(1.0 + frac / 1024.0, exp - 15),
    }
}

fn pack_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(x) = float::operand(vm, v)? {
        return Ok(x);
    }
    if vm.heap.kind(v) == Kind::Instance {
        if let Some(r) = class::call_special(vm, v, "__float__", &[])? {
            if let Some(x) = float::operand(vm, r)? {
                return Ok(x);
            }
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// Packs one value of an integer code into `out`.
fn pack_one_int(vm: &mut Vm, it: &Item, v: Value, little: bool, out: &mut [u8]) -> PyResult<()> {
    let b = pack_int(vm, v)?;
    let signed = it.code.is_ascii_lowercase();
    let bits = 8 * it.size as u32;
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let x = b
        .to_i64()
        .map(i128::from)
        .or_else(|| b.to_u64().map(i128::from));
    match x {
        Some(x) if x >= lo && x <= hi => {
            put(out, little, x as u64);
            Ok(())
        }
        _ => {
            let name = match it.code {
                b'b' => "byte",
                b'B' => "ubyte",
                b'h' => "short",
                b'H' => "ushort",
                _ if it.size >= 8 || !signed => return Err(error(vm, "argument out of range")),
                _ => "",
            };
            let msg = if name.is_empty() {
                let c = it.code as char;
                format!("'{c}' format requires {lo} <= number <= {hi}")
            } else {
                format!("{name} format requires {lo} <= number <= {hi}")
            };
            Err(error(vm, &msg))
        }
    }
}

/// Packs `values` by `f` into `out` (which has exactly `f.size()` bytes).
fn pack_values(vm: &mut Vm, f: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let (mut off, mut vi) = (0usize, 0usize);
    for it in &f.items {
        off = off.next_multiple_of(it.align);
        match it.code {
            b'x' => off += it.count,
            b's' | b'p' => {
                let v = values[vi];
                vi += 1;
                let data: Vec<u8> = match vm.heap.kind(vm.builtin_value(v)) {
                    Kind::Bytes | Kind::ByteArray => bytes::data(vm, v).to_vec(),
                    _ => {
                        let c = it.code as char;
                        return Err(error(
                            vm,
                            &format!("argument for '{c}' must be a bytes object"),
                        ));
                    }
                };
                let field = &mut out[off..off + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
                off += it.count;
            }
            _ => {
                for _ in 0..it.count {
                    let v = values[vi];
                    vi += 1;
                    let slot = &mut out[off..off + it.size];
                    pack_scalar(vm, it, v, f.little, slot)?;
                    off += it.size;
                }
            }
        }
    }
    Ok(())
}

fn pack_scalar(vm: &mut Vm, it: &Item, v: Value, little: bool, slot: &mut [u8]) -> PyResult<()> {
    match it.code {
        b'c' => {
            let kind = vm.heap.kind(vm.builtin_value(v));
            let d = if matches!(kind, Kind::Bytes | Kind::ByteArray) {
                bytes::data(vm, v)
            } else {
                &[]
            };
            if d.len() != 1 {
                return Err(error(vm, "char format requires a bytes object of length 1"));
            }
            slot[0] = d[0];
        }
        b'?' => slot[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = pack_float(vm, v)?;
            let Some(h) = f64_to_f16(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put(slot, little, h as u64);
        }
        b'f' => {
            let x = pack_float(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(slot, little, y.to_bits() as u64);
        }
        b'd' => {
            let x = pack_float(vm, v)?;
            put(slot, little, x.to_bits());
        }
        _ => pack_one_int(vm, it, v, little, slot)?,
    }
    Ok(())
}

// ---- unpacking ----

fn unpack_scalar(vm: &mut Vm, it: &Item, src: &[u8], little: bool) -> PyResult<Value> {
    let raw = get(src, little);
    match it.code {
        b'c' => bytes::new(vm, src),
        b'?' => Ok(Value::bool(raw != 0)),
        b'e' => float::new(vm, f16_to_f64(raw as u16)),
        b'f' => float::new(vm, f32::from_bits(raw as u32) as f64),
        b'd' => float::new(vm, f64::from_bits(raw)),
        c if c.is_ascii_lowercase() => {
            let shift = 64 - 8 * it.size as u32;
            let x = ((raw << shift) as i64) >> shift;
            int::from_i64(vm, x)
        }
        _ => int::from_big(vm, &BigInt::from_u64(raw)),
    }
}

/// Unpacks `data` (exactly `f.size()` bytes) into a tuple.
fn unpack_values(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    let out = list::alloc(vm, f.values())?;
    let d = vm.heap.push_root(out);
    let r = unpack_into_list(vm, f, data, out).and_then(|_| {
        let items = list::items(vm, out);
        tuple::new(vm, &items)
    });
    vm.heap.pop_roots(d);
    r
}

fn unpack_into_list(vm: &mut Vm, f: &Format, data: &[u8], out: Value) -> PyResult<()> {
    let mut off = 0usize;
    for it in &f.items {
        off = off.next_multiple_of(it.align);
        match it.code {
            b'x' => off += it.count,
            b's' => {
                let v = bytes::new(vm, &data[off..off + it.count])?;
                list::append(vm, out, v)?;
                off += it.count;
            }
            b'p' => {
                let field = &data[off..off + it.count];
                let n =
                    (field.first().copied().unwrap_or(0) as usize).min(it.count.saturating_sub(1));
                let v = bytes::new(vm, field.get(1..1 + n).unwrap_or(&[]))?;
                list::append(vm, out, v)?;
                off += it.count;
            }
            _ => {
                for _ in 0..it.count {
                    let v = unpack_scalar(vm, it, &data[off..off + it.size], f.little)?;
                    list::append(vm, out, v)?;
                    off += it.size;
                }
            }
        }
    }
    Ok(())
}

/// The bytes of a bytes-like argument.
fn buffer(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.heap.kind(vm.builtin_value(v)) {
        Kind::Bytes | Kind::ByteArray => Ok(bytes::data(vm, v).to_vec()),
        Kind::MemoryView => Ok(crate::objects::memoryview::to_vec(vm, v)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn need_format(vm: &mut Vm, name: &str, args: &[Value], min: usize) -> PyResult<Format> {
    if args.len() < min {
        let n = args.len();
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    parse(vm, args[0])
}

fn calcsize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "calcsize", kw)?;
    crate::objects::constructors::arg_count(vm, "calcsize", args, 1, 1)?;
    let f = parse(vm, args[0])?;
    int::from_i64(vm, f.size() as i64)
}

fn pack(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "pack", kw)?;
    let f = need_format(vm, "pack", args, 1)?;
    let values = &args[1..];
    if values.len() != f.values() {
        return Err(error(
            vm,
            &format!(
                "pack expected {} items for packing (got {})",
                f.values(),
                values.len()
            ),
        ));
    }
    if f.size() > vm.heap.size_bytes() {
        return Err(vm.memory_error());
    }
    let mut out = alloc::vec![0u8; f.size()];
    pack_values(vm, &f, values, &mut out)?;
    bytes::new(vm, &out)
}

/// Resolves a possibly negative offset into a buffer of `len` bytes for an operation of `size`.
fn offset(vm: &mut Vm, v: Value, len: usize, size: usize, what: &str) -> PyResult<usize> {
    let o = match vm.index_value(v)? {
        Some(o) => o,
        None => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let start = if o < 0 {
        let back = o.unsigned_abs() as usize;
        if back > len {
            return Err(error(
                vm,
                &format!("offset {o} out of range for {len}-byte buffer"),
            ));
        }
        len - back
    } else {
        o as usize
    };
    if o < 0 && start + size > len {
        let msg = if what == "pack_into" {
            format!("no space to pack {size} bytes at offset {o}")
        } else {
            format!("not enough data to unpack {size} bytes at offset {o}")
        };
        return Err(error(vm, &msg));
    }
    if start.checked_add(size).is_none_or(|end| end > len) {
        let (verb, ing) = if what == "pack_into" {
            ("pack_into", "packing")
        } else {
            ("unpack_from", "unpacking")
        };
        return Err(error(
            vm,
            &format!(
                "{verb} requires a buffer of at least {} bytes for {ing} {size} bytes at offset {start} (actual buffer size is {len})",
                start.saturating_add(size)
            ),
        ));
    }
    Ok(start)
}

fn pack_into(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "pack_into", kw)?;
    let f = need_format(vm, "pack_into", args, 3)?;
    let buf = args[1];
    if vm.heap.kind(vm.builtin_value(buf)) != Kind::ByteArray {
        let tn = vm.arg_type_name(buf);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {tn}"
        )));
    }
    let values = &args[3..];
    if values.len() != f.values() {
        return Err(error(
            vm,
            &format!(
                "pack_into expected {} items for packing (got {})",
                f.values(),
                values.len()
            ),
        ));
    }
    let mut data = bytes::data(vm, buf).to_vec();
    let size = f.size();
    let start = offset(vm, args[2], data.len(), size, "pack_into")?;
    let mut out = alloc::vec![0u8; size];
    pack_values(vm, &f, values, &mut out)?;
    data[start..start + size].copy_from_slice(&out);
    bytes::set_data(vm, buf, &data)?;
    Ok(Value::NONE)
}

fn unpack(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "unpack", kw)?;
    crate::objects::constructors::arg_count(vm, "unpack", args, 2, 2)?;
    let f = parse(vm, args[0])?;
    let data = buffer(vm, args[1])?;
    if data.len() != f.size() {
        return Err(error(
            vm,
            &format!("unpack requires a buffer of {} bytes", f.size()),
        ));
    }
    unpack_values(vm, &f, &data)
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let off_kw = crate::objects::constructors::kwarg(vm, kw, "offset");
    crate::objects::constructors::arg_count(vm, "unpack_from", args, 2, 3)?;
    let f = parse(vm, args[0])?;
    let data = buffer(vm, args[1])?;
    let size = f.size();
    let start = match args.get(2).copied().or(off_kw) {
        Some(o) => offset(vm, o, data.len(), size, "unpack_from")?,
        None => offset(
            vm,
            Value::small_int_unchecked(0),
            data.len(),
            size,
            "unpack_from",
        )?,
    };
    unpack_values(vm, &f, &data[start..start + size])
}

fn iter_unpack(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "iter_unpack", kw)?;
    crate::objects::constructors::arg_count(vm, "iter_unpack", args, 2, 2)?;
    let f = parse(vm, args[0])?;
    let data = buffer(vm, args[1])?;
    let size = f.size();
    if size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % size != 0 {
        return Err(error(
            vm,
            &format!("iterative unpacking requires a buffer of a multiple of {size} bytes"),
        ));
    }
    let out = list::alloc(vm, data.len() / size)?;
    let d = vm.heap.push_root(out);
    let r = (|| {
        for chunk in data.chunks(size) {
            let t = unpack_values(vm, &f, chunk)?;
            list::append(vm, out, t)?;
        }
        vm.iter(out)
    })();
    vm.heap.pop_roots(d);
    r
}

/// The functions of `struct`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("calcsize", calcsize),
    NativeFn::function("pack", pack),
    NativeFn::function("pack_into", pack_into),
    NativeFn::function("unpack", unpack),
    NativeFn::function("unpack_from", unpack_from),
    NativeFn::function("iter_unpack", iter_unpack),
];

const PYTHON_PART: &str = "\
class error(Exception):
    pass
class Struct:
    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = format.decode()
        self.size = calcsize(format)
        self.format = format
    def pack(self, *values):
        return pack(self.format, *values)
    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)
    def unpack(self, buffer):
        return unpack(self.format, buffer)
    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)
    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
";

/// Defines `struct.error` and `struct.Struct` (a thin class over the functions).
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(PYTHON_PART, "<struct>", d, Mode::Exec)?;
    Ok(())
}
