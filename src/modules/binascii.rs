// SPDX-License-Identifier: MIT
//! The `binascii` module: hex and base64 conversions and CRC-32, with CPython's error messages.
//! `binascii.Error` (a `ValueError`) and `binascii.Incomplete` are Python classes made at import.

use alloc::format;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::gc::{Kind, Value};
use crate::objects::constructors::{arg_count, kwarg, no_kwargs};
use crate::objects::native::NativeFn;
use crate::objects::{bytes, int};
use crate::vm::{PyErr, PyResult, Vm};

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    super::raise_module_error(vm, "binascii", "Error", msg)
}

/// The bytes of a bytes-like argument.
fn data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.heap.kind(vm.builtin_value(v)) {
        Kind::Bytes | Kind::ByteArray => Ok(bytes::data(vm, v).to_vec()),
        Kind::MemoryView => Ok(crate::objects::memoryview::to_vec(vm, v)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// The bytes of an ASCII-string-or-bytes argument (for the `a2b_*` functions).
fn ascii_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(v) {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match vm.heap.kind(vm.builtin_value(v)) {
        Kind::Bytes | Kind::ByteArray => Ok(bytes::data(vm, v).to_vec()),
        Kind::MemoryView => Ok(crate::objects::memoryview::to_vec(vm, v)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{tn}'"
            )))
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "hexlify", args, 1, 3)?;
    let d = data(vm, args[0])?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let per = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "bytes_per_sep"));
    let sep: Option<u8> = match sep {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let b = match vm.as_str(s) {
                Some(t) => t.as_bytes().to_vec(),
                None => data(vm, s)?,
            };
            if b.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !b[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(b[0])
        }
    };
    let per = match per {
        Some(p) => vm.index_value(p)?.unwrap_or(1),
        None => 1,
    };
    let mut out = Vec::with_capacity(d.len() * 3);
    let n = d.len();
    for (i, &b) in d.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && per != 0) {
            let group = usize::try_from(per.unsigned_abs())
                .unwrap_or(usize::MAX)
                .max(1);
            // Positive counts groups from the right, negative from the left.
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    bytes::new(vm, &out)
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhexlify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "unhexlify", kw)?;
    arg_count(vm, "unhexlify", args, 1, 1)?;
    let d = ascii_data(vm, args[0])?;
    if d.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(d.len() / 2);
    for pair in d.chunks(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    bytes::new(vm, &out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "b2a_base64", args, 1, 1)?;
    let d = data(vm, args[0])?;
    let newline = match kwarg(vm, kw, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(d.len().div_ceil(3) * 4 + 1);
    for chunk in d.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    bytes::new(vm, &out)
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// CPython's non-strict decoder: characters outside the alphabet are skipped, and decoding
/// stops at the padding that completes a quad.
fn a2b_base64(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "a2b_base64", args, 1, 1)?;
    let _ = kw;
    let d = ascii_data(vm, args[0])?;
    let mut out = Vec::with_capacity(d.len() / 4 * 3);
    let (mut quad, mut left, mut pads, mut count) = (0u32, 0u32, 0u32, 0usize);
    let mut done = false;
    for &c in &d {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    done = true;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            continue;
        };
        pads = 0;
        count += 1;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
    }
    if !done && quad != 0 {
        return Err(if quad == 1 {
            error(
                vm,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({count}) cannot be 1 more than a multiple of 4"
                ),
            )
        } else {
            error(vm, "Incorrect padding")
        });
    }
    bytes::new(vm, &out)
}

/// The CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of `d`, continuing from `crc`.
fn crc32_of(d: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in d {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

fn crc32(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "crc32", kw)?;
    arg_count(vm, "crc32", args, 1, 2)?;
    let d = data(vm, args[0])?;
    let start = match args.get(1) {
        Some(&v) => match int::to_big(vm, v) {
            // Only the low 32 bits of the running value matter (CPython masks it too).
            Some(b) => {
                let m = b.and(&crate::objects::bigint::BigInt::from_u64(0xffff_ffff));
                m.to_u64().unwrap_or(0) as u32
            }
            None => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => 0,
    };
    int::from_i64(vm, crc32_of(&d, start) as i64)
}

/// The functions of `binascii`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("hexlify", hexlify),
    NativeFn::function("unhexlify", unhexlify),
    NativeFn::function("b2a_hex", hexlify),
    NativeFn::function("a2b_hex", unhexlify),
    NativeFn::function("b2a_base64", b2a_base64),
    NativeFn::function("a2b_base64", a2b_base64),
    NativeFn::function("crc32", crc32),
];

/// Defines `binascii.Error` and `binascii.Incomplete`.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(
        "class Error(ValueError):\n    pass\nclass Incomplete(Exception):\n    pass\n",
        "<binascii>",
        d,
        Mode::Exec,
    )?;
    Ok(())
}
