// SPDX-License-Identifier: MIT
//! The methods of `bytes` and `bytearray` (CPython 3.11's), computed on a copy of the data in
//! Rust; results are `bytes` for bytes and `bytearray` for bytearray.

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::super::native::NativeFn;
use super::super::str_bytes::{self, Search};
#[cfg(feature = "bytearray")]
use super::super::str_bytes_args::bytes_like;
use super::super::str_bytes_args::{self, Style};
use super::super::str_bytes_class::{self, Case, Class};
use super::super::{int, tuple};
use super::new_kind;
#[cfg(feature = "bytearray")]
use super::{byte_value, data, set_data};

#[cfg(feature = "bytearray")]
#[path = "bytearray_methods.rs"]
mod bytearray;
#[path = "bytes_codecs.rs"]
mod codecs;

#[cfg(feature = "bytearray")]
use bytearray::*;
use codecs::b_decode;
#[cfg(feature = "str-extras")]
use codecs::{b_fromhex, b_hex};
pub use codecs::{decode_bytes, encode_str};

// ---- argument helpers ----

/// `self`: its data and kind (Bytes or ByteArray).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, Kind)> {
    let s = str_bytes_args::subject(vm, args, name, Kind::Bytes)?;
    Ok((s.data, s.kind))
}

/// `self` of a bytearray mutator: the builtin bytearray block (not copied).
#[cfg(feature = "bytearray")]
fn this_mut(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    if let Some(&s) = args.first() {
        let b = vm.builtin_value(s);
        if vm.heap.kind(b) == Kind::ByteArray {
            return Ok(b);
        }
        return Err(vm.type_error(error_msg!(
            "descriptor doesn't apply",
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object",
            t = vm.type_name(s)
        )));
    }
    Err(vm.type_error(error_msg!(
        "unbound method needs an argument",
        "unbound method bytearray.{name}() needs an argument"
    )))
}

/// Checks the arguments after `self` with CPython's conventions (`str_bytes_args`), naming
/// the type of `self` in the messages.
fn check(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    style: Style,
) -> PyResult<[Option<Value>; 3]> {
    let ba = cfg!(feature = "bytearray")
        && args
            .first()
            .is_some_and(|&s| vm.heap.kind(vm.builtin_value(s)) == Kind::ByteArray);
    let t = if ba { "bytearray" } else { "bytes" };
    str_bytes_args::check_args(vm, args, kw, name, t, style)
}

#[cfg(feature = "str-extras")]
/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
fn need_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    str_bytes_args::buf_arg(vm, v, false, str_bytes_args::Need::Plain, "")
}

fn int_result(vm: &mut Vm, i: i64) -> PyResult<Value> {
    int::from_i64(vm, i)
}

// ---- character classes and case (str_bytes_class.rs) ----

fn b_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Alnum)
}

fn b_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Alpha)
}

fn b_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Ascii)
}

fn b_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Digit)
}

fn b_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Space)
}

fn b_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Lower)
}

fn b_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Upper)
}

#[cfg(feature = "str-extras")]
fn b_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Bytes, Class::Title)
}

fn b_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Bytes, Case::Lower)
}

fn b_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Bytes, Case::Upper)
}

#[cfg(feature = "str-extras")]
fn b_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Bytes, Case::Swap)
}

#[cfg(feature = "str-extras")]
fn b_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Bytes, Case::Capitalize)
}

#[cfg(feature = "str-extras")]
fn b_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Bytes, Case::Title)
}

// ---- searching ----

fn b_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Bytes, Search::Find)
}

fn b_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Bytes, Search::RFind)
}

fn b_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Bytes, Search::Index)
}

fn b_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Bytes, Search::RIndex)
}

fn b_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Bytes, Search::Count)
}

fn b_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::affix(vm, args, kw, Kind::Bytes, false)
}

fn b_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::affix(vm, args, kw, Kind::Bytes, true)
}

// ---- stripping, splitting, joining ----

fn b_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::split(vm, args, kw, Kind::Bytes, false)
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::split(vm, args, kw, Kind::Bytes, true)
}

#[cfg(feature = "str-extras")]
fn b_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::splitlines(vm, args, kw, Kind::Bytes)
}

#[cfg(feature = "str-extras")]
fn b_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::partition(vm, args, kw, Kind::Bytes, false)
}

#[cfg(feature = "str-extras")]
fn b_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::partition(vm, args, kw, Kind::Bytes, true)
}

fn b_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::strip(vm, args, kw, Kind::Bytes, true, true)
}

fn b_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::strip(vm, args, kw, Kind::Bytes, true, false)
}

fn b_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::strip(vm, args, kw, Kind::Bytes, false, true)
}

fn b_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::replace(vm, args, kw, Kind::Bytes)
}

fn b_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::join(vm, args, kw, Kind::Bytes)
}

#[cfg(feature = "str-extras")]
fn b_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::justify(vm, args, kw, Kind::Bytes, 0)
}

#[cfg(feature = "str-extras")]
fn b_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::justify(vm, args, kw, Kind::Bytes, 1)
}

#[cfg(feature = "str-extras")]
fn b_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::justify(vm, args, kw, Kind::Bytes, 2)
}

#[cfg(feature = "str-extras")]
fn b_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::zfill(vm, args, kw, Kind::Bytes)
}

#[cfg(feature = "str-extras")]
fn b_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::remove_affix(vm, args, kw, Kind::Bytes, false)
}

#[cfg(feature = "str-extras")]
fn b_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::remove_affix(vm, args, kw, Kind::Bytes, true)
}

#[cfg(feature = "str-extras")]
fn b_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::expandtabs(vm, args, kw, Kind::Bytes)
}

#[cfg(feature = "str-extras")]
fn b_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "translate")?;
    if args.len() < 2 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete, _] = check(vm, args, kw, "translate", Style::Kw(&["table", "delete"]))?;
    let table = table.unwrap_or(Value::NONE);
    let table = if table.is_none() {
        None
    } else {
        let t = need_bytes(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(x) => need_bytes(vm, x)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t.get(c as usize).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    str_bytes_args::new_of(vm, kind, &out)
}

#[cfg(feature = "str-extras")]
fn b_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::super::constructors::no_kwargs(vm, "maketrans", kw)?;
    if args.len() != 2 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let from = need_bytes(vm, args[0])?;
    let to = need_bytes(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in from.iter().zip(to.iter()) {
        t[*f as usize] = *x;
    }
    new_kind(vm, Kind::Bytes, &t)
}

fn b_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "__getnewargs__")?;
    let b = new_kind(vm, Kind::Bytes, &d)?;
    let r = vm.heap.push_root(b);
    let t = tuple::new(vm, &[b]);
    vm.heap.pop_roots(r);
    t
}

fn b_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "__len__")?;
    check(vm, args, kw, "__len__", Style::Slot(0))?;
    int_result(vm, d.len() as i64)
}

fn b_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(vm, args, "__getitem__")?;
    let [key, ..] = check(vm, args, kw, "__getitem__", Style::Slot(1))?;
    let key = key.unwrap_or(Value::NONE);
    let b = vm.builtin_value(args[0]);
    super::getitem(vm, b, key)
}

fn b_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(vm, args, "__contains__")?;
    let [x, ..] = check(vm, args, kw, "__contains__", Style::Slot(1))?;
    let x = x.unwrap_or(Value::NONE);
    let b = vm.builtin_value(args[0]);
    super::contains(vm, b, x).map(Value::bool)
}

macro_rules! common_methods {
    ($($extra:expr,)*) => {
        &[
            #[cfg(feature = "str-extras")]
            NativeFn::method("capitalize", b_capitalize),
            #[cfg(feature = "str-extras")]
            NativeFn::method("center", b_center),
            NativeFn::method("count", b_count),
            NativeFn::method("decode", b_decode),
            NativeFn::method("endswith", b_endswith),
            #[cfg(feature = "str-extras")]
            NativeFn::method("expandtabs", b_expandtabs),
            NativeFn::method("find", b_find),
            #[cfg(feature = "str-extras")]
            NativeFn::classmethod("fromhex", b_fromhex),
            #[cfg(feature = "str-extras")]
            NativeFn::method("hex", b_hex),
            NativeFn::method("index", b_index),
            NativeFn::method("isalnum", b_isalnum),
            NativeFn::method("isalpha", b_isalpha),
            NativeFn::method("isascii", b_isascii),
            NativeFn::method("isdigit", b_isdigit),
            NativeFn::method("islower", b_islower),
            NativeFn::method("isspace", b_isspace),
            #[cfg(feature = "str-extras")]
            NativeFn::method("istitle", b_istitle),
            NativeFn::method("isupper", b_isupper),
            NativeFn::method("join", b_join),
            #[cfg(feature = "str-extras")]
            NativeFn::method("ljust", b_ljust),
            NativeFn::method("lower", b_lower),
            NativeFn::method("lstrip", b_lstrip),
            #[cfg(feature = "str-extras")]
            NativeFn::function("maketrans", b_maketrans),
            #[cfg(feature = "str-extras")]
            NativeFn::method("partition", b_partition),
            #[cfg(feature = "str-extras")]
            NativeFn::method("removeprefix", b_removeprefix),
            #[cfg(feature = "str-extras")]
            NativeFn::method("removesuffix", b_removesuffix),
            NativeFn::method("replace", b_replace),
            NativeFn::method("rfind", b_rfind),
            NativeFn::method("rindex", b_rindex),
            #[cfg(feature = "str-extras")]
            NativeFn::method("rjust", b_rjust),
            #[cfg(feature = "str-extras")]
            NativeFn::method("rpartition", b_rpartition),
            NativeFn::method("rsplit", b_rsplit),
            NativeFn::method("rstrip", b_rstrip),
            NativeFn::method("split", b_split),
            #[cfg(feature = "str-extras")]
            NativeFn::method("splitlines", b_splitlines),
            NativeFn::method("startswith", b_startswith),
            NativeFn::method("strip", b_strip),
            #[cfg(feature = "str-extras")]
            NativeFn::method("swapcase", b_swapcase),
            #[cfg(feature = "str-extras")]
            NativeFn::method("title", b_title),
            #[cfg(feature = "str-extras")]
            NativeFn::method("translate", b_translate),
            NativeFn::method("upper", b_upper),
            #[cfg(feature = "str-extras")]
            NativeFn::method("zfill", b_zfill),
            NativeFn::method("__len__", b_len),
            NativeFn::method("__getitem__", b_getitem),
            NativeFn::method("__contains__", b_contains),
            $($extra,)*
        ]
    };
}

fn b_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::super::int_methods::builtin_new(vm, args, kw, TypeId::Bytes)
}

/// The methods of `bytes`.
pub static BYTES_METHODS: &[NativeFn] = common_methods!(
    NativeFn::method("__getnewargs__", b_getnewargs),
    NativeFn::function("__new__", b_new),
);

/// The methods of `bytearray`.
#[cfg(feature = "bytearray")]
pub static BYTEARRAY_METHODS: &[NativeFn] = common_methods!(
    NativeFn::method("append", ba_append),
    NativeFn::method("extend", ba_extend),
    NativeFn::method("insert", ba_insert),
    NativeFn::method("pop", ba_pop),
    NativeFn::method("remove", ba_remove),
    NativeFn::method("reverse", ba_reverse),
    NativeFn::method("clear", ba_clear),
    NativeFn::method("copy", ba_copy),
    NativeFn::method("__setitem__", ba_setitem),
    NativeFn::method("__delitem__", ba_delitem),
);
