// SPDX-License-Identifier: MIT
//! printf-style `%` formatting of `str` (`'%5.2f' % x`, `'%(name)s' % mapping`), with
//! CPython's flags, conversions and error messages. `bytes % args` has its own in
//! `bytes_format.rs`; `str.format` and `format()` are in `str_format.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
#[cfg(feature = "float")]
use super::float_fmt;
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
}

/// `text % args`.
pub fn percent_format(vm: &mut Vm, text: Value, args: Value) -> PyResult<Value> {
    let Some(fmt) = vm.as_str(text).map(String::from) else {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    };
    let inner = vm.builtin_value(args);
    let is_tuple = vm.heap.kind(inner) == Kind::Tuple && !inner.is_const();
    let items: Vec<Value> = if is_tuple {
        tuple::items(vm, inner)
    } else {
        Vec::new()
    };
    let single = if is_tuple { Value::NULL } else { args };
    let is_str = vm.str_text(inner).is_some();
    let mapping = !is_tuple && !is_str && is_mapping(vm, args);
    let dict = if mapping { args } else { Value::NULL };
    let out = percent_render(vm, &fmt, &items, single, dict)?;
    vm.new_str(&out)
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
    fmt: &str,
    items: &[Value],
    single: Value,
    dict: Value,
) -> PyResult<String> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
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
            if c != '%' {
                out.push(c);
                continue;
            }
            if i >= cs.len() {
                return Err(vm.value_error("incomplete format"));
            }
            if cs[i] == '%' {
                out.push('%');
                i += 1;
                continue;
            }
            let mut keyed = false;
            if cs[i] == '(' {
                if dict.is_null() {
                    return Err(vm.type_error("format requires a mapping"));
                }
                let mut depth = 1;
                let kstart = i + 1;
                i += 1;
                while i < cs.len() && depth > 0 {
                    match cs[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(vm.value_error("incomplete format key"));
                }
                let key: String = cs[kstart..i - 1].iter().collect();
                let k = vm.new_str(&key)?;
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
                    '-' => flags.left = true,
                    '+' => flags.plus = true,
                    ' ' => flags.space = true,
                    '#' => flags.alt = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut width: usize = 0;
            if cs.get(i) == Some(&'*') {
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
                while let Some(d) = cs.get(i).and_then(|c| c.to_digit(10)) {
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
            if cs.get(i) == Some(&'.') {
                i += 1;
                if cs.get(i) == Some(&'*') {
                    i += 1;
                    let p = next_arg(vm)?;
                    if !vm.is_int(p) {
                        return Err(vm.type_error("* wants int"));
                    }
                    let n = int::as_i64(vm, vm.builtin_value(p)).unwrap_or(i64::MAX);
                    prec = Some(usize::try_from(n.max(0)).unwrap_or(usize::MAX));
                } else {
                    let mut p: usize = 0;
                    while let Some(d) = cs.get(i).and_then(|c| c.to_digit(10)) {
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
            while matches!(cs.get(i), Some('h' | 'l' | 'L')) {
                i += 1;
            }
            let Some(&conv) = cs.get(i) else {
                return Err(vm.value_error("incomplete format"));
            };
            let conv_index = i;
            i += 1;
            let arg = next_arg(vm)?;
            let d = vm.heap.push_root(arg);
            flags.width = width;
            flags.prec = prec;
            let r = percent_one(vm, arg, conv, conv_index, flags);
            vm.heap.pop_roots(d);
            out.push_str(&r?);
            if keyed {
                current = orig;
            }
        }
        Ok(())
    })();
    vm.heap.pop_roots(root_depth);
    r?;
    if dict.is_null() && argidx < arglen {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// Pads a %-conversion result: numbers (`sign` + `prefix` + `body`) zero-fill after the sign.
fn percent_pad(
    sign: &str,
    prefix: &str,
    body: &str,
    flags: Flags,
    width: usize,
    numeric: bool,
) -> String {
    let n = sign.chars().count() + prefix.len() + body.chars().count();
    let pad = width.saturating_sub(n);
    let mut out = String::with_capacity(n + pad);
    if flags.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        for _ in 0..pad {
            out.push(' ');
        }
    } else if numeric && flags.zero {
        out.push_str(sign);
        out.push_str(prefix);
        for _ in 0..pad {
            out.push('0');
        }
        out.push_str(body);
    } else {
        for _ in 0..pad {
            out.push(' ');
        }
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
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
fn percent_int(vm: &mut Vm, arg: Value, conv: char) -> PyResult<BigInt> {
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
    let t = vm.type_name(arg);
    Err(if matches!(conv, 'd' | 'i' | 'u') {
        vm.type_error(format!(
            "%{conv} format: a real number is required, not {t}"
        ))
    } else {
        vm.type_error(format!("%{conv} format: an integer is required, not {t}"))
    })
}

/// A float for `%f` and friends.
#[cfg(feature = "float")]
fn percent_float(vm: &mut Vm, arg: Value) -> PyResult<f64> {
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
    let t = vm.type_name(arg);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

fn percent_one(
    vm: &mut Vm,
    arg: Value,
    conv: char,
    index: usize,
    flags: Flags,
) -> PyResult<String> {
    let (width, prec) = (flags.width, flags.prec);
    match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => vm.str_string(arg)?,
                'r' => vm.repr_string(arg)?,
                _ => {
                    let a = vm.ascii(arg)?;
                    String::from(vm.str_text(a).unwrap_or(""))
                }
            };
            let body = match prec.and_then(|p| s.char_indices().nth(p)) {
                Some((b, _)) => &s[..b],
                None => s.as_str(),
            };
            Ok(percent_pad("", "", body, flags, width, false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let big = percent_int(vm, arg, conv)?;
            let (radix, lower, prefix) = match conv {
                'o' => (8, true, "0o"),
                'x' => (16, true, "0x"),
                'X' => (16, false, "0X"),
                _ => (10, true, ""),
            };
            let mut digits = big.abs().to_str_radix(radix, lower);
            if let Some(p) = prec {
                let n = digits.len();
                if p > n {
                    let mut z = String::with_capacity(p);
                    for _ in 0..p - n {
                        z.push('0');
                    }
                    z.push_str(&digits);
                    digits = z;
                }
            }
            let prefix = if flags.alt { prefix } else { "" };
            Ok(percent_pad(
                sign_for(big.is_negative(), flags),
                prefix,
                &digits,
                flags,
                width,
                true,
            ))
        }
        #[cfg(feature = "float")]
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = percent_float(vm, arg)?;
            let Some(s) = float_fmt::format_printf(x, conv, prec, flags.alt) else {
                return Err(vm.value_error("unsupported format character"));
            };
            let (neg, body) = match s.strip_prefix('-') {
                Some(b) => (true, b),
                None => (false, s.as_str()),
            };
            Ok(percent_pad(
                sign_for(neg, flags),
                "",
                body,
                flags,
                width,
                true,
            ))
        }
        'c' => {
            let ch = if let Some(t) = vm.as_str(arg) {
                let mut it = t.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(vm.type_error("%c requires int or char")),
                }
            } else if vm.is_int(arg) {
                let n = int::to_big(vm, arg).and_then(|b| b.to_i64()).unwrap_or(-1);
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(c) => c,
                    None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                }
            } else {
                return Err(vm.type_error("%c requires int or char"));
            };
            let mut buf = [0u8; 4];
            Ok(percent_pad(
                "",
                "",
                ch.encode_utf8(&mut buf),
                flags,
                width,
                false,
            ))
        }
        c => Err(vm.value_error(format!(
            "unsupported format character '{c}' (0x{:x}) at index {index}",
            c as u32
        ))),
    }
}
