// SPDX-License-Identifier: MIT
//! Stackless generator resumption. When bytecode resumes a generator or coroutine (`for` over
//! it, `yield from`/`await`, a call of `next(g)`, `g.send(v)` or `g.__next__()`), its frame is
//! linked under the running frame and the same dispatch loop runs it, as a Python call would be.
//! A yield or return hands the value back to the resuming frame, which is then told what to do
//! by the instruction that resumed it (still at its `LASTI`):
//!
//! | resumed by            | yield `v`            | return `r`                            |
//! |-----------------------|----------------------|---------------------------------------|
//! | `ForIter`             | push `v`             | pop the iterator, jump to the target  |
//! | `Send`                | push `v` (the value) | replace the iterator by `r`, jump     |
//! | `Call*` (`next` ...)  | push `v` (the result)| raise `StopIteration(r)` at the call  |
//!
//! So nesting generators costs heap frames, not Rust stack: chains reach the recursion limit.
//! Native callers (`sum(gen)`, `gen.throw()`, the async generator awaitables) still resume in a
//! nested loop (`objects::generator::resume`).

use crate::bytecode::Op;
use crate::gc::{Kind, Root, Value};
use crate::objects::function::{code as c, raw_bytes};
use crate::objects::generator::{self, Sent};
use crate::objects::native;
use crate::objects::types::TypeId;

use super::frame::{self, BACK, IP};
use super::run::{fetch, Exit, LASTI};
use super::{PyResult, Vm};

impl Vm {
    /// Resumes generator `g` with `sent` on this loop, under frame `f`. Ok(Some) when it did not
    /// need to run (it had finished); Ok(None) when its frame is now the running one.
    pub(crate) fn resume_here(
        &mut self,
        f: Value,
        g: Value,
        sent: Value,
    ) -> PyResult<Option<Sent>> {
        if self.depth >= self.recursion_limit {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        if let Some(done) = generator::begin_resume(self, g, sent, false)? {
            return Ok(Some(done));
        }
        let fr = generator::frame_of(self, g);
        self.heap.set_value(fr, BACK, f);
        self.heap.set_root(Root::Frame, fr);
        self.depth += 1;
        Ok(None)
    }

    /// `ForIter` over generator `it` (on top of `f`'s stack), exhausted: jump to `target`.
    pub(crate) fn for_iter_generator(
        &mut self,
        f: Value,
        it: Value,
        target: u32,
    ) -> PyResult<Option<Exit>> {
        if let Some(Sent::Returned(_) | Sent::Yielded(_)) = self.resume_here(f, it, Value::NONE)? {
            self.drop_n(f, 1);
            self.heap.set(f, IP, target);
        }
        Ok(None)
    }

    /// `Send` of `v` to generator `it` (`[it v]` on `f`'s stack) for `yield from`/`await`.
    pub(crate) fn send_generator(
        &mut self,
        f: Value,
        it: Value,
        v: Value,
        target: u32,
    ) -> PyResult<Option<Exit>> {
        let done = self.resume_here(f, it, v)?;
        self.drop_n(f, 1);
        if let Some(Sent::Returned(r) | Sent::Yielded(r)) = done {
            self.poke(f, 1, r);
            self.heap.set(f, IP, target);
        }
        Ok(None)
    }

    /// A call resuming `g` with `sent` (`total` call items on `f`'s stack).
    pub(crate) fn call_resume(
        &mut self,
        f: Value,
        g: Value,
        sent: Value,
        total: usize,
    ) -> PyResult<Option<Exit>> {
        let done = self.resume_here(f, g, sent)?;
        self.drop_n(f, total);
        if let Some(Sent::Returned(r) | Sent::Yielded(r)) = done {
            return Err(if r.is_none() {
                self.raise_new(TypeId::StopIteration, "")
            } else {
                self.raise_with_arg(TypeId::StopIteration, r)
            });
        }
        Ok(None)
    }

    /// Generator frame `f`, resumed from bytecode, yielded or returned `v`; `back` (now the
    /// running frame) receives it according to the instruction that resumed `f`.
    pub(crate) fn generator_left(
        &mut self,
        f: Value,
        back: Value,
        v: Value,
        yielded: bool,
    ) -> PyResult<Option<Exit>> {
        let g = self.heap.get_value(f, frame::GEN);
        // A suspended frame keeps no caller alive; the next resume links it again.
        self.heap.set_value(f, BACK, Value::NULL);
        if yielded {
            generator::set_suspended(self, g);
            self.push(back, v);
            return Ok(None);
        }
        generator::set_finished(self, g);
        let code = self.heap.get_value(back, frame::CODE);
        let lasti = self.heap.get_value(back, LASTI).as_small_int().max(0) as usize;
        let bytes = raw_bytes(self, self.heap.get_value(code, c::CODE));
        match fetch(bytes, lasti) {
            Some((Op::ForIter, target, _)) => {
                self.drop_n(back, 1);
                self.heap.set(back, IP, target);
            }
            Some((Op::Send, target, _)) => {
                self.poke(back, 1, v);
                self.heap.set(back, IP, target);
            }
            _ => {
                // A call: the generator's return value travels in the StopIteration.
                return Err(if v.is_none() {
                    self.raise_new(TypeId::StopIteration, "")
                } else {
                    self.raise_with_arg(TypeId::StopIteration, v)
                });
            }
        }
        Ok(None)
    }

    /// An exception is leaving generator frame `f`: the generator is finished, and a
    /// StopIteration escaping it becomes RuntimeError.
    pub(crate) fn generator_unwound(&mut self, f: Value) {
        let g = self.heap.get_value(f, frame::GEN);
        if g.is_null() {
            return;
        }
        generator::set_finished(self, g);
        self.heap.set_value(f, BACK, Value::NULL);
        generator::exc_state_leave(self, g, false);
        generator::convert_stop(self, g);
    }

    /// The handled exception an `except` block in frame `f` saves: in a generator, only the
    /// generator's own (None when it is handling none and `sys.exc_info()` shows its resumer's).
    pub(crate) fn own_handled(&self, f: Value) -> Value {
        let h = self.heap.root(Root::Handled);
        let g = self.heap.get_value(f, frame::GEN);
        if !g.is_null() && h == generator::resumer_handled(self, g) {
            return Value::NONE;
        }
        h
    }

    /// What leaving an `except` block in frame `f` restores: the saved `prev`, or in a
    /// generator handling nothing of its own, its current resumer's exception.
    pub(crate) fn resumer_handled(&self, f: Value, prev: Value) -> Value {
        let g = self.heap.get_value(f, frame::GEN);
        if !g.is_null() && (prev.is_none() || prev.is_null()) {
            return generator::resumer_handled(self, g);
        }
        prev
    }

    /// The generator and sent value when a call from bytecode is `next(g)`, `g.__next__()` or
    /// `g.send(v)` of a generator or coroutine (these resume on the loop).
    pub(crate) fn resumed_by_call(
        &self,
        callable: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> Option<(Value, Value)> {
        let id = callable.as_native()?;
        let g = *args.first()?;
        if !kw.is_empty() || self.heap.kind(g) != Kind::Generator {
            return None;
        }
        let name = native::lookup(id)?.name;
        let owner = id >> 8;
        let gen_owner = owner == TypeId::Generator as u32 || owner == TypeId::Coroutine as u32;
        match (name, args.len()) {
            ("next", 1) if owner == native::MODULE_OWNER + crate::modules::builtins::INDEX => {
                (generator::type_id(self, g) == TypeId::Generator).then_some((g, Value::NONE))
            }
            ("__next__", 1) if gen_owner => Some((g, Value::NONE)),
            ("send", 2) if gen_owner => Some((g, args[1])),
            _ => None,
        }
    }
}
