// SPDX-License-Identifier: MIT
//! printf-style `%` formatting of `str` and `bytes`/`bytearray` (`'%5.2f' % x`,
//! `b'%(name)s' % mapping`), one engine over bytes with CPython's flags, conversions and error
//! messages: a str's widths and precisions count characters and its `%s`/`%r`/`%c` make text,
//! bytes' `%s`/`%b` take bytes-likes (or `__bytes__`), `%r`/`%a` give `ascii()`, `%c` a byte
//! (PEP 461). `str.format` and `format()` are in `str_format.rs`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
#[cfg(feature = "float")]
use super::float_fmt;
use super::str_bytes::char_at;
use super::str_bytes_args::{bytes_like, new_of};
use super::str_format::MAX_WIDTH;
use super::{class, float, int, tuple};

/// The conversion flags of one `%` directive.
#[derive(Default, Clone, Copy)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    /// The field width.
    width: usize,
    /// The precision, if given.
    prec: Option<usize>,
    /// Formatting a str (else bytes).
    text: bool,
}

/// `text % args`.
pub fn percent_format(vm: &mut Vm, text: Value, args: Value) -> PyResult<Value> {
    let Some(fmt) = vm.as_str(text).map(|t| t.as_bytes().to_vec()) else {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    };
    format_value(vm, &fmt, Kind::Str, args)
}

/// `b % args` for bytes and bytearray `b`.
pub fn percent_format_bytes(vm: &mut Vm, b: Value, args: Value) -> PyResult<Value> {
    let inner = vm.builtin_value(b);
    let kind = vm.heap.kind(inner);
    let fmt = super::bytes::data(vm, inner).to_vec();
    format_value(vm, &fmt, kind, args)
}

fn format_value(vm: &mut Vm, fmt: &[u8], kind: Kind, args: Value) -> PyResult<Value> {
    let text = kind == Kind::Str;
    let inner = vm.builtin_value(args);
    let is_tuple = vm.heap.kind(inner) == Kind::Tuple && !inner.is_const();
    let items: Vec<Value> = if is_tuple {
        tuple::items(vm, inner)
    } else {
        Vec::new()
    };
    let single = if is_tuple { Value::NULL } else { args };
    // CPython's PyMapping_Check, less tuples and str (and, for bytes, bytes-likes).
    let excluded = vm.str_text(inner).is_some()
        || (!text && matches!(vm.heap.kind(inner), Kind::Bytes | Kind::ByteArray));
    let mapping = !is_tuple && !excluded && is_mapping(vm, args);
    let dict = if mapping { args } else { Value::NULL };
    let out = percent_render(vm, fmt, text, &items, single, dict)?;
    new_of(vm, kind, &out)
}

/// Does `v` look like a mapping for `%` (has `__getitem__` and is not a tuple or str)?
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if v.is_small_int() || v.is_const() || v.is_qstr() {
        return false;
    }
    match vm.heap.kind(v) {
        Kind::Dict | Kind::List | Kind::Bytes | Kind::ByteArray | Kind::Range => true,
        Kind::Instance => {
            let Ok(n) = vm.intern("__getitem__") else {
                return false;
            };
            matches!(class::lookup_special(vm, v, n), Ok(Some(_)))
        }
        _ => false,
    }
}

fn percent_render(
    vm: &mut Vm,
    fmt: &[u8],
    text: bool,
    items: &[Value],
    single: Value,
    dict: Value,
) -> PyResult<Vec<u8>> {
    let cs = fmt;
    let mut out = Vec::with_capacity(fmt.len());
    // CPython's argument cursor: a tuple is walked by index; a single argument (or the value of
    // a `%(key)`) is `arglen == -1` with `argidx == -2` until taken.
    let (mut arglen, mut argidx): (isize, isize) = if single.is_null() {
        (items.len() as isize, 0)
    } else {
        (-1, -2)
    };
    let orig = single;
    let mut current = single;
    let mut tuple_mode = single.is_null();
    let root_depth = vm.heap.push_root(Value::NONE);
    let r = (|| {
        let mut i = 0;
        while i < cs.len() {
            let c = cs[i];
            i += 1;
            if c != b'%' {
                out.push(c);
                continue;
            }
            if i >= cs.len() {
                return Err(vm.value_error("incomplete format"));
            }
            if cs[i] == b'%' {
                out.push(b'%');
                i += 1;
                continue;
            }
            let mut keyed = false;
            if cs[i] == b'(' {
                if dict.is_null() {
                    return Err(vm.type_error("format requires a mapping"));
                }
                let mut depth = 1;
                let kstart = i + 1;
                i += 1;
                while i < cs.len() && depth > 0 {
                    match cs[i] {
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(vm.value_error("incomplete format key"));
                }
                let kind = if text { Kind::Str } else { Kind::Bytes };
                let k = new_of(vm, kind, cs.get(kstart..i - 1).unwrap_or(&[]))?;
                vm.heap.push_root(k);
                let v = vm.getitem(dict, k)?;
                vm.heap.push_root(v);
                current = v;
                tuple_mode = false;
                arglen = -1;
                argidx = -2;
                keyed = true;
            }
            let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
                if argidx < arglen {
                    let r = if tuple_mode {
                        items.get(argidx as usize).copied().unwrap_or(Value::NONE)
                    } else {
                        current
                    };
                    argidx += 1;
                    Ok(r)
                } else {
                    Err(vm.type_error("not enough arguments for format string"))
                }
            };
            let mut flags = Flags::default();
            while i < cs.len() {
                match cs[i] {
                    b'-' => flags.left = true,
                    b'+' => flags.plus = true,
                    b' ' => flags.space = true,
                    b'#' => flags.alt = true,
                    b'0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut width: usize = 0;
            if cs.get(i) == Some(&b'*') {
                i += 1;
                let w = next_arg(vm)?;
                if !vm.is_int(w) {
                    return Err(vm.type_error("* wants int"));
                }
                let n = int::as_i64(vm, vm.builtin_value(w)).unwrap_or(i64::MAX);
                if n < 0 {
                    flags.left = true;
                }
                width = usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
            } else {
                while let Some(d) = cs.get(i).and_then(|&c| (c as char).to_digit(10)) {
                    width = match width
                        .checked_mul(10)
                        .and_then(|w| w.checked_add(d as usize))
                    {
                        Some(w) => w,
                        None => return Err(vm.value_error("width too big")),
                    };
                    i += 1;
                }
            }
            let mut prec: Option<usize> = None;
            if cs.get(i) == Some(&b'.') {
                i += 1;
                if cs.get(i) == Some(&b'*') {
                    i += 1;
                    let p = next_arg(vm)?;
                    if !vm.is_int(p) {
                        return Err(vm.type_error("* wants int"));
                    }
                    let n = int::as_i64(vm, vm.builtin_value(p)).unwrap_or(i64::MAX);
                    prec = Some(usize::try_from(n.max(0)).unwrap_or(usize::MAX));
                } else {
                    let mut p: usize = 0;
                    while let Some(d) = cs.get(i).and_then(|&c| (c as char).to_digit(10)) {
                        p = match p.checked_mul(10).and_then(|w| w.checked_add(d as usize)) {
                            Some(w) => w,
                            None => return Err(vm.value_error("precision too big")),
                        };
                        i += 1;
                    }
                    prec = Some(p);
                }
            }
            let limit = vm.heap.size_bytes().min(MAX_WIDTH);
            if width > limit || prec.is_some_and(|p| p > limit) {
                return Err(vm.memory_error());
            }
            while matches!(cs.get(i), Some(b'h' | b'l' | b'L')) {
                i += 1;
            }
            if i >= cs.len() {
                return Err(vm.value_error("incomplete format"));
            }
            let (conv, clen) = char_at(cs, i, text);
            let conv_index = i;
            i += clen;
            let arg = next_arg(vm)?;
            let d = vm.heap.push_root(arg);
            flags.width = width;
            flags.prec = prec;
            flags.text = text;
            let r = percent_one(vm, arg, conv, flags, &mut out);
            vm.heap.pop_roots(d);
            if let Err(e) = r {
                return Err(e.unwrap_or_else(|| unsupported(vm, cs, conv_index, text)));
            }
            if keyed {
                current = orig;
            }
        }
        Ok(())
    })();
    vm.heap.pop_roots(root_depth);
    r?;
    if dict.is_null() && argidx < arglen {
        return Err(vm.type_error(if text {
            "not all arguments converted during string formatting"
        } else {
            "not all arguments converted during bytes formatting"
        }));
    }
    Ok(out)
}

/// `unsupported format character` for the directive at byte `at`: str shows the character
/// (`?` if not printable ASCII) and its index in characters, bytes the byte (as CPython's
/// `%c` of a C `char` does, which fails for bytes above 127).
fn unsupported(vm: &mut Vm, fmt: &[u8], at: usize, text: bool) -> crate::vm::PyErr {
    let (c, _) = char_at(fmt, at, text);
    let index = if text {
        fmt.get(..at)
            .map_or(0, |p| p.iter().filter(|&&b| b & 0xc0 != 0x80).count())
    } else {
        at
    };
    let shown = match char::from_u32(c) {
        Some(ch) if !text && c < 0x80 => ch,
        Some(ch) if (0x20..0x7f).contains(&c) => ch,
        _ if !text => return vm.overflow_error("character argument not in range(0x110000)"),
        _ => '?',
    };
    vm.value_error(error_msg!(
        "unsupported format character",
        "unsupported format character '{shown}' (0x{c:x}) at index {index}"
    ))
}

/// Appends `sign` + `prefix` + `body` padded to the width (in characters for str); numbers
/// zero-fill after the sign.
fn pad(out: &mut Vec<u8>, sign: &str, prefix: &str, body: &[u8], flags: Flags, numeric: bool) {
    let units = if flags.text {
        body.iter().filter(|&&b| b & 0xc0 != 0x80).count()
    } else {
        body.len()
    };
    let pad = flags
        .width
        .saturating_sub(sign.len() + prefix.len() + units);
    let zero = numeric && flags.zero && !flags.left;
    if !flags.left && !zero {
        out.resize(out.len() + pad, b' ');
    }
    out.extend_from_slice(sign.as_bytes());
    out.extend_from_slice(prefix.as_bytes());
    if zero {
        out.resize(out.len() + pad, b'0');
    }
    out.extend_from_slice(body);
    if flags.left {
        out.resize(out.len() + pad, b' ');
    }
}

fn sign_for(neg: bool, flags: Flags) -> &'static str {
    if neg {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// An int for `%d` and friends: ints as they are, floats truncated (only for `d i u`),
/// `__index__`/`__int__` objects through the VM.
fn percent_int(vm: &mut Vm, arg: Value, conv: char, text: bool) -> PyResult<BigInt> {
    if vm.is_int(arg) {
        return Ok(int::to_big(vm, arg).unwrap_or_else(|| BigInt::from_i64(0)));
    }
    let inner = vm.builtin_value(arg);
    if matches!(conv, 'd' | 'i' | 'u') && float::is_float(vm, inner) {
        let x = float::get(vm, inner);
        if x.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(BigInt::from_f64(libm::trunc(x)).unwrap_or_else(|| BigInt::from_i64(0)));
    }
    if vm.heap.kind(arg) == Kind::Instance {
        let special = if matches!(conv, 'd' | 'i' | 'u') {
            ["__index__", "__int__"]
        } else {
            ["__index__", "__index__"]
        };
        for name in special {
            if let Some(r) = class::call_special(vm, arg, name, &[])? {
                if vm.is_int(r) {
                    return Ok(int::to_big(vm, r).unwrap_or_else(|| BigInt::from_i64(0)));
                }
            }
        }
    }
    // bytes' messages name `%i` as `%d`.
    let conv = if conv == 'i' && !text { 'd' } else { conv };
    Err(if matches!(conv, 'd' | 'i' | 'u') {
        vm.type_error(error_msg!(
            "%d format: a real number is required",
            "%{conv} format: a real number is required, not {t}",
            t = vm.type_name(arg)
        ))
    } else {
        vm.type_error(error_msg!(
            "format: an integer is required",
            "%{conv} format: an integer is required, not {t}",
            t = vm.type_name(arg)
        ))
    })
}

/// A float for `%f` and friends.
#[cfg(feature = "float")]
fn percent_float(vm: &mut Vm, arg: Value, text: bool) -> PyResult<f64> {
    let inner = vm.builtin_value(arg);
    if float::is_float(vm, inner) {
        return Ok(float::get(vm, inner));
    }
    if vm.is_int(inner) {
        return int::to_f64(vm, inner);
    }
    if vm.heap.kind(arg) == Kind::Instance {
        for name in ["__float__", "__index__"] {
            if let Some(r) = class::call_special(vm, arg, name, &[])? {
                let ri = vm.builtin_value(r);
                if float::is_float(vm, ri) {
                    return Ok(float::get(vm, ri));
                }
                if vm.is_int(ri) {
                    return int::to_f64(vm, ri);
                }
            }
        }
    }
    Err(vm.type_error(if text {
        error_msg!(
            "must be real number",
            "must be real number, not {t}",
            t = vm.type_name(arg)
        )
    } else {
        error_msg!(
            "float argument required",
            "float argument required, not {t}",
            t = vm.type_name(arg)
        )
    }))
}

/// One conversion, appended to `out`; `Err(None)` for an unsupported conversion character.
fn percent_one(
    vm: &mut Vm,
    arg: Value,
    conv: u32,
    flags: Flags,
    out: &mut Vec<u8>,
) -> Result<(), Option<crate::vm::PyErr>> {
    let text = flags.text;
    let conv = match char::from_u32(conv) {
        Some(c) if c.is_ascii() => c,
        _ => return Err(None),
    };
    match conv {
        's' | 'r' | 'a' if text => {
            let s = match conv {
                's' => vm.str_string(arg)?,
                'r' => vm.repr_string(arg)?,
                _ => {
                    let a = vm.ascii(arg)?;
                    String::from(vm.str_text(a).unwrap_or(""))
                }
            };
            let body = match flags.prec.and_then(|p| s.char_indices().nth(p)) {
                Some((b, _)) => &s[..b],
                None => s.as_str(),
            };
            pad(out, "", "", body.as_bytes(), flags, false);
        }
        's' | 'b' if !text => {
            let mut body = match bytes_like(vm, arg) {
                Some(d) => d,
                None => match class::call_special(vm, arg, "__bytes__", &[])? {
                    Some(r) => match bytes_like(vm, r) {
                        Some(d) => d,
                        None => {
                            let m = error_msg!(
                                "__bytes__ returned non-bytes",
                                "__bytes__ returned non-bytes (type {t})",
                                t = vm.type_name(r)
                            );
                            return Err(Some(vm.type_error(m)));
                        }
                    },
                    None => {
                        return Err(Some(vm.type_error(error_msg!(
"%b requires a bytes-like object", 
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                        , t = vm.type_name(arg)))));
                    }
                },
            };
            if let Some(p) = flags.prec {
                body.truncate(p);
            }
            pad(out, "", "", &body, flags, false);
        }
        'r' | 'a' => {
            let s = vm.ascii(arg)?;
            let s = vm.as_str(s).unwrap_or("").as_bytes();
            let body = s
                .get(..flags.prec.unwrap_or(usize::MAX).min(s.len()))
                .unwrap_or(s);
            let body = body.to_vec();
            pad(out, "", "", &body, flags, false);
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let big = percent_int(vm, arg, conv, text)?;
            let (radix, lower, prefix) = match conv {
                'o' => (8, true, "0o"),
                'x' => (16, true, "0x"),
                'X' => (16, false, "0X"),
                _ => (10, true, ""),
            };
            let digits = big.abs().to_str_radix(radix, lower);
            let mut body = Vec::with_capacity(digits.len());
            if let Some(p) = flags.prec {
                body.resize(p.saturating_sub(digits.len()), b'0');
            }
            body.extend_from_slice(digits.as_bytes());
            let prefix = if flags.alt { prefix } else { "" };
            pad(
                out,
                sign_for(big.is_negative(), flags),
                prefix,
                &body,
                flags,
                true,
            );
        }
        #[cfg(feature = "float")]
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = percent_float(vm, arg, text)?;
            let s = float_fmt::format_printf(x, conv, flags.prec, flags.alt).unwrap_or_default();
            let (neg, body) = match s.strip_prefix('-') {
                Some(b) => (true, b),
                None => (false, s.as_str()),
            };
            pad(out, sign_for(neg, flags), "", body.as_bytes(), flags, true);
        }
        'c' => {
            let mut buf = [0u8; 4];
            let body: &[u8] = if text {
                let ch = if let Some(t) = vm.as_str(arg) {
                    let mut it = t.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(Some(vm.type_error("%c requires int or char"))),
                    }
                } else if vm.is_int(arg) {
                    let n = int::to_big(vm, arg).and_then(|b| b.to_i64()).unwrap_or(-1);
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => c,
                        None => {
                            return Err(Some(vm.overflow_error("%c arg not in range(0x110000)")))
                        }
                    }
                } else {
                    return Err(Some(vm.type_error("%c requires int or char")));
                };
                ch.encode_utf8(&mut buf).as_bytes()
            } else {
                buf[0] = if vm.is_int(arg) {
                    match int::as_i64(vm, arg) {
                        Some(i) if (0..256).contains(&i) => i as u8,
                        _ => return Err(Some(vm.overflow_error("%c arg not in range(256)"))),
                    }
                } else {
                    match bytes_like(vm, arg) {
                        Some(d) if d.len() == 1 => d.first().copied().unwrap_or(0),
                        _ => {
                            return Err(Some(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            )))
                        }
                    }
                };
                &buf[..1]
            };
            pad(out, "", "", body, flags, false);
        }
        _ => return Err(None),
    }
    Ok(())
}
