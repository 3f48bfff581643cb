// SPDX-License-Identifier: MIT
//! The methods of `str`, and `repr` of text.

use alloc::format;
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

#[cfg(feature = "str-extras")]
use super::dict;
use super::native::NativeFn;
use super::str_bytes::{self, Search};
use super::str_bytes_args::{self, Style};
use super::str_bytes_class::{self, Case, Class};
use super::{bytes, int, str_format};

#[cfg(feature = "str-extras")]
mod translate;
pub(crate) mod unicode;
#[cfg(feature = "str-extras")]
use translate::*;
#[cfg(feature = "str-extras")]
use unicode::*;

/// `repr()` of a string: single quotes unless the text contains `'` and no `"`, with escapes.
pub fn repr_text(s: &str) -> String {
    repr_quoted(s.as_bytes(), true, false)
}

/// The quoted literal of a str's UTF-8 (`text`) or of bytes (without the `b`): `'` unless the
/// data contains `'` and no `"`; backslash escapes for controls, the quote and, in bytes,
/// every byte above 126 (in text, the characters `str.isprintable()` rejects). `quote_always`
/// escapes `'` even inside `"..."`, as CPython's bytearray repr does.
pub fn repr_quoted(d: &[u8], text: bool, quote_always: bool) -> String {
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(d.len() + 2);
    out.push(quote as char);
    let mut i = 0;
    while i < d.len() {
        let (n, l) = str_bytes::char_at(d, i, text);
        i += l;
        let c = char::from_u32(n).unwrap_or('\0');
        match n {
            0x5c => out.push_str("\\\\"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            _ if n == u32::from(quote) || (quote_always && n == 0x27) => {
                out.push('\\');
                out.push(c);
            }
            0x20..=0x7e => out.push(c),
            _ if text && n > 0x7f && !is_unprintable(c) => out.push(c),
            0..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out.push(quote as char);
    out
}

/// Characters CPython's `str.isprintable()` rejects (beyond the ASCII controls): C1 controls,
/// the separators other than the space, and unassigned/format characters we know of.
pub fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..=0xa0).contains(&n)
        || n == 0xad
        || (0x2000..=0x200f).contains(&n)
        || (0x2028..=0x202f).contains(&n)
        || (0x205f..=0x206f).contains(&n)
        || n == 0x3000
        || n == 0xfeff
        || (0xd800..=0xdfff).contains(&n)
        || (0xe000..=0xf8ff).contains(&n)
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0xfffe
        || n == 0xffff
        || (0x600..=0x605).contains(&n)
        || matches!(n, 0x61c | 0x6dd | 0x70f | 0x890 | 0x891 | 0x8e2 | 0x1680 | 0x180e)
        || matches!(n, 0x110bd | 0x110cd | 0xe0001)
        || (0x13430..=0x13438).contains(&n)
        || (0x1bca0..=0x1bca3).contains(&n)
        || (0x1d173..=0x1d17a).contains(&n)
        || (0xe0020..=0xe007f).contains(&n)
        || n >= 0xf0000
        // Unassigned in Unicode 14 (CPython 3.11): the rest of plane 3 through plane 14 but for
        // the tags and variation selectors.
        || (0x3134b..=0xe0000).contains(&n)
        || (0xe0002..=0xe001f).contains(&n)
        || (0xe0080..=0xe00ff).contains(&n)
        || (0xe01f0..=0xeffff).contains(&n)
}

// ---------------------------------------------------------------------------------------------
// Argument handling
// ---------------------------------------------------------------------------------------------

/// The text of `self` (args[0]), copied out; TypeError when called unbound on a non-str.
fn self_text(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    let s = str_bytes_args::subject(vm, args, name, Kind::Str)?;
    Ok(String::from_utf8(s.data).unwrap_or_default())
}

/// Methods taking no arguments: `str.upper() takes no arguments (1 given)`.
fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<String> {
    let (s, _) = str_bytes_args::parse(vm, args, kw, name, Kind::Str, Style::NoArgs)?;
    Ok(String::from_utf8(s.data).unwrap_or_default())
}

/// Methods taking exactly one argument: `str.partition() takes exactly one argument (0 given)`.
fn one_arg(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(String, Value)> {
    let (s, [a, ..]) = str_bytes_args::parse(vm, args, kw, name, Kind::Str, Style::One)?;
    let text = String::from_utf8(s.data).unwrap_or_default();
    Ok((text, a.unwrap_or(Value::NONE)))
}

/// Methods with keyword arguments (`encode(encoding='utf-8', errors='strict')`).
fn kw_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    names: &'static [&'static str],
) -> PyResult<(String, [Option<Value>; 3])> {
    let (s, out) = str_bytes_args::parse(vm, args, kw, name, Kind::Str, Style::Kw(names))?;
    Ok((String::from_utf8(s.data).unwrap_or_default(), out))
}

#[cfg(feature = "str-extras")]
/// A str argument with the Argument Clinic message (`replace() argument 1 must be str, not int`).
fn str_arg_n(vm: &mut Vm, v: Value, name: &str, n: usize) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => Err(vm.type_error(error_msg!(
            "argument must be str",
            "{name}() argument {n} must be str, not {t}",
            t = vm.arg_type_name(v)
        ))),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`: the codecs are `bytes_codecs.rs`'s.
fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [enc, errors, _]) = kw_args(vm, "encode", args, kw, &["encoding", "errors"])?;
    let enc = str_bytes_args::codec_arg(vm, enc, "encode", "encoding", "utf-8")?;
    let errors = str_bytes_args::codec_arg(vm, errors, "encode", "errors", "strict")?;
    let data = bytes::encode_str(vm, &s, &enc, &errors)?;
    bytes::new(vm, &data)
}

fn new_int(vm: &mut Vm, i: i64) -> PyResult<Value> {
    int::from_i64(vm, i)
}

#[cfg(feature = "str-extras")]
/// Returns `self` unchanged when the result text equals it and self is an exact str (CPython
/// returns the same object in those cases), else a new str.
fn result_str(vm: &mut Vm, this: Value, orig: &str, out: &str) -> PyResult<Value> {
    if orig == out && vm.str_text(this).is_some() {
        return Ok(this);
    }
    vm.new_str(out)
}

// ---------------------------------------------------------------------------------------------
// Character indices
// ---------------------------------------------------------------------------------------------

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Str, Search::Find)
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Str, Search::RFind)
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Str, Search::Index)
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Str, Search::RIndex)
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::search(vm, args, kw, Kind::Str, Search::Count)
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::affix(vm, args, kw, Kind::Str, false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::affix(vm, args, kw, Kind::Str, true)
}

// ---------------------------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------------------------

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::split(vm, args, kw, Kind::Str, false)
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::split(vm, args, kw, Kind::Str, true)
}

#[cfg(feature = "str-extras")]
fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::splitlines(vm, args, kw, Kind::Str)
}

#[cfg(feature = "str-extras")]
fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::partition(vm, args, kw, Kind::Str, false)
}

#[cfg(feature = "str-extras")]
fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::partition(vm, args, kw, Kind::Str, true)
}

// ---------------------------------------------------------------------------------------------
// Stripping, padding, replacing
// ---------------------------------------------------------------------------------------------

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::strip(vm, args, kw, Kind::Str, true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::strip(vm, args, kw, Kind::Str, true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::strip(vm, args, kw, Kind::Str, false, true)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::replace(vm, args, kw, Kind::Str)
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::join(vm, args, kw, Kind::Str)
}

#[cfg(feature = "str-extras")]
fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::justify(vm, args, kw, Kind::Str, 0)
}

#[cfg(feature = "str-extras")]
fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::justify(vm, args, kw, Kind::Str, 1)
}

#[cfg(feature = "str-extras")]
fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::justify(vm, args, kw, Kind::Str, 2)
}

#[cfg(feature = "str-extras")]
fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::zfill(vm, args, kw, Kind::Str)
}

#[cfg(feature = "str-extras")]
fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::remove_affix(vm, args, kw, Kind::Str, false)
}

#[cfg(feature = "str-extras")]
fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::remove_affix(vm, args, kw, Kind::Str, true)
}

#[cfg(feature = "str-extras")]
fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::expandtabs(vm, args, kw, Kind::Str)
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Alnum)
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Alpha)
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Ascii)
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Decimal)
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Digit)
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Numeric)
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Space)
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Lower)
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Upper)
}

#[cfg(feature = "str-extras")]
fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::is_class(vm, args, kw, Kind::Str, Class::Title)
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Str, Case::Lower)
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Str, Case::Upper)
}

#[cfg(feature = "str-extras")]
fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Str, Case::Swap)
}

#[cfg(feature = "str-extras")]
fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Str, Case::Capitalize)
}

#[cfg(feature = "str-extras")]
fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Str, Case::Title)
}

#[cfg(feature = "str-extras")]
fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes_class::convert_case(vm, args, kw, Kind::Str, Case::Fold)
}

fn str_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_text(vm, args, "format")?;
    let out = str_format::format_method(vm, &s, &args[1..], kw, Value::NULL)?;
    vm.new_str(&out)
}

#[cfg(feature = "str-extras")]
fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, map) = one_arg(vm, "format_map", args, kw)?;
    let out = str_format::format_method(vm, &s, &[], &[], map)?;
    vm.new_str(&out)
}

fn str_dunder_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, spec) = one_arg(vm, "__format__", args, kw)?;
    let Some(spec) = vm.as_str(spec).map(String::from) else {
        return Err(vm.type_error(error_msg!(
            "format spec must be str",
            "__format__() argument must be str, not {t}",
            t = vm.arg_type_name(spec)
        )));
    };
    let inner = vm.builtin_value(args[0]);
    if spec.is_empty() {
        return if vm.str_text(inner).is_some() && inner == args[0] {
            Ok(inner)
        } else {
            vm.new_str(&s)
        };
    }
    str_format::format_value(vm, inner, &spec)
}

fn str_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "__len__", args, kw)?;
    new_int(vm, char_len(&s) as i64)
}

fn str_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, x) = one_arg(vm, "__contains__", args, kw)?;
    let Some(x) = vm.as_str(x).map(String::from) else {
        return Err(vm.type_error(error_msg!(
            "'in <string>' requires string as left operand",
            "'in <string>' requires string as left operand, not {t}",
            t = vm.type_name(x)
        )));
    };
    Ok(Value::bool(s.contains(x.as_str())))
}

fn str_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "__str__", args, kw)?;
    let inner = vm.builtin_value(args[0]);
    if inner == args[0] {
        return Ok(inner);
    }
    vm.new_str(&s)
}

fn str_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "__repr__", args, kw)?;
    vm.new_str(&repr_text(&s))
}

/// The methods of `str`.
pub static METHODS: &[NativeFn] = &[
    #[cfg(feature = "str-extras")]
    NativeFn::method("capitalize", str_capitalize),
    #[cfg(feature = "str-extras")]
    NativeFn::method("casefold", str_casefold),
    #[cfg(feature = "str-extras")]
    NativeFn::method("center", str_center),
    NativeFn::method("count", str_count),
    NativeFn::method("encode", str_encode),
    NativeFn::method("endswith", str_endswith),
    #[cfg(feature = "str-extras")]
    NativeFn::method("expandtabs", str_expandtabs),
    NativeFn::method("find", str_find),
    NativeFn::method("format", str_format),
    #[cfg(feature = "str-extras")]
    NativeFn::method("format_map", str_format_map),
    NativeFn::method("index", str_index),
    NativeFn::method("isalnum", str_isalnum),
    NativeFn::method("isalpha", str_isalpha),
    NativeFn::method("isascii", str_isascii),
    NativeFn::method("isdecimal", str_isdecimal),
    NativeFn::method("isdigit", str_isdigit),
    #[cfg(feature = "str-extras")]
    NativeFn::method("isidentifier", str_isidentifier),
    NativeFn::method("islower", str_islower),
    NativeFn::method("isnumeric", str_isnumeric),
    #[cfg(feature = "str-extras")]
    NativeFn::method("isprintable", str_isprintable),
    NativeFn::method("isspace", str_isspace),
    #[cfg(feature = "str-extras")]
    NativeFn::method("istitle", str_istitle),
    NativeFn::method("isupper", str_isupper),
    NativeFn::method("join", str_join),
    #[cfg(feature = "str-extras")]
    NativeFn::method("ljust", str_ljust),
    NativeFn::method("lower", str_lower),
    NativeFn::method("lstrip", str_lstrip),
    #[cfg(feature = "str-extras")]
    NativeFn::method("partition", str_partition),
    #[cfg(feature = "str-extras")]
    NativeFn::method("removeprefix", str_removeprefix),
    #[cfg(feature = "str-extras")]
    NativeFn::method("removesuffix", str_removesuffix),
    NativeFn::method("replace", str_replace),
    NativeFn::method("rfind", str_rfind),
    NativeFn::method("rindex", str_rindex),
    #[cfg(feature = "str-extras")]
    NativeFn::method("rjust", str_rjust),
    #[cfg(feature = "str-extras")]
    NativeFn::method("rpartition", str_rpartition),
    NativeFn::method("rsplit", str_rsplit),
    NativeFn::method("rstrip", str_rstrip),
    NativeFn::method("split", str_split),
    #[cfg(feature = "str-extras")]
    NativeFn::method("splitlines", str_splitlines),
    NativeFn::method("startswith", str_startswith),
    NativeFn::method("strip", str_strip),
    #[cfg(feature = "str-extras")]
    NativeFn::method("swapcase", str_swapcase),
    #[cfg(feature = "str-extras")]
    NativeFn::method("title", str_title),
    #[cfg(feature = "str-extras")]
    NativeFn::method("translate", str_translate),
    NativeFn::method("upper", str_upper),
    #[cfg(feature = "str-extras")]
    NativeFn::method("zfill", str_zfill),
    #[cfg(feature = "str-extras")]
    NativeFn::function("maketrans", str_maketrans),
    NativeFn::method("__format__", str_dunder_format),
    NativeFn::method("__len__", str_len),
    NativeFn::method("__contains__", str_contains),
    NativeFn::method("__str__", str_str),
    NativeFn::method("__repr__", str_repr),
];
