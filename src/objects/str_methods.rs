// SPDX-License-Identifier: MIT
//! The methods of `str`, and `repr` of text.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::bigint_fmt::is_py_space;
use super::native::NativeFn;
use super::str_bytes::{self, Search};
use super::{bytes, dict, int, str_format};

mod encode;
pub(crate) mod unicode;
use encode::*;
use unicode::*;

/// `repr()` of a string: single quotes unless the text contains `'` and no `"`, with escapes.
pub fn repr_text(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&alloc::format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&alloc::format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&alloc::format!("\\u{n:04x}"));
                } else {
                    out.push_str(&alloc::format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
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

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (sep_text, it) = one_arg(vm, "join", args, kw)?;
    if !super::iter::is_iterable(vm, it) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let (items, depth) = vm.rooted_items(it)?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep_text);
        }
        match vm.as_str(*v) {
            Some(s) => out.push_str(s),
            None => {
                let t = vm.type_name(*v);
                vm.heap.pop_roots(depth);
                return Err(vm.type_error(alloc::format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    vm.heap.pop_roots(depth);
    vm.new_str(&out)
}

// ---------------------------------------------------------------------------------------------
// Argument handling
// ---------------------------------------------------------------------------------------------

/// The text of `self` (args[0]), copied out; TypeError when called unbound on a non-str.
fn self_text(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    match vm.as_str(s) {
        Some(t) => Ok(String::from(t)),
        None => {
            let t = vm.type_name(s);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// Methods taking no arguments: `str.upper() takes no arguments (1 given)`.
fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<String> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let s = self_text(vm, args, name)?;
    if args.len() > 1 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(s)
}

/// Methods taking exactly one argument: `str.partition() takes exactly one argument (0 given)`.
fn one_arg(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(String, Value)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let s = self_text(vm, args, name)?;
    match args {
        [_, a] => Ok((s, *a)),
        _ => {
            let n = args.len().saturating_sub(1);
            Err(vm.type_error(format!(
                "str.{name}() takes exactly one argument ({n} given)"
            )))
        }
    }
}

/// Positional-only methods in the Argument Clinic style (`center expected at least 1 argument,
/// got 0`).
fn clinic_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<String> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let s = self_text(vm, args, name)?;
    let n = args.len() - 1;
    if n < min {
        let pl = if min == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{pl}, got {n}"
        )));
    }
    if n > max {
        let pl = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{pl}, got {n}"
        )));
    }
    Ok(s)
}

/// Methods with keyword arguments (`split(sep=None, maxsplit=-1)`): the arguments after `self`
/// matched to `names`, positionally then by keyword.
fn kw_args<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    names: [&str; N],
) -> PyResult<(String, [Option<Value>; N])> {
    let s = self_text(vm, args, name)?;
    let pos = &args[1..];
    if pos.len() + kw.len() > N {
        let pl = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} argument{pl} ({} given)",
            pos.len() + kw.len()
        )));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(*v);
    }
    for &(k, v) in kw {
        let key = String::from(vm.str_text(k).unwrap_or(""));
        match names.iter().position(|n| *n == key) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok((s, out))
}

/// An integer argument (`__index__` accepted) that must fit a C `ssize_t`.
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int() as i64);
    }
    if vm.is_int(v) {
        return match int::to_big(vm, v).and_then(|b| b.to_i64()) {
            Some(i) => Ok(i),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// An integer argument that must fit a C `int` (`expandtabs`, `splitlines`).
fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = match int_arg(vm, v) {
        Ok(n) => n,
        Err(e) => {
            let exc = vm.pending();
            if vm.exception_is(exc, TypeId::OverflowError) {
                vm.take_pending();
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            return Err(e);
        }
    };
    if i32::try_from(n).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// A str argument with the Argument Clinic message (`replace() argument 1 must be str, not int`).
fn str_arg_n(vm: &mut Vm, v: Value, name: &str, n: usize) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.arg_type_name(v);
            Err(vm.type_error(format!("{name}() argument {n} must be str, not {t}")))
        }
    }
}

/// A keyword-capable str argument (`encode() argument 'encoding' must be str, not int`).
fn str_arg_named(vm: &mut Vm, v: Value, name: &str, arg: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.arg_type_name(v);
            Err(vm.type_error(format!("{name}() argument '{arg}' must be str, not {t}")))
        }
    }
}

fn new_int(vm: &mut Vm, i: i64) -> PyResult<Value> {
    int::from_i64(vm, i)
}

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

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::splitlines(vm, args, kw, Kind::Str)
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::partition(vm, args, kw, Kind::Str, false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_bytes::partition(vm, args, kw, Kind::Str, true)
}

// ---------------------------------------------------------------------------------------------
// Stripping, padding, replacing
// ---------------------------------------------------------------------------------------------

/// `strip`/`lstrip`/`rstrip`: `which` is 0 both, 1 left, 2 right.
fn strip_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    which: u8,
) -> PyResult<Value> {
    let s = clinic_args(vm, name, args, kw, 0, 1)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None => None,
        Some(&v) if v == Value::NONE => None,
        Some(&v) => match vm.as_str(v) {
            Some(c) => Some(c.chars().collect()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let pred = |c: char| match &chars {
        None => is_py_space(c),
        Some(set) => set.contains(&c),
    };
    let out = match which {
        0 => s.trim_matches(pred),
        1 => s.trim_start_matches(pred),
        _ => s.trim_end_matches(pred),
    };
    result_str(vm, args[0], &s, out)
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, 0)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, 1)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, 2)
}

/// Pads `s` (of `n` chars) with `left` and `right` fill characters.
fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..right {
        out.push(fill);
    }
    out
}

/// The width and fill character of `center`/`ljust`/`rjust`.
fn justify_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(String, usize, char)> {
    let s = clinic_args(vm, name, args, kw, 1, 2)?;
    let width = int_arg(vm, args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(&f) => match vm.as_str(f) {
            Some(t) => {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => {
                        return Err(
                            vm.type_error("The fill character must be exactly one character long")
                        )
                    }
                }
            }
            None => {
                let t = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {t}"
                )));
            }
        },
    };
    let n = char_len(&s);
    let width = if width < 0 { 0 } else { width as usize };
    if width > n && too_big(vm, (width - n).saturating_mul(fill.len_utf8())) {
        return Err(vm.memory_error());
    }
    Ok((s, width, fill))
}

/// Would a result of `bytes` bytes not fit the heap? (Checked before building it, so that a huge
/// request raises MemoryError instead of exhausting the host allocator.)
fn too_big(vm: &Vm, bytes: usize) -> bool {
    bytes > vm.heap.size_bytes()
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, width, fill) = justify_args(vm, "center", args, kw)?;
    let n = char_len(&s);
    if width <= n {
        return result_str(vm, args[0], &s, &s);
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    let out = pad(&s, left, marg - left, fill);
    vm.new_str(&out)
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, width, fill) = justify_args(vm, "ljust", args, kw)?;
    let n = char_len(&s);
    if width <= n {
        return result_str(vm, args[0], &s, &s);
    }
    let out = pad(&s, 0, width - n, fill);
    vm.new_str(&out)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, width, fill) = justify_args(vm, "rjust", args, kw)?;
    let n = char_len(&s);
    if width <= n {
        return result_str(vm, args[0], &s, &s);
    }
    let out = pad(&s, width - n, 0, fill);
    vm.new_str(&out)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, w) = one_arg(vm, "zfill", args, kw)?;
    let width = int_arg(vm, w)?;
    let n = char_len(&s);
    if width <= n as i64 {
        return result_str(vm, args[0], &s, &s);
    }
    let fill = width as usize - n;
    if too_big(vm, fill) {
        return Err(vm.memory_error());
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s.as_str()),
    };
    let mut out = String::with_capacity(width as usize);
    if let Some(c) = sign {
        out.push(c);
    }
    for _ in 0..fill {
        out.push('0');
    }
    out.push_str(rest);
    vm.new_str(&out)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = clinic_args(vm, "replace", args, kw, 2, 3)?;
    let old = str_arg_n(vm, args[1], "replace", 1)?;
    let new = str_arg_n(vm, args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(&c) => int_arg(vm, c)?,
        None => -1,
    };
    if new.len() > old.len() {
        let hits = if old.is_empty() {
            char_len(&s) + 1
        } else {
            s.matches(old.as_str()).count()
        };
        let hits = if count >= 0 {
            hits.min(count as usize)
        } else {
            hits
        };
        let grow = hits.saturating_mul(new.len() - old.len());
        if too_big(vm, s.len().saturating_add(grow)) {
            return Err(vm.memory_error());
        }
    }
    let out = if count < 0 {
        s.replace(old.as_str(), &new)
    } else {
        s.replacen(old.as_str(), &new, count as usize)
    };
    result_str(vm, args[0], &s, &out)
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, p) = one_arg(vm, "removeprefix", args, kw)?;
    let Some(p) = vm.as_str(p).map(String::from) else {
        let t = vm.arg_type_name(p);
        return Err(vm.type_error(format!("removeprefix() argument must be str, not {t}")));
    };
    let out = s.strip_prefix(p.as_str()).unwrap_or(&s);
    result_str(vm, args[0], &s, out)
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, p) = one_arg(vm, "removesuffix", args, kw)?;
    let Some(p) = vm.as_str(p).map(String::from) else {
        let t = vm.arg_type_name(p);
        return Err(vm.type_error(format!("removesuffix() argument must be str, not {t}")));
    };
    let out = if p.is_empty() {
        &s
    } else {
        s.strip_suffix(p.as_str()).unwrap_or(&s)
    };
    result_str(vm, args[0], &s, out)
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [tab]) = kw_args(vm, "expandtabs", args, kw, ["tabsize"])?;
    let tab = match tab {
        Some(t) => c_int_arg(vm, t)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: usize = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let t = tab as usize;
                    let n = t - col % t;
                    if too_big(vm, out.len().saturating_add(n)) {
                        return Err(vm.memory_error());
                    }
                    for _ in 0..n {
                        out.push(' ');
                    }
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    result_str(vm, args[0], &s, &out)
}

fn str_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_text(vm, args, "format")?;
    let out = str_format::format_method(vm, &s, &args[1..], kw, Value::NULL)?;
    vm.new_str(&out)
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, map) = one_arg(vm, "format_map", args, kw)?;
    let out = str_format::format_method(vm, &s, &[], &[], map)?;
    vm.new_str(&out)
}

fn str_dunder_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, spec) = one_arg(vm, "__format__", args, kw)?;
    let Some(spec) = vm.as_str(spec).map(String::from) else {
        let t = vm.arg_type_name(spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
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
        let t = vm.type_name(x);
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {t}"
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
    NativeFn::method("capitalize", str_capitalize),
    NativeFn::method("casefold", str_casefold),
    NativeFn::method("center", str_center),
    NativeFn::method("count", str_count),
    NativeFn::method("encode", str_encode),
    NativeFn::method("endswith", str_endswith),
    NativeFn::method("expandtabs", str_expandtabs),
    NativeFn::method("find", str_find),
    NativeFn::method("format", str_format),
    NativeFn::method("format_map", str_format_map),
    NativeFn::method("index", str_index),
    NativeFn::method("isalnum", str_isalnum),
    NativeFn::method("isalpha", str_isalpha),
    NativeFn::method("isascii", str_isascii),
    NativeFn::method("isdecimal", str_isdecimal),
    NativeFn::method("isdigit", str_isdigit),
    NativeFn::method("isidentifier", str_isidentifier),
    NativeFn::method("islower", str_islower),
    NativeFn::method("isnumeric", str_isnumeric),
    NativeFn::method("isprintable", str_isprintable),
    NativeFn::method("isspace", str_isspace),
    NativeFn::method("istitle", str_istitle),
    NativeFn::method("isupper", str_isupper),
    NativeFn::method("join", str_join),
    NativeFn::method("ljust", str_ljust),
    NativeFn::method("lower", str_lower),
    NativeFn::method("lstrip", str_lstrip),
    NativeFn::method("partition", str_partition),
    NativeFn::method("removeprefix", str_removeprefix),
    NativeFn::method("removesuffix", str_removesuffix),
    NativeFn::method("replace", str_replace),
    NativeFn::method("rfind", str_rfind),
    NativeFn::method("rindex", str_rindex),
    NativeFn::method("rjust", str_rjust),
    NativeFn::method("rpartition", str_rpartition),
    NativeFn::method("rsplit", str_rsplit),
    NativeFn::method("rstrip", str_rstrip),
    NativeFn::method("split", str_split),
    NativeFn::method("splitlines", str_splitlines),
    NativeFn::method("startswith", str_startswith),
    NativeFn::method("strip", str_strip),
    NativeFn::method("swapcase", str_swapcase),
    NativeFn::method("title", str_title),
    NativeFn::method("translate", str_translate),
    NativeFn::method("upper", str_upper),
    NativeFn::method("zfill", str_zfill),
    NativeFn::function("maketrans", str_maketrans),
    NativeFn::method("__format__", str_dunder_format),
    NativeFn::method("__len__", str_len),
    NativeFn::method("__contains__", str_contains),
    NativeFn::method("__str__", str_str),
    NativeFn::method("__repr__", str_repr),
];
