// SPDX-License-Identifier: MIT
//! The methods of `bytes` and `bytearray` (CPython 3.11's), computed on a copy of the data in
//! Rust; results are `bytes` for bytes and `bytearray` for bytearray.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::super::constructors::kwarg;
use super::super::native::NativeFn;
use super::super::{int, list, tuple};
use super::{byte_value, data, new_kind, set_data};

/// The largest result a method may build, in bytes (beyond it: MemoryError).
const MAX_LEN: usize = 1 << 28;

// ---- argument helpers ----

/// `self`: its data and kind (Bytes or ByteArray).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, Kind)> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    let b = vm.builtin_value(s);
    match vm.heap.kind(b) {
        k @ (Kind::Bytes | Kind::ByteArray) => Ok((data(vm, b).to_vec(), k)),
        _ => {
            let t = vm.type_name(s);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `self` of a bytearray mutator: the builtin bytearray block.
fn this_mut(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    if let Some(&s) = args.first() {
        let b = vm.builtin_value(s);
        if vm.heap.kind(b) == Kind::ByteArray {
            return Ok(b);
        }
        let t = vm.type_name(s);
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
        )));
    }
    Err(vm.type_error(format!("descriptor '{name}' needs an argument")))
}

/// Positional argument `i` (after self) or keyword `name`.
fn arg(vm: &Vm, args: &[Value], kw: &[(Value, Value)], i: usize, name: &str) -> Option<Value> {
    args.get(i + 1).copied().or_else(|| kwarg(vm, kw, name))
}

/// Checks the positional count (after self) and keyword names.
fn check(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    max: usize,
    kwnames: &[&str],
) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    let q = qualname(vm, args, name);
    if n > max {
        return Err(match max {
            0 => vm.type_error(format!("{q}() takes no arguments ({n} given)")),
            1 if kwnames.is_empty() => {
                vm.type_error(format!("{q}() takes exactly one argument ({n} given)"))
            }
            _ => vm.type_error(format!(
                "{name}() takes at most {max} arguments ({n} given)"
            )),
        });
    }
    for (k, _) in kw {
        let t = String::from(vm.str_text(*k).unwrap_or("?"));
        if !kwnames.contains(&t.as_str()) {
            if kwnames.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{t}'")));
        }
    }
    Ok(())
}

/// `bytes.name` or `bytearray.name`, as CPython names methods in argument errors.
fn qualname(vm: &Vm, args: &[Value], name: &str) -> String {
    let ba = args
        .first()
        .is_some_and(|&s| vm.heap.kind(vm.builtin_value(s)) == Kind::ByteArray);
    format!("{}.{name}", if ba { "bytearray" } else { "bytes" })
}

/// How a method reports a missing required argument (CPython varies).
#[derive(Clone, Copy)]
enum Req {
    /// `bytes.join() takes exactly one argument (0 given)`.
    One,
    /// `find() takes at least 1 argument (0 given)`.
    AtLeast,
    /// `center expected at least 1 argument, got 0`.
    Expected(usize),
}

fn required(
    vm: &mut Vm,
    args: &[Value],
    v: Option<Value>,
    name: &str,
    how: Req,
) -> PyResult<Value> {
    if let Some(v) = v {
        return Ok(v);
    }
    let given = args.len().saturating_sub(1);
    Err(match how {
        Req::One => {
            let q = qualname(vm, args, name);
            vm.type_error(format!("{q}() takes exactly one argument ({given} given)"))
        }
        Req::AtLeast => vm.type_error(format!(
            "{name}() takes at least 1 argument ({given} given)"
        )),
        Req::Expected(n) => {
            let s = if n == 1 { "" } else { "s" };
            vm.type_error(format!(
                "{name} expected at least {n} argument{s}, got {given}"
            ))
        }
    })
}

/// The data of a bytes-like value, None for anything else.
pub(super) fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let b = vm.builtin_value(v);
    match vm.heap.kind(b) {
        Kind::Bytes | Kind::ByteArray => Some(data(vm, b).to_vec()),
        Kind::MemoryView => Some(super::super::memoryview::to_vec(vm, b)),
        _ => None,
    }
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
fn need_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes_like(vm, v) {
        Some(d) => Ok(d),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The needle of `find`/`count`/`index`: a byte value or a bytes-like.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_int(v) {
        return Ok(alloc::vec![byte_value(vm, v)?]);
    }
    match bytes_like(vm, v) {
        Some(d) => Ok(d),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
    }
}

/// A slice bound argument (None allowed) as i64.
fn bound(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// Python's ADJUST_INDICES: (start, end) clamped to `0..=len`; start may exceed end, and start
/// may exceed len only as `len + 1` (meaning "past the end").
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize, bool) {
    let n = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    let past = s > n;
    (s.min(n) as usize, e as usize, past)
}

fn find_in(hay: &[u8], needle: &[u8], from: usize, to: usize, rev: bool) -> Option<usize> {
    if to < from || to - from < needle.len() {
        return None;
    }
    let h = hay.get(from..to)?;
    if needle.is_empty() {
        return Some(if rev { to } else { from });
    }
    let mut it = h.windows(needle.len());
    if rev {
        it.rposition(|w| w == needle).map(|i| i + from)
    } else {
        it.position(|w| w == needle).map(|i| i + from)
    }
}

/// `find`/`rfind`/`index`/`rindex`: the position or None.
fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let (d, _) = this(vm, args, name)?;
    check(vm, name, args, kw, 3, &[])?;
    let sub = required(vm, args, args.get(1).copied(), name, Req::AtLeast)?;
    let sub = needle(vm, sub)?;
    let s = bound(vm, args.get(2).copied())?;
    let e = bound(vm, args.get(3).copied())?;
    let (s, e, past) = adjust(s, e, d.len());
    if past {
        return Ok(None);
    }
    Ok(find_in(&d, &sub, s, e, rev))
}

fn make(vm: &mut Vm, kind: Kind, d: &[u8]) -> PyResult<Value> {
    if d.len() > MAX_LEN {
        return Err(vm.memory_error());
    }
    new_kind(vm, kind, d)
}

/// A list of new bytes/bytearray objects.
fn make_list(vm: &mut Vm, kind: Kind, parts: &[Vec<u8>]) -> PyResult<Value> {
    let l = list::alloc(vm, parts.len())?;
    let depth = vm.heap.push_root(l);
    let r = (|| {
        for p in parts {
            let b = new_kind(vm, kind, p)?;
            let d2 = vm.heap.push_root(b);
            let r = list::append(vm, l, b);
            vm.heap.pop_roots(d2);
            r?;
        }
        Ok(l)
    })();
    vm.heap.pop_roots(depth);
    r
}

/// A tuple of new bytes/bytearray objects.
fn make_tuple(vm: &mut Vm, kind: Kind, parts: &[&[u8]]) -> PyResult<Value> {
    let depth = vm.heap.push_root(Value::NONE);
    let r = (|| {
        let mut items = Vec::with_capacity(parts.len());
        for p in parts {
            let b = new_kind(vm, kind, p)?;
            vm.heap.push_root(b);
            items.push(b);
        }
        tuple::new(vm, &items)
    })();
    vm.heap.pop_roots(depth);
    r
}

fn int_result(vm: &mut Vm, i: i64) -> PyResult<Value> {
    int::from_i64(vm, i)
}

const fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- searching ----

fn b_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_common(vm, args, kw, "find", false)?;
    int_result(vm, r.map_or(-1, |i| i as i64))
}

fn b_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_common(vm, args, kw, "rfind", true)?;
    int_result(vm, r.map_or(-1, |i| i as i64))
}

fn b_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_common(vm, args, kw, "index", false)? {
        Some(i) => int_result(vm, i as i64),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_common(vm, args, kw, "rindex", true)? {
        Some(i) => int_result(vm, i as i64),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "count")?;
    check(vm, "count", args, kw, 3, &[])?;
    let sub = required(vm, args, args.get(1).copied(), "count", Req::AtLeast)?;
    let sub = needle(vm, sub)?;
    let s = bound(vm, args.get(2).copied())?;
    let e = bound(vm, args.get(3).copied())?;
    let (s, e, past) = adjust(s, e, d.len());
    if past || e < s {
        return int_result(vm, 0);
    }
    let h = d.get(s..e).unwrap_or(&[]);
    let n = if sub.is_empty() {
        h.len() + 1
    } else {
        count_non_overlapping(h, &sub)
    };
    int_result(vm, n as i64)
}

fn count_non_overlapping(h: &[u8], sub: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= h.len() {
        if h.get(i..i + sub.len()) == Some(sub) {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

fn starts_ends(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    ends: bool,
) -> PyResult<Value> {
    let (d, _) = this(vm, args, name)?;
    check(vm, name, args, kw, 3, &[])?;
    let p = required(vm, args, args.get(1).copied(), name, Req::AtLeast)?;
    let s = bound(vm, args.get(2).copied())?;
    let e = bound(vm, args.get(3).copied())?;
    let (s, e, past) = adjust(s, e, d.len());
    let is_tuple = vm.heap.kind(p) == Kind::Tuple;
    let items = if is_tuple {
        tuple::items(vm, p)
    } else {
        alloc::vec![p]
    };
    for x in items {
        let Some(c) = bytes_like(vm, x) else {
            let t = vm.type_name(x);
            return Err(if is_tuple {
                vm.type_error(format!("a bytes-like object is required, not '{t}'"))
            } else {
                vm.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {t}"
                ))
            });
        };
        if past || e < s || e - s < c.len() {
            continue;
        }
        let window = if ends {
            d.get(e - c.len()..e)
        } else {
            d.get(s..s + c.len())
        };
        if window == Some(c.as_slice()) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "endswith", true)
}

// ---- predicates ----

fn predicate(
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

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn b_isalnum(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}
fn b_isalpha(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}
fn b_isascii(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isascii", |d| d.is_ascii())
}
fn b_isdigit(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isdigit", |d| {
        all_nonempty(d, u8::is_ascii_digit)
    })
}
fn b_isspace(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isspace", |d| all_nonempty(d, |c| is_space(*c)))
}
fn b_islower(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn b_isupper(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn b_istitle(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, a, kw, "istitle", istitle)
}

fn istitle(d: &[u8]) -> bool {
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

fn transform(
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

fn b_lower(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "lower", |d| d.to_ascii_lowercase())
}
fn b_upper(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    transform(vm, a, kw, "upper", |d| d.to_ascii_uppercase())
}
fn b_swapcase(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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
fn b_capitalize(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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
fn b_title(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

fn width_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
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
fn pad(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, how: u8) -> PyResult<Value> {
    let (d, kind) = this(vm, args, name)?;
    check(vm, name, args, kw, 2, &[])?;
    let w = required(vm, args, args.get(1).copied(), name, Req::Expected(1))?;
    let width = width_arg(vm, w)?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&f) => match bytes_like(vm, f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = vm.type_name(f);
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

fn b_center(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, kw, "center", 0)
}
fn b_ljust(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, kw, "ljust", 1)
}
fn b_rjust(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, kw, "rjust", 2)
}

fn b_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

fn b_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

// ---- stripping, splitting, joining ----

fn strip_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (d, kind) = this(vm, args, name)?;
    check(vm, name, args, kw, 1, &[])?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(&c) if !c.is_none() => Some(need_bytes(vm, c)?),
        _ => None,
    };
    let strip_it = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip_it(&d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(&d[e - 1]) {
            e -= 1;
        }
    }
    make(vm, kind, &d[s..e])
}

fn b_strip(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, a, kw, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, a, kw, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, a, kw, "rstrip", false, true)
}

/// `self`'s data and kind, the separator (None: whitespace) and maxsplit.
type SplitArgs = (Vec<u8>, Kind, Option<Vec<u8>>, i64);

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<SplitArgs> {
    let (d, kind) = this(vm, args, name)?;
    check(vm, name, args, kw, 2, &["sep", "maxsplit"])?;
    let sep = match arg(vm, args, kw, 0, "sep") {
        Some(s) if !s.is_none() => {
            let s = need_bytes(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let maxsplit = match arg(vm, args, kw, 1, "maxsplit") {
        Some(m) => match vm.index_value(m)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(m);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => -1,
    };
    Ok((d, kind, sep, maxsplit))
}

fn split_whitespace(d: &[u8], maxsplit: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    if !rev {
        let mut i = 0;
        let n = d.len();
        loop {
            while i < n && is_space(d[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if left == 0 {
                parts.push(d[i..].to_vec());
                break;
            }
            let s = i;
            while i < n && !is_space(d[i]) {
                i += 1;
            }
            parts.push(d[s..i].to_vec());
            left -= 1;
        }
    } else {
        let mut i = d.len();
        loop {
            while i > 0 && is_space(d[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if left == 0 {
                parts.push(d[..i].to_vec());
                break;
            }
            let e = i;
            while i > 0 && !is_space(d[i - 1]) {
                i -= 1;
            }
            parts.push(d[i..e].to_vec());
            left -= 1;
        }
        parts.reverse();
    }
    parts
}

fn split_sep(d: &[u8], sep: &[u8], maxsplit: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut parts = Vec::new();
    if !rev {
        let mut start = 0;
        let mut i = 0;
        while left > 0 && i + sep.len() <= d.len() {
            if &d[i..i + sep.len()] == sep {
                parts.push(d[start..i].to_vec());
                i += sep.len();
                start = i;
                left -= 1;
            } else {
                i += 1;
            }
        }
        parts.push(d[start..].to_vec());
    } else {
        let mut end = d.len();
        let mut i = d.len();
        while left > 0 && i >= sep.len() {
            if &d[i - sep.len()..i] == sep {
                parts.push(d[i..end].to_vec());
                i -= sep.len();
                end = i;
                left -= 1;
            } else {
                i -= 1;
            }
        }
        parts.push(d[..end].to_vec());
        parts.reverse();
    }
    parts
}

fn b_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind, sep, maxsplit) = split_args(vm, args, kw, "split")?;
    let parts = match sep {
        Some(s) => split_sep(&d, &s, maxsplit, false),
        None => split_whitespace(&d, maxsplit, false),
    };
    make_list(vm, kind, &parts)
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind, sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    let parts = match sep {
        Some(s) => split_sep(&d, &s, maxsplit, true),
        None => split_whitespace(&d, maxsplit, true),
    };
    make_list(vm, kind, &parts)
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "splitlines")?;
    check(vm, "splitlines", args, kw, 1, &["keepends"])?;
    let keep = match arg(vm, args, kw, 0, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let eol = if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            let end = if keep { i + eol } else { i };
            parts.push(d[start..end].to_vec());
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        parts.push(d[start..].to_vec());
    }
    make_list(vm, kind, &parts)
}

fn partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], rev: bool) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    let (d, kind) = this(vm, args, name)?;
    check(vm, name, args, kw, 1, &[])?;
    let sep = required(vm, args, args.get(1).copied(), name, Req::One)?;
    let sep = need_bytes(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    match find_in(&d, &sep, 0, d.len(), rev) {
        Some(i) => make_tuple(vm, kind, &[&d[..i], &sep, &d[i + sep.len()..]]),
        None if rev => make_tuple(vm, kind, &[&[], &[], &d]),
        None => make_tuple(vm, kind, &[&d, &[], &[]]),
    }
}

fn b_partition(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition(vm, a, kw, false)
}
fn b_rpartition(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition(vm, a, kw, true)
}

fn b_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (sep, kind) = this(vm, args, "join")?;
    check(vm, "join", args, kw, 1, &[])?;
    let it = required(vm, args, args.get(1).copied(), "join", Req::One)?;
    if !super::super::iter::is_iterable(vm, it) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let (items, depth) = vm.rooted_items(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(vm, *x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let t = vm.type_name(*x);
                vm.heap.pop_roots(depth);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
        if out.len() > MAX_LEN {
            vm.heap.pop_roots(depth);
            return Err(vm.memory_error());
        }
    }
    vm.heap.pop_roots(depth);
    make(vm, kind, &out)
}

fn b_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "replace")?;
    check(vm, "replace", args, kw, 3, &[])?;
    let old = required(vm, args, args.get(1).copied(), "replace", Req::Expected(2))?;
    let old = need_bytes(vm, old)?;
    let new = match args.get(2) {
        Some(&n) => need_bytes(vm, n)?,
        None => return Err(vm.type_error("replace expected at least 2 arguments, got 1")),
    };
    let count = match args.get(3) {
        Some(&c) => match vm.index_value(c)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(c);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => -1,
    };
    let mut left = if count < 0 { i64::MAX } else { count };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for (i, &c) in d.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
            if out.len() > MAX_LEN {
                return Err(vm.memory_error());
            }
            let _ = i;
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return make(vm, kind, &out);
    }
    let mut i = 0;
    while i < d.len() {
        if left > 0 && d.get(i..i + old.len()) == Some(old.as_slice()) {
            out.extend_from_slice(&new);
            i += old.len();
            left -= 1;
            if out.len() > MAX_LEN {
                return Err(vm.memory_error());
            }
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    make(vm, kind, &out)
}

fn b_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "removeprefix")?;
    check(vm, "removeprefix", args, kw, 1, &[])?;
    let p = required(vm, args, args.get(1).copied(), "removeprefix", Req::One)?;
    let p = need_bytes(vm, p)?;
    let r = d.strip_prefix(p.as_slice()).unwrap_or(&d);
    make(vm, kind, r)
}

fn b_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "removesuffix")?;
    check(vm, "removesuffix", args, kw, 1, &[])?;
    let p = required(vm, args, args.get(1).copied(), "removesuffix", Req::One)?;
    let p = need_bytes(vm, p)?;
    let r = d.strip_suffix(p.as_slice()).unwrap_or(&d);
    make(vm, kind, r)
}

fn b_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, kind) = this(vm, args, "translate")?;
    check(vm, "translate", args, kw, 2, &["delete"])?;
    let table = required(vm, args, args.get(1).copied(), "translate", Req::One)?;
    let table = if table.is_none() {
        None
    } else {
        let t = need_bytes(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match arg(vm, args, kw, 1, "delete") {
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
    make(vm, kind, &out)
}

fn b_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::super::constructors::no_kwargs(vm, "maketrans", kw)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
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

// ---- hex ----

fn b_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "hex")?;
    check(vm, "hex", args, kw, 2, &["sep", "bytes_per_sep"])?;
    let sep = match arg(vm, args, kw, 0, "sep") {
        None => None,
        Some(s) => {
            let text: Option<Vec<u8>> = match vm.as_str(s) {
                Some(t) => Some(t.as_bytes().to_vec()),
                None => bytes_like(vm, s),
            };
            match text {
                Some(t) if t.len() == 1 && t[0].is_ascii() => Some(t[0]),
                Some(_) => return Err(vm.value_error("sep must be length 1.")),
                None => {
                    let t = vm.type_name(s);
                    let sized = matches!(
                        vm.heap.kind(s),
                        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet
                    );
                    return Err(if sized {
                        vm.type_error("sep must be str or bytes.")
                    } else {
                        vm.type_error(format!("object of type '{t}' has no len()"))
                    });
                }
            }
        }
    };
    let per = match arg(vm, args, kw, 1, "bytes_per_sep") {
        Some(v) => match vm.index_value(v)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => 1,
    };
    let s = hex_string(&d, sep, per);
    vm.new_str(&s)
}

/// `data.hex(sep, per)`: groups of `|per|` bytes, counted from the right when `per > 0`.
pub(super) fn hex_string(d: &[u8], sep: Option<u8>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = usize::try_from(per.unsigned_abs().max(1)).unwrap_or(usize::MAX);
    let n = d.len();
    for (i, &b) in d.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && per != 0) {
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

fn b_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::super::constructors::no_kwargs(vm, "fromhex", kw)?;
    let cls = args.first().copied().unwrap_or(TypeId::Bytes.value());
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(text) = vm.as_str(args[1]).map(String::from) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let t = text.as_bytes();
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16);
    loop {
        while i < t.len() && is_space(t[i]) {
            i += 1;
        }
        if i >= t.len() {
            break;
        }
        let Some(hi) = hexval(t[i]) else {
            return Err(fromhex_error(vm, &text, i));
        };
        let Some(lo) = t.get(i + 1).and_then(|&c| hexval(c)) else {
            return Err(fromhex_error(vm, &text, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let kind = if cls == TypeId::ByteArray.value() {
        Kind::ByteArray
    } else if cls == TypeId::Bytes.value() {
        Kind::Bytes
    } else {
        let b = new_kind(vm, Kind::Bytes, &out)?;
        let d = vm.heap.push_root(b);
        let r = vm.call(cls, &[b], &[]);
        vm.heap.pop_roots(d);
        return r;
    };
    new_kind(vm, kind, &out)
}

fn fromhex_error(vm: &mut Vm, text: &str, byte_pos: usize) -> crate::vm::PyErr {
    let pos = text.get(..byte_pos).map_or(byte_pos, |s| s.chars().count());
    vm.value_error(format!(
        "non-hexadecimal number found in fromhex() arg at position {pos}"
    ))
}

// ---- decode ----

fn b_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "decode")?;
    check(vm, "decode", args, kw, 2, &["encoding", "errors"])?;
    let text_arg = |vm: &mut Vm, v: Option<Value>, what: &str, default: &str| match v {
        None => Ok(String::from(default)),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(String::from(s)),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("decode() argument '{what}' must be str, not {t}")))
            }
        },
    };
    let enc = arg(vm, args, kw, 0, "encoding");
    let enc = text_arg(vm, enc, "encoding", "utf-8")?;
    let errors = arg(vm, args, kw, 1, "errors");
    let errors = text_arg(vm, errors, "errors", "strict")?;
    let s = decode_bytes(vm, &d, &enc, &errors)?;
    vm.new_str(&s)
}

/// Decodes `d` with a codec CPython knows (utf-8, ascii, latin-1) and an error handler
/// (`strict`, `ignore`, `replace`, `backslashreplace`).
pub fn decode_bytes(vm: &mut Vm, d: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = codec_name(vm, encoding)?;
    if codec.starts_with("utf-16") || codec.starts_with("utf-32") {
        return decode_wide(vm, d, codec, errors);
    }
    let (d, codec) = if codec == "utf-8-sig" {
        (d.strip_prefix(b"\xef\xbb\xbf").unwrap_or(d), "utf-8")
    } else {
        (d, codec)
    };
    let mut out = String::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        // One step: a run of valid text or one error.
        let (bad_len, reason) = match codec {
            "latin-1" => {
                out.extend(d[i..].iter().map(|&b| b as char));
                break;
            }
            "ascii" => {
                let n = d[i..].iter().take_while(|b| b.is_ascii()).count();
                out.extend(d[i..i + n].iter().map(|&b| b as char));
                i += n;
                if i >= d.len() {
                    break;
                }
                (1, "ordinal not in range(128)")
            }
            _ => match core::str::from_utf8(&d[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let ok = e.valid_up_to();
                    out.push_str(core::str::from_utf8(&d[i..i + ok]).unwrap_or(""));
                    i += ok;
                    match e.error_len() {
                        Some(n) => {
                            let first = d[i];
                            if (0xc2..=0xf4).contains(&first) {
                                (n, "invalid continuation byte")
                            } else {
                                (n, "invalid start byte")
                            }
                        }
                        None => (d.len() - i, "unexpected end of data"),
                    }
                }
            },
        };
        let bad_len = bad_len.max(1);
        decode_error(vm, &mut out, d, i, bad_len, codec, reason, errors)?;
        i += bad_len;
    }
    Ok(out)
}

/// Applies the error handler to the undecodable bytes `d[at..at + len]`.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    out: &mut String,
    d: &[u8],
    at: usize,
    len: usize,
    codec: &str,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in d.iter().skip(at).take(len) {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "strict" => {
            let msg = if len == 1 {
                format!(
                    "'{codec}' codec can't decode byte {:#04x} in position {at}: {reason}",
                    d.get(at).copied().unwrap_or(0)
                )
            } else {
                format!(
                    "'{codec}' codec can't decode bytes in position {at}-{}: {reason}",
                    at + len - 1
                )
            };
            Err(vm.raise_new(TypeId::UnicodeDecodeError, &msg))
        }
        other => Err(vm.raise_new(
            TypeId::LookupError,
            &format!("unknown error handler name '{other}'"),
        )),
    }
}

/// UTF-16 and UTF-32 (`-le`, `-be`, or with a byte order mark, little-endian without one).
fn decode_wide(vm: &mut Vm, d: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    let wide32 = codec.starts_with("utf-32");
    let unit = if wide32 { 4 } else { 2 };
    let (mut big, mut i) = (codec.ends_with("be"), 0);
    if codec == "utf-16" {
        match d {
            [0xff, 0xfe, ..] => i = 2,
            [0xfe, 0xff, ..] => (big, i) = (true, 2),
            _ => {}
        }
    } else if codec == "utf-32" {
        match d {
            [0xff, 0xfe, 0, 0, ..] => i = 4,
            [0, 0, 0xfe, 0xff, ..] => (big, i) = (true, 4),
            _ => {}
        }
    }
    let read = |at: usize| -> Option<u32> {
        let b = d.get(at..at + unit)?;
        let mut v: u32 = 0;
        if big {
            for &x in b {
                v = (v << 8) | u32::from(x);
            }
        } else {
            for &x in b.iter().rev() {
                v = (v << 8) | u32::from(x);
            }
        }
        Some(v)
    };
    let mut out = String::with_capacity(d.len() / unit);
    while i < d.len() {
        let Some(u) = read(i) else {
            decode_error(
                vm,
                &mut out,
                d,
                i,
                d.len() - i,
                codec,
                "truncated data",
                errors,
            )?;
            break;
        };
        let (bad, reason) = if wide32 {
            match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if u > 0x10_ffff => (4, "code point not in range(0x110000)"),
                None => (
                    4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ),
            }
        } else if (0xd800..0xdc00).contains(&u) {
            match read(i + 2) {
                Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                    continue;
                }
                Some(_) => (2, "illegal UTF-16 surrogate"),
                None => (d.len() - i, "unexpected end of data"),
            }
        } else if (0xdc00..0xe000).contains(&u) {
            (2, "illegal encoding")
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        };
        decode_error(vm, &mut out, d, i, bad, codec, reason, errors)?;
        i += bad;
    }
    Ok(out)
}

/// The codec CPython would pick for `encoding` (utf-8, ascii, latin-1), or LookupError.
fn codec_name(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    let key: String = encoding
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Ok(match key.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "utf8sig" => "utf-8-sig",
        "ascii" | "usascii" | "646" => "ascii",
        "latin1" | "iso88591" | "8859" | "cp819" | "latin" | "l1" => "latin-1",
        "utf16" | "u16" => "utf-16",
        "utf16le" => "utf-16-le",
        "utf16be" => "utf-16-be",
        "utf32" | "u32" => "utf-32",
        "utf32le" => "utf-32-le",
        "utf32be" => "utf-32-be",
        _ => {
            return Err(vm.raise_new(
                TypeId::LookupError,
                &format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

/// `text.encode(encoding, errors)` for utf-8, ascii and latin-1, with the error handlers
/// `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace`.
pub fn encode_str(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec_name(vm, encoding)?;
    let limit: u32 = match codec {
        "ascii" => 0x80,
        "latin-1" => 0x100,
        "utf-8-sig" => {
            let mut out = alloc::vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(text.as_bytes());
            return Ok(out);
        }
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let big = codec == "utf-16-be";
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            if codec == "utf-16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let big = codec == "utf-32-be";
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            if codec == "utf-32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        _ => return Ok(text.as_bytes().to_vec()),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let run = chars[i..]
            .iter()
            .take_while(|c| (**c as u32) >= limit)
            .count();
        match errors {
            "strict" => {
                let msg = if run == 1 {
                    let n = c as u32;
                    let r = if n <= 0xff {
                        format!("'\\x{n:02x}'")
                    } else if n <= 0xffff {
                        format!("'\\u{n:04x}'")
                    } else {
                        format!("'\\U{n:08x}'")
                    };
                    format!(
                        "'{codec}' codec can't encode character {r} in position {i}: ordinal not in range({limit})"
                    )
                } else {
                    format!(
                        "'{codec}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        i + run - 1
                    )
                };
                return Err(vm.raise_new(TypeId::UnicodeEncodeError, &msg));
            }
            "ignore" => {}
            "replace" => out.extend(core::iter::repeat_n(b'?', run)),
            "backslashreplace" => {
                for &c in &chars[i..i + run] {
                    let n = c as u32;
                    let e = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..i + run] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => {
                return Err(vm.raise_new(
                    TypeId::LookupError,
                    &format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i += run;
    }
    Ok(out)
}

// ---- bytearray mutation ----

fn ba_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "append")?;
    check(vm, "append", args, kw, 1, &[])?;
    let x = required(vm, args, args.get(1).copied(), "append", Req::One)?;
    let x = byte_value(vm, x)?;
    super::push_bytes(vm, b, &[x])?;
    Ok(Value::NONE)
}

fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "extend")?;
    check(vm, "extend", args, kw, 1, &[])?;
    let x = required(vm, args, args.get(1).copied(), "extend", Req::One)?;
    if vm.as_str(x).is_none()
        && bytes_like(vm, x).is_none()
        && !super::super::iter::is_iterable(vm, x)
    {
        let t = vm.type_name(x);
        return Err(vm.type_error(format!("can't extend bytearray with {t}")));
    }
    if vm.as_str(x).is_some() {
        return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
    }
    super::extend_iterable(vm, b, x)?;
    Ok(Value::NONE)
}

fn ba_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "insert")?;
    check(vm, "insert", args, kw, 2, &[])?;
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let Some(i) = vm.index_value(args[1])? else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let x = byte_value(vm, args[2])?;
    let mut d = data(vm, b).to_vec();
    let n = d.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.insert(pos, x);
    set_data(vm, b, &d)?;
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "pop")?;
    check(vm, "pop", args, kw, 1, &[])?;
    let mut d = data(vm, b).to_vec();
    let i = match args.get(1) {
        Some(&v) => match vm.index_value(v)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => -1,
    };
    if d.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = d.remove(idx as usize);
    set_data(vm, b, &d)?;
    Ok(Value::small_int_unchecked(x as i32))
}

fn ba_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "remove")?;
    check(vm, "remove", args, kw, 1, &[])?;
    let x = required(vm, args, args.get(1).copied(), "remove", Req::One)?;
    let x = byte_value(vm, x)?;
    let mut d = data(vm, b).to_vec();
    let Some(pos) = d.iter().position(|&c| c == x) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    d.remove(pos);
    set_data(vm, b, &d)?;
    Ok(Value::NONE)
}

fn ba_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "reverse")?;
    check(vm, "reverse", args, kw, 0, &[])?;
    let mut d = data(vm, b).to_vec();
    d.reverse();
    set_data(vm, b, &d)?;
    Ok(Value::NONE)
}

fn ba_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "clear")?;
    check(vm, "clear", args, kw, 0, &[])?;
    set_data(vm, b, &[])?;
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "copy")?;
    check(vm, "copy", args, kw, 0, &[])?;
    let d = data(vm, b).to_vec();
    new_kind(vm, Kind::ByteArray, &d)
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
    check(vm, "__len__", args, kw, 0, &[])?;
    int_result(vm, d.len() as i64)
}

fn b_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(vm, args, "__getitem__")?;
    check(vm, "__getitem__", args, kw, 1, &[])?;
    let key = required(vm, args, args.get(1).copied(), "__getitem__", Req::One)?;
    let b = vm.builtin_value(args[0]);
    super::getitem(vm, b, key)
}

fn b_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(vm, args, "__contains__")?;
    check(vm, "__contains__", args, kw, 1, &[])?;
    let x = required(vm, args, args.get(1).copied(), "__contains__", Req::One)?;
    let b = vm.builtin_value(args[0]);
    super::contains(vm, b, x).map(Value::bool)
}

fn ba_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "__setitem__")?;
    check(vm, "__setitem__", args, kw, 2, &[])?;
    let (Some(&key), Some(&v)) = (args.get(1), args.get(2)) else {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    super::setitem(vm, b, key, v)?;
    Ok(Value::NONE)
}

fn ba_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "__delitem__")?;
    check(vm, "__delitem__", args, kw, 1, &[])?;
    let key = required(vm, args, args.get(1).copied(), "__delitem__", Req::One)?;
    super::delitem(vm, b, key)?;
    Ok(Value::NONE)
}

macro_rules! common_methods {
    ($($extra:expr,)*) => {
        &[
            NativeFn::method("capitalize", b_capitalize),
            NativeFn::method("center", b_center),
            NativeFn::method("count", b_count),
            NativeFn::method("decode", b_decode),
            NativeFn::method("endswith", b_endswith),
            NativeFn::method("expandtabs", b_expandtabs),
            NativeFn::method("find", b_find),
            NativeFn::classmethod("fromhex", b_fromhex),
            NativeFn::method("hex", b_hex),
            NativeFn::method("index", b_index),
            NativeFn::method("isalnum", b_isalnum),
            NativeFn::method("isalpha", b_isalpha),
            NativeFn::method("isascii", b_isascii),
            NativeFn::method("isdigit", b_isdigit),
            NativeFn::method("islower", b_islower),
            NativeFn::method("isspace", b_isspace),
            NativeFn::method("istitle", b_istitle),
            NativeFn::method("isupper", b_isupper),
            NativeFn::method("join", b_join),
            NativeFn::method("ljust", b_ljust),
            NativeFn::method("lower", b_lower),
            NativeFn::method("lstrip", b_lstrip),
            NativeFn::function("maketrans", b_maketrans),
            NativeFn::method("partition", b_partition),
            NativeFn::method("removeprefix", b_removeprefix),
            NativeFn::method("removesuffix", b_removesuffix),
            NativeFn::method("replace", b_replace),
            NativeFn::method("rfind", b_rfind),
            NativeFn::method("rindex", b_rindex),
            NativeFn::method("rjust", b_rjust),
            NativeFn::method("rpartition", b_rpartition),
            NativeFn::method("rsplit", b_rsplit),
            NativeFn::method("rstrip", b_rstrip),
            NativeFn::method("split", b_split),
            NativeFn::method("splitlines", b_splitlines),
            NativeFn::method("startswith", b_startswith),
            NativeFn::method("strip", b_strip),
            NativeFn::method("swapcase", b_swapcase),
            NativeFn::method("title", b_title),
            NativeFn::method("translate", b_translate),
            NativeFn::method("upper", b_upper),
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
