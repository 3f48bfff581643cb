// SPDX-License-Identifier: MIT
//! Instructions whose work is too long for an arm of the dispatch loop (`vm/run.rs`): calls
//! with `*args`/`**kwargs`, unpacking, function creation, `raise`, linking a new frame, the
//! errors for unbound names, and the small-int operator shortcut.

#[cfg(feature = "detailed-errors")]
use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Root, Value};
use crate::objects::function::{self as func, code as c};
use crate::objects::types::TypeId;
use crate::objects::{dict, list, tuple};

use super::frame::{self, BACK};
use super::run::{Called, Exit};
use super::{PyErr, PyResult, Vm};

impl Vm {
    /// `x op y` (in place or not) for `+ - * /` on exact floats, or a float and a small int:
    /// the operands are read straight from their blocks. None for anything else (a zero
    /// divisor included), which takes the general operator dispatch.
    #[inline]
    pub(super) fn float_op(&mut self, arg: u32, x: Value, y: Value) -> PyResult<Option<Value>> {
        if !cfg!(feature = "float") || x.is_small_int() && y.is_small_int() {
            return Ok(None);
        }
        let (Some(a), Some(b)) = (self.float_operand(x), self.float_operand(y)) else {
            return Ok(None);
        };
        let r = match arg as u16 % BinaryOp::INPLACE {
            0 => a + b,
            1 => a - b,
            2 => a * b,
            4 if b != 0.0 => a / b,
            _ => return Ok(None),
        };
        crate::objects::float::new(self, r).map(Some)
    }

    /// A small int or an exact float as f64 (None for anything else).
    #[inline]
    fn float_operand(&self, v: Value) -> Option<f64> {
        if v.is_small_int() {
            return Some(v.as_small_int() as f64);
        }
        if self.heap.kind(v) != Kind::Float {
            return None;
        }
        let p = self.heap.payload(v);
        let (lo, hi) = (*p.first()? as u64, *p.get(1)? as u64);
        Some(f64::from_bits(lo | hi << 32))
    }

    /// `obj[key]` for an exact list or tuple and a small int in range: one read of its block.
    /// None for anything else (including an index out of range, whose IndexError the general
    /// path raises).
    #[inline]
    pub(super) fn index_fast(&self, obj: Value, key: Value) -> Option<Value> {
        if !key.is_small_int() || !matches!(self.heap.kind(obj), Kind::List | Kind::Tuple) {
            return None;
        }
        // Both are `[len | items...]`.
        let p = self.heap.payload(obj);
        let i = seq_slot(*p.first()?, key)?;
        p.get(1 + i).map(|&w| Value(w))
    }

    /// `obj[key] = v` for an exact list and a small int in range; false for anything else.
    #[inline]
    pub(super) fn store_index_fast(&mut self, obj: Value, key: Value, v: Value) -> bool {
        if !key.is_small_int() || self.heap.kind(obj) != Kind::List {
            return false;
        }
        let p = self.heap.payload_mut(obj);
        let Some(i) = p.first().and_then(|&n| seq_slot(n, key)) else {
            return false;
        };
        match p.get_mut(1 + i) {
            Some(w) => {
                *w = v.0;
                true
            }
            None => false,
        }
    }

    /// Raises `NameError: name 'x' is not defined`.
    pub fn name_error(&mut self, name: Value) -> PyErr {
        let text = alloc::string::String::from(self.str_text(name).unwrap_or(""));
        let err = self.raise_new(
            TypeId::NameError,
            &alloc::format!("name '{text}' is not defined"),
        );
        crate::objects::exception_init::annotate_pending(self, err, &[("name", name)])
    }

    pub(super) fn unbound_local(&mut self, code: Value, i: usize) -> PyErr {
        self.raise_new(
            TypeId::UnboundLocalError,
            &error_msg!(
                "local variable referenced before assignment",
                "cannot access local variable '{name}' where it is not associated with a value",
                name = frame::local_name(self, code, i)
            ),
        )
    }

    pub(super) fn unbound_deref(&mut self, code: Value, i: usize) -> PyErr {
        let nvar =
            self.heap.get(code, c::NVARNAMES) as usize + self.heap.get(code, c::NCELLS) as usize;
        if i >= nvar {
            self.raise_new(
                TypeId::NameError,
                &error_msg!(
                    "free variable referenced before assignment",
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope",
                    name = frame::local_name(self, code, i)
                ),
            )
        } else {
            self.unbound_local(code, i)
        }
    }

    /// `[*x]` or `f(a, *x)` with a non-iterable `x`: CPython's `Value after * must be an
    /// iterable, not int`; other errors from iterating `x` pass through.
    pub(super) fn star_value_error(&mut self, err: super::PyErr, x: Value) -> super::PyErr {
        let p = self.pending();
        let plain = error_msg!(
            "object not iterable",
            "'{t}' object is not iterable",
            t = self.type_name(x)
        );
        if !self.exception_is(p, TypeId::TypeError)
            || self.exception_str(p).ok().as_deref() != Some(&*plain)
        {
            return err;
        }
        self.take_pending();
        self.type_error(error_msg!(
            "argument after * must be iterable",
            "Value after * must be an iterable, not {t}",
            t = self.type_name(x)
        ))
    }

    /// `f(*x)` with a non-iterable `x`: CPython names the function (`__main__.f() argument
    /// after * must be an iterable, not int`); other errors from iterating `x` pass through.
    pub(super) fn star_args_error(
        &mut self,
        err: super::PyErr,
        callable: Value,
        x: Value,
    ) -> super::PyErr {
        let p = self.pending();
        let plain = error_msg!(
            "object not iterable",
            "'{t}' object is not iterable",
            t = self.type_name(x)
        );
        if !self.exception_is(p, TypeId::TypeError)
            || self.exception_str(p).ok().as_deref() != Some(&*plain)
        {
            return err;
        }
        self.take_pending();
        #[cfg(not(feature = "detailed-errors"))]
        return self.type_error("argument after * must be iterable");
        #[cfg(feature = "detailed-errors")]
        match crate::objects::dict_methods::function_str(self, callable) {
            Ok(fs) => {
                let t = self.type_name(x);
                self.type_error(format!(
                    "{fs} argument after * must be an iterable, not {t}"
                ))
            }
            Err(e) => e,
        }
    }

    pub(super) fn op_call_ex(&mut self, f: Value, flags: usize) -> PyResult<Option<Exit>> {
        let has_kw = flags & 1 != 0;
        let n = 2 + has_kw as usize;
        let items = self.peek_n(f, n);
        let callable = items[0];
        let args_v = items[1];
        let args = match self.heap.kind(args_v) {
            Kind::Tuple => tuple::items(self, args_v),
            Kind::List => list::items(self, args_v),
            _ => {
                let l = match self.to_list(args_v) {
                    Ok(l) => l,
                    Err(e) => return Err(self.star_args_error(e, callable, args_v)),
                };
                self.poke(f, n - 1, l);
                list::items(self, l)
            }
        };
        let kwpairs = if has_kw {
            dict::items(self, items[2])
        } else {
            Vec::new()
        };
        match self.call_from_frame(callable, &args, &kwpairs)? {
            Called::Value(v) => {
                self.drop_n(f, n);
                self.push(f, v);
            }
            Called::Frame(nf) => {
                self.drop_n(f, n);
                self.enter_frame(f, nf)?;
            }
        }
        Ok(None)
    }

    /// Links a new frame `nf` under `f` and makes it current.
    pub(super) fn enter_frame(&mut self, f: Value, nf: Value) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        self.heap.set_value(nf, BACK, f);
        self.heap.set_root(Root::Frame, nf);
        self.depth += 1;
        Ok(())
    }

    pub(super) fn op_unpack(&mut self, f: Value, before: usize, after: usize) -> PyResult<()> {
        let seq = self.peek(f, 1);
        if after == usize::MAX && self.unpack_exact(f, seq, before) {
            return Ok(());
        }
        let items = match self.heap.kind(seq) {
            Kind::Tuple => tuple::items(self, seq),
            Kind::List => list::items(self, seq),
            _ => {
                if !crate::objects::iter::is_iterable(self, seq) {
                    return Err(self.type_error(error_msg!(
                        "object not iterable",
                        "cannot unpack non-iterable {t} object",
                        t = self.type_name(seq)
                    )));
                }
                let l = self.to_list(seq)?;
                self.poke(f, 1, l);
                list::items(self, l)
            }
        };
        if after == usize::MAX {
            let n = before;
            if items.len() != n {
                return Err(if items.len() < n {
                    self.value_error(error_msg!(
                        "not enough values to unpack",
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    ))
                } else {
                    self.value_error(error_msg!(
                        "too many values to unpack",
                        "too many values to unpack (expected {n})"
                    ))
                });
            }
            self.drop_n(f, 1);
            for v in items.iter().rev() {
                self.push(f, *v);
            }
            return Ok(());
        }
        if items.len() < before + after {
            return Err(self.value_error(error_msg!(
                "not enough values to unpack",
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid = list::from_slice(self, &items[before..items.len() - after])?;
        self.drop_n(f, 1);
        for v in items[items.len() - after..].iter().rev() {
            self.push(f, *v);
        }
        self.push(f, mid);
        for v in items[..before].iter().rev() {
            self.push(f, *v);
        }
        Ok(())
    }

    /// `UnpackSequence n` of a tuple or list of exactly `n` (few) items: the items go from its
    /// block to the stack without copying them out first. False for anything else.
    pub(super) fn unpack_exact(&mut self, f: Value, seq: Value, n: usize) -> bool {
        let mut small = [Value::NULL; 8];
        if n > small.len() || !matches!(self.heap.kind(seq), Kind::Tuple | Kind::List) {
            return false;
        }
        // Tuples and lists are both `[len | items...]`.
        let p = self.heap.payload(seq);
        match p.get(1..=n) {
            Some(items) if p.first() == Some(&(n as u32)) => {
                for (o, w) in small.iter_mut().zip(items) {
                    *o = Value(*w);
                }
            }
            _ => return false,
        }
        self.drop_n(f, 1);
        for v in small[..n].iter().rev() {
            self.push(f, *v);
        }
        true
    }

    pub(super) fn op_make_function(&mut self, f: Value, flags: u32) -> PyResult<()> {
        let n = 1 + (flags & 0xf).count_ones() as usize;
        let items = self.peek_n(f, n);
        let code = items[n - 1];
        let globals = self.heap.get_value(f, frame::GLOBALS);
        let fun = func::new(self, code, globals)?;
        let mut k = 0;
        if flags & 1 != 0 {
            self.heap.set_value(fun, func::DEFAULTS, items[k]);
            k += 1;
        }
        if flags & 2 != 0 {
            self.heap.set_value(fun, func::KWDEFAULTS, items[k]);
            k += 1;
        }
        if flags & 4 != 0 {
            self.heap.set_value(fun, func::ANNOTATIONS, items[k]);
            k += 1;
        }
        if flags & 8 != 0 {
            self.heap.set_value(fun, func::CLOSURE, items[k]);
        }
        self.drop_n(f, n);
        self.push(f, fun);
        Ok(())
    }

    pub(super) fn op_raise(&mut self, f: Value, n: usize) -> PyErr {
        match n {
            0 => {
                let handled = self.heap.root(Root::Handled);
                if handled.is_null() || handled.is_none() {
                    return self.raise_new(TypeId::RuntimeError, "No active exception to reraise");
                }
                self.reraising = true;
                self.raise(handled)
            }
            _ => {
                let items = self.peek_n(f, n);
                let exc = match self.make_exception(items[0]) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if n == 2 {
                    let cause = items[1];
                    let cause = if cause.is_none() {
                        Value::NONE
                    } else if self.heap.kind(cause) != Kind::Exception
                        && !crate::objects::class::is_exception_class(self, cause)
                    {
                        return self.type_error("exception causes must derive from BaseException");
                    } else {
                        match self.make_exception(cause) {
                            Ok(c) => c,
                            Err(e) => return e,
                        }
                    };
                    self.heap
                        .set_value(exc, crate::objects::exception::CAUSE, cause);
                    self.heap.set(exc, 0, 1);
                }
                self.drop_n(f, n);
                self.raise(exc)
            }
        }
    }

    /// `raise X`: X may be an exception instance or class (instantiated with no arguments).
    pub fn make_exception(&mut self, x: Value) -> PyResult<Value> {
        if self.heap.kind(x) == Kind::Exception {
            return Ok(x);
        }
        if crate::objects::class::is_exception_class(self, x) {
            let e = self.call(x, &[], &[])?;
            if self.heap.kind(e) == Kind::Exception {
                return Ok(e);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }
}

/// `x op y` (in place or not) on two small ints, for the operators whose result is a small int
/// again when it fits (`+ - * // % & | ^`): None for anything else, which takes the general
/// operator dispatch.
#[inline]
pub(super) fn small_int_op(arg: u32, x: Value, y: Value) -> Option<Value> {
    if !(x.is_small_int() && y.is_small_int()) {
        return None;
    }
    let (a, b) = (x.as_small_int() as i64, y.as_small_int() as i64);
    let r = match arg as u16 % BinaryOp::INPLACE {
        0 => a + b,
        1 => a - b,
        2 => a * b,
        5 if b != 0 => {
            let q = a / b;
            if a % b != 0 && (a < 0) != (b < 0) {
                q - 1
            } else {
                q
            }
        }
        6 if b != 0 => {
            let r = a % b;
            if r != 0 && (r < 0) != (b < 0) {
                r + b
            } else {
                r
            }
        }
        10 => a | b,
        11 => a ^ b,
        12 => a & b,
        _ => return None,
    };
    Value::small_int(r)
}

/// Small-int index `key` into a sequence of `len` items (negative counts from the end); None
/// when out of range.
#[inline]
fn seq_slot(len: u32, key: Value) -> Option<usize> {
    let mut i = key.as_small_int() as i64;
    if i < 0 {
        i += len as i64;
    }
    (0..len as i64).contains(&i).then_some(i as usize)
}
