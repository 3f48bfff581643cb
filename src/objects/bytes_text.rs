// SPDX-License-Identifier: MIT
//! The ASCII text methods of `bytes` and `bytearray`: character-class predicates (`isalpha`,
//! `istitle`...), case conversion and padding (`center`, `zfill`, `expandtabs`...).

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::*;
use crate::objects::str_bytes_class::{self, Class};

// ---- predicates ----

pub(super) fn b_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Alnum)
}

pub(super) fn b_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Alpha)
}

pub(super) fn b_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Ascii)
}

pub(super) fn b_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Digit)
}

pub(super) fn b_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Space)
}

pub(super) fn b_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Lower)
}

pub(super) fn b_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Upper)
}

#[cfg(feature = "str-extras")]
pub(super) fn b_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Title)
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
