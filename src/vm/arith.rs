// SPDX-License-Identifier: MIT
//! Binary and unary operators: numbers first (the fast paths), then sequences and sets, then
//! user special methods (`__add__`, `__radd__`, `__iadd__`...), then CPython's TypeError.

#[cfg(feature = "detailed-errors")]
use alloc::format;
#[cfg(feature = "detailed-errors")]
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{BinaryOp, UnaryOp};
use crate::gc::{Kind, Value};
#[cfg(feature = "set")]
use crate::objects::set;
use crate::objects::{bytes, class, float, int, list, tuple};

use super::{PyErr, PyResult, Vm};

/// The short text of the TypeError of an unsupported binary operation without
/// `detailed-errors` (with it, CPython's `unsupported operand type(s) for ...`).
pub(crate) const UNSUPPORTED_OPERANDS: &str = "unsupported types for operator";

/// The largest sequence a repetition may build, in items (beyond it: MemoryError).
const MAX_REPEAT: usize = 1 << 28;

impl Vm {
    /// Can a repetition build `n` items of `unit` bytes each? Not beyond `MAX_REPEAT` items,
    /// nor beyond the whole GC heap: the result could never fit, and the transient Rust buffer
    /// must not be asked for (on a device its failure is a panic, not a MemoryError).
    fn repeat_fits(&self, n: usize, unit: usize) -> bool {
        n <= MAX_REPEAT && n.saturating_mul(unit) <= self.heap.size_bytes()
    }

    /// `a op b`.
    pub fn binary_op(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_as(op, a, b, false)
    }

    /// `a op b`; `inplace` only changes the error message (`for +=:`).
    fn binary_op_as(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if let Some(v) = self.float_fast_path(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = int::binary_op(self, op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = float::binary_op(self, op, a, b)? {
            return Ok(v);
        }
        #[cfg(feature = "complex")]
        if let Some(v) = crate::objects::complex::binary_op(self, op, a, b)? {
            return Ok(v);
        }
        if is_user(self, a) || is_user(self, b) {
            if let Some(v) = class::binary_dunder(self, op, a, b, false)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        Err(self.binary_op_error(op, a, b, inplace))
    }

    /// The TypeError of `a op b` when no operand supports it: CPython's message naming the
    /// types, or one short text without `detailed-errors`.
    #[cfg(not(feature = "detailed-errors"))]
    fn binary_op_error(&mut self, _op: BinaryOp, _a: Value, _b: Value, _inplace: bool) -> PyErr {
        self.type_error(UNSUPPORTED_OPERANDS)
    }

    /// The TypeError of `a op b` when no operand supports it: CPython's message naming the
    /// types, or one short text without `detailed-errors`.
    #[cfg(feature = "detailed-errors")]
    fn binary_op_error(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinaryOp::Add && (ta == "str") != (tb == "str") && ta == "str" {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinaryOp::Add && ta == "list" && tb != "list" {
            return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinaryOp::Add && (ta == "bytes" || ta == "bytearray") {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if op == BinaryOp::Add && ta == "tuple" && tb != "tuple" {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            ));
        }
        if op == BinaryOp::Mul && (self.is_sequence(a) || self.is_sequence(b)) {
            let t = if self.is_sequence(a) { tb } else { ta };
            return self.type_error(format!("can't multiply sequence by non-int of type '{t}'"));
        }
        let sym = match (inplace, op) {
            (true, BinaryOp::Pow) => String::from("**="),
            (true, _) => format!("{}=", op.symbol()),
            _ => String::from(op.symbol()),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `+ - * /` on two exact floats, or a float and a small int: the hot path of numeric code,
    /// skipping the general dispatch. Other cases return Ok(None).
    #[inline]
    fn float_fast_path(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let x = if a.is_small_int() {
            a.as_small_int() as f64
        } else if self.heap.kind(a) == Kind::Float {
            float::get(self, a)
        } else {
            return Ok(None);
        };
        let y = if b.is_small_int() {
            if a.is_small_int() {
                return Ok(None);
            }
            b.as_small_int() as f64
        } else if self.heap.kind(b) == Kind::Float {
            float::get(self, b)
        } else {
            return Ok(None);
        };
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::TrueDiv if y != 0.0 => x / y,
            _ => return Ok(None),
        };
        float::new(self, r).map(Some)
    }

    /// `a op= b`: mutates lists and sets in place, tries `__iop__`, else `a op b`.
    pub fn inplace_op(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        match (self.heap.kind(a), op) {
            (Kind::List, BinaryOp::Add) => {
                self.extend_list(a, b)?;
                return Ok(a);
            }
            (Kind::List, BinaryOp::Mul) => {
                let Some(n) = int::as_i64(self, b) else {
                    return self.binary_op(op, a, b);
                };
                let items = list::items(self, a);
                let n = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
                if !self.repeat_fits(items.len().saturating_mul(n), 4) {
                    return Err(self.memory_error());
                }
                let mut all = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    all.extend_from_slice(&items);
                }
                let len = list::len(self, a);
                list::splice(self, a, 0, len, &all)?;
                return Ok(a);
            }
            #[cfg(feature = "set")]
            (Kind::Set, BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor) => {
                if matches!(self.heap.kind(b), Kind::Set | Kind::FrozenSet) {
                    set::inplace(self, op, a, b)?;
                    return Ok(a);
                }
            }
            #[cfg(feature = "bytearray")]
            (Kind::ByteArray, BinaryOp::Add) => {
                bytes::extend(self, a, b)?;
                return Ok(a);
            }
            (Kind::Dict, BinaryOp::Or) => {
                // `d |= x` accepts what `d.update(x)` accepts.
                crate::objects::constructors::fill_dict(self, a, b)?;
                return Ok(a);
            }
            (Kind::Instance, _) => {
                if let Some(v) = class::binary_dunder(self, op, a, b, true)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
        self.binary_op_as(op, a, b, true)
    }

    /// Sequence concatenation and repetition, set algebra, `str % args`, `dict | dict`.
    pub(crate) fn builtin_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        let (ka, kb) = (
            self.heap.kind(self.builtin_value(a)),
            self.heap.kind(self.builtin_value(b)),
        );
        let a_str = self.as_str(a).is_some();
        let b_str = self.as_str(b).is_some();
        match op {
            BinaryOp::Add => {
                if a_str && b_str {
                    // Copied heap to heap; both operands are on the caller's stack (rooted).
                    let as_obj = |v: Value, vm: &Vm| {
                        let v = vm.builtin_value(v);
                        if v.is_qstr() {
                            crate::intern::str_object(vm, v)
                        } else {
                            v
                        }
                    };
                    let (sa, sb) = (as_obj(a, self), as_obj(b, self));
                    return match self.heap.alloc_str_concat(sa, sb) {
                        Ok(v) => Ok(Some(v)),
                        Err(_) => Err(self.memory_error()),
                    };
                }
                match (ka, kb) {
                    (Kind::List, Kind::List) => {
                        let mut items = list::items(self, self.builtin_value(a));
                        items.extend(list::items(self, self.builtin_value(b)));
                        return list::from_slice(self, &items).map(Some);
                    }
                    (Kind::Tuple, Kind::Tuple) => {
                        let mut items = tuple::items(self, self.builtin_value(a));
                        items.extend(tuple::items(self, self.builtin_value(b)));
                        return tuple::new(self, &items).map(Some);
                    }
                    (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
                        return bytes::concat(self, a, b).map(Some);
                    }
                    _ => {}
                }
            }
            BinaryOp::Mul => {
                // `seq * obj` where `obj` has `__index__`.
                for (s, o, rev) in [(a, b, false), (b, a, true)] {
                    if self.is_sequence(s) && self.heap.kind(o) == Kind::Instance && !self.is_int(o)
                    {
                        if let Some(n) = self.index_int(o)? {
                            let n = self.builtin_value(n);
                            let d = self.heap.push_root(n);
                            let r = if rev {
                                self.builtin_binary(op, n, s)
                            } else {
                                self.builtin_binary(op, s, n)
                            };
                            self.heap.pop_roots(d);
                            return r;
                        }
                    }
                }
                let (seq, n) = if self.is_int(b) {
                    (a, b)
                } else if self.is_int(a) {
                    (b, a)
                } else {
                    for (s, other) in [(a, b), (b, a)] {
                        if self.is_sequence(s) {
                            return Err(self.type_error(error_msg!(
                                "can't multiply sequence by non-int",
                                "can't multiply sequence by non-int of type '{}'",
                                self.type_name(other)
                            )));
                        }
                    }
                    return Ok(None);
                };
                let Some(count) = int::as_i64(self, n) else {
                    if self.is_sequence(seq) {
                        return Err(self.overflow_error(error_msg!(
                            "int too big",
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(n)
                        )));
                    }
                    return Ok(None);
                };
                // Saturate rather than truncate on 32-bit targets: a huge count is a MemoryError below.
                let count = usize::try_from(count.max(0)).unwrap_or(usize::MAX);
                if let Some(s) = self.as_str(seq) {
                    if !self.repeat_fits(s.len().saturating_mul(count), 1) {
                        return Err(self.memory_error());
                    }
                    let r = s.repeat(count);
                    return self.new_str(&r).map(Some);
                }
                let sv = self.builtin_value(seq);
                match self.heap.kind(sv) {
                    Kind::List | Kind::Tuple => {
                        let items = if self.heap.kind(sv) == Kind::List {
                            list::items(self, sv)
                        } else {
                            tuple::items(self, sv)
                        };
                        if !self.repeat_fits(items.len().saturating_mul(count), 4) {
                            return Err(self.memory_error());
                        }
                        let mut all = Vec::with_capacity(items.len() * count);
                        for _ in 0..count {
                            all.extend_from_slice(&items);
                        }
                        return if self.heap.kind(sv) == Kind::List {
                            list::from_slice(self, &all).map(Some)
                        } else {
                            tuple::new(self, &all).map(Some)
                        };
                    }
                    Kind::Bytes | Kind::ByteArray => {
                        return bytes::repeat(self, sv, count).map(Some)
                    }
                    _ => {}
                }
            }
            BinaryOp::Mod => {
                if a_str {
                    return crate::objects::str_percent::percent_format(self, a, b).map(Some);
                }
                if matches!(ka, Kind::Bytes | Kind::ByteArray) {
                    return bytes::percent_format(self, a, b).map(Some);
                }
            }
            BinaryOp::Or
                if cfg!(feature = "frozen") && self.is_type_like(a) && self.is_type_like(b) =>
            {
                // PEP 604: `int | None` builds a union (frozen module `_union`).
                let name = self.intern("_union")?;
                let m = self.import_name(name, Value::NULL, Value::NONE, 0)?;
                let d = self.heap.push_root(m);
                let make = self.intern("_make").and_then(|n| self.getattr(m, n));
                let r = make.and_then(|f| self.call(f, &[a, b], &[]));
                self.heap.pop_roots(d);
                return r.map(Some);
            }
            // Without sets (and dict-view-sets, which needs them) only the dict merge is left.
            #[cfg_attr(not(feature = "set"), allow(clippy::collapsible_match))]
            BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor => {
                #[cfg(feature = "set")]
                if matches!(ka, Kind::Set | Kind::FrozenSet)
                    && matches!(kb, Kind::Set | Kind::FrozenSet)
                {
                    return set::binary(self, op, a, b).map(Some);
                }
                // MicroPython's dict views have no set operations.
                #[cfg(feature = "dict-view-sets")]
                if matches!(ka, Kind::DictView) || matches!(kb, Kind::DictView) {
                    return crate::objects::dict_methods::view_binary(self, op, a, b);
                }
                if op == BinaryOp::Or && ka == Kind::Dict && kb == Kind::Dict {
                    let d = crate::objects::dict::copy(self, self.builtin_value(a))?;
                    let r = self.heap.push_root(d);
                    let res = crate::objects::dict_methods::update_from(self, d, b, false);
                    self.heap.pop_roots(r);
                    res?;
                    return Ok(Some(d));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// Can `v` take part in a `X | Y` union: a class or None?
    fn is_type_like(&self, v: Value) -> bool {
        v.is_none() || v.as_builtin_type().is_some() || self.heap.kind(v) == Kind::Class
    }

    /// Is `v` a str, bytes, list, tuple or range (for error messages)?
    fn is_sequence(&self, v: Value) -> bool {
        self.as_str(v).is_some()
            || matches!(
                self.heap.kind(self.builtin_value(v)),
                Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
            )
    }

    /// `-a`, `+a`, `~a` (`not` is handled by the loop).
    pub fn unary_op(&mut self, op: UnaryOp, a: Value) -> PyResult<Value> {
        if is_user(self, a) {
            if let Some(v) = class::unary_dunder(self, op, a)? {
                return Ok(v);
            }
        }
        if a.is_small_int() || self.is_int(a) {
            return int::unary(self, op, a);
        }
        if float::is_float(self, a) {
            let x = float::get(self, a);
            match op {
                UnaryOp::Neg => return float::new(self, -x),
                UnaryOp::Pos => return float::new(self, x),
                _ => {}
            }
        }
        #[cfg(feature = "complex")]
        if crate::objects::complex::is_complex(self, a) && matches!(op, UnaryOp::Neg | UnaryOp::Pos)
        {
            return crate::objects::complex::negate(self, a, op == UnaryOp::Neg);
        }
        let sym = match op {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Not => "not",
        };
        Err(self.type_error(error_msg!(
            "unsupported type for operator",
            "bad operand type for {sym}: '{}'",
            self.type_name(a)
        )))
    }
}

fn is_user(vm: &Vm, v: Value) -> bool {
    matches!(
        vm.heap.kind(v),
        Kind::Instance | Kind::Exception | Kind::Class
    )
}
