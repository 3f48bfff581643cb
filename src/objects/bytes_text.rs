// SPDX-License-Identifier: MIT
//! The ASCII text methods of `bytes` and `bytearray`: character-class predicates (`isalpha`,
//! `istitle`...), case conversion and padding (`center`, `zfill`, `expandtabs`...).

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
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
    let (s, _) = str_bytes_args::parse(vm, args, kw, name, Kind::Bytes, Style::NoArgs)?;
    Ok(Value::bool(f(&s.data)))
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
#[cfg(feature = "str-extras")]
pub(super) fn b_istitle(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "istitle", istitle)
}

#[cfg(feature = "str-extras")]
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
    let (s, _) = str_bytes_args::parse(vm, args, kw, name, Kind::Bytes, Style::NoArgs)?;
    let r = f(&s.data);
    make(vm, s.kind, &r)
}

pub(super) fn b_lower(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "lower", |d| d.to_ascii_lowercase())
}
pub(super) fn b_upper(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "upper", |d| d.to_ascii_uppercase())
}
#[cfg(feature = "str-extras")]
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
#[cfg(feature = "str-extras")]
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
#[cfg(feature = "str-extras")]
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
