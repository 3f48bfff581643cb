// SPDX-License-Identifier: MIT
//! The methods of `str`, and `repr` of text.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
use super::bigint_fmt::is_py_space;
use super::native::NativeFn;
use super::{bytes, dict, int, list, str_format, tuple};

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

/// Positional-only methods in the `PyArg_ParseTuple` style (`find() takes at least 1 argument
/// (0 given)`).
fn tuple_args(
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
            "{name}() takes at least {min} argument{pl} ({n} given)"
        )));
    }
    if n > max {
        let pl = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{pl} ({n} given)"
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

/// A slice index argument of `find`, `count`, ...: None means the default.
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(&v) if v == Value::NONE => Ok(None),
        Some(&v) if vm.heap.kind(v) == Kind::Instance && !vm.is_int(v) => {
            // `__index__` results of any size clamp, as CPython's slice indices do.
            match super::class::call_special(vm, v, "__index__", &[])? {
                Some(r) if vm.is_int(r) => {
                    let b = int::to_big(vm, r).unwrap_or_else(|| BigInt::from_i64(0));
                    Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    })))
                }
                Some(r) => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
                }
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        }
        Some(&v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// A str argument, copied out; `must be str, not int` otherwise.
fn str_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {t}")))
        }
    }
}

/// A str argument with the Argument Clinic message (`replace() argument 1 must be str, not int`).
fn str_arg_n(vm: &mut Vm, v: Value, name: &str, n: usize) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = clinic_type_name(vm, v);
            Err(vm.type_error(format!("{name}() argument {n} must be str, not {t}")))
        }
    }
}

/// A keyword-capable str argument (`encode() argument 'encoding' must be str, not int`).
fn str_arg_named(vm: &mut Vm, v: Value, name: &str, arg: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = clinic_type_name(vm, v);
            Err(vm.type_error(format!("{name}() argument '{arg}' must be str, not {t}")))
        }
    }
}

/// The type name Argument Clinic shows for a bad argument (`None` for None).
fn clinic_type_name(vm: &Vm, v: Value) -> String {
    if v == Value::NONE {
        String::from("None")
    } else {
        vm.type_name(v)
    }
}

fn new_int(vm: &mut Vm, i: i64) -> PyResult<Value> {
    int::from_i64(vm, i)
}

/// A new list of strs.
fn str_list<'a>(vm: &mut Vm, parts: impl IntoIterator<Item = &'a str>) -> PyResult<Value> {
    let l = list::alloc(vm, 0)?;
    let d = vm.heap.push_root(l);
    let r = (|| {
        for p in parts {
            let s = vm.new_str(p)?;
            list::append(vm, l, s)?;
        }
        Ok(l)
    })();
    vm.heap.pop_roots(d);
    r
}

/// A new tuple of three strs.
fn str_triple(vm: &mut Vm, a: &str, b: &str, c: &str) -> PyResult<Value> {
    let va = vm.new_str(a)?;
    let d = vm.heap.push_root(va);
    let r = (|| {
        let vb = vm.new_str(b)?;
        vm.heap.push_root(vb);
        let vc = vm.new_str(c)?;
        vm.heap.push_root(vc);
        tuple::new(vm, &[va, vb, vc])
    })();
    vm.heap.pop_roots(d);
    r
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

/// Byte offset of character `ci` (the end when past it).
fn byte_of(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
}

/// Character index of byte offset `b`.
fn char_of(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s.get(..b).map(|p| p.chars().count()).unwrap_or(0)
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` (negative from the end) into `0..=len`
/// (start may exceed end).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = e.saturating_add(len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = s.saturating_add(len).max(0);
    }
    (s as usize, e as usize)
}

/// Parses `(sub[, start[, end]])` for the find family: the text, sub, and the byte range of
/// the slice (None when start > end, i.e. empty beyond the end), plus the char offset of start.
struct Window {
    text: String,
    sub: String,
    start_b: usize,
    end_b: usize,
    start_c: usize,
    ok: bool,
}

fn window(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Window> {
    let text = tuple_args(vm, name, args, kw, 1, 3)?;
    let sub = str_arg(vm, args[1])?;
    let start = slice_arg(vm, args.get(2))?;
    let end = slice_arg(vm, args.get(3))?;
    let n = char_len(&text);
    let (s, e) = adjust(start, end, n);
    let ok = e >= s && e - s >= char_len(&sub);
    let start_b = byte_of(&text, s);
    let end_b = if ok { byte_of(&text, e) } else { start_b };
    Ok(Window {
        text,
        sub,
        start_b,
        end_b,
        start_c: s,
        ok,
    })
}

/// `find`/`rfind`/`index`/`rindex`: the char index of `sub` in the window, or None.
fn find_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    rev: bool,
) -> PyResult<Option<usize>> {
    let w = window(vm, name, args, kw)?;
    if !w.ok {
        return Ok(None);
    }
    let hay = w.text.get(w.start_b..w.end_b).unwrap_or("");
    let found = if rev {
        hay.rfind(&*w.sub)
    } else {
        hay.find(&*w.sub)
    };
    Ok(found.map(|b| w.start_c + char_of(hay, b)))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, "find", args, kw, false)?;
    new_int(vm, r.map(|i| i as i64).unwrap_or(-1))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, "rfind", args, kw, true)?;
    new_int(vm, r.map(|i| i as i64).unwrap_or(-1))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, "index", args, kw, false)? {
        Some(i) => new_int(vm, i as i64),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, "rindex", args, kw, true)? {
        Some(i) => new_int(vm, i as i64),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let w = window(vm, "count", args, kw)?;
    if !w.ok {
        return new_int(vm, 0);
    }
    let hay = w.text.get(w.start_b..w.end_b).unwrap_or("");
    let n = if w.sub.is_empty() {
        char_len(hay) + 1
    } else {
        hay.matches(&*w.sub).count()
    };
    new_int(vm, n as i64)
}

/// `startswith`/`endswith`.
fn affix_match(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    end: bool,
) -> PyResult<Value> {
    let text = tuple_args(vm, name, args, kw, 1, 3)?;
    let start = slice_arg(vm, args.get(2))?;
    let stop = slice_arg(vm, args.get(3))?;
    let (s, e) = adjust(start, stop, char_len(&text));
    let hay = if e >= s {
        let sb = byte_of(&text, s);
        let eb = byte_of(&text, e);
        text.get(sb..eb)
    } else {
        None
    };
    let mut prefixes = Vec::new();
    let arg = args[1];
    if let Some(p) = vm.as_str(arg) {
        prefixes.push(String::from(p));
    } else if vm.heap.kind(arg) == Kind::Tuple {
        for item in tuple::items(vm, arg) {
            match vm.as_str(item) {
                Some(p) => prefixes.push(String::from(p)),
                None => {
                    let t = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {t}"))
                    );
                }
            }
        }
    } else {
        let t = vm.type_name(arg);
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {t}"
        )));
    }
    let Some(hay) = hay else {
        return Ok(Value::FALSE);
    };
    let hit = prefixes.iter().any(|p| {
        if end {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        }
    });
    Ok(Value::bool(hit))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_match(vm, "startswith", args, kw, false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_match(vm, "endswith", args, kw, true)
}

// ---------------------------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------------------------

/// The `maxsplit` argument: negative means no limit.
fn maxsplit_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let n = int_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// The separator argument: None for whitespace splitting.
fn sep_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v == Value::NONE => Ok(None),
        Some(v) => {
            let Some(s) = vm.as_str(v) else {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {t}")));
            };
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Ok(Some(String::from(s)))
        }
    }
}

/// Whitespace split from the left.
fn split_ws(s: &str, max: Option<usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    while !rest.is_empty() {
        if max.is_some_and(|m| out.len() >= m) {
            out.push(rest);
            break;
        }
        match rest.find(is_py_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_py_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Whitespace split from the right (in reverse order).
fn rsplit_ws(s: &str, max: Option<usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    while !rest.is_empty() {
        if max.is_some_and(|m| out.len() >= m) {
            out.push(rest);
            break;
        }
        match rest.rfind(is_py_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map(char::len_utf8).unwrap_or(1);
                out.push(&rest[i + c..]);
                rest = rest[..i].trim_end_matches(is_py_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [sep, max]) = kw_args(vm, "split", args, kw, ["sep", "maxsplit"])?;
    let max = maxsplit_arg(vm, max)?;
    let sep = sep_arg(vm, sep)?;
    match sep {
        None => {
            let parts = split_ws(&s, max);
            str_list(vm, parts)
        }
        Some(sep) => match max {
            None => str_list(vm, s.split(sep.as_str())),
            Some(m) => str_list(vm, s.splitn(m.saturating_add(1), sep.as_str())),
        },
    }
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [sep, max]) = kw_args(vm, "rsplit", args, kw, ["sep", "maxsplit"])?;
    let max = maxsplit_arg(vm, max)?;
    let sep = sep_arg(vm, sep)?;
    match sep {
        None => {
            let parts = rsplit_ws(&s, max);
            str_list(vm, parts)
        }
        Some(sep) => {
            let mut parts: Vec<&str> = match max {
                None => s.rsplit(sep.as_str()).collect(),
                Some(m) => s.rsplitn(m.saturating_add(1), sep.as_str()).collect(),
            };
            parts.reverse();
            str_list(vm, parts)
        }
    }
}

/// Line boundaries of `str.splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [keep]) = kw_args(vm, "splitlines", args, kw, ["keepends"])?;
    let keep = match keep {
        None => false,
        Some(v) => c_int_arg(vm, v)? != 0,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = it.peek() {
                    end = j + 1;
                    it.next();
                }
            }
            parts.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    str_list(vm, parts)
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, "partition", args, kw, false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, "rpartition", args, kw, true)
}

fn partition_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    rev: bool,
) -> PyResult<Value> {
    let (s, sep) = one_arg(vm, name, args, kw)?;
    let sep = str_arg(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        s.rsplit_once(sep.as_str())
    } else {
        s.split_once(sep.as_str())
    };
    match (found, rev) {
        (Some((a, b)), _) => str_triple(vm, a, &sep, b),
        (None, false) => str_triple(vm, &s, "", ""),
        (None, true) => str_triple(vm, "", "", &s),
    }
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
        let t = clinic_type_name(vm, p);
        return Err(vm.type_error(format!("removeprefix() argument must be str, not {t}")));
    };
    let out = s.strip_prefix(p.as_str()).unwrap_or(&s);
    result_str(vm, args[0], &s, out)
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, p) = one_arg(vm, "removesuffix", args, kw)?;
    let Some(p) = vm.as_str(p).map(String::from) else {
        let t = clinic_type_name(vm, p);
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

// ---------------------------------------------------------------------------------------------
// Case
// ---------------------------------------------------------------------------------------------

/// Titlecase characters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
        | 0x1fbc | 0x1fcc | 0x1ffc)
}

fn is_cased(c: char) -> bool {
    super::unichar::is_upper(c) || super::unichar::is_lower(c) || is_titlecase(c)
}

/// Finds `c` in a sorted `(code, text)` table.
fn table_text(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    if !super::unichar::FULL {
        return None;
    }
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, t)| t)
}

/// The titlecase mapping of `c` (uppercase except for digraphs, ligatures, Georgian and the
/// Greek letters with ypogegrammeni).
fn push_title(out: &mut String, c: char) {
    let n = c as u32;
    if (0x10d0..=0x10fa).contains(&n)
        || (0x10fd..=0x10ff).contains(&n)
        || (0x1f88..=0x1f8f).contains(&n)
        || (0x1f98..=0x1f9f).contains(&n)
        || (0x1fa8..=0x1faf).contains(&n)
    {
        out.push(c);
    } else if (0x1f80..=0x1f87).contains(&n)
        || (0x1f90..=0x1f97).contains(&n)
        || (0x1fa0..=0x1fa7).contains(&n)
    {
        out.push(char::from_u32(n + 8).unwrap_or(c));
    } else if let Some(t) = table_text(TITLE, c) {
        out.push_str(t);
    } else {
        super::unichar::push_upper(out, c);
    }
}

/// Lowercase of `c` within `s` at byte `i`, with the Greek final sigma rule.
fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        // Final sigma: preceded by a cased letter and not followed by one (case-ignorable
        // characters skipped, approximated as non-alphabetic marks).
        let before = s[..i].chars().rev().find(|&p| !is_case_ignorable(p));
        let after = s[i + c.len_utf8()..]
            .chars()
            .find(|&p| !is_case_ignorable(p));
        if before.is_some_and(is_cased) && !after.is_some_and(is_cased) {
            out.push('ς');
            return;
        }
        out.push('σ');
        return;
    }
    super::unichar::push_lower(out, c);
}

/// Case-ignorable characters (apostrophes, periods, colons, modifier letters and symbols,
/// format characters, combining marks), for the final sigma rule.
fn is_case_ignorable(c: char) -> bool {
    let n = c as u32;
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{387}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || (0x2b0..=0x36f).contains(&n)
        || (0x200b..=0x200f).contains(&n)
        || (0x2060..=0x2064).contains(&n)
        || n == 0xfeff
        || (!c.is_ascii() && in_ranges(MARKS, c))
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "lower", args, kw)?;
    let out = if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        let mut o = String::with_capacity(s.len());
        for (i, c) in s.char_indices() {
            push_lower(&mut o, &s, i, c);
        }
        o
    };
    vm.new_str(&out)
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "upper", args, kw)?;
    let out = if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        let mut o = String::with_capacity(s.len());
        for c in s.chars() {
            super::unichar::push_upper(&mut o, c);
        }
        o
    };
    vm.new_str(&out)
}

/// Full case folding: lowercasing, except for the characters of [`FOLD`] and Cherokee (which
/// folds to its uppercase letters).
fn push_fold(out: &mut String, c: char) {
    let n = c as u32;
    if (0x13a0..=0x13f5).contains(&n) {
        out.push(c);
    } else if (0x13f8..=0x13fd).contains(&n) {
        out.push(char::from_u32(n - 8).unwrap_or(c));
    } else if (0xab70..=0xabbf).contains(&n) {
        out.push(char::from_u32(n - 0xab70 + 0x13a0).unwrap_or(c));
    } else if let Some(t) = table_text(FOLD, c) {
        out.push_str(t);
    } else {
        super::unichar::push_lower(out, c);
    }
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "casefold", args, kw)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    vm.new_str(&out)
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "swapcase", args, kw)?;
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if super::unichar::is_upper(c) {
            push_lower(&mut out, &s, i, c);
        } else if super::unichar::is_lower(c) {
            super::unichar::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    vm.new_str(&out)
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "capitalize", args, kw)?;
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &s, i, c);
        }
    }
    vm.new_str(&out)
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "title", args, kw)?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower(&mut out, &s, i, c);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    vm.new_str(&out)
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    if !super::unichar::FULL {
        return false;
    }
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                core::cmp::Ordering::Less
            } else if lo > n {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(DECIMAL, c))
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || (!c.is_ascii() && in_ranges(DIGIT_EXTRA, c))
}

fn is_numeric_char(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii() && (super::unichar::is_numeric(c) || in_ranges(NUMERIC_EXTRA, c)))
}

fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        // Alphabetic minus letter-numbers, combining marks and the enclosed letters (not
        // category L).
        let n = c as u32;
        super::unichar::is_alphabetic(c)
            && !super::unichar::is_numeric(c)
            && !(0x24b6..=0x24e9).contains(&n)
            && !(0x1f130..=0x1f189).contains(&n)
            && !in_ranges(MARKS, c)
    }
}

fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c)
}

fn is_printable_char(c: char) -> bool {
    let n = c as u32;
    !(n < 0x20 || n == 0x7f || is_unprintable(c))
}

fn is_id_start(c: char) -> bool {
    c == '_'
        || is_alpha_char(c)
        || (!c.is_ascii() && super::unichar::is_alphabetic(c) && super::unichar::is_numeric(c))
}

fn is_id_continue(c: char) -> bool {
    is_id_start(c)
        || is_decimal_char(c)
        || (!c.is_ascii() && in_ranges(MARKS, c))
        || matches!(
            c,
            '\u{b7}'
                | '\u{387}'
                | '\u{203f}'
                | '\u{2040}'
                | '\u{2054}'
                | '\u{fe33}'
                | '\u{fe34}'
                | '\u{fe4d}'..='\u{fe4f}' | '\u{ff3f}'
        )
        || ('\u{1369}'..='\u{1371}').contains(&c)
}

/// `isX()` methods: all characters satisfy `pred` and the string is not empty.
fn all_chars(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    pred: fn(char) -> bool,
) -> PyResult<Value> {
    let s = no_args(vm, name, args, kw)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(pred)))
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, "isalnum", args, kw, is_alnum_char)
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, "isalpha", args, kw, is_alpha_char)
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isascii", args, kw)?;
    Ok(Value::bool(s.is_ascii()))
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, "isdecimal", args, kw, is_decimal_char)
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, "isdigit", args, kw, is_digit_char)
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, "isnumeric", args, kw, is_numeric_char)
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, "isspace", args, kw, is_py_space)
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isprintable", args, kw)?;
    Ok(Value::bool(s.chars().all(is_printable_char)))
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isidentifier", args, kw)?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => is_id_start(c) && cs.all(is_id_continue),
        None => false,
    };
    Ok(Value::bool(ok))
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "islower", args, kw)?;
    let mut cased = false;
    for c in s.chars() {
        if super::unichar::is_upper(c) || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if super::unichar::is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isupper", args, kw)?;
    let mut cased = false;
    for c in s.chars() {
        if super::unichar::is_lower(c) || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if super::unichar::is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "istitle", args, kw)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if super::unichar::is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if super::unichar::is_lower(c) {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

// ---------------------------------------------------------------------------------------------
// Encoding, translation
// ---------------------------------------------------------------------------------------------

/// The text CPython shows for one character in codec error messages (`'\xe9'`).
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        if (0x20..0x7f).contains(&n) {
            return format!("'{c}'");
        }
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [enc, errors]) = kw_args(vm, "encode", args, kw, ["encoding", "errors"])?;
    let enc = match enc {
        Some(e) => str_arg_named(vm, e, "encode", "encoding")?,
        None => String::from("utf-8"),
    };
    let errors = match errors {
        Some(e) => str_arg_named(vm, e, "encode", "errors")?,
        None => String::from("strict"),
    };
    let norm: String = enc
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let (name, limit): (&str, u32) = match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" | "utf8-sig" => {
            let mut data = Vec::with_capacity(s.len() + 3);
            if norm.ends_with("sig") {
                data.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            }
            data.extend_from_slice(s.as_bytes());
            return bytes::new(vm, &data);
        }
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let be = norm.ends_with("be");
            let mut data = Vec::with_capacity(2 * s.len() + 2);
            if norm == "utf-16" || norm == "utf16" {
                data.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf).iter() {
                    data.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
            return bytes::new(vm, &data);
        }
        "utf-32" | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let be = norm.ends_with("be");
            let mut data = Vec::with_capacity(4 * s.len() + 4);
            if norm == "utf-32" || norm == "utf32" {
                data.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                data.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return bytes::new(vm, &data);
        }
        "ascii" | "us-ascii" | "646" => ("ascii", 0x80),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => ("latin-1", 0x100),
        _ => return Err(vm.raise_new(TypeId::LookupError, &format!("unknown encoding: {enc}"))),
    };
    let mut data = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            data.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors.as_str() {
            "strict" => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|&d| d as u32 >= limit) {
                    j += 1;
                }
                let msg = if j == i + 1 {
                    format!(
                        "'{name}' codec can't encode character {} in position {i}: ordinal not in range({limit})",
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        j - 1
                    )
                };
                return Err(vm.raise_new(TypeId::UnicodeEncodeError, &msg));
            }
            "ignore" => {}
            "replace" => data.push(b'?'),
            "backslashreplace" => {
                let n = c as u32;
                let e = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                data.extend_from_slice(e.as_bytes());
            }
            "xmlcharrefreplace" => {
                data.extend_from_slice(format!("&#{};", c as u32).as_bytes());
            }
            other => {
                let msg = format!("unknown error handler name '{other}'");
                return Err(vm.raise_new(TypeId::LookupError, &msg));
            }
        }
        i += 1;
    }
    bytes::new(vm, &data)
}

fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let n = args.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = dict::alloc(vm, 0)?;
    let depth = vm.heap.push_root(d);
    let r = maketrans_fill(vm, d, args);
    vm.heap.pop_roots(depth);
    r.map(|_| d)
}

fn maketrans_fill(vm: &mut Vm, d: Value, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        let x = args[0];
        if vm.heap.kind(x) != Kind::Dict {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in dict::items(vm, x) {
            let key = if let Some(t) = vm.as_str(k) {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => new_int(vm, c as i64)?,
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if vm.is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dict::set(vm, d, key, v)?;
        }
        return Ok(());
    }
    let y = str_arg_n(vm, args[1], "maketrans", 2)?;
    let z = match args.get(2) {
        Some(&z) => str_arg_n(vm, z, "maketrans", 3)?,
        None => String::new(),
    };
    let Some(x) = vm.as_str(args[0]).map(String::from) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if char_len(&x) != char_len(&y) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let k = new_int(vm, a as i64)?;
        let v = new_int(vm, b as i64)?;
        dict::set(vm, d, k, v)?;
    }
    for c in z.chars() {
        let k = new_int(vm, c as i64)?;
        dict::set(vm, d, k, Value::NONE)?;
    }
    Ok(())
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, table) = one_arg(vm, "translate", args, kw)?;
    let mut out = String::with_capacity(s.len());
    let is_dict = vm.heap.kind(table) == Kind::Dict;
    for c in s.chars() {
        let key = new_int(vm, c as i64)?;
        let mapped = if is_dict {
            dict::get(vm, table, key)?
        } else {
            match vm.getitem(table, key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let exc = vm.pending();
                    if vm.exception_is(exc, TypeId::LookupError) {
                        vm.take_pending();
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if v == Value::NONE => {}
            Some(v) => {
                if let Some(t) = vm.as_str(v) {
                    out.push_str(t);
                } else if vm.is_int(v) {
                    let n = int::as_i64(vm, vm.builtin_value(v)).unwrap_or(-1);
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(ch) if n < 0x110000 => out.push(ch),
                        _ => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
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
        let t = vm.type_name(spec);
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

/// Characters of category Nd (`str.isdecimal`), Unicode 14 as CPython 3.11.
static DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6f0, 0x6f9),
    (0x7c0, 0x7c9),
    (0x966, 0x96f),
    (0x9e6, 0x9ef),
    (0xa66, 0xa6f),
    (0xae6, 0xaef),
    (0xb66, 0xb6f),
    (0xbe6, 0xbef),
    (0xc66, 0xc6f),
    (0xce6, 0xcef),
    (0xd66, 0xd6f),
    (0xde6, 0xdef),
    (0xe50, 0xe59),
    (0xed0, 0xed9),
    (0xf20, 0xf29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17e0, 0x17e9),
    (0x1810, 0x1819),
    (0x1946, 0x194f),
    (0x19d0, 0x19d9),
    (0x1a80, 0x1a89),
    (0x1a90, 0x1a99),
    (0x1b50, 0x1b59),
    (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49),
    (0x1c50, 0x1c59),
    (0xa620, 0xa629),
    (0xa8d0, 0xa8d9),
    (0xa900, 0xa909),
    (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9),
    (0xaa50, 0xaa59),
    (0xabf0, 0xabf9),
    (0xff10, 0xff19),
    (0x104a0, 0x104a9),
    (0x10d30, 0x10d39),
    (0x11066, 0x1106f),
    (0x110f0, 0x110f9),
    (0x11136, 0x1113f),
    (0x111d0, 0x111d9),
    (0x112f0, 0x112f9),
    (0x11450, 0x11459),
    (0x114d0, 0x114d9),
    (0x11650, 0x11659),
    (0x116c0, 0x116c9),
    (0x11730, 0x11739),
    (0x118e0, 0x118e9),
    (0x11950, 0x11959),
    (0x11c50, 0x11c59),
    (0x11d50, 0x11d59),
    (0x11da0, 0x11da9),
    (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9),
    (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff),
    (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9),
    (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];
/// Digits that are not decimal (`str.isdigit` beyond Nd): superscripts, circled digits...
static DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];
/// Numeric characters outside the N* categories (`str.isnumeric`): CJK numerals...
static NUMERIC_EXTRA: &[(u32, u32)] = &[
    (0x3405, 0x3405),
    (0x3483, 0x3483),
    (0x382a, 0x382a),
    (0x3b4d, 0x3b4d),
    (0x4e00, 0x4e00),
    (0x4e03, 0x4e03),
    (0x4e07, 0x4e07),
    (0x4e09, 0x4e09),
    (0x4e5d, 0x4e5d),
    (0x4e8c, 0x4e8c),
    (0x4e94, 0x4e94),
    (0x4e96, 0x4e96),
    (0x4ebf, 0x4ec0),
    (0x4edf, 0x4edf),
    (0x4ee8, 0x4ee8),
    (0x4f0d, 0x4f0d),
    (0x4f70, 0x4f70),
    (0x5104, 0x5104),
    (0x5146, 0x5146),
    (0x5169, 0x5169),
    (0x516b, 0x516b),
    (0x516d, 0x516d),
    (0x5341, 0x5341),
    (0x5343, 0x5345),
    (0x534c, 0x534c),
    (0x53c1, 0x53c4),
    (0x56db, 0x56db),
    (0x58f1, 0x58f1),
    (0x58f9, 0x58f9),
    (0x5e7a, 0x5e7a),
    (0x5efe, 0x5eff),
    (0x5f0c, 0x5f0e),
    (0x5f10, 0x5f10),
    (0x62fe, 0x62fe),
    (0x634c, 0x634c),
    (0x67d2, 0x67d2),
    (0x6f06, 0x6f06),
    (0x7396, 0x7396),
    (0x767e, 0x767e),
    (0x8086, 0x8086),
    (0x842c, 0x842c),
    (0x8cae, 0x8cae),
    (0x8cb3, 0x8cb3),
    (0x8d30, 0x8d30),
    (0x9621, 0x9621),
    (0x9646, 0x9646),
    (0x964c, 0x964c),
    (0x9678, 0x9678),
    (0x96f6, 0x96f6),
    (0xf96b, 0xf96b),
    (0xf973, 0xf973),
    (0xf978, 0xf978),
    (0xf9b2, 0xf9b2),
    (0xf9d1, 0xf9d1),
    (0xf9d3, 0xf9d3),
    (0xf9fd, 0xf9fd),
    (0x20001, 0x20001),
    (0x20064, 0x20064),
    (0x200e2, 0x200e2),
    (0x20121, 0x20121),
    (0x2092a, 0x2092a),
    (0x20983, 0x20983),
    (0x2098c, 0x2098c),
    (0x2099c, 0x2099c),
    (0x20aea, 0x20aea),
    (0x20afd, 0x20afd),
    (0x20b19, 0x20b19),
    (0x22390, 0x22390),
    (0x22998, 0x22998),
    (0x23b1b, 0x23b1b),
    (0x2626d, 0x2626d),
    (0x2f890, 0x2f890),
];
/// Combining marks (categories Mn, Mc, Me; runs may span unassigned code points): never
/// `isalpha`, though many are Unicode Alphabetic; identifier continuation characters.
static MARKS: &[(u32, u32)] = &[
    (0x300, 0x36f),
    (0x483, 0x489),
    (0x591, 0x5bd),
    (0x5bf, 0x5bf),
    (0x5c1, 0x5c2),
    (0x5c4, 0x5c5),
    (0x5c7, 0x5c7),
    (0x610, 0x61a),
    (0x64b, 0x65f),
    (0x670, 0x670),
    (0x6d6, 0x6dc),
    (0x6df, 0x6e4),
    (0x6e7, 0x6e8),
    (0x6ea, 0x6ed),
    (0x711, 0x711),
    (0x730, 0x74a),
    (0x7a6, 0x7b0),
    (0x7eb, 0x7f3),
    (0x7fd, 0x7fd),
    (0x816, 0x819),
    (0x81b, 0x823),
    (0x825, 0x827),
    (0x829, 0x82d),
    (0x859, 0x85b),
    (0x898, 0x89f),
    (0x8ca, 0x8e1),
    (0x8e3, 0x903),
    (0x93a, 0x93c),
    (0x93e, 0x94f),
    (0x951, 0x957),
    (0x962, 0x963),
    (0x981, 0x983),
    (0x9bc, 0x9bc),
    (0x9be, 0x9cd),
    (0x9d7, 0x9d7),
    (0x9e2, 0x9e3),
    (0x9fe, 0xa03),
    (0xa3c, 0xa51),
    (0xa70, 0xa71),
    (0xa75, 0xa75),
    (0xa81, 0xa83),
    (0xabc, 0xabc),
    (0xabe, 0xacd),
    (0xae2, 0xae3),
    (0xafa, 0xb03),
    (0xb3c, 0xb3c),
    (0xb3e, 0xb57),
    (0xb62, 0xb63),
    (0xb82, 0xb82),
    (0xbbe, 0xbcd),
    (0xbd7, 0xbd7),
    (0xc00, 0xc04),
    (0xc3c, 0xc3c),
    (0xc3e, 0xc56),
    (0xc62, 0xc63),
    (0xc81, 0xc83),
    (0xcbc, 0xcbc),
    (0xcbe, 0xcd6),
    (0xce2, 0xce3),
    (0xd00, 0xd03),
    (0xd3b, 0xd3c),
    (0xd3e, 0xd4d),
    (0xd57, 0xd57),
    (0xd62, 0xd63),
    (0xd81, 0xd83),
    (0xdca, 0xddf),
    (0xdf2, 0xdf3),
    (0xe31, 0xe31),
    (0xe34, 0xe3a),
    (0xe47, 0xe4e),
    (0xeb1, 0xeb1),
    (0xeb4, 0xebc),
    (0xec8, 0xecd),
    (0xf18, 0xf19),
    (0xf35, 0xf35),
    (0xf37, 0xf37),
    (0xf39, 0xf39),
    (0xf3e, 0xf3f),
    (0xf71, 0xf84),
    (0xf86, 0xf87),
    (0xf8d, 0xfbc),
    (0xfc6, 0xfc6),
    (0x102b, 0x103e),
    (0x1056, 0x1059),
    (0x105e, 0x1060),
    (0x1062, 0x1064),
    (0x1067, 0x106d),
    (0x1071, 0x1074),
    (0x1082, 0x108d),
    (0x108f, 0x108f),
    (0x109a, 0x109d),
    (0x135d, 0x135f),
    (0x1712, 0x1715),
    (0x1732, 0x1734),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17b4, 0x17d3),
    (0x17dd, 0x17dd),
    (0x180b, 0x180d),
    (0x180f, 0x180f),
    (0x1885, 0x1886),
    (0x18a9, 0x18a9),
    (0x1920, 0x193b),
    (0x1a17, 0x1a1b),
    (0x1a55, 0x1a7f),
    (0x1ab0, 0x1b04),
    (0x1b34, 0x1b44),
    (0x1b6b, 0x1b73),
    (0x1b80, 0x1b82),
    (0x1ba1, 0x1bad),
    (0x1be6, 0x1bf3),
    (0x1c24, 0x1c37),
    (0x1cd0, 0x1cd2),
    (0x1cd4, 0x1ce8),
    (0x1ced, 0x1ced),
    (0x1cf4, 0x1cf4),
    (0x1cf7, 0x1cf9),
    (0x1dc0, 0x1dff),
    (0x20d0, 0x20f0),
    (0x2cef, 0x2cf1),
    (0x2d7f, 0x2d7f),
    (0x2de0, 0x2dff),
    (0x302a, 0x302f),
    (0x3099, 0x309a),
    (0xa66f, 0xa672),
    (0xa674, 0xa67d),
    (0xa69e, 0xa69f),
    (0xa6f0, 0xa6f1),
    (0xa802, 0xa802),
    (0xa806, 0xa806),
    (0xa80b, 0xa80b),
    (0xa823, 0xa827),
    (0xa82c, 0xa82c),
    (0xa880, 0xa881),
    (0xa8b4, 0xa8c5),
    (0xa8e0, 0xa8f1),
    (0xa8ff, 0xa8ff),
    (0xa926, 0xa92d),
    (0xa947, 0xa953),
    (0xa980, 0xa983),
    (0xa9b3, 0xa9c0),
    (0xa9e5, 0xa9e5),
    (0xaa29, 0xaa36),
    (0xaa43, 0xaa43),
    (0xaa4c, 0xaa4d),
    (0xaa7b, 0xaa7d),
    (0xaab0, 0xaab0),
    (0xaab2, 0xaab4),
    (0xaab7, 0xaab8),
    (0xaabe, 0xaabf),
    (0xaac1, 0xaac1),
    (0xaaeb, 0xaaef),
    (0xaaf5, 0xaaf6),
    (0xabe3, 0xabea),
    (0xabec, 0xabed),
    (0xfb1e, 0xfb1e),
    (0xfe00, 0xfe0f),
    (0xfe20, 0xfe2f),
    (0x101fd, 0x101fd),
    (0x102e0, 0x102e0),
    (0x10376, 0x1037a),
    (0x10a01, 0x10a0f),
    (0x10a38, 0x10a3f),
    (0x10ae5, 0x10ae6),
    (0x10d24, 0x10d27),
    (0x10eab, 0x10eac),
    (0x10f46, 0x10f50),
    (0x10f82, 0x10f85),
    (0x11000, 0x11002),
    (0x11038, 0x11046),
    (0x11070, 0x11070),
    (0x11073, 0x11074),
    (0x1107f, 0x11082),
    (0x110b0, 0x110ba),
    (0x110c2, 0x110c2),
    (0x11100, 0x11102),
    (0x11127, 0x11134),
    (0x11145, 0x11146),
    (0x11173, 0x11173),
    (0x11180, 0x11182),
    (0x111b3, 0x111c0),
    (0x111c9, 0x111cc),
    (0x111ce, 0x111cf),
    (0x1122c, 0x11237),
    (0x1123e, 0x1123e),
    (0x112df, 0x112ea),
    (0x11300, 0x11303),
    (0x1133b, 0x1133c),
    (0x1133e, 0x1134d),
    (0x11357, 0x11357),
    (0x11362, 0x11374),
    (0x11435, 0x11446),
    (0x1145e, 0x1145e),
    (0x114b0, 0x114c3),
    (0x115af, 0x115c0),
    (0x115dc, 0x115dd),
    (0x11630, 0x11640),
    (0x116ab, 0x116b7),
    (0x1171d, 0x1172b),
    (0x1182c, 0x1183a),
    (0x11930, 0x1193e),
    (0x11940, 0x11940),
    (0x11942, 0x11943),
    (0x119d1, 0x119e0),
    (0x119e4, 0x119e4),
    (0x11a01, 0x11a0a),
    (0x11a33, 0x11a39),
    (0x11a3b, 0x11a3e),
    (0x11a47, 0x11a47),
    (0x11a51, 0x11a5b),
    (0x11a8a, 0x11a99),
    (0x11c2f, 0x11c3f),
    (0x11c92, 0x11cb6),
    (0x11d31, 0x11d45),
    (0x11d47, 0x11d47),
    (0x11d8a, 0x11d97),
    (0x11ef3, 0x11ef6),
    (0x16af0, 0x16af4),
    (0x16b30, 0x16b36),
    (0x16f4f, 0x16f4f),
    (0x16f51, 0x16f92),
    (0x16fe4, 0x16ff1),
    (0x1bc9d, 0x1bc9e),
    (0x1cf00, 0x1cf46),
    (0x1d165, 0x1d169),
    (0x1d16d, 0x1d172),
    (0x1d17b, 0x1d182),
    (0x1d185, 0x1d18b),
    (0x1d1aa, 0x1d1ad),
    (0x1d242, 0x1d244),
    (0x1da00, 0x1da36),
    (0x1da3b, 0x1da6c),
    (0x1da75, 0x1da75),
    (0x1da84, 0x1da84),
    (0x1da9b, 0x1daaf),
    (0x1e000, 0x1e02a),
    (0x1e130, 0x1e136),
    (0x1e2ae, 0x1e2ae),
    (0x1e2ec, 0x1e2ef),
    (0x1e8d0, 0x1e8d6),
    (0x1e944, 0x1e94a),
    (0xe0100, 0xe01ef),
];
/// Titlecase mappings that differ from uppercase (beyond the ranges `push_title` handles).
static TITLE: &[(u32, &str)] = &[
    (0xdf, "Ss"),
    (0x1c4, "\u{1c5}"),
    (0x1c5, "\u{1c5}"),
    (0x1c6, "\u{1c5}"),
    (0x1c7, "\u{1c8}"),
    (0x1c8, "\u{1c8}"),
    (0x1c9, "\u{1c8}"),
    (0x1ca, "\u{1cb}"),
    (0x1cb, "\u{1cb}"),
    (0x1cc, "\u{1cb}"),
    (0x1f1, "\u{1f2}"),
    (0x1f2, "\u{1f2}"),
    (0x1f3, "\u{1f2}"),
    (0x587, "\u{535}\u{582}"),
    (0x1fb2, "\u{1fba}\u{345}"),
    (0x1fb3, "\u{1fbc}"),
    (0x1fb4, "\u{386}\u{345}"),
    (0x1fb7, "\u{391}\u{342}\u{345}"),
    (0x1fbc, "\u{1fbc}"),
    (0x1fc2, "\u{1fca}\u{345}"),
    (0x1fc3, "\u{1fcc}"),
    (0x1fc4, "\u{389}\u{345}"),
    (0x1fc7, "\u{397}\u{342}\u{345}"),
    (0x1fcc, "\u{1fcc}"),
    (0x1ff2, "\u{1ffa}\u{345}"),
    (0x1ff3, "\u{1ffc}"),
    (0x1ff4, "\u{38f}\u{345}"),
    (0x1ff7, "\u{3a9}\u{342}\u{345}"),
    (0x1ffc, "\u{1ffc}"),
    (0xfb00, "Ff"),
    (0xfb01, "Fi"),
    (0xfb02, "Fl"),
    (0xfb03, "Ffi"),
    (0xfb04, "Ffl"),
    (0xfb05, "St"),
    (0xfb06, "St"),
    (0xfb13, "\u{544}\u{576}"),
    (0xfb14, "\u{544}\u{565}"),
    (0xfb15, "\u{544}\u{56b}"),
    (0xfb16, "\u{54e}\u{576}"),
    (0xfb17, "\u{544}\u{56d}"),
];
/// Case foldings that differ from lowercasing (beyond the Cherokee ranges `push_fold` handles).
static FOLD: &[(u32, &str)] = &[
    (0xb5, "\u{3bc}"),
    (0xdf, "ss"),
    (0x149, "\u{2bc}n"),
    (0x17f, "s"),
    (0x1f0, "j\u{30c}"),
    (0x345, "\u{3b9}"),
    (0x390, "\u{3b9}\u{308}\u{301}"),
    (0x3b0, "\u{3c5}\u{308}\u{301}"),
    (0x3c2, "\u{3c3}"),
    (0x3d0, "\u{3b2}"),
    (0x3d1, "\u{3b8}"),
    (0x3d5, "\u{3c6}"),
    (0x3d6, "\u{3c0}"),
    (0x3f0, "\u{3ba}"),
    (0x3f1, "\u{3c1}"),
    (0x3f5, "\u{3b5}"),
    (0x587, "\u{565}\u{582}"),
    (0x1c80, "\u{432}"),
    (0x1c81, "\u{434}"),
    (0x1c82, "\u{43e}"),
    (0x1c83, "\u{441}"),
    (0x1c84, "\u{442}"),
    (0x1c85, "\u{442}"),
    (0x1c86, "\u{44a}"),
    (0x1c87, "\u{463}"),
    (0x1c88, "\u{a64b}"),
    (0x1e96, "h\u{331}"),
    (0x1e97, "t\u{308}"),
    (0x1e98, "w\u{30a}"),
    (0x1e99, "y\u{30a}"),
    (0x1e9a, "a\u{2be}"),
    (0x1e9b, "\u{1e61}"),
    (0x1e9e, "ss"),
    (0x1f50, "\u{3c5}\u{313}"),
    (0x1f52, "\u{3c5}\u{313}\u{300}"),
    (0x1f54, "\u{3c5}\u{313}\u{301}"),
    (0x1f56, "\u{3c5}\u{313}\u{342}"),
    (0x1f80, "\u{1f00}\u{3b9}"),
    (0x1f81, "\u{1f01}\u{3b9}"),
    (0x1f82, "\u{1f02}\u{3b9}"),
    (0x1f83, "\u{1f03}\u{3b9}"),
    (0x1f84, "\u{1f04}\u{3b9}"),
    (0x1f85, "\u{1f05}\u{3b9}"),
    (0x1f86, "\u{1f06}\u{3b9}"),
    (0x1f87, "\u{1f07}\u{3b9}"),
    (0x1f88, "\u{1f00}\u{3b9}"),
    (0x1f89, "\u{1f01}\u{3b9}"),
    (0x1f8a, "\u{1f02}\u{3b9}"),
    (0x1f8b, "\u{1f03}\u{3b9}"),
    (0x1f8c, "\u{1f04}\u{3b9}"),
    (0x1f8d, "\u{1f05}\u{3b9}"),
    (0x1f8e, "\u{1f06}\u{3b9}"),
    (0x1f8f, "\u{1f07}\u{3b9}"),
    (0x1f90, "\u{1f20}\u{3b9}"),
    (0x1f91, "\u{1f21}\u{3b9}"),
    (0x1f92, "\u{1f22}\u{3b9}"),
    (0x1f93, "\u{1f23}\u{3b9}"),
    (0x1f94, "\u{1f24}\u{3b9}"),
    (0x1f95, "\u{1f25}\u{3b9}"),
    (0x1f96, "\u{1f26}\u{3b9}"),
    (0x1f97, "\u{1f27}\u{3b9}"),
    (0x1f98, "\u{1f20}\u{3b9}"),
    (0x1f99, "\u{1f21}\u{3b9}"),
    (0x1f9a, "\u{1f22}\u{3b9}"),
    (0x1f9b, "\u{1f23}\u{3b9}"),
    (0x1f9c, "\u{1f24}\u{3b9}"),
    (0x1f9d, "\u{1f25}\u{3b9}"),
    (0x1f9e, "\u{1f26}\u{3b9}"),
    (0x1f9f, "\u{1f27}\u{3b9}"),
    (0x1fa0, "\u{1f60}\u{3b9}"),
    (0x1fa1, "\u{1f61}\u{3b9}"),
    (0x1fa2, "\u{1f62}\u{3b9}"),
    (0x1fa3, "\u{1f63}\u{3b9}"),
    (0x1fa4, "\u{1f64}\u{3b9}"),
    (0x1fa5, "\u{1f65}\u{3b9}"),
    (0x1fa6, "\u{1f66}\u{3b9}"),
    (0x1fa7, "\u{1f67}\u{3b9}"),
    (0x1fa8, "\u{1f60}\u{3b9}"),
    (0x1fa9, "\u{1f61}\u{3b9}"),
    (0x1faa, "\u{1f62}\u{3b9}"),
    (0x1fab, "\u{1f63}\u{3b9}"),
    (0x1fac, "\u{1f64}\u{3b9}"),
    (0x1fad, "\u{1f65}\u{3b9}"),
    (0x1fae, "\u{1f66}\u{3b9}"),
    (0x1faf, "\u{1f67}\u{3b9}"),
    (0x1fb2, "\u{1f70}\u{3b9}"),
    (0x1fb3, "\u{3b1}\u{3b9}"),
    (0x1fb4, "\u{3ac}\u{3b9}"),
    (0x1fb6, "\u{3b1}\u{342}"),
    (0x1fb7, "\u{3b1}\u{342}\u{3b9}"),
    (0x1fbc, "\u{3b1}\u{3b9}"),
    (0x1fbe, "\u{3b9}"),
    (0x1fc2, "\u{1f74}\u{3b9}"),
    (0x1fc3, "\u{3b7}\u{3b9}"),
    (0x1fc4, "\u{3ae}\u{3b9}"),
    (0x1fc6, "\u{3b7}\u{342}"),
    (0x1fc7, "\u{3b7}\u{342}\u{3b9}"),
    (0x1fcc, "\u{3b7}\u{3b9}"),
    (0x1fd2, "\u{3b9}\u{308}\u{300}"),
    (0x1fd3, "\u{3b9}\u{308}\u{301}"),
    (0x1fd6, "\u{3b9}\u{342}"),
    (0x1fd7, "\u{3b9}\u{308}\u{342}"),
    (0x1fe2, "\u{3c5}\u{308}\u{300}"),
    (0x1fe3, "\u{3c5}\u{308}\u{301}"),
    (0x1fe4, "\u{3c1}\u{313}"),
    (0x1fe6, "\u{3c5}\u{342}"),
    (0x1fe7, "\u{3c5}\u{308}\u{342}"),
    (0x1ff2, "\u{1f7c}\u{3b9}"),
    (0x1ff3, "\u{3c9}\u{3b9}"),
    (0x1ff4, "\u{3ce}\u{3b9}"),
    (0x1ff6, "\u{3c9}\u{342}"),
    (0x1ff7, "\u{3c9}\u{342}\u{3b9}"),
    (0x1ffc, "\u{3c9}\u{3b9}"),
    (0xfb00, "ff"),
    (0xfb01, "fi"),
    (0xfb02, "fl"),
    (0xfb03, "ffi"),
    (0xfb04, "ffl"),
    (0xfb05, "st"),
    (0xfb06, "st"),
    (0xfb13, "\u{574}\u{576}"),
    (0xfb14, "\u{574}\u{565}"),
    (0xfb15, "\u{574}\u{56b}"),
    (0xfb16, "\u{57e}\u{576}"),
    (0xfb17, "\u{574}\u{56d}"),
];
