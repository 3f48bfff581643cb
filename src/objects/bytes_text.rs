// SPDX-License-Identifier: MIT
//! The ASCII text methods of `bytes` and `bytearray`: character-class predicates (`isalpha`,
//! `istitle`...), case conversion and padding (`center`, `zfill`, `expandtabs`...).

use alloc::format;
use alloc::vec::Vec;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::*;

// ---- predicates ----

pub(super) fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (d, _) = this(vm, args, name)?;
    check(vm, name, args, kw, 0, &[])?;
    Ok(Value::bool(f(&d)))
}

pub(super) fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

pub(super) fn b_isalnum(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}
pub(super) fn b_isalpha(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}
pub(super) fn b_isascii(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isascii", |d| d.is_ascii())
}
pub(super) fn b_isdigit(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isdigit", |d| {
        all_nonempty(d, u8::is_ascii_digit)
    })
}
pub(super) fn b_isspace(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isspace", |d| all_nonempty(d, |c| is_space(*c)))
}
pub(super) fn b_islower(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
pub(super) fn b_isupper(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
pub(super) fn b_istitle(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "istitle", istitle)
}

pub(super) fn istitle(d: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

// ---- case conversion ----

pub(super) fn transform(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (d, kind) = this(vm, args, name)?;
    check(vm, name, args, kw, 0, &[])?;
    let r = f(&d);
    make(vm, kind, &r)
}

pub(super) fn b_lower(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "lower", |d| d.to_ascii_lowercase())
}
pub(super) fn b_upper(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "upper", |d| d.to_ascii_uppercase())
}
pub(super) fn b_swapcase(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
pub(super) fn b_capitalize(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
pub(super) fn b_title(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

// ---- padding ----

pub(super) fn width_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let i = if vm.is_int(v) {
        match int::as_i64(vm, v) {
            Some(i) => i,
            None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        }
    } else {
        match vm.index_value(v)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        }
    };
    if i > MAX_LEN as i64 {
        return Err(vm.memory_error());
    }
    Ok(i.max(0) as usize)
}

/// `center`/`ljust`/`rjust`: `how` 0 = center, 1 = ljust, 2 = rjust.
pub(super) fn pad(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    how: u8,
) -> PyResult<Value> {
    let (d, kind) = this(vm, args, name)?;
    check(vm, name, args, kw, 2, &[])?;
    let w = required(vm, args, args.get(1).copied(), name, Req::Expected(1))?;
    let width = width_arg(vm, w)?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&f) => match bytes_like(vm, f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = vm.arg_type_name(f);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    if width <= d.len() {
        return make(vm, kind, &d);
    }
    let padn = width - d.len();
    let left = match how {
        0 => padn / 2 + (padn & width & 1),
        1 => 0,
        _ => padn,
    };
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(&d);
    out.resize(width, fill);
    make(vm, kind, &out)
}

pub(super) fn b_center(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, kw, "center", 0)
}
pub(super) fn b_ljust(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, kw, "ljust", 1)
}
pub(super) fn b_rjust(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, kw, "rjust", 2)
}

pub(super) fn b_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "zfill")?;
    check(vm, "zfill", args, kw, 1, &[])?;
    let w = required(vm, args, args.get(1).copied(), "zfill", Req::One)?;
    let width = width_arg(vm, w)?;
    if width <= d.len() {
        return make(vm, kind, &d);
    }
    let fill = width - d.len();
    let mut out = Vec::with_capacity(width);
    let (sign, rest) = match d.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &d[1..]),
        _ => (None, &d[..]),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(rest);
    make(vm, kind, &out)
}

pub(super) fn b_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "expandtabs")?;
    check(vm, "expandtabs", args, kw, 1, &["tabsize"])?;
    let ts = match arg(vm, args, kw, 0, "tabsize") {
        Some(v) => {
            let Some(i) = vm.index_value(v)? else {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            };
            if i > i64::from(i32::MAX) || i < i64::from(i32::MIN) {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            i
        }
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut col: u64 = 0;
    for &c in &d {
        match c {
            b'\t' => {
                if ts > 0 {
                    let ts = ts as u64;
                    let n = ts - col % ts;
                    if (out.len() as u64).saturating_add(n) > MAX_LEN as u64 {
                        return Err(vm.memory_error());
                    }
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    make(vm, kind, &out)
}
