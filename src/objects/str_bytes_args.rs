// SPDX-License-Identifier: MIT
//! Argument parsing for the methods `str`, `bytes` and `bytearray` share (`str_bytes.rs`): the
//! receiver, CPython's argument-count conventions and the typed arguments, each with the
//! message CPython 3.11 gives for each type. One parser for the three types keeps their errors
//! consistent and their code in one place.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
use super::{bytes, int, str as pystr};

/// The receiver of a shared method, copied out of the heap (methods allocate).
pub(crate) struct Subject {
    /// Its bytes: UTF-8 for a str.
    pub data: Vec<u8>,
    /// `Kind::Str`, `Kind::Bytes` or `Kind::ByteArray`: the type of the results.
    pub kind: Kind,
    /// One byte per index: bytes, or a str of ASCII text (its fast paths).
    pub bytewise: bool,
    /// `self` as passed (returned unchanged where CPython returns the same object).
    pub this: Value,
}

impl Subject {
    /// Is it a str (UTF-8, Unicode character classes)?
    pub fn text(&self) -> bool {
        self.kind == Kind::Str
    }

    /// The Python type name used in messages.
    pub fn type_name(&self) -> &'static str {
        type_name(self.kind)
    }
}

pub(crate) fn type_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Str => "str",
        Kind::ByteArray => "bytearray",
        _ => "bytes",
    }
}

/// How a method counts its arguments, after CPython's implementation of it (the messages
/// differ).
#[derive(Clone, Copy)]
pub(crate) enum Style {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `str.join() takes exactly one argument (0 given)`.
    One,
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple(u8, u8),
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic(u8, u8),
    /// Argument Clinic with keywords, all optional: `split(sep=None, maxsplit=-1)`.
    Kw(&'static [&'static str]),
    /// A special method's wrapper (`__getitem__`): `expected 1 argument, got 0`.
    Slot(u8),
}

/// Checks `self` against the method's type (`table`: `Kind::Str` or `Kind::Bytes`, which also
/// accepts bytearray) and the arguments against `style`; returns the receiver and the
/// arguments in order (keywords placed by name).
pub(crate) fn parse(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    table: Kind,
    style: Style,
) -> PyResult<(Subject, [Option<Value>; 3])> {
    let s = subject(vm, args, name, table)?;
    let out = check_args(vm, args, kw, name, s.type_name(), style)?;
    Ok((s, out))
}

/// Checks the arguments after `self` against `style` (`tname` names the type in the messages
/// that carry it); returns them in order, keywords placed by name.
pub(crate) fn check_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    tname: &str,
    style: Style,
) -> PyResult<[Option<Value>; 3]> {
    let pos = args.get(1..).unwrap_or(&[]);
    let n = pos.len();
    let t = tname;
    let mut out = [None; 3];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(*v);
    }
    let pl = |k: u8| if k == 1 { "" } else { "s" };
    let err = match style {
        Style::Kw(names) => {
            if n + kw.len() > names.len() {
                Some(error_msg!(
                    "function takes wrong number of arguments",
                    "{name}() takes at most {m} {only_kw}argument{} ({} given)",
                    pl(names.len() as u8),
                    n + kw.len(),
                    only_kw = if n == 0 { "keyword " } else { "" },
                    m = names.len()
                ))
            } else {
                keywords(vm, kw, name, names, n, &mut out)?;
                None
            }
        }
        Style::Slot(_) if !kw.is_empty() => Some(error_msg!(
            "function doesn't take keyword arguments",
            "wrapper {name}() takes no keyword arguments"
        )),
        Style::Slot(k) if n != k as usize => Some(error_msg!(
            "function takes wrong number of arguments",
            "expected {k} argument{}, got {n}",
            pl(k)
        )),
        _ if !kw.is_empty() => Some(error_msg!(
            "function doesn't take keyword arguments",
            "{t}.{name}() takes no keyword arguments"
        )),
        Style::NoArgs if n > 0 => Some(error_msg!(
            "function takes wrong number of arguments",
            "{t}.{name}() takes no arguments ({n} given)"
        )),
        Style::One if n != 1 => Some(error_msg!(
            "function takes wrong number of arguments",
            "{t}.{name}() takes exactly one argument ({n} given)"
        )),
        Style::Tuple(min, _) if n < min as usize => Some(error_msg!(
            "function takes wrong number of arguments",
            "{name}() takes at least {min} argument{} ({n} given)",
            pl(min)
        )),
        Style::Tuple(_, max) if n > max as usize => Some(error_msg!(
            "function takes wrong number of arguments",
            "{name}() takes at most {max} argument{} ({n} given)",
            pl(max)
        )),
        Style::Clinic(min, max) if min == max && n != min as usize => Some(error_msg!(
            "function takes wrong number of arguments",
            "{name} expected {min} argument{}, got {n}",
            pl(min)
        )),
        Style::Clinic(min, _) if n < min as usize => Some(error_msg!(
            "function takes wrong number of arguments",
            "{name} expected at least {min} argument{}, got {n}",
            pl(min)
        )),
        Style::Clinic(_, max) if n > max as usize => Some(error_msg!(
            "function takes wrong number of arguments",
            "{name} expected at most {max} argument{}, got {n}",
            pl(max)
        )),
        _ => None,
    };
    match err {
        Some(m) => Err(vm.type_error(m)),
        None => Ok(out),
    }
}

/// Places keyword arguments by name after `npos` positional ones.
fn keywords(
    vm: &mut Vm,
    kw: &[(Value, Value)],
    name: &str,
    names: &[&str],
    npos: usize,
    out: &mut [Option<Value>; 3],
) -> PyResult<()> {
    for &(k, v) in kw {
        let key = String::from(vm.str_text(k).unwrap_or(""));
        match names.iter().position(|n| *n == key) {
            Some(i) if i < npos => {
                return Err(vm.type_error(error_msg!(
                    "argument given by name and position",
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v);
                }
            }
            None => {
                return Err(vm.type_error(error_msg!(
                    "unexpected keyword argument",
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(())
}

/// `self` of a method of `table`'s type, copied out.
pub(crate) fn subject(vm: &mut Vm, args: &[Value], name: &str, table: Kind) -> PyResult<Subject> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error(error_msg!(
            "unbound method needs an argument",
            "unbound method {tn}.{name}() needs an argument",
            tn = type_name(table)
        )));
    };
    let b = vm.builtin_value(this);
    let kind = if b.is_qstr() {
        Kind::Str
    } else {
        vm.heap.kind(b)
    };
    let ok = match table {
        Kind::Str => kind == Kind::Str,
        _ => matches!(kind, Kind::Bytes | Kind::ByteArray),
    };
    if !ok {
        return Err(vm.type_error(error_msg!(
            "descriptor doesn't apply",
            "descriptor '{name}' for '{tn}' objects doesn't apply to a '{t}' object",
            t = vm.type_name(this),
            tn = type_name(table)
        )));
    }
    let (data, bytewise) = if kind == Kind::Str {
        let d = vm.as_str(b).unwrap_or("").as_bytes().to_vec();
        let ascii = pystr::char_len(vm, b) == d.len();
        (d, ascii)
    } else {
        (bytes::data(vm, b).to_vec(), true)
    };
    Ok(Subject {
        data,
        kind,
        bytewise,
        this,
    })
}

/// What a buffer argument is for: it selects CPython's message for a wrong type.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Need {
    /// The needle of `find`/`count`/`index` (bytes: an int byte value is accepted too).
    Sub,
    /// A separator that may also be None (`split`).
    Sep,
    /// A plain operand (`partition`, `maketrans`).
    #[cfg_attr(not(feature = "str-extras"), allow(dead_code))]
    Plain,
    /// Argument `n` of an Argument Clinic method (`replace() argument 1 must be str`).
    Nth(u8),
    /// The `chars` of `strip` (None handled by the caller).
    Chars,
    /// The single argument of an Argument Clinic method (`removeprefix() argument must be str`).
    #[cfg(feature = "str-extras")]
    Only,
}

/// A str argument (for a str method) or bytes-like one (for bytes), as bytes; `name` is the
/// method's name for the messages that carry it.
pub(crate) fn buf_arg(
    vm: &mut Vm,
    v: Value,
    text: bool,
    need: Need,
    name: &str,
) -> PyResult<Vec<u8>> {
    if text {
        if let Some(s) = vm.as_str(v) {
            return Ok(s.as_bytes().to_vec());
        }
        let msg = match need {
            Need::Sub | Need::Plain => {
                error_msg!("must be str", "must be str, not {}", vm.type_name(v))
            }
            Need::Sep => error_msg!(
                "must be str or None",
                "must be str or None, not {}",
                vm.type_name(v)
            ),
            Need::Nth(n) => error_msg!(
                "argument must be str",
                "{name}() argument {n} must be str, not {}",
                vm.arg_type_name(v)
            ),
            Need::Chars => error_msg!("arg must be None or str", "{name} arg must be None or str"),
            #[cfg(feature = "str-extras")]
            Need::Only => error_msg!(
                "argument must be str",
                "{name}() argument must be str, not {}",
                vm.arg_type_name(v)
            ),
        };
        return Err(vm.type_error(msg));
    }
    if need == Need::Sub && vm.is_int(v) {
        return Ok(alloc::vec![bytes::byte_value(vm, v)?]);
    }
    if let Some(d) = bytes_like(vm, v) {
        return Ok(d);
    }
    Err(vm.type_error(if need == Need::Sub {
        error_msg!(
            "need integer or bytes-like object",
            "argument should be integer or bytes-like object, not '{t}'",
            t = vm.type_name(v)
        )
    } else {
        error_msg!(
            "need a bytes-like object",
            "a bytes-like object is required, not '{t}'",
            t = vm.type_name(v)
        )
    }))
}

/// The `encoding`/`errors` argument of `str.encode` and `bytes.decode`: `default` when absent,
/// `decode() argument 'errors' must be str, not int` when not a str.
pub(crate) fn codec_arg(
    vm: &mut Vm,
    v: Option<Value>,
    method: &str,
    arg: &str,
    default: &str,
) -> PyResult<String> {
    let Some(v) = v else {
        return Ok(String::from(default));
    };
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => Err(vm.type_error(error_msg!(
            "argument must be str",
            "{method}() argument '{arg}' must be str, not {t}",
            t = vm.arg_type_name(v)
        ))),
    }
}

/// The data of a bytes-like value, None for anything else.
pub(crate) fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let b = vm.builtin_value(v);
    if b.is_qstr() {
        return None;
    }
    match vm.heap.kind(b) {
        Kind::Bytes | Kind::ByteArray => Some(bytes::data(vm, b).to_vec()),
        Kind::MemoryView => Some(super::memoryview::to_vec(vm, b)),
        _ => None,
    }
}

/// An integer argument (`__index__` accepted) that must fit a C `ssize_t`.
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
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
        None => Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(v)
        ))),
    }
}

/// An integer argument that must fit a C `int` (`expandtabs`, `splitlines`).
#[cfg_attr(not(feature = "str-extras"), allow(dead_code))]
pub(crate) fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
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
pub(crate) fn slice_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let msg = "slice indices must be integers or None or have an __index__ method";
    match v {
        None => Ok(None),
        Some(v) if v == Value::NONE => Ok(None),
        Some(v) if vm.heap.kind(v) == Kind::Instance && !vm.is_int(v) => {
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
                Some(r) => Err(vm.type_error(error_msg!(
                    "__index__ returned non-int",
                    "__index__ returned non-int (type {t})",
                    t = vm.type_name(r)
                ))),
                None => Err(vm.type_error(msg)),
            }
        }
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.type_error(msg)),
        },
    }
}

/// A new str (from UTF-8 that the caller built from whole characters) or bytes/bytearray.
pub(crate) fn new_of(vm: &mut Vm, kind: Kind, d: &[u8]) -> PyResult<Value> {
    if d.len() > vm.heap.size_bytes() {
        return Err(vm.memory_error());
    }
    if kind == Kind::Str {
        return match core::str::from_utf8(d) {
            Ok(s) => vm.new_str(s),
            Err(_) => Err(vm.value_error("invalid UTF-8 in str result")),
        };
    }
    bytes::new_kind(vm, kind, d)
}

/// The result `d` of a method of `s`: `self` itself where CPython returns it (an unchanged
/// exact str or bytes), else a new object.
pub(crate) fn result(vm: &mut Vm, s: &Subject, d: &[u8]) -> PyResult<Value> {
    if s.kind != Kind::ByteArray && d == s.data.as_slice() && vm.heap.kind(s.this) != Kind::Instance
    {
        return Ok(s.this);
    }
    new_of(vm, s.kind, d)
}

/// Would a result of `n` bytes not fit the heap? (Checked before building it, so that a huge
/// request raises MemoryError instead of exhausting the host allocator.)
pub(crate) fn too_big(vm: &Vm, n: usize) -> bool {
    n > vm.heap.size_bytes()
}
