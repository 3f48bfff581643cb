// SPDX-License-Identifier: MIT
//! `bytes % args` (PEP 461): `%s`/`%b` take bytes-likes (or `__bytes__`), `%r`/`%a` give
//! `ascii()`, `%c` a byte, and the numeric conversions behave as for str.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyErr, PyResult, Vm};

#[cfg(feature = "float")]
use super::super::float_fmt;
use super::super::{class, float, int, tuple};
use super::{data, new_kind};

/// Where the arguments come from.
struct Args {
    items: Vec<Value>,
    next: usize,
    /// The mapping for `%(name)s`, if the right operand is one.
    mapping: Option<Value>,
}

impl Args {
    fn take(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(&v) => {
                self.next += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// The largest width or precision accepted (beyond: MemoryError, as the result would not fit).
const MAX_WIDTH: usize = 1 << 24;

/// `b % args`.
pub fn percent_format(vm: &mut Vm, b: Value, args: Value) -> PyResult<Value> {
    let fmt = data(vm, b).to_vec();
    let kind = vm.heap.kind(vm.builtin_value(b));
    let inner = vm.builtin_value(args);
    let is_tuple = vm.heap.kind(inner) == Kind::Tuple;
    // CPython's PyMapping_Check: anything subscriptable but a tuple, str or bytes-like (so a
    // list or range with no `%` directives to use it is no error).
    let is_mapping = !is_tuple
        && vm.as_str(args).is_none()
        && !matches!(vm.heap.kind(inner), Kind::Bytes | Kind::ByteArray)
        && (matches!(vm.heap.kind(inner), Kind::Dict | Kind::List | Kind::Range)
            || (vm.heap.kind(args) == Kind::Instance && has_getitem(vm, args)?));
    let items = if is_tuple {
        tuple::items(vm, inner)
    } else {
        alloc::vec![args]
    };
    let mut a = Args {
        items,
        next: 0,
        mapping: if is_mapping { Some(args) } else { None },
    };
    let d = vm.heap.push_root(args);
    let r = format_all(vm, &fmt, &mut a);
    vm.heap.pop_roots(d);
    let out = r?;
    if a.next < a.items.len() && a.mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    new_kind(vm, kind, &out)
}

fn has_getitem(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let n = vm.intern("__getitem__")?;
    Ok(class::lookup_special(vm, v, n)?.is_some())
}

fn format_all(vm: &mut Vm, fmt: &[u8], a: &mut Args) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut arg: Option<Value> = None;
        if fmt.get(i) == Some(&b'(') {
            let Some(map) = a.mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < fmt.len() {
                match fmt[j] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= fmt.len() {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = new_kind(vm, Kind::Bytes, &fmt[start..j])?;
            let kd = vm.heap.push_root(key);
            let v = vm.getitem(map, key);
            vm.heap.pop_roots(kd);
            let v = v?;
            // Keep the value alive (a user mapping may have made it just now); the caller pops
            // the roots when formatting ends.
            vm.heap.push_root(v);
            a.items.push(v);
            arg = Some(v);
            a.next = a.items.len();
            i = j + 1;
        }
        let spec_start = i;
        let mut spec = Spec::default();
        while let Some(&f) = fmt.get(i) {
            match f {
                b'-' => spec.left = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alt = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i) == Some(&b'*') {
            let w = a.take(vm)?;
            let Some(w) = int::as_i64(vm, w) else {
                return Err(vm.type_error("* wants int"));
            };
            if w < 0 {
                spec.left = true;
            }
            spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
            i += 1;
        } else {
            spec.width = digits(fmt, &mut i);
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                let p = a.take(vm)?;
                let Some(p) = int::as_i64(vm, p) else {
                    return Err(vm.type_error("* wants int"));
                };
                spec.precision = Some(usize::try_from(p.max(0)).unwrap_or(usize::MAX));
                i += 1;
            } else {
                spec.precision = Some(digits(fmt, &mut i));
            }
        }
        if spec.width > MAX_WIDTH || spec.precision.unwrap_or(0) > MAX_WIDTH {
            return Err(vm.memory_error());
        }
        while matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == b'%' && i - 1 == spec_start && arg.is_none() {
            out.push(b'%');
            continue;
        }
        let v = match arg {
            Some(v) => v,
            None => a.take(vm)?,
        };
        let piece = convert(vm, conv, v, &spec, i - 1)?;
        out.extend_from_slice(&piece);
        if out.len() > (1 << 28) {
            return Err(vm.memory_error());
        }
    }
    Ok(out)
}

fn digits(fmt: &[u8], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while let Some(&c) = fmt.get(*i) {
        if !c.is_ascii_digit() {
            break;
        }
        n = n.saturating_mul(10).saturating_add((c - b'0') as usize);
        *i += 1;
    }
    n
}

fn pad(body: Vec<u8>, spec: &Spec) -> Vec<u8> {
    if body.len() >= spec.width {
        return body;
    }
    let fill = spec.width - body.len();
    let mut out = Vec::with_capacity(spec.width);
    if spec.left {
        out.extend_from_slice(&body);
        out.resize(spec.width, b' ');
    } else {
        out.resize(fill, b' ');
        out.extend_from_slice(&body);
    }
    out
}

/// Sign + prefix + digits, padded with zeros after the sign when `0` is given.
fn pad_number(sign: &str, prefix: &str, digits: &str, spec: &Spec) -> Vec<u8> {
    let len = sign.len() + prefix.len() + digits.len();
    if spec.zero && !spec.left && len < spec.width {
        let mut out = Vec::with_capacity(spec.width);
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.resize(spec.width - digits.len(), b'0');
        out.extend_from_slice(digits.as_bytes());
        return out;
    }
    let mut body = Vec::with_capacity(len);
    body.extend_from_slice(sign.as_bytes());
    body.extend_from_slice(prefix.as_bytes());
    body.extend_from_slice(digits.as_bytes());
    pad(body, spec)
}

fn sign_of(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

fn convert(vm: &mut Vm, conv: u8, v: Value, spec: &Spec, at: usize) -> PyResult<Vec<u8>> {
    match conv {
        b's' | b'b' => {
            let mut body = match super::methods::bytes_like(vm, v) {
                Some(d) => d,
                None => match class::call_special(vm, v, "__bytes__", &[])? {
                    Some(r) => match super::methods::bytes_like(vm, r) {
                        Some(d) => d,
                        None => {
                            let t = vm.type_name(r);
                            return Err(
                                vm.type_error(format!("__bytes__ returned non-bytes (type {t})"))
                            );
                        }
                    },
                    None => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                        )));
                    }
                },
            };
            if let Some(p) = spec.precision {
                body.truncate(p);
            }
            Ok(pad(body, spec))
        }
        b'r' | b'a' => {
            let s = vm.ascii(v)?;
            let mut body = String::from(vm.as_str(s).unwrap_or("")).into_bytes();
            if let Some(p) = spec.precision {
                body.truncate(p);
            }
            Ok(pad(body, spec))
        }
        b'c' => {
            let byte = if vm.is_int(v) {
                match int::as_i64(vm, v) {
                    Some(i) if (0..256).contains(&i) => i as u8,
                    _ => return Err(vm.overflow_error("%c arg not in range(256)")),
                }
            } else {
                match super::methods::bytes_like(vm, v) {
                    Some(d) if d.len() == 1 => d[0],
                    _ => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                }
            };
            Ok(pad(alloc::vec![byte], spec))
        }
        b'd' | b'i' | b'u' => {
            let b = if vm.is_int(v) {
                int::to_big(vm, v).unwrap_or_default()
            } else if float::is_float(vm, v) {
                let f = float::get(vm, v);
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                super::super::bigint::BigInt::from_f64(libm::trunc(f)).unwrap_or_default()
            } else if let Some(b) = index_of(vm, v)? {
                b
            } else {
                let t = vm.type_name(v);
                let c = if conv == b'i' { 'd' } else { conv as char };
                return Err(
                    vm.type_error(format!("%{c} format: a real number is required, not {t}"))
                );
            };
            Ok(int_body(&b, 10, "", spec))
        }
        b'x' | b'X' | b'o' => {
            let b = if vm.is_int(v) {
                int::to_big(vm, v).unwrap_or_default()
            } else if let Some(b) = index_of(vm, v)? {
                b
            } else {
                let t = vm.type_name(v);
                let c = conv as char;
                return Err(vm.type_error(format!("%{c} format: an integer is required, not {t}")));
            };
            let (radix, prefix) = match conv {
                b'x' => (16, "0x"),
                b'X' => (16, "0X"),
                _ => (8, "0o"),
            };
            let prefix = if spec.alt { prefix } else { "" };
            let mut r = int_body(&b, radix, prefix, spec);
            if conv == b'X' {
                r.make_ascii_uppercase();
            }
            Ok(r)
        }
        #[cfg(feature = "float")]
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            let x = match float::operand(vm, v)? {
                Some(x) => x,
                None => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!("float argument required, not {t}")));
                }
            };
            let s = float_fmt::format_printf(x, conv as char, spec.precision, spec.alt)
                .unwrap_or_default();
            let (neg, digits) = match s.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, s.as_str()),
            };
            Ok(pad_number(sign_of(neg, spec), "", digits, spec))
        }
        c => {
            let shown = if c.is_ascii() && !c.is_ascii_control() {
                c as char
            } else {
                '?'
            };
            Err(unsupported(vm, shown, c, at))
        }
    }
}

fn unsupported(vm: &mut Vm, shown: char, c: u8, at: usize) -> PyErr {
    vm.value_error(format!(
        "unsupported format character '{shown}' (0x{c:x}) at index {at}"
    ))
}

/// The value of an object with `__index__` (user classes), if any.
fn index_of(vm: &mut Vm, v: Value) -> PyResult<Option<super::super::bigint::BigInt>> {
    if vm.heap.kind(v) != Kind::Instance {
        return Ok(None);
    }
    match class::call_special(vm, v, "__index__", &[])? {
        Some(r) if vm.is_int(r) => Ok(int::to_big(vm, r)),
        _ => Ok(None),
    }
}

fn int_body(b: &super::super::bigint::BigInt, radix: u32, prefix: &str, spec: &Spec) -> Vec<u8> {
    let mut digits = b.abs().to_str_radix(radix, true);
    if let Some(p) = spec.precision {
        if digits.len() < p {
            let mut z = String::with_capacity(p);
            for _ in digits.len()..p {
                z.push('0');
            }
            z.push_str(&digits);
            digits = z;
        }
    }
    pad_number(sign_of(b.is_negative(), spec), prefix, &digits, spec)
}
