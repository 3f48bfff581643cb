// SPDX-License-Identifier: MIT
//! The dispatch loop. It runs the frame chain rooted at `Root::Frame`: a Python call pushes a
//! frame and continues in the same loop, a return pops one, so Python recursion never recurses in
//! Rust. The loop leaves when the frame it was entered for (flag `F_ENTRY`) returns or yields.
//! Each arm is short; anything longer is a helper in `vm/` or `objects/`.

use alloc::vec::Vec;

use crate::bytecode::{BinaryOp, CompareOp, Op, UnaryOp, HAVE_ARG};
use crate::gc::{Kind, Root, Value};
use crate::objects::function::{self as func, code as c, raw_bytes};
use crate::objects::types::TypeId;
use crate::objects::{dict, list, tuple};

use super::frame::{self, BACK, CODE, FLAGS, F_ENTRY, IP, LOCALSPLUS, NLOCALS, SP};
use super::{PyErr, PyResult, Vm};

/// How a run of the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The entry frame returned this value.
    Return(Value),
    /// The entry frame (a generator's) yielded this value.
    Yield(Value),
}

/// Payload index where the offset of the instruction being executed is kept (a small int, for
/// tracebacks and exception handlers).
pub const LASTI: usize = 10;

/// Decodes the instruction at `ip`: (opcode, operand, next ip); None for bad bytecode.
#[inline]
pub(crate) fn fetch(bytes: &[u8], mut ip: usize) -> Option<(Op, u32, usize)> {
    let mut ext: u32 = 0;
    loop {
        let b = *bytes.get(ip)?;
        let op = Op::from_u8(b)?;
        if b < HAVE_ARG {
            return Some((op, 0, ip + 1));
        }
        let (lo, hi) = (*bytes.get(ip + 1)?, *bytes.get(ip + 2)?);
        let a = (ext << 16) | (lo as u32 | (hi as u32) << 8);
        if op != Op::ExtendedArg {
            return Some((op, a, ip + 3));
        }
        ext = a;
        ip += 3;
    }
}

/// What a call from the loop produced.
pub(crate) enum Called {
    /// A value (native call, generator creation, ...).
    Value(Value),
    /// A new frame to run (a Python function call), not yet linked.
    Frame(Value),
}

impl Vm {
    /// Runs `frame` (fresh or a suspended generator frame) until it returns or yields.
    /// With `throw`, the pending exception is raised in it at its current position first.
    pub fn run_frame(&mut self, frame: Value, throw: bool) -> PyResult<Exit> {
        if self.depth >= self.recursion_limit {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let caller = self.heap.root(Root::Frame);
        self.heap.set_value(frame, BACK, caller);
        let fl = self.heap.get(frame, FLAGS);
        self.heap.set(frame, FLAGS, fl | F_ENTRY);
        self.heap.set_root(Root::Frame, frame);
        self.depth += 1;
        self.run_loop(throw)
    }

    fn run_loop(&mut self, mut throw: bool) -> PyResult<Exit> {
        let mut budget = self.budget;
        loop {
            if throw {
                throw = false;
                self.unwind(true)?;
                continue;
            }
            budget -= 1;
            if budget == 0 {
                budget = self.budget;
                if let Err(e) = self.check_interrupt().and_then(|_| self.run_scheduled()) {
                    let _ = e;
                    match self.unwind(false) {
                        Ok(()) => continue,
                        Err(e) => return Err(e),
                    }
                }
            }
            match self.step() {
                Ok(None) => {}
                Ok(Some(exit)) => return Ok(exit),
                Err(_) => {
                    let reraise = self.reraising;
                    self.reraising = false;
                    self.unwind(reraise)?;
                }
            }
        }
    }

    /// Handles the pending exception: finds a handler in the current frame or pops frames until
    /// one is found (Ok) or the entry frame is left (Err).
    fn unwind(&mut self, mut reraise: bool) -> PyResult<()> {
        loop {
            let f = self.heap.root(Root::Frame);
            let exc = self.pending();
            let code = self.heap.get_value(f, CODE);
            let lasti = self.heap.get_value(f, LASTI).as_small_int().max(0) as u32;
            if !reraise {
                let handled = self.heap.root(Root::Handled);
                if self.heap.kind(exc) == crate::gc::Kind::Exception
                    && self.heap.kind(handled) == crate::gc::Kind::Exception
                    && handled != exc
                {
                    let ctx = self.heap.get_value(exc, crate::objects::exception::CONTEXT);
                    if ctx.is_null() || ctx.is_none() {
                        self.heap
                            .set_value(exc, crate::objects::exception::CONTEXT, handled);
                    }
                }
                let line = func::line_of(self, code, lasti);
                if self.add_traceback(exc, f, code, line, lasti).is_err() {
                    // Out of memory while recording the traceback: the MemoryError replaces it.
                }
            }
            reraise = false;
            if let Some((target, depth)) = self.find_handler(code, lasti) {
                let exc = self.take_pending();
                self.heap.set(f, SP, depth);
                self.push(f, exc);
                self.heap.set(f, IP, target);
                return Ok(());
            }
            // No handler here: leave the frame.
            let back = self.heap.get_value(f, BACK);
            let entry = self.heap.get(f, FLAGS) & F_ENTRY != 0;
            self.heap.set(f, FLAGS, self.heap.get(f, FLAGS) & !F_ENTRY);
            self.heap.set_root(Root::Frame, back);
            self.depth = self.depth.saturating_sub(1);
            self.generator_unwound(f);
            if entry {
                return Err(PyErr(()));
            }
        }
    }

    fn find_handler(&self, code: Value, offset: u32) -> Option<(u32, u32)> {
        let table = self.heap.get_value(code, c::EXCTABLE);
        let bytes = raw_bytes(self, table);
        for e in bytes.chunks_exact(16) {
            let w = |i: usize| u32::from_le_bytes([e[i], e[i + 1], e[i + 2], e[i + 3]]);
            if w(0) <= offset && offset < w(4) {
                return Some((w(8), w(12)));
            }
        }
        None
    }

    // ---- the value stack of frame f ----

    /// Pushes `v` on frame `f`'s value stack.
    #[inline]
    pub(crate) fn push(&mut self, f: Value, v: Value) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return;
        };
        if let Some(slot) = p.get_mut(LOCALSPLUS + nl as usize + sp as usize) {
            *slot = v.0;
            p[SP] = sp + 1;
        } else {
            // The code generator sizes every frame's stack exactly; overflowing it is a VM bug.
            debug_assert!(false, "value stack overflow");
        }
    }

    /// Pops the top of frame `f`'s value stack.
    #[inline]
    pub(crate) fn pop(&mut self, f: Value) -> Value {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return Value::NULL;
        };
        if sp == 0 {
            return Value::NULL;
        }
        p[SP] = sp - 1;
        Value(
            p.get(LOCALSPLUS + nl as usize + sp as usize - 1)
                .copied()
                .unwrap_or(0),
        )
    }

    /// The n-th value from the top (1 = top).
    #[inline]
    pub(crate) fn peek(&mut self, f: Value, n: usize) -> Value {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return Value::NULL;
        };
        let Some(i) = (sp as usize).checked_sub(n) else {
            return Value::NULL;
        };
        Value(p.get(LOCALSPLUS + nl as usize + i).copied().unwrap_or(0))
    }

    /// Replaces the n-th value from the top.
    #[inline]
    pub(crate) fn poke(&mut self, f: Value, n: usize, v: Value) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return;
        };
        let Some(i) = (sp as usize).checked_sub(n) else {
            return;
        };
        if let Some(slot) = p.get_mut(LOCALSPLUS + nl as usize + i) {
            *slot = v.0;
        }
    }

    /// `LoadFast`: pushes fast slot `i` (one payload access); false if the slot is unbound.
    #[inline]
    fn push_local(&mut self, f: Value, i: usize) -> bool {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl), Some(&v)) = (p.get(SP), p.get(NLOCALS), p.get(LOCALSPLUS + i))
        else {
            return false;
        };
        if v == 0 {
            return false;
        }
        if let Some(slot) = p.get_mut(LOCALSPLUS + nl as usize + sp as usize) {
            *slot = v;
            p[SP] = sp + 1;
        }
        true
    }

    /// `StoreFast`: pops the top into fast slot `i`.
    #[inline]
    fn pop_to_local(&mut self, f: Value, i: usize) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return;
        };
        let Some(top) = (LOCALSPLUS + nl as usize + sp as usize).checked_sub(1) else {
            return;
        };
        if sp == 0 || i >= nl as usize {
            return;
        }
        if let Some(&v) = p.get(top) {
            p[SP] = sp - 1;
            p[LOCALSPLUS + i] = v;
        }
    }

    /// The second and the top value.
    #[inline]
    fn top2(&mut self, f: Value) -> (Value, Value) {
        let mut two = [Value::NULL; 2];
        self.peek_into(f, &mut two);
        (two[0], two[1])
    }

    /// Pops the top and replaces the new top by `v` (a binary operator's result).
    #[inline]
    fn pop_set_top(&mut self, f: Value, v: Value) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return;
        };
        if sp < 2 {
            return;
        }
        if let Some(slot) = p.get_mut(LOCALSPLUS + nl as usize + sp as usize - 2) {
            *slot = v.0;
            p[SP] = sp - 1;
        }
    }

    /// Jumps: the next instruction of frame `f` is at `target`.
    #[inline]
    fn set_ip(&mut self, f: Value, target: u32) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        if let Some(ip) = p.get_mut(IP) {
            *ip = target;
        }
    }

    /// The top `out.len()` values into `out`, bottom first (still on the stack, so rooted).
    #[inline]
    pub(crate) fn peek_into(&mut self, f: Value, out: &mut [Value]) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (Some(&sp), Some(&nl)) = (p.get(SP), p.get(NLOCALS)) else {
            return;
        };
        let top = LOCALSPLUS + nl as usize + sp as usize;
        if let Some(src) = top.checked_sub(out.len()).and_then(|b| p.get(b..top)) {
            for (o, w) in out.iter_mut().zip(src) {
                *o = Value(*w);
            }
        }
    }

    /// The top `n` values, bottom first (still on the stack, so still rooted).
    pub(crate) fn peek_n(&mut self, f: Value, n: usize) -> Vec<Value> {
        (0..n).rev().map(|k| self.peek(f, k + 1)).collect()
    }

    /// Drops `n` values.
    pub(crate) fn drop_n(&mut self, f: Value, n: usize) {
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        if let Some(sp) = p.get_mut(SP) {
            *sp = sp.saturating_sub(n as u32);
        }
    }

    // ---- one instruction ----

    /// Executes one instruction of the current frame.
    fn step(&mut self) -> PyResult<Option<Exit>> {
        let f = self.heap.root(Root::Frame);
        let (code, ip) = {
            let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
            (
                Value(p.get(CODE).copied().unwrap_or(0)),
                p.get(IP).copied().unwrap_or(0) as usize,
            )
        };
        // The code object's bytecode block, names and constants are remembered across
        // instructions (code objects are immutable; a collection may reuse a dead one's
        // handle, so it re-checks then).
        let memo = &mut self.code_memo;
        if memo[0] != code.0 || memo[2] != self.heap.collections {
            *memo = [
                code.0,
                self.heap.get(code, c::CODE),
                self.heap.collections,
                self.heap.get(code, c::NAMES),
                self.heap.get(code, c::CONSTS),
            ];
        }
        let bytes_h = Value(memo[1]);
        // Bytecode blocks are `[len | bytes]`; the padding after the last instruction is zeros
        // (`Nop`), and running past it reads nothing, which `fetch` reports as bad bytecode.
        let bytes = self
            .heap
            .cached_payload_bytes(&mut self.code_cache, bytes_h, 1);
        let fetched = fetch(bytes, ip);
        let Some((op, arg, next)) = fetched else {
            return Err(self.raise_new(TypeId::SystemError, "bad bytecode"));
        };
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        if p.len() > LASTI {
            p[LASTI] = Value::small_int_unchecked(ip as i32).0;
            p[IP] = next as u32;
        }
        self.exec(f, code, op, arg)
    }

    fn exec(&mut self, f: Value, code: Value, op: Op, arg: u32) -> PyResult<Option<Exit>> {
        let a = arg as usize;
        match op {
            Op::Nop | Op::ExtendedArg => {}
            Op::PopTop => {
                self.pop(f);
            }
            Op::Copy => {
                let v = self.peek(f, a);
                self.push(f, v);
            }
            Op::Swap => {
                let top = self.peek(f, 1);
                let other = self.peek(f, a);
                self.poke(f, 1, other);
                self.poke(f, a, top);
            }
            Op::LoadConst => {
                let consts = if self.code_memo[0] == code.0 {
                    Value(self.code_memo[4])
                } else {
                    self.heap.get_value(code, c::CONSTS)
                };
                let v = tuple::get(self, consts, a);
                self.push(f, v);
            }
            Op::LoadFast => {
                if !self.push_local(f, a) {
                    return Err(self.unbound_local(code, a));
                }
            }
            Op::StoreFast => self.pop_to_local(f, a),
            Op::DeleteFast => {
                if frame::get_local(self, f, a).is_null() {
                    return Err(self.unbound_local(code, a));
                }
                frame::set_local(self, f, a, Value::NULL);
            }
            Op::MakeCell => {
                let cell = func::new_cell(self, Value::NULL)?;
                frame::set_local(self, f, a, cell);
            }
            Op::CopyFreeVars => {
                let function = self.heap.get_value(f, frame::FUNC);
                let closure = self.heap.get_value(function, func::CLOSURE);
                let n = self.heap.get(f, NLOCALS) as usize;
                for j in 0..a {
                    let cell = tuple::get(self, closure, j);
                    frame::set_local(self, f, n - a + j, cell);
                }
            }
            Op::LoadDeref => {
                let cell = frame::get_local(self, f, a);
                let v = self.heap.get_value(cell, 0);
                if v.is_null() {
                    return Err(self.unbound_deref(code, a));
                }
                self.push(f, v);
            }
            Op::StoreDeref => {
                let v = self.pop(f);
                let cell = frame::get_local(self, f, a);
                self.heap.set_value(cell, 0, v);
            }
            Op::DeleteDeref => {
                let cell = frame::get_local(self, f, a);
                if self.heap.get_value(cell, 0).is_null() {
                    return Err(self.unbound_deref(code, a));
                }
                self.heap.set_value(cell, 0, Value::NULL);
            }
            Op::LoadClosure => {
                let cell = frame::get_local(self, f, a);
                self.push(f, cell);
            }
            Op::LoadClassDeref => {
                let name = alloc::string::String::from(frame::local_name(self, code, a));
                let locals = self.heap.get_value(f, frame::LOCALS);
                let v = match dict::get_str(self, locals, &name) {
                    Some(v) => v,
                    None => {
                        let cell = frame::get_local(self, f, a);
                        let v = self.heap.get_value(cell, 0);
                        if v.is_null() {
                            return Err(self.unbound_deref(code, a));
                        }
                        v
                    }
                };
                self.push(f, v);
            }
            Op::LoadGlobal => {
                let name = self.code_name(code, a);
                let v = self.load_global(f, name)?;
                self.push(f, v);
            }
            Op::StoreGlobal => {
                let name = self.code_name(code, a);
                let v = self.pop(f);
                let globals = self.heap.get_value(f, frame::GLOBALS);
                self.push(f, v);
                let r = self.hinted_set(globals, globals, name, v);
                self.pop(f);
                r?;
            }
            Op::DeleteGlobal => {
                let name = self.code_name(code, a);
                let globals = self.heap.get_value(f, frame::GLOBALS);
                if dict::remove(self, globals, name)?.is_none() {
                    return Err(self.name_error(name));
                }
            }
            Op::LoadName => {
                let name = self.code_name(code, a);
                let locals = self.heap.get_value(f, frame::LOCALS);
                let v = match self.namespace_get(locals, name)? {
                    Some(v) => v,
                    None => self.load_global(f, name)?,
                };
                self.push(f, v);
            }
            Op::StoreName => {
                let name = self.code_name(code, a);
                let v = self.peek(f, 1);
                let locals = self.heap.get_value(f, frame::LOCALS);
                self.namespace_set(locals, name, v)?;
                self.pop(f);
            }
            Op::DeleteName => {
                let name = self.code_name(code, a);
                let locals = self.heap.get_value(f, frame::LOCALS);
                if !self.namespace_del(locals, name)? {
                    return Err(self.name_error(name));
                }
            }
            Op::LoadAttr => {
                let name = self.code_name(code, a);
                let obj = self.peek(f, 1);
                let v = self.getattr(obj, name)?;
                self.poke(f, 1, v);
            }
            Op::StoreAttr => {
                let name = self.code_name(code, a);
                let obj = self.peek(f, 1);
                let v = self.peek(f, 2);
                self.setattr(obj, name, v)?;
                self.drop_n(f, 2);
            }
            Op::DeleteAttr => {
                let name = self.code_name(code, a);
                let obj = self.peek(f, 1);
                self.delattr(obj, name)?;
                self.drop_n(f, 1);
            }
            Op::LoadMethod => {
                let name = self.code_name(code, a);
                let obj = self.peek(f, 1);
                let (meth, second) = self.load_method(obj, name)?;
                self.poke(f, 1, meth);
                self.push(f, second);
            }
            Op::Call => return self.op_call(f, a, 1, false),
            Op::CallKw => return self.op_call(f, a, 1, true),
            Op::CallMethod => return self.op_call(f, a, 2, false),
            Op::CallMethodKw => return self.op_call(f, a, 2, true),
            Op::CallFunctionEx => return self.op_call_ex(f, a),
            Op::BinaryOp => {
                let (x, y) = self.top2(f);
                let v = match super::run_ops::small_int_op(arg, x, y) {
                    Some(v) => v,
                    None => match self.float_op(arg, x, y)? {
                        Some(v) => v,
                        None => self.binary_op_arg(arg, x, y)?,
                    },
                };
                self.pop_set_top(f, v);
            }
            Op::UnaryOp => {
                let x = self.peek(f, 1);
                let v = match arg {
                    0 => self.unary_op(UnaryOp::Invert, x)?,
                    1 => Value::bool(!self.truthy(x)?),
                    2 => self.unary_op(UnaryOp::Pos, x)?,
                    _ => self.unary_op(UnaryOp::Neg, x)?,
                };
                self.poke(f, 1, v);
            }
            Op::CompareOp => {
                let (x, y) = self.top2(f);
                let op = CompareOp::ALL.get(a).copied().unwrap_or(CompareOp::Eq);
                let v = self.compare(x, y, op)?;
                self.pop_set_top(f, v);
            }
            Op::IsOp => {
                let (x, y) = (self.peek(f, 2), self.peek(f, 1));
                self.drop_n(f, 1);
                self.poke(f, 1, Value::bool((x == y) != (a == 1)));
            }
            Op::ContainsOp => {
                let (x, y) = (self.peek(f, 2), self.peek(f, 1));
                let r = self.contains(y, x)?;
                self.drop_n(f, 1);
                self.poke(f, 1, Value::bool(r != (a == 1)));
            }
            Op::BinarySubscr => {
                let (obj, key) = self.top2(f);
                let v = match self.index_fast(obj, key) {
                    Some(v) => v,
                    None => self.getitem(obj, key)?,
                };
                self.pop_set_top(f, v);
            }
            Op::StoreSubscr => {
                let mut three = [Value::NULL; 3];
                self.peek_into(f, &mut three);
                let [v, obj, key] = three;
                if !self.store_index_fast(obj, key, v) {
                    self.setitem(obj, key, v)?;
                }
                self.drop_n(f, 3);
            }
            Op::DeleteSubscr => {
                let (obj, key) = (self.peek(f, 2), self.peek(f, 1));
                self.delitem(obj, key)?;
                self.drop_n(f, 2);
            }
            Op::BuildSlice => {
                let items = self.peek_n(f, a);
                let step = if a == 3 { items[2] } else { Value::NONE };
                let s = crate::objects::range::new_slice(self, items[0], items[1], step)?;
                self.drop_n(f, a);
                self.push(f, s);
            }
            Op::BuildTuple => {
                let items = self.peek_n(f, a);
                let t = tuple::new(self, &items)?;
                self.drop_n(f, a);
                self.push(f, t);
            }
            Op::BuildList => {
                let items = self.peek_n(f, a);
                let l = list::from_slice(self, &items)?;
                self.drop_n(f, a);
                self.push(f, l);
            }
            #[cfg(feature = "set")]
            Op::BuildSet => {
                // The items stay on the stack (rooted) while the set is built.
                let items: alloc::vec::Vec<Value> = (0..a).map(|k| self.peek(f, a - k)).collect();
                let s = crate::objects::set::build_literal(self, &items)?;
                self.drop_n(f, a);
                self.push(f, s);
            }
            Op::BuildMap => {
                let d = dict::alloc(self, a)?;
                let depth = self.heap.push_root(d);
                let r = (|| {
                    for k in 0..a {
                        let key = self.peek(f, 2 * a - 2 * k);
                        let val = self.peek(f, 2 * a - 2 * k - 1);
                        dict::set(self, d, key, val)?;
                    }
                    Ok(())
                })();
                self.heap.pop_roots(depth);
                r?;
                self.drop_n(f, 2 * a);
                self.push(f, d);
            }
            Op::BuildString => {
                let items = self.peek_n(f, a);
                let mut s = alloc::string::String::new();
                for it in items {
                    s.push_str(self.str_text(it).unwrap_or(""));
                }
                let v = self.new_str(&s)?;
                self.drop_n(f, a);
                self.push(f, v);
            }
            Op::FormatValue => {
                let has_spec = arg & 4 != 0;
                let spec = if has_spec {
                    self.peek(f, 1)
                } else {
                    Value::NULL
                };
                let value = self.peek(f, if has_spec { 2 } else { 1 });
                let converted = match arg & 3 {
                    1 => self.to_str(value)?,
                    2 => self.repr(value)?,
                    3 => self.ascii(value)?,
                    _ => value,
                };
                self.poke(f, if has_spec { 2 } else { 1 }, converted);
                let s = self.format(converted, spec)?;
                if has_spec {
                    self.drop_n(f, 1);
                }
                self.poke(f, 1, s);
            }
            Op::ListAppend => {
                let v = self.peek(f, 1);
                let l = self.peek(f, a + 1);
                list::append(self, l, v)?;
                self.drop_n(f, 1);
            }
            #[cfg(feature = "set")]
            Op::SetAdd => {
                let v = self.peek(f, 1);
                let s = self.peek(f, a + 1);
                crate::objects::set::add(self, s, v)?;
                self.drop_n(f, 1);
            }
            Op::MapAdd => {
                let (k, v) = (self.peek(f, 2), self.peek(f, 1));
                let d = self.peek(f, a + 2);
                dict::set(self, d, k, v)?;
                self.drop_n(f, 2);
            }
            Op::ListExtend => {
                let it = self.peek(f, 1);
                let l = self.peek(f, a + 1);
                if let Err(e) = self.extend_list(l, it) {
                    return Err(self.star_value_error(e, it));
                }
                self.drop_n(f, 1);
            }
            #[cfg(feature = "set")]
            Op::SetUpdate => {
                let it = self.peek(f, 1);
                let s = self.peek(f, a + 1);
                crate::objects::set::update(self, s, it)?;
                self.drop_n(f, 1);
            }
            Op::DictUpdate => {
                let m = self.peek(f, 1);
                let d = self.peek(f, a + 1);
                crate::objects::dict_methods::update_from(self, d, m, false)?;
                self.drop_n(f, 1);
            }
            Op::DictMerge => {
                let m = self.peek(f, 1);
                let d = self.peek(f, a + 1);
                // The stack holds the callable, the argument tuple, then `d`.
                let func = self.peek(f, a + 3);
                crate::objects::dict_methods::merge_kwargs(self, d, m, func)?;
                self.drop_n(f, 1);
            }
            Op::ListToTuple => {
                let l = self.peek(f, 1);
                let items = list::items(self, l);
                let t = tuple::new(self, &items)?;
                self.poke(f, 1, t);
            }
            Op::UnpackSequence => self.op_unpack(f, a, usize::MAX)?,
            Op::UnpackEx => self.op_unpack(f, a & 0xff, a >> 8)?,
            Op::GetIter => {
                let obj = self.peek(f, 1);
                let it = self.iter(obj)?;
                self.poke(f, 1, it);
            }
            Op::ForIter => {
                let it = self.peek(f, 1);
                if self.heap.kind(it) == Kind::Generator {
                    return self.for_iter_generator(f, it, arg);
                }
                match self.next(it)? {
                    Some(v) => self.push(f, v),
                    None => {
                        self.drop_n(f, 1);
                        self.heap.set(f, IP, arg);
                    }
                }
            }
            Op::Jump => self.set_ip(f, arg),
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let v = self.pop(f);
                // Kept rooted while a `__bool__` or `__len__` runs.
                let d = self.heap.push_root(v);
                let t = self.truthy(v);
                self.heap.pop_roots(d);
                if t? == (op == Op::PopJumpIfTrue) {
                    self.set_ip(f, arg);
                }
            }
            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                let v = self.pop(f);
                if v.is_none() == (op == Op::PopJumpIfNone) {
                    self.heap.set(f, IP, arg);
                }
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let v = self.peek(f, 1);
                if self.truthy(v)? == (op == Op::JumpIfTrueOrPop) {
                    self.heap.set(f, IP, arg);
                } else {
                    self.drop_n(f, 1);
                }
            }
            Op::ReturnValue => {
                let v = self.pop(f);
                return self.leave_frame(f, v, false);
            }
            Op::YieldValue => {
                let v = self.pop(f);
                return self.leave_frame(f, v, true);
            }
            Op::MakeFunction => self.op_make_function(f, arg)?,
            Op::RaiseVarargs => return Err(self.op_raise(f, a)),
            Op::Reraise => {
                let exc = self.pop(f);
                self.reraising = true;
                return Err(self.raise(exc));
            }
            Op::PushExcInfo => {
                let exc = self.peek(f, 1);
                let prev = self.own_handled(f);
                self.poke(f, 1, if prev.is_null() { Value::NONE } else { prev });
                self.push(f, exc);
                self.heap.set_root(Root::Handled, exc);
            }
            Op::PopExcept => {
                let prev = self.pop(f);
                let prev = self.resumer_handled(f, prev);
                self.heap.set_root(Root::Handled, prev);
            }
            Op::CheckExcMatch => {
                let (exc, t) = (self.peek(f, 2), self.peek(f, 1));
                let m = self.exception_matches(exc, t)?;
                self.poke(f, 1, Value::bool(m));
            }
            Op::LoadAssertionError => self.push(f, TypeId::AssertionError.value()),
            Op::PrintExpr => {
                let v = self.peek(f, 1);
                if !v.is_none() {
                    let r = self.repr(v)?;
                    let text = alloc::format!("{}\n", self.str_text(r).unwrap_or(""));
                    self.write_out(&text);
                    let globals = self.heap.get_value(f, frame::GLOBALS);
                    let underscore = self.intern("_")?;
                    dict::set(self, globals, underscore, v)?;
                }
                self.drop_n(f, 1);
            }
            Op::GetYieldFromIter => {
                let obj = self.peek(f, 1);
                if self.heap.kind(obj) != Kind::Generator {
                    let it = self.iter(obj)?;
                    self.poke(f, 1, it);
                }
            }
            Op::Send => return self.op_send(f, arg),
            Op::ImportName => {
                let name = self.code_name(code, a);
                let (level, fromlist) = (self.peek(f, 2), self.peek(f, 1));
                let globals = self.heap.get_value(f, frame::GLOBALS);
                let m =
                    self.import_name(name, globals, fromlist, level.as_small_int().max(0) as u32)?;
                self.drop_n(f, 1);
                self.poke(f, 1, m);
            }
            Op::ImportFrom => {
                let name = self.code_name(code, a);
                let m = self.peek(f, 1);
                let v = self.import_from(m, name)?;
                self.push(f, v);
            }
            Op::ImportStar => {
                let m = self.peek(f, 1);
                let locals = self.heap.get_value(f, frame::LOCALS);
                self.import_star(m, locals)?;
                self.drop_n(f, 1);
            }
            Op::LoadBuildClass => {
                let v = crate::modules::builtins::build_class_value();
                self.push(f, v);
            }
            Op::SetupAnnotations => {
                let locals = self.heap.get_value(f, frame::LOCALS);
                let name = self.intern("__annotations__")?;
                if self.namespace_get(locals, name)?.is_none() {
                    let d = dict::alloc(self, 0)?;
                    self.namespace_set(locals, name, d)?;
                }
            }
            Op::LoadLocals => {
                let locals = self.heap.get_value(f, frame::LOCALS);
                self.push(f, locals);
            }
            Op::BeforeWith => {
                let mgr = self.peek(f, 1);
                let (enter, exit) = crate::objects::class::context_methods(self, mgr, false)?;
                self.poke(f, 1, exit);
                self.push(f, enter);
                let r = self.call(enter, &[], &[])?;
                self.poke(f, 1, r);
            }
            Op::WithExceptStart => {
                let exit = self.peek(f, 3);
                let exc = self.peek(f, 1);
                let t = self.type_of(exc);
                let tb = self
                    .heap
                    .get_value(exc, crate::objects::exception::TRACEBACK);
                let tb = if tb.is_null() { Value::NONE } else { tb };
                let r = self.call(exit, &[t, exc, tb], &[])?;
                self.push(f, r);
            }
            _ => return self.exec_rare(f, code, op, arg),
        }
        Ok(None)
    }

    /// Pops frame `f` after a return or yield of `v`; returns the loop exit if `f` was the entry.
    fn leave_frame(&mut self, f: Value, v: Value, yielded: bool) -> PyResult<Option<Exit>> {
        let g = self.heap.get_value(f, frame::GEN);
        if !g.is_null() {
            crate::objects::generator::exc_state_leave(self, g, yielded);
        }
        let p = self.heap.cached_payload_mut(&mut self.frame_cache, f);
        let (back, entry) = match p.get_mut(FLAGS..=BACK) {
            Some(w) => {
                let entry = w[0] & F_ENTRY != 0;
                w[0] &= !F_ENTRY;
                (Value(w[BACK - FLAGS]), entry)
            }
            None => (Value::NULL, true),
        };
        self.heap.set_root(Root::Frame, back);
        self.depth = self.depth.saturating_sub(1);
        if entry {
            return Ok(Some(if yielded {
                Exit::Yield(v)
            } else {
                Exit::Return(v)
            }));
        }
        if !g.is_null() {
            return self.generator_left(f, back, v, yielded);
        }
        self.push(back, v);
        Ok(None)
    }

    /// `Call`, `CallKw`, `CallMethod`, `CallMethodKw`: `below` is 1 (callable) or 2 (method pair).
    fn op_call(&mut self, f: Value, argc: usize, below: usize, kw: bool) -> PyResult<Option<Exit>> {
        let extra = kw as usize;
        let total = argc + below + extra;
        // Copy the stack items out (they stay on the stack, so stay rooted): into a small array
        // for the usual few arguments, so a call allocates nothing in Rust.
        let mut small = [Value::NULL; 12];
        let spilled;
        let items: &[Value] = if total <= small.len() {
            self.peek_into(f, &mut small[..total]);
            &small[..total]
        } else {
            spilled = self.peek_n(f, total);
            &spilled
        };
        let (callable, mut args) = if below == 2 && !items[0].is_null() {
            (items[0], &items[1..argc + 2])
        } else {
            (items[below - 1], &items[below..below + argc])
        };
        let mut kwpairs: Vec<(Value, Value)> = Vec::new();
        if kw {
            let names = tuple::items(self, items[total - 1]);
            let npos = args.len().saturating_sub(names.len());
            kwpairs = names
                .iter()
                .copied()
                .zip(args[npos..].iter().copied())
                .collect();
            args = &args[..npos];
        }
        if let Some((g, sent)) = self.resumed_by_call(callable, args, &kwpairs) {
            return self.call_resume(f, g, sent, total);
        }
        match self.call_from_frame(callable, args, &kwpairs)? {
            Called::Value(v) => {
                self.drop_n(f, total);
                self.push(f, v);
            }
            Called::Frame(nf) => {
                self.drop_n(f, total);
                self.enter_frame(f, nf)?;
            }
        }
        Ok(None)
    }

    fn op_send(&mut self, f: Value, target: u32) -> PyResult<Option<Exit>> {
        let (it, v) = (self.peek(f, 2), self.peek(f, 1));
        if self.heap.kind(it) == Kind::Generator {
            return self.send_generator(f, it, v, target);
        }
        match self.send_to(it, v)? {
            crate::objects::generator::Sent::Yielded(y) => {
                self.poke(f, 1, y);
            }
            crate::objects::generator::Sent::Returned(r) => {
                self.drop_n(f, 1);
                self.poke(f, 1, r);
                self.heap.set(f, IP, target);
            }
        }
        Ok(None)
    }

    /// Name `i` of code object `code` (the running one's names tuple is in `code_memo`).
    fn code_name(&self, code: Value, i: usize) -> Value {
        let names = if self.code_memo[0] == code.0 {
            Value(self.code_memo[3])
        } else {
            self.heap.get_value(code, c::NAMES)
        };
        tuple::get(self, names, i)
    }

    /// A BinaryOp operand: the operator, with the in-place flag.
    fn binary_op_arg(&mut self, arg: u32, x: Value, y: Value) -> PyResult<Value> {
        let inplace = arg as u16 >= BinaryOp::INPLACE;
        let idx = (arg as u16 % BinaryOp::INPLACE) as usize;
        let op = BinaryOp::ALL.get(idx).copied().unwrap_or(BinaryOp::Add);
        if inplace {
            self.inplace_op(op, x, y)
        } else {
            self.binary_op(op, x, y)
        }
    }
}
