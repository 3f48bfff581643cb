// SPDX-License-Identifier: MIT
//! The methods `str`, `bytes` and `bytearray` share, implemented once over byte slices.
//!
//! A str is UTF-8, so searching, splitting on a separator, replacing, counting and partitioning
//! work on its bytes unchanged (a match of valid UTF-8 in valid UTF-8 always starts and ends
//! on character boundaries). What differs is parametrised by the receiver (`Subject`): a str's
//! indices count characters (converted only when the text is not ASCII), its whitespace and
//! line breaks are Unicode's, and its arguments must be str rather than bytes-like. Argument
//! parsing and CPython's messages for each type are in `str_bytes_args.rs`. `str_methods.rs`
//! and `bytes_methods.rs` hold one-line entries that name the method and its type.

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::int_common::is_py_space;
#[cfg(feature = "str-extras")]
use super::str_bytes_args::c_int_arg;
use super::str_bytes_args::{
    buf_arg, int_arg, new_of, parse, result, slice_arg, too_big, Need, Style, Subject,
};
use super::{int, list, tuple};

// ---------------------------------------------------------------------------------------------
// Characters over bytes
// ---------------------------------------------------------------------------------------------

/// Is `b` the first byte of a UTF-8 character (not a continuation byte)?
fn is_lead(b: u8) -> bool {
    b & 0xc0 != 0x80
}

/// The number of indices in `d`: bytes, or the characters of UTF-8 text.
fn units(d: &[u8], bytewise: bool) -> usize {
    if bytewise {
        d.len()
    } else {
        d.iter().filter(|&&b| is_lead(b)).count()
    }
}

/// The byte offset of index `i` (the end when past it).
fn offset_of(d: &[u8], i: usize, bytewise: bool) -> usize {
    if bytewise {
        return i.min(d.len());
    }
    let mut seen = 0;
    for (k, &b) in d.iter().enumerate() {
        if is_lead(b) {
            if seen == i {
                return k;
            }
            seen += 1;
        }
    }
    d.len()
}

/// The character (or byte) at byte offset `i` and its length in bytes.
pub(crate) fn char_at(d: &[u8], i: usize, text: bool) -> (u32, usize) {
    let b0 = d.get(i).copied().unwrap_or(0) as u32;
    if !text || b0 < 0x80 {
        return (b0, 1);
    }
    let n = if b0 >= 0xf0 {
        4
    } else if b0 >= 0xe0 {
        3
    } else {
        2
    };
    let mut c = b0 & (0x7f >> n);
    for k in 1..n {
        c = (c << 6) | (d.get(i + k).copied().unwrap_or(0x80) as u32 & 0x3f);
    }
    (c, n)
}

/// The character (or byte) ending at byte offset `i` (> 0) and its length.
fn char_before(d: &[u8], i: usize, text: bool) -> (u32, usize) {
    let mut j = i.saturating_sub(1);
    if text {
        while j > 0 && !d.get(j).copied().is_some_and(is_lead) {
            j -= 1;
        }
    }
    (char_at(d, j, text).0, i - j)
}

/// Whitespace: a str's is Unicode's (plus the separators `\x1c`-`\x1f`), bytes' is ASCII's.
pub(crate) fn is_space(c: u32, text: bool) -> bool {
    match c {
        0x09..=0x0d | 0x20 => true,
        0x1c..=0x1f => text,
        _ if c < 0x80 || !text => false,
        _ => char::from_u32(c).is_some_and(is_py_space),
    }
}

/// The first (or, with `rev`, last) position of `n` in `h`; an empty needle matches at the
/// start (end). Short needles are compared where their first byte occurs (fast on text);
/// longer ones are found by a rolling hash, so that no input takes quadratic time.
pub(crate) fn find_bytes(h: &[u8], n: &[u8], rev: bool) -> Option<usize> {
    let Some(&first) = n.first() else {
        return Some(if rev { h.len() } else { 0 });
    };
    let last = h.len().checked_sub(n.len())?;
    if n.len() > SHORT_NEEDLE {
        return find_rolling(h, n, rev);
    }
    let hit = |i: usize| h.get(i..i + n.len()) == Some(n);
    if rev {
        let mut end = last + 1;
        while let Some(i) = h.get(..end)?.iter().rposition(|&b| b == first) {
            if hit(i) {
                return Some(i);
            }
            end = i;
        }
    } else {
        let mut i = 0;
        while let Some(p) = h.get(i..=last)?.iter().position(|&b| b == first) {
            if hit(i + p) {
                return Some(i + p);
            }
            i += p + 1;
        }
    }
    None
}

/// Needles up to this length are compared in place (at most this many byte comparisons per
/// byte of the haystack).
const SHORT_NEEDLE: usize = 16;

/// Rabin-Karp: a hash of each window, updated in O(1) per step, compared with the needle's;
/// equal hashes are checked byte by byte. `h.len() >= n.len() > 0`.
fn find_rolling(h: &[u8], n: &[u8], rev: bool) -> Option<usize> {
    const B: u32 = 0x0100_0193;
    let m = n.len();
    let at = |i: usize| u32::from(h.get(i).copied().unwrap_or(0));
    // Window hashes weight the byte at the far end (the end the scan moves away from) most.
    let hash = |s: &[u8]| {
        let f = |a: u32, &c: &u8| a.wrapping_mul(B).wrapping_add(u32::from(c));
        if rev {
            s.iter().rev().fold(0, f)
        } else {
            s.iter().fold(0, f)
        }
    };
    let pow = (1..m).fold(1u32, |p, _| p.wrapping_mul(B));
    let target = hash(n);
    let hit = |i: usize| h.get(i..i + m) == Some(n);
    let mut i = if rev { h.len() - m } else { 0 };
    let mut x = hash(h.get(i..i + m)?);
    loop {
        if x == target && hit(i) {
            return Some(i);
        }
        if rev {
            if i == 0 {
                return None;
            }
            x = x.wrapping_sub(at(i + m - 1).wrapping_mul(pow));
            i -= 1;
            x = x.wrapping_mul(B).wrapping_add(at(i));
        } else {
            if i + m >= h.len() {
                return None;
            }
            x = x.wrapping_sub(at(i).wrapping_mul(pow));
            x = x.wrapping_mul(B).wrapping_add(at(i + m));
            i += 1;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/// A new list of the parts `ranges` of the receiver, each of its type.
fn parts_list(vm: &mut Vm, s: &Subject, ranges: &[(usize, usize)]) -> PyResult<Value> {
    let l = list::alloc(vm, ranges.len())?;
    let depth = vm.heap.push_root(l);
    let r = (|| {
        for &(a, b) in ranges {
            let v = new_of(vm, s.kind, s.data.get(a..b).unwrap_or(&[]))?;
            vm.heap.push_root(v);
            list::append(vm, l, v)?;
        }
        Ok(l)
    })();
    vm.heap.pop_roots(depth);
    r
}

/// A tuple of three new objects of the receiver's type.
#[cfg(feature = "str-extras")]
fn triple(vm: &mut Vm, kind: Kind, parts: [&[u8]; 3]) -> PyResult<Value> {
    let depth = vm.heap.push_root(Value::NONE);
    let r = (|| {
        let mut items = [Value::NONE; 3];
        for (slot, p) in items.iter_mut().zip(parts) {
            *slot = new_of(vm, kind, p)?;
            vm.heap.push_root(*slot);
        }
        tuple::new(vm, &items)
    })();
    vm.heap.pop_roots(depth);
    r
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// What `search` computes.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Search {
    /// `find`: the index or -1.
    Find,
    /// `rfind`.
    RFind,
    /// `index`: the index or ValueError.
    Index,
    /// `rindex`.
    RIndex,
    /// `count`: non-overlapping matches.
    Count,
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` (negative from the end) into `0..=len`
/// (start may exceed end).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let e = match end.unwrap_or(len) {
        e if e > len => len,
        e if e < 0 => e.saturating_add(len).max(0),
        e => e,
    };
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = s.saturating_add(len).max(0);
    }
    (s as usize, e as usize)
}

/// The `[start:end]` window of `s` (in indices) as a byte range and the index of its start;
/// None when it is empty beyond the end or shorter than `min` indices.
fn window(
    s: &Subject,
    start: Option<i64>,
    end: Option<i64>,
    min: usize,
) -> Option<(usize, usize, usize)> {
    let (a, b) = adjust(start, end, units(&s.data, s.bytewise));
    if b < a || b - a < min {
        return None;
    }
    let ab = offset_of(&s.data, a, s.bytewise);
    let bb = ab + offset_of(s.data.get(ab..).unwrap_or(&[]), b - a, s.bytewise);
    Some((ab, bb, a))
}

/// `find`, `rfind`, `index`, `rindex`, `count`.
pub(crate) fn search(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    op: Search,
) -> PyResult<Value> {
    let name = match op {
        Search::Find => "find",
        Search::RFind => "rfind",
        Search::Index => "index",
        Search::RIndex => "rindex",
        Search::Count => "count",
    };
    let (s, [sub, start, end]) = parse(vm, args, kw, name, table, Style::Tuple(1, 3))?;
    // The slice bounds are checked before the needle, as CPython does.
    let start = slice_arg(vm, start)?;
    let end = slice_arg(vm, end)?;
    let sub = buf_arg(vm, sub.unwrap_or(Value::NONE), s.text(), Need::Sub, name)?;
    let w = window(&s, start, end, units(&sub, s.bytewise || sub.is_ascii()));
    let hay = w.and_then(|(a, b, _)| s.data.get(a..b));
    let found = match (hay, op) {
        (None, Search::Count) => return int::from_i64(vm, 0),
        (Some(h), Search::Count) => {
            let n = if sub.is_empty() {
                units(h, s.bytewise) + 1
            } else {
                let mut n = 0;
                let mut i = 0;
                while let Some(p) = h.get(i..).and_then(|t| find_bytes(t, &sub, false)) {
                    n += 1;
                    i += p + sub.len();
                }
                n
            };
            return int::from_i64(vm, n as i64);
        }
        (None, _) => None,
        (Some(h), _) => {
            let rev = matches!(op, Search::RFind | Search::RIndex);
            find_bytes(h, &sub, rev).map(|p| units(h.get(..p).unwrap_or(&[]), s.bytewise))
        }
    };
    match (found, w) {
        (Some(i), Some((_, _, first))) => int::from_i64(vm, (first + i) as i64),
        _ if matches!(op, Search::Find | Search::RFind) => int::from_i64(vm, -1),
        _ if s.text() => Err(vm.value_error("substring not found")),
        _ => Err(vm.value_error("subsection not found")),
    }
}

/// `startswith` (`end` false) and `endswith`.
pub(crate) fn affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    end: bool,
) -> PyResult<Value> {
    let name = if end { "endswith" } else { "startswith" };
    let (s, [p, start, stop]) = parse(vm, args, kw, name, table, Style::Tuple(1, 3))?;
    let p = p.unwrap_or(Value::NONE);
    let start = slice_arg(vm, start)?;
    let stop = slice_arg(vm, stop)?;
    let w = window(&s, start, stop, 0);
    let is_tuple = !p.is_qstr() && vm.heap.kind(p) == Kind::Tuple;
    let items = if is_tuple {
        tuple::items(vm, p)
    } else {
        alloc::vec![p]
    };
    let tn = if s.text() { "str" } else { "bytes" };
    for x in items {
        let c = if s.text() {
            vm.as_str(x).map(|t| t.as_bytes().to_vec())
        } else {
            super::str_bytes_args::bytes_like(vm, x)
        };
        let Some(c) = c else {
            return Err(vm.type_error(match (is_tuple, s.text()) {
                (false, _) => error_msg!(
                    "first arg must be str or a tuple of str",
                    "{name} first arg must be {tn} or a tuple of {tn}, not {t}",
                    t = vm.type_name(x)
                ),
                (true, true) => error_msg!(
                    "tuple must only contain str",
                    "tuple for {name} must only contain str, not {t}",
                    t = vm.type_name(x)
                ),
                (true, false) => error_msg!(
                    "need a bytes-like object",
                    "a bytes-like object is required, not '{t}'",
                    t = vm.type_name(x)
                ),
            }));
        };
        let Some((a, b, _)) = w else { continue };
        let h = s.data.get(a..b).unwrap_or(&[]);
        if (end && h.ends_with(&c)) || (!end && h.starts_with(&c)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

// ---------------------------------------------------------------------------------------------
// Splitting and partitioning
// ---------------------------------------------------------------------------------------------

/// Whitespace split of `d`, at most `max` splits, from the left or (`rev`) from the right.
fn split_ws(d: &[u8], text: bool, max: usize, rev: bool) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut left = max;
    let step = |i: usize, space: bool| {
        if rev {
            let (c, l) = char_before(d, i, text);
            (is_space(c, text) == space, i - l)
        } else {
            let (c, l) = char_at(d, i, text);
            (is_space(c, text) == space, i + l)
        }
    };
    let (mut i, stop) = if rev { (d.len(), 0) } else { (0, d.len()) };
    loop {
        while i != stop {
            match step(i, true) {
                (true, j) => i = j,
                _ => break,
            }
        }
        if i == stop {
            break;
        }
        if left == 0 {
            parts.push(if rev { (0, i) } else { (i, d.len()) });
            break;
        }
        let first = i;
        while i != stop {
            match step(i, false) {
                (true, j) => i = j,
                _ => break,
            }
        }
        parts.push(if rev { (i, first) } else { (first, i) });
        left -= 1;
    }
    if rev {
        parts.reverse();
    }
    parts
}

/// Split of `d` on `sep`, at most `max` splits.
fn split_sep(d: &[u8], sep: &[u8], max: usize, rev: bool) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut left = max;
    let (mut a, mut b) = (0, d.len());
    while left > 0 {
        let Some(p) = d.get(a..b).and_then(|h| find_bytes(h, sep, rev)) else {
            break;
        };
        if rev {
            parts.push((a + p + sep.len(), b));
            b = a + p;
        } else {
            parts.push((a, a + p));
            a += p + sep.len();
        }
        left -= 1;
    }
    parts.push((a, b));
    if rev {
        parts.reverse();
    }
    parts
}

/// `split` and (`rev`) `rsplit`.
pub(crate) fn split(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    rev: bool,
) -> PyResult<Value> {
    let name = if rev { "rsplit" } else { "split" };
    let (s, [sep, max, _]) = parse(vm, args, kw, name, table, Style::Kw(&["sep", "maxsplit"]))?;
    // maxsplit's type is checked before sep's, as CPython's argument parsing does.
    let max = match max {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let parts = match sep {
        Some(sep) if sep != Value::NONE => {
            let sep = buf_arg(vm, sep, s.text(), Need::Sep, name)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            split_sep(&s.data, &sep, max, rev)
        }
        _ => split_ws(&s.data, s.text(), max, rev),
    };
    parts_list(vm, &s, &parts)
}

/// `splitlines`: a str's line boundaries are Unicode's, bytes' only `\n`, `\r` and `\r\n`.
#[cfg(feature = "str-extras")]
pub(crate) fn splitlines(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
) -> PyResult<Value> {
    let (s, [keep, ..]) = parse(vm, args, kw, "splitlines", table, Style::Kw(&["keepends"]))?;
    let keep = match keep {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let (d, text) = (&s.data, s.text());
    let mut parts = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < d.len() {
        let (c, l) = char_at(d, i, text);
        let brk = match c {
            0x0a | 0x0d => true,
            0x0b | 0x0c | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029 => text,
            _ => false,
        };
        i += l;
        if brk {
            let eol = i;
            if c == 0x0d && d.get(i) == Some(&b'\n') {
                i += 1;
            }
            parts.push((start, if keep { i } else { eol - l }));
            start = i;
        }
    }
    if start < d.len() {
        parts.push((start, d.len()));
    }
    parts_list(vm, &s, &parts)
}

/// `partition` and (`rev`) `rpartition`.
#[cfg(feature = "str-extras")]
pub(crate) fn partition(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    rev: bool,
) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    let (s, [sep, ..]) = parse(vm, args, kw, name, table, Style::One)?;
    let sep = buf_arg(vm, sep.unwrap_or(Value::NONE), s.text(), Need::Plain, name)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = s.data.as_slice();
    match find_bytes(d, &sep, rev) {
        Some(i) => {
            let after = d.get(i + sep.len()..).unwrap_or(&[]);
            triple(vm, s.kind, [d.get(..i).unwrap_or(&[]), &sep, after])
        }
        None if rev => triple(vm, s.kind, [&[], &[], d]),
        None => triple(vm, s.kind, [d, &[], &[]]),
    }
}

// ---------------------------------------------------------------------------------------------
// Stripping, replacing, joining, padding
// ---------------------------------------------------------------------------------------------

/// `strip` (`left` and `right`), `lstrip`, `rstrip`.
pub(crate) fn strip(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let name = match (left, right) {
        (true, true) => "strip",
        (true, false) => "lstrip",
        _ => "rstrip",
    };
    let (s, [chars, ..]) = parse(vm, args, kw, name, table, Style::Clinic(0, 1))?;
    let text = s.text();
    let set: Option<Vec<u32>> = match chars {
        Some(c) if c != Value::NONE => {
            let b = buf_arg(vm, c, text, Need::Chars, name)?;
            let mut set = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let (c, l) = char_at(&b, i, text);
                set.push(c);
                i += l;
            }
            Some(set)
        }
        _ => None,
    };
    let strip_it = |c: u32| match &set {
        Some(set) => set.contains(&c),
        None => is_space(c, text),
    };
    let d = s.data.as_slice();
    let (mut a, mut b) = (0, d.len());
    while left && a < b {
        let (c, l) = char_at(d, a, text);
        if !strip_it(c) {
            break;
        }
        a += l;
    }
    while right && b > a {
        let (c, l) = char_before(d, b, text);
        if !strip_it(c) {
            break;
        }
        b -= l;
    }
    result(vm, &s, d.get(a..b).unwrap_or(&[]))
}

/// `replace(old, new[, count])`.
pub(crate) fn replace(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
) -> PyResult<Value> {
    let (s, [old, new, count]) = parse(vm, args, kw, "replace", table, Style::Clinic(2, 3))?;
    let text = s.text();
    let old = buf_arg(
        vm,
        old.unwrap_or(Value::NONE),
        text,
        Need::Nth(1),
        "replace",
    )?;
    let new = buf_arg(
        vm,
        new.unwrap_or(Value::NONE),
        text,
        Need::Nth(2),
        "replace",
    )?;
    let count = match count {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let mut left = usize::try_from(count).unwrap_or(usize::MAX);
    let d = s.data.as_slice();
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while left > 0 {
        // An empty `old` matches before every character and at the end.
        let hit = if old.is_empty() {
            Some(i).filter(|&i| i <= d.len())
        } else {
            d.get(i..)
                .and_then(|h| find_bytes(h, &old, false))
                .map(|p| i + p)
        };
        let Some(p) = hit else { break };
        out.extend_from_slice(d.get(i..p).unwrap_or(&[]));
        out.extend_from_slice(&new);
        if too_big(vm, out.len()) {
            return Err(vm.memory_error());
        }
        left -= 1;
        i = p + old.len();
        if old.is_empty() {
            if p >= d.len() {
                i = d.len() + 1;
                break;
            }
            let l = char_at(d, p, text).1;
            out.extend_from_slice(d.get(p..p + l).unwrap_or(&[]));
            i = p + l;
        }
    }
    out.extend_from_slice(d.get(i..).unwrap_or(&[]));
    result(vm, &s, &out)
}

/// `sep.join(iterable)`.
pub(crate) fn join(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
) -> PyResult<Value> {
    let (s, [it, ..]) = parse(vm, args, kw, "join", table, Style::One)?;
    let it = it.unwrap_or(Value::NONE);
    if !super::iter::is_iterable(vm, it) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let (items, depth) = vm.rooted_items(it)?;
    let mut out = Vec::new();
    let mut err = None;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&s.data);
        }
        let ok = if s.text() {
            vm.as_str(*x).map(|t| out.extend_from_slice(t.as_bytes()))
        } else {
            super::str_bytes_args::bytes_like(vm, *x).map(|b| out.extend_from_slice(&b))
        };
        if ok.is_none() {
            err = Some(if s.text() {
                error_msg!(
                    "sequence item: expected str instance",
                    "sequence item {i}: expected str instance, {t} found",
                    t = vm.type_name(*x)
                )
            } else {
                error_msg!(
                    "sequence item: expected a bytes-like object",
                    "sequence item {i}: expected a bytes-like object, {t} found",
                    t = vm.type_name(*x)
                )
            });
            break;
        }
        if too_big(vm, out.len()) {
            vm.heap.pop_roots(depth);
            return Err(vm.memory_error());
        }
    }
    vm.heap.pop_roots(depth);
    match err {
        Some(m) => Err(vm.type_error(m)),
        None => new_of(vm, s.kind, &out),
    }
}

/// `center` (`how` 0), `ljust` (1), `rjust` (2).
#[cfg(feature = "str-extras")]
pub(crate) fn justify(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    how: u8,
) -> PyResult<Value> {
    let name = ["center", "ljust", "rjust"][how as usize % 3];
    let (s, [width, fill, _]) = parse(vm, args, kw, name, table, Style::Clinic(1, 2))?;
    let width = int_arg(vm, width.unwrap_or(Value::NONE))?;
    let fill = match fill {
        None => alloc::vec![b' '],
        Some(f) if s.text() => match vm.as_str(f) {
            Some(t) if t.chars().count() == 1 => t.as_bytes().to_vec(),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                return Err(vm.type_error(error_msg!(
                    "the fill character must be a unicode character",
                    "The fill character must be a unicode character, not {t}",
                    t = vm.type_name(f)
                )));
            }
        },
        Some(f) => match super::str_bytes_args::bytes_like(vm, f) {
            Some(b) if b.len() == 1 => b,
            _ => {
                return Err(vm.type_error(error_msg!(
                    "argument must be a byte string of length 1",
                    "{name}() argument 2 must be a byte string of length 1, not {t}",
                    t = vm.arg_type_name(f)
                )));
            }
        },
    };
    let n = units(&s.data, s.bytewise);
    // Negative is no padding; beyond the address space (2**62 on a 32-bit target) is too big.
    let width = if width < 0 {
        0
    } else {
        usize::try_from(width).unwrap_or(usize::MAX)
    };
    if width <= n {
        return result(vm, &s, &s.data);
    }
    let marg = width - n;
    if too_big(vm, marg.saturating_mul(fill.len())) {
        return Err(vm.memory_error());
    }
    let left = match how {
        0 => marg / 2 + (marg & width & 1),
        1 => 0,
        _ => marg,
    };
    let mut out = Vec::with_capacity(s.data.len() + marg * fill.len());
    for _ in 0..left {
        out.extend_from_slice(&fill);
    }
    out.extend_from_slice(&s.data);
    for _ in left..marg {
        out.extend_from_slice(&fill);
    }
    new_of(vm, s.kind, &out)
}

/// `zfill(width)`: zeros after a leading sign.
#[cfg(feature = "str-extras")]
pub(crate) fn zfill(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
) -> PyResult<Value> {
    let (s, [width, ..]) = parse(vm, args, kw, "zfill", table, Style::One)?;
    let width = int_arg(vm, width.unwrap_or(Value::NONE))?;
    let n = units(&s.data, s.bytewise);
    // Negative is no padding; beyond the address space (2**62 on a 32-bit target) is too big.
    let width = if width < 0 {
        0
    } else {
        usize::try_from(width).unwrap_or(usize::MAX)
    };
    if width <= n {
        return result(vm, &s, &s.data);
    }
    if too_big(vm, width - n) {
        return Err(vm.memory_error());
    }
    let d = s.data.as_slice();
    let sign = usize::from(matches!(d.first(), Some(b'+' | b'-')));
    let mut out = Vec::with_capacity(d.len() + width - n);
    out.extend_from_slice(d.get(..sign).unwrap_or(&[]));
    out.resize(out.len() + width - n, b'0');
    out.extend_from_slice(d.get(sign..).unwrap_or(&[]));
    new_of(vm, s.kind, &out)
}

/// `removeprefix` and (`suffix`) `removesuffix`.
#[cfg(feature = "str-extras")]
pub(crate) fn remove_affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    suffix: bool,
) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let (s, [p, ..]) = parse(vm, args, kw, name, table, Style::One)?;
    let p = buf_arg(vm, p.unwrap_or(Value::NONE), s.text(), Need::Only, name)?;
    let d = s.data.as_slice();
    let out = if suffix {
        d.strip_suffix(p.as_slice())
    } else {
        d.strip_prefix(p.as_slice())
    };
    result(vm, &s, out.unwrap_or(d))
}

/// `expandtabs(tabsize=8)`: columns count characters for a str, bytes for bytes.
#[cfg(feature = "str-extras")]
pub(crate) fn expandtabs(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
) -> PyResult<Value> {
    let (s, [tab, ..]) = parse(vm, args, kw, "expandtabs", table, Style::Kw(&["tabsize"]))?;
    let tab = match tab {
        Some(t) => c_int_arg(vm, t)?,
        None => 8,
    };
    let d = s.data.as_slice();
    let mut out = Vec::with_capacity(d.len());
    let mut col: usize = 0;
    let mut i = 0;
    while i < d.len() {
        let (c, l) = char_at(d, i, s.text());
        match c {
            0x09 => {
                if tab > 0 {
                    let t = tab as usize;
                    let n = t - col % t;
                    if too_big(vm, out.len().saturating_add(n)) {
                        return Err(vm.memory_error());
                    }
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            _ => {
                out.extend_from_slice(d.get(i..i + l).unwrap_or(&[]));
                col = if c == 0x0a || c == 0x0d { 0 } else { col + 1 };
            }
        }
        i += l;
    }
    result(vm, &s, &out)
}
