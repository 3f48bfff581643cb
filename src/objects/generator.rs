// SPDX-License-Identifier: MIT
//! Generators (and coroutines): `[state | frame function caller_exc own_exc]`. A generator is a suspended frame;
//! resuming it runs the frame in a nested dispatch loop until it yields or returns.

use alloc::format;
use alloc::string::String;

use crate::bytecode::code::flags;
use crate::gc::{Kind, Root, Value};
use crate::objects::types::TypeId;
use crate::vm::frame;
use crate::vm::run::Exit;
use crate::vm::{PyResult, Vm};

use super::function::{self as func, code as c};
use super::native::NativeFn;

const STATE: usize = 0;
const FRAME: usize = 1;
const FUNC: usize = 2;
/// The resumer's handled exception (`sys.exc_info()`), given back when the generator stops.
const CALLER_EXC: usize = 3;
/// The exception the generator is handling while suspended in an `except` block.
const OWN_EXC: usize = 4;

const CREATED: u32 = 0;
const SUSPENDED: u32 = 1;
const RUNNING: u32 = 2;
const DONE: u32 = 3;

/// What resuming a generator produced.
#[derive(Debug, Clone, Copy)]
pub enum Sent {
    /// It yielded a value.
    Yielded(Value),
    /// It returned (the `StopIteration` value).
    Returned(Value),
}

/// A generator for the bound frame `fr` of function `f`.
pub fn new(vm: &mut Vm, fr: Value, f: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(fr);
    vm.heap.push_root(f);
    let g = vm.alloc(Kind::Generator, 5);
    vm.heap.pop_roots(d);
    let g = g?;
    vm.heap.set_value(g, FRAME, fr);
    vm.heap.set_value(g, FUNC, f);
    vm.heap.set_value(fr, frame::GEN, g);
    Ok(g)
}

/// generator, coroutine or async_generator, from the code flags.
pub fn type_id(vm: &Vm, g: Value) -> TypeId {
    let f = vm.heap.get_value(g, FUNC);
    let code = vm.heap.get_value(f, func::CODE);
    let fl = vm.heap.get(code, c::FLAGS);
    if fl & flags::COROUTINE != 0 {
        TypeId::Coroutine
    } else if fl & flags::ASYNC_GENERATOR != 0 {
        TypeId::AsyncGenerator
    } else {
        TypeId::Generator
    }
}

/// Is the generator running now?
pub fn is_running(vm: &Vm, g: Value) -> bool {
    vm.heap.get(g, STATE) == RUNNING
}

/// Has the generator finished?
pub fn is_finished(vm: &Vm, g: Value) -> bool {
    vm.heap.get(g, STATE) == DONE
}

/// The iterator a suspended generator is delegating to (`yield from`/`await`), or None: while
/// suspended in that loop the sub-iterator sits below the yielded value on its stack.
pub fn yield_from(vm: &mut Vm, g: Value) -> Value {
    if vm.heap.get(g, STATE) != SUSPENDED {
        return Value::NONE;
    }
    let fr = vm.heap.get_value(g, FRAME);
    let code = vm.heap.get_value(fr, frame::CODE);
    let bytes = super::function::raw_bytes(vm, vm.heap.get_value(code, c::CODE));
    let lasti = vm
        .heap
        .get_value(fr, crate::vm::run::LASTI)
        .as_small_int()
        .max(0) as usize;
    // The instruction before the resume point is `Send` when suspended in a delegation loop.
    if lasti >= 3 && bytes.get(lasti - 3) == Some(&(crate::bytecode::Op::Send as u8)) {
        let v = vm.peek(fr, 1);
        if !v.is_null() {
            return v;
        }
    }
    Value::NONE
}

/// Marks the generator finished (its frame was unwound by an exception).
pub fn set_finished(vm: &mut Vm, g: Value) {
    vm.heap.set(g, STATE, DONE);
}

/// Checks that `g` can be resumed with `sent` and readies its frame: pushes `sent` (unless
/// throwing), marks it running. Ok(Some) is the outcome when the frame need not run (a finished
/// generator); Ok(None) means the caller runs the frame now, in a nested loop ([`resume`]) or
/// stacklessly on the current one (`vm/resume.rs`).
pub fn begin_resume(vm: &mut Vm, g: Value, sent: Value, throw: bool) -> PyResult<Option<Sent>> {
    let state = vm.heap.get(g, STATE);
    match state {
        RUNNING => {
            return Err(vm.value_error(error_msg!(
                "generator already executing",
                "{what} already executing",
                what = kind_name(vm, g)
            )));
        }
        DONE => {
            if throw {
                return Err(crate::vm::PyErr::pending());
            }
            if type_id(vm, g) == TypeId::Coroutine {
                return Err(vm.raise_new(
                    TypeId::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ));
            }
            return Ok(Some(Sent::Returned(Value::NONE)));
        }
        CREATED if throw => {
            // The exception is raised before the first instruction: no handler can see it.
            vm.heap.set(g, STATE, DONE);
            convert_stop(vm, g);
            return Err(crate::vm::PyErr::pending());
        }
        CREATED if !sent.is_none() => {
            return Err(vm.type_error(error_msg!(
                "can't send non-None value to a just-started generator",
                "can't send non-None value to a just-started {what}",
                what = kind_name(vm, g)
            )));
        }
        _ => {}
    }
    let fr = vm.heap.get_value(g, FRAME);
    if state == SUSPENDED && !throw {
        vm.push(fr, sent);
    }
    vm.heap.set(g, STATE, RUNNING);
    // Each generator has its own handled exception, stacked on its resumer's.
    let caller = vm.heap.root(Root::Handled);
    vm.heap.set_value(g, CALLER_EXC, caller);
    let own = vm.heap.get_value(g, OWN_EXC);
    if !own.is_null() {
        vm.heap.set_root(Root::Handled, own);
    }
    Ok(None)
}

/// The handled exception of whoever resumed the running generator `g`.
pub fn resumer_handled(vm: &Vm, g: Value) -> Value {
    vm.heap.get_value(g, CALLER_EXC)
}

/// Generator `g` stops running (a yield keeps what it is handling for its next resume); the
/// resumer's handled exception comes back.
pub fn exc_state_leave(vm: &mut Vm, g: Value, yielded: bool) {
    let caller = vm.heap.get_value(g, CALLER_EXC);
    let now = vm.heap.root(Root::Handled);
    let own = if yielded && now != caller && !now.is_none() {
        now
    } else {
        Value::NULL
    };
    vm.heap.set_value(g, OWN_EXC, own);
    vm.heap.set_value(g, CALLER_EXC, Value::NULL);
    vm.heap.set_root(Root::Handled, caller);
}

/// "generator", "coroutine" or "async generator", as CPython's messages name them.
pub fn kind_name(vm: &Vm, g: Value) -> &'static str {
    match type_id(vm, g) {
        TypeId::Coroutine => "coroutine",
        TypeId::AsyncGenerator => "async generator",
        _ => "generator",
    }
}

/// The generator's frame (valid while it is not finished).
pub fn frame_of(vm: &Vm, g: Value) -> Value {
    vm.heap.get_value(g, FRAME)
}

/// Marks a generator suspended at a yield.
pub fn set_suspended(vm: &mut Vm, g: Value) {
    vm.heap.set(g, STATE, SUSPENDED);
}

/// A `StopIteration` (or, from an async generator, `StopAsyncIteration`) leaving a generator's
/// frame becomes `RuntimeError` (PEP 479), chained to the original.
pub fn convert_stop(vm: &mut Vm, g: Value) {
    let exc = vm.pending();
    let agen = type_id(vm, g) == TypeId::AsyncGenerator;
    let msg = if vm.exception_is(exc, TypeId::StopIteration) {
        error_msg!(
            "generator raised StopIteration",
            "{what} raised StopIteration",
            what = kind_name(vm, g)
        )
    } else if agen && vm.exception_is(exc, TypeId::StopAsyncIteration) {
        error_msg!(
            "generator raised StopAsyncIteration",
            "{what} raised StopAsyncIteration",
            what = kind_name(vm, g)
        )
    } else {
        return;
    };
    let d = vm.heap.push_root(exc);
    let _ = vm.raise_new(TypeId::RuntimeError, &msg);
    vm.heap.pop_roots(d);
    let new = vm.pending();
    if vm.heap.kind(new) == Kind::Exception && new != exc {
        vm.heap.set_value(new, super::exception::CAUSE, exc);
        vm.heap.set_value(new, super::exception::CONTEXT, exc);
    }
}

/// Resumes `g` with `sent` (or, with `throw`, raising the pending exception inside it) in a
/// nested dispatch loop: the path for native callers (`sum(gen)`, `gen.throw()`).
pub fn resume(vm: &mut Vm, g: Value, sent: Value, throw: bool) -> PyResult<Sent> {
    if vm.native_depth >= vm.max_native_depth || vm.depth >= vm.recursion_limit || vm.stack_low() {
        return Err(vm.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
    }
    if let Some(done) = begin_resume(vm, g, sent, throw)? {
        return Ok(done);
    }
    let fr = vm.heap.get_value(g, FRAME);
    vm.native_depth += 1;
    let r = vm.run_frame(fr, throw);
    vm.native_depth -= 1;
    match r {
        Ok(Exit::Yield(v)) => {
            vm.heap.set(g, STATE, SUSPENDED);
            Ok(Sent::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            vm.heap.set(g, STATE, DONE);
            Ok(Sent::Returned(v))
        }
        Err(e) => {
            // The frame's unwinding marked it finished and converted a StopIteration.
            vm.heap.set(g, STATE, DONE);
            Err(e)
        }
    }
}

impl Vm {
    /// `Send`: resumes a generator or advances any other iterator.
    pub fn send_to(&mut self, it: Value, v: Value) -> PyResult<Sent> {
        if self.heap.kind(it) == Kind::Generator {
            return resume(self, it, v, false);
        }
        #[cfg(any(feature = "async", test))]
        if super::async_gen::is_awaitable(self, it) {
            return super::async_gen::step(self, it, v, None);
        }
        let user = matches!(self.heap.kind(it), Kind::Instance | Kind::Exception);
        if v.is_none() && !user {
            return Ok(match self.next(it)? {
                Some(x) => Sent::Yielded(x),
                None => Sent::Returned(Value::NONE),
            });
        }
        // A user iterator's StopIteration carries the value of the `yield from`.
        let r = if v.is_none() {
            match super::class::call_special(self, it, "__next__", &[]) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => {
                    return Err(self.type_error(error_msg!(
                        "object not an iterator",
                        "'{t}' object is not an iterator",
                        t = self.type_name(it)
                    )));
                }
                Err(e) => Err(e),
            }
        } else {
            self.call_method(it, "send", &[v])
        };
        match r {
            Ok(x) => Ok(Sent::Yielded(x)),
            Err(e) => {
                let exc = self.pending();
                if self.exception_is(exc, TypeId::StopIteration) {
                    self.take_pending();
                    let args = super::exception::args(self, exc)?;
                    let val = super::tuple::get(self, args, 0);
                    return Ok(Sent::Returned(if val.is_null() {
                        Value::NONE
                    } else {
                        val
                    }));
                }
                Err(e)
            }
        }
    }
}

/// `repr(generator)`.
pub fn repr(vm: &mut Vm, g: Value) -> PyResult<String> {
    let f = vm.heap.get_value(g, FUNC);
    let q = vm.heap.get_value(f, func::QUALNAME);
    let q = String::from(vm.str_text(q).unwrap_or("?"));
    let kind = match type_id(vm, g) {
        TypeId::Coroutine => "coroutine",
        TypeId::AsyncGenerator => "async_generator",
        _ => "generator",
    };
    Ok(format!(
        "<{kind} object {q} at {}>",
        crate::vm::format::addr(g)
    ))
}

fn raise_stop(vm: &mut Vm, v: Value) -> crate::vm::PyErr {
    if v.is_none() {
        vm.raise_new(TypeId::StopIteration, "")
    } else {
        vm.raise_with_arg(TypeId::StopIteration, v)
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().copied().unwrap_or(Value::NONE);
    match resume(vm, g, Value::NONE, false)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(raise_stop(vm, v)),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().copied().unwrap_or(Value::NONE);
    let Some(&v) = args.get(1).filter(|_| args.len() == 2) else {
        let what = if type_id(vm, g) == TypeId::Coroutine {
            "coroutine"
        } else {
            "generator"
        };
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{what}.send() takes exactly one argument ({n} given)",
            n = args.len().saturating_sub(1)
        )));
    };
    match resume(vm, g, v, false)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(raise_stop(vm, v)),
    }
}

/// The exception of `throw(typ[, val[, tb]])` (`args` without self), with CPython's rules: a
/// class is instantiated with `val` (a tuple is unpacked, an instance of the class is used
/// as is); an instance may not come with a separate value. `name` is for the count message.
pub fn throw_value(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = args.len();
    if n == 0 || n > 3 {
        let (what, k, s) = if n == 0 {
            ("least", 1, "")
        } else {
            ("most", 3, "s")
        };
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{name} expected at {what} {k} argument{s}, got {n}"
        )));
    }
    let t = args[0];
    let val = args.get(1).copied().unwrap_or(Value::NONE);
    if let Some(&tb) = args.get(2) {
        if !tb.is_none() && vm.heap.kind(tb) != Kind::Traceback {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    if vm.heap.kind(t) == Kind::Exception {
        if !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        return Ok(t);
    }
    if !super::class::is_exception_class(vm, t) {
        return Err(vm.type_error(error_msg!(
            "exceptions must derive from BaseException",
            "exceptions must be classes or instances deriving from BaseException, not {tn}",
            tn = vm.type_name(t)
        )));
    }
    let exc = if val.is_none() {
        vm.call(t, &[], &[])?
    } else if vm.heap.kind(val) == Kind::Exception && {
        let vt = vm.type_of(val);
        super::class::is_subclass(vm, vt, t)
    } {
        val
    } else if vm.heap.kind(val) == Kind::Tuple {
        let items = super::tuple::items(vm, val);
        vm.call(t, &items, &[])?
    } else {
        vm.call(t, &[val], &[])?
    };
    if vm.heap.kind(exc) != Kind::Exception {
        let msg = error_msg!(
            "exceptions must derive from BaseException",
            "calling {r} should have returned an instance of BaseException, not {tn}",
            tn = vm.type_name(exc),
            r = vm.repr_string(t)?
        );
        return Err(vm.type_error(msg));
    }
    Ok(exc)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (g, rest) = args.split_first().unwrap_or((&Value::NONE, &[]));
    let g = *g;
    let exc = throw_value(vm, "throw", rest)?;
    match throw_into(vm, g, exc)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(raise_stop(vm, v)),
    }
}

/// Raises `exc` inside `g`. When `g` is suspended in a `yield from`/`await` loop the exception
/// goes to the sub-iterator first, as CPython's `gen.throw` does: if it yields, `g` yields
/// that; if it finishes, its value becomes the result of the `yield from` in `g`.
pub fn throw_into(vm: &mut Vm, g: Value, exc: Value) -> PyResult<Sent> {
    let sub = yield_from(vm, g);
    if sub.is_none() || vm.heap.kind(g) != Kind::Generator {
        vm.raise(exc);
        return resume(vm, g, Value::NONE, true);
    }
    // Each delegation level recurses in Rust, so a deep `yield from` chain is bounded here.
    if vm.native_depth >= vm.max_native_depth || vm.stack_low() {
        return Err(vm.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
    }
    let d = vm.heap.push_root(exc);
    vm.heap.push_root(sub);
    vm.native_depth += 1;
    let r = delegate_throw(vm, g, sub, exc);
    vm.native_depth -= 1;
    vm.heap.pop_roots(d);
    r
}

fn delegate_throw(vm: &mut Vm, g: Value, sub: Value, exc: Value) -> PyResult<Sent> {
    vm.heap.set(g, STATE, RUNNING);
    let outcome = if vm.exception_is(exc, TypeId::GeneratorExit) {
        // close() closes the sub-iterator, then raises GeneratorExit in `g` itself.
        let closed = if vm.heap.kind(sub) == Kind::Generator {
            gen_close(vm, &[sub], &[]).map(|_| ())
        } else {
            let name = vm.intern("close")?;
            match vm.getattr_opt(sub, name)? {
                Some(c) => vm.call(c, &[], &[]).map(|_| ()),
                None => Ok(()),
            }
        };
        vm.heap.set(g, STATE, SUSPENDED);
        // If closing the sub-iterator failed, its exception (already pending) is raised instead.
        if closed.is_ok() {
            vm.raise(exc);
        }
        return resume(vm, g, Value::NONE, true);
    } else if vm.heap.kind(sub) == Kind::Generator {
        throw_into(vm, sub, exc)
    } else {
        let name = vm.intern("throw")?;
        match vm.getattr_opt(sub, name)? {
            Some(t) => match vm.call(t, &[exc], &[]) {
                Ok(v) => Ok(Sent::Yielded(v)),
                Err(e) => {
                    let p = vm.pending();
                    if vm.exception_is(p, TypeId::StopIteration) {
                        vm.take_pending();
                        let args = super::exception::args(vm, p)?;
                        let v = super::tuple::get(vm, args, 0);
                        Ok(Sent::Returned(if v.is_null() { Value::NONE } else { v }))
                    } else {
                        Err(e)
                    }
                }
            },
            None => {
                vm.heap.set(g, STATE, SUSPENDED);
                vm.raise(exc);
                return resume(vm, g, Value::NONE, true);
            }
        }
    };
    vm.heap.set(g, STATE, SUSPENDED);
    match outcome {
        Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
        Ok(Sent::Returned(v)) => {
            // Leave the delegation loop: drop the sub-iterator and continue after the loop
            // (the `Send` target) with the sub-iterator's return value.
            let fr = vm.heap.get_value(g, FRAME);
            let code = vm.heap.get_value(fr, frame::CODE);
            let lasti = vm
                .heap
                .get_value(fr, crate::vm::run::LASTI)
                .as_small_int()
                .max(0) as usize;
            let bytes = super::function::raw_bytes(vm, vm.heap.get_value(code, c::CODE));
            let target = match (bytes.get(lasti - 2), bytes.get(lasti - 1)) {
                (Some(&lo), Some(&hi)) => lo as u32 | (hi as u32) << 8,
                _ => return Err(vm.raise_new(TypeId::SystemError, "bad delegation state")),
            };
            vm.pop(fr);
            vm.heap.set(fr, crate::vm::frame::IP, target);
            resume(vm, g, v, false)
        }
        Err(_) => resume(vm, g, Value::NONE, true),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&g) = args.first() else {
        return Ok(Value::NONE);
    };
    let state = vm.heap.get(g, STATE);
    if state == DONE || state == CREATED {
        vm.heap.set(g, STATE, DONE);
        return Ok(Value::NONE);
    }
    let exc = vm.make_exception(TypeId::GeneratorExit.value())?;
    match throw_into(vm, g, exc) {
        Ok(Sent::Yielded(_)) => {
            Err(vm.raise_new(TypeId::RuntimeError, "generator ignored GeneratorExit"))
        }
        Ok(Sent::Returned(_)) => Ok(Value::NONE),
        Err(e) => {
            let p = vm.pending();
            if vm.exception_is(p, TypeId::GeneratorExit)
                || vm.exception_is(p, TypeId::StopIteration)
            {
                vm.take_pending();
                Ok(Value::NONE)
            } else {
                Err(e)
            }
        }
    }
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}

/// The methods of generators.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("__next__", gen_next),
    NativeFn::method("send", gen_send),
    NativeFn::method("throw", gen_throw),
    NativeFn::method("close", gen_close),
    NativeFn::method("__iter__", gen_iter),
];
