// SPDX-License-Identifier: MIT
//! The `re` module: CPython's regular expressions for everyday patterns.
//!
//! `parse` turns a pattern into a tree (with `sre_parse`'s error messages), `compile` turns the
//! tree into a word program kept in a `bytes` object in the GC heap, and `exec` runs it with
//! a bounded backtracking machine. The API (`Pattern`, `Match`, `sub` templates, `split`...)
//! is Python in `re.py`, over three natives: `_compile`, `_exec` (one match) and `_all` (the
//! successive matches of `findall`, `finditer`, `sub` and `split`, found in one call so the
//! subject is copied out of the heap once).

mod compile;
mod exec;
mod parse;

use alloc::format;
use alloc::vec::Vec;

use crate::compile::Mode as CompileMode;
use crate::gc::{Kind, Value};
use crate::objects::native::NativeFn;
use crate::objects::types::TypeId;
use crate::objects::{bytes, int, list, tuple};
use crate::vm::{PyResult, Vm};

use exec::{Matcher, Mode, Stop, Subject};

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::NONE)
}

/// The bytes of a bytes-like value (None for anything else).
fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let b = vm.builtin_value(v);
    match vm.heap.kind(b) {
        Kind::Bytes | Kind::ByteArray => Some(bytes::data(vm, b).to_vec()),
        Kind::MemoryView => Some(crate::objects::memoryview::to_vec(vm, b)),
        _ => None,
    }
}

/// `_compile(pattern, flags)`: `(program, groups, [(name, index)...], flags)`, or
/// `(message, position)` for a pattern error (the Python side raises `re.error`).
fn compile_pattern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let flags = int::as_i64(vm, flags).unwrap_or(0) as u32;
    let (chars, is_bytes): (Vec<u32>, bool) = match vm.as_str(pattern) {
        Some(s) => (s.chars().map(|c| c as u32).collect(), false),
        None => match bytes_like(vm, pattern) {
            Some(b) => (b.into_iter().map(u32::from).collect(), true),
            None => return Err(vm.type_error("first argument must be string or compiled pattern")),
        },
    };
    let parsed = match parse::parse(&chars, flags, is_bytes) {
        Ok(p) => p,
        Err(e) if e.recursion => {
            return Err(vm.raise_new(TypeId::RecursionError, &e.msg));
        }
        Err(e) => {
            let msg = vm.new_str(&e.msg)?;
            let pos = match e.pos {
                Some(p) => Value::small_int_unchecked(p as i32),
                None => Value::NONE,
            };
            let d = vm.heap.push_root(msg);
            let r = tuple::new(vm, &[msg, pos]);
            vm.heap.pop_roots(d);
            return r;
        }
    };
    let mut hflags = 0;
    if is_bytes {
        hflags |= compile::FLAG_BYTES;
    }
    if parsed.flags & parse::ASCII != 0 {
        hflags |= compile::FLAG_ASCII;
    }
    let prog = compile::compile(&parsed.node, parsed.groups, hflags);
    let raw: Vec<u8> = prog.words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let code = bytes::new(vm, &raw)?;
    let d = vm.heap.push_root(code);
    let r = (|| {
        let names = list::alloc(vm, parsed.names.len())?;
        vm.heap.push_root(names);
        for (name, g) in &parsed.names {
            let k = vm.new_str(name)?;
            vm.heap.push_root(k);
            let pair = tuple::new(vm, &[k, Value::small_int_unchecked(*g as i32)])?;
            list::append(vm, names, pair)?;
        }
        let groups = Value::small_int_unchecked(parsed.groups as i32);
        let flags = Value::small_int_unchecked(parsed.flags as i32);
        tuple::new(vm, &[code, groups, names, flags])
    })();
    vm.heap.pop_roots(d);
    r
}

/// The program words of a `_compile` result.
fn program(vm: &mut Vm, code: Value) -> PyResult<Vec<u32>> {
    if vm.heap.kind(code) != Kind::Bytes {
        return Err(vm.type_error("expected a compiled pattern"));
    }
    let words: Vec<u32> = bytes::data(vm, code)
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    if words.first() != Some(&compile::MAGIC) || words.len() < compile::HEADER {
        return Err(vm.type_error("expected a compiled pattern"));
    }
    Ok(words)
}

/// Python's `pos`/`endpos` clamped to `0..=len` (`endpos` at least `pos` is not required:
/// a window with `endpos < pos` simply finds nothing).
fn window(vm: &mut Vm, pos: Value, endpos: Value, len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, v: Value, default: usize| -> PyResult<usize> {
        if v.is_none() {
            return Ok(default);
        }
        match vm.index_value(v)? {
            Some(i) => Ok(i.clamp(0, len as i64) as usize),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    };
    let p = get(vm, pos, 0)?;
    let e = get(vm, endpos, len)?;
    Ok((p, e))
}

/// The subject text up to `endpos`, checked against the pattern's kind.
fn subject(
    vm: &mut Vm,
    words: &[u32],
    s: Value,
    pos: Value,
    endpos: Value,
) -> PyResult<(Subject, usize)> {
    let pattern_bytes = words.get(3).is_some_and(|f| f & compile::FLAG_BYTES != 0);
    if let Some(text) = vm.as_str(s) {
        if pattern_bytes {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        let (subj, len) = if text.is_ascii() {
            (Subject::Narrow(text.as_bytes().to_vec()), text.len())
        } else {
            let w: Vec<u32> = text.chars().map(|c| c as u32).collect();
            let n = w.len();
            (Subject::Wide(w), n)
        };
        let (p, e) = window(vm, pos, endpos, len)?;
        return Ok((truncate(subj, e), p));
    }
    match bytes_like(vm, s) {
        Some(b) => {
            if !pattern_bytes {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            let len = b.len();
            let (p, e) = window(vm, pos, endpos, len)?;
            Ok((truncate(Subject::Narrow(b), e), p))
        }
        None => {
            let t = vm.type_name(s);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

fn truncate(s: Subject, end: usize) -> Subject {
    match s {
        Subject::Narrow(mut b) => {
            b.truncate(end);
            Subject::Narrow(b)
        }
        Subject::Wide(mut w) => {
            w.truncate(end);
            Subject::Wide(w)
        }
    }
}

/// Raises the exception for a stopped match.
fn stopped(vm: &mut Vm, why: Stop) -> crate::vm::PyErr {
    match why {
        Stop::Limit => vm.raise_new(
            TypeId::RuntimeError,
            "regular expression backtracking limit exceeded",
        ),
        Stop::NoMemory => vm.memory_error(),
        Stop::Interrupted => match vm.check_interrupt() {
            Err(e) => e,
            // `kbd_intr(-1)` swallowed the interrupt after the poll saw it: the match was
            // abandoned all the same.
            Ok(()) => vm.raise_new(TypeId::KeyboardInterrupt, ""),
        },
    }
}

/// Polls the VM's interrupt flag without taking it (the caller raises).
fn poller(vm: &Vm) -> impl FnMut() -> bool {
    let flag = vm.interrupt;
    let enabled = vm.kbd_intr_char >= 0;
    move || enabled && flag.is_some_and(|f| f.load(core::sync::atomic::Ordering::Relaxed))
}

fn regs_tuple(vm: &mut Vm, regs: &[i32]) -> PyResult<Value> {
    let items: Vec<Value> = regs
        .iter()
        .map(|&r| Value::small_int_unchecked(r))
        .collect();
    tuple::new(vm, &items)
}

/// `_exec(program, string, pos, endpos, mode)`: the group spans and `lastindex` of the match
/// (mode 0 `match`, 1 `search`, 2 `fullmatch`), or None.
fn exec_pattern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let words = program(vm, arg(args, 0))?;
    let (subj, pos) = subject(vm, &words, arg(args, 1), arg(args, 2), arg(args, 3))?;
    let mode = match int::as_i64(vm, arg(args, 4)) {
        Some(0) => Mode::Match,
        Some(1) => Mode::Search,
        _ => Mode::Full,
    };
    if pos > subj.len() {
        return Ok(Value::NONE);
    }
    let Some(mut m) = Matcher::new(&words, &subj, mode) else {
        return Err(vm.type_error("expected a compiled pattern"));
    };
    let mut poll = poller(vm);
    match m.find(pos, &mut poll) {
        Ok(true) => {
            let regs = m.regs().to_vec();
            regs_tuple(vm, &regs)
        }
        Ok(false) => Ok(Value::NONE),
        Err(why) => Err(stopped(vm, why)),
    }
}

/// `_all(program, string, pos, endpos, limit)`: the successive non-overlapping matches, as
/// `_exec` gives them (at most `limit`; 0 = all). An empty match may not follow an empty match
/// at the same place (CPython 3.7's rule).
fn all_matches(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let words = program(vm, arg(args, 0))?;
    let (subj, mut pos) = subject(vm, &words, arg(args, 1), arg(args, 2), arg(args, 3))?;
    let limit = int::as_i64(vm, arg(args, 4)).unwrap_or(0).max(0) as usize;
    let out = list::alloc(vm, 0)?;
    let d = vm.heap.push_root(out);
    let r = (|| {
        let Some(mut m) = Matcher::new(&words, &subj, Mode::Search) else {
            return Err(vm.type_error("expected a compiled pattern"));
        };
        let mut poll = poller(vm);
        let mut count = 0;
        while pos <= subj.len() && (limit == 0 || count < limit) {
            m.reset_budget();
            match m.find(pos, &mut poll) {
                Ok(true) => {}
                Ok(false) => break,
                Err(why) => return Err(stopped(vm, why)),
            }
            let regs = m.regs().to_vec();
            let (s, e) = (
                regs.first().copied().unwrap_or(0) as usize,
                regs.get(1).copied().unwrap_or(0) as usize,
            );
            let t = regs_tuple(vm, &regs)?;
            list::append(vm, out, t)?;
            count += 1;
            m.not_empty_at = (s == e).then_some(e);
            pos = e;
        }
        Ok(out)
    })();
    vm.heap.pop_roots(d);
    r
}

/// The natives the Python part calls.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("_compile", compile_pattern),
    NativeFn::function("_exec", exec_pattern),
    NativeFn::function("_all", all_matches),
];

const PYTHON_PART: &str = include_str!("re.py");

/// Defines the API (`compile`, `Pattern`, `Match`, `error`, the flags...) over the natives.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(PYTHON_PART, "<re>", d, CompileMode::Exec)?;
    Ok(())
}
