// SPDX-License-Identifier: MIT
//! The awaitables of async generators: `agen.__anext__()`/`asend(v)` (iterator kind `ASEND`) and
//! `agen.athrow(...)`/`aclose()` (kind `ATHROW`), each an `Iter` block
//! `[kind state | agen arg -]` where `arg` is the value to send first (ASEND) or the tuple of
//! `athrow` arguments (ATHROW; NULL for `aclose`).
//!
//! Awaiting one resumes the async generator (in a nested loop): a value that an `await` inside
//! the generator passes out travels up to the event loop (`Sent::Yielded`); a plain `yield v`
//! completes the awaitable with `v` (`Sent::Returned`, i.e. `StopIteration(v)`); the generator
//! finishing raises `StopAsyncIteration`. CPython tells the two kinds of suspension apart with a
//! wrapper around yielded values; here the instruction the generator stopped after says it.

use crate::gc::Value;
use crate::objects::types::TypeId;
use crate::vm::{PyErr, PyResult, Vm};

use super::generator::{self, Sent};
use super::iter::kinds::{ASEND, ATHROW};
use super::native::NativeFn;
use super::tuple;

const STATE: usize = 1;
const AGEN: usize = 2;
const ARG: usize = 3;

/// Not awaited yet.
const INIT: u32 = 0;
/// Being awaited.
const ITER: u32 = 1;
/// Done: awaiting it again is an error.
const CLOSED: u32 = 2;

/// Advances awaitable `aw` by sending `sent`, or by throwing `exc` into it.
pub fn step(vm: &mut Vm, aw: Value, sent: Value, exc: Option<Value>) -> PyResult<Sent> {
    if vm.heap.get(aw, 0) == ATHROW {
        athrow_step(vm, aw, sent, exc)
    } else {
        asend_step(vm, aw, sent, exc)
    }
}

/// Is `v` one of these awaitables?
pub fn is_awaitable(vm: &Vm, v: Value) -> bool {
    vm.heap.kind(v) == crate::gc::Kind::Iter && matches!(vm.heap.get(v, 0), ASEND | ATHROW)
}

fn asend_step(vm: &mut Vm, aw: Value, sent: Value, exc: Option<Value>) -> PyResult<Sent> {
    let agen = vm.heap.get_value(aw, AGEN);
    let state = vm.heap.get(aw, STATE);
    if state == CLOSED {
        return Err(vm.raise_new(
            TypeId::RuntimeError,
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let r = match exc {
        Some(e) => generator::throw_into(vm, agen, e),
        None => {
            let value = if state == INIT && sent.is_none() {
                vm.heap.get_value(aw, ARG)
            } else {
                sent
            };
            vm.heap.set(aw, STATE, ITER);
            generator::resume(vm, agen, value, false)
        }
    };
    unwrap(vm, aw, agen, r)
}

/// What the awaiting coroutine sees of the generator's step `r`.
fn unwrap(vm: &mut Vm, aw: Value, agen: Value, r: PyResult<Sent>) -> PyResult<Sent> {
    match r {
        Ok(Sent::Yielded(v)) if !yielded_plainly(vm, agen) => Ok(Sent::Yielded(v)),
        Ok(Sent::Yielded(v)) => {
            vm.heap.set(aw, STATE, CLOSED);
            Ok(Sent::Returned(v))
        }
        Ok(Sent::Returned(_)) => {
            vm.heap.set(aw, STATE, CLOSED);
            Err(vm.raise_new(TypeId::StopAsyncIteration, ""))
        }
        Err(e) => {
            vm.heap.set(aw, STATE, CLOSED);
            Err(e)
        }
    }
}

fn athrow_step(vm: &mut Vm, aw: Value, sent: Value, exc: Option<Value>) -> PyResult<Sent> {
    let agen = vm.heap.get_value(aw, AGEN);
    let args = vm.heap.get_value(aw, ARG);
    let aclose = args.is_null();
    let state = vm.heap.get(aw, STATE);
    if state == CLOSED {
        return Err(vm.raise_new(
            TypeId::RuntimeError,
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let r = if let Some(e) = exc {
        generator::throw_into(vm, agen, e)
    } else if state == INIT {
        if generator::is_finished(vm, agen) {
            vm.heap.set(aw, STATE, CLOSED);
            return Ok(Sent::Returned(Value::NONE));
        }
        if !sent.is_none() {
            return Err(vm.raise_new(
                TypeId::RuntimeError,
                "can't send non-None value to a just-started coroutine",
            ));
        }
        vm.heap.set(aw, STATE, ITER);
        let e = if aclose {
            vm.make_exception(TypeId::GeneratorExit.value())
        } else {
            let items = tuple::items(vm, args);
            generator::throw_value(vm, "athrow", &items)
        };
        match e {
            Ok(e) => generator::throw_into(vm, agen, e),
            Err(e) => Err(e),
        }
    } else {
        generator::resume(vm, agen, sent, false)
    };
    if !aclose {
        return unwrap(vm, aw, agen, r);
    }
    match r {
        Ok(Sent::Yielded(v)) if !yielded_plainly(vm, agen) => Ok(Sent::Yielded(v)),
        Ok(Sent::Yielded(_)) => {
            vm.heap.set(aw, STATE, CLOSED);
            Err(vm.raise_new(
                TypeId::RuntimeError,
                "async generator ignored GeneratorExit",
            ))
        }
        Ok(Sent::Returned(_)) => {
            vm.heap.set(aw, STATE, CLOSED);
            Ok(Sent::Returned(Value::NONE))
        }
        Err(e) => {
            vm.heap.set(aw, STATE, CLOSED);
            let p = vm.pending();
            if vm.exception_is(p, TypeId::StopAsyncIteration)
                || vm.exception_is(p, TypeId::GeneratorExit)
            {
                vm.take_pending();
                Ok(Sent::Returned(Value::NONE))
            } else {
                Err(e)
            }
        }
    }
}

/// Was the last suspension of async generator `g` a plain `yield` (rather than an `await`
/// inside it)? An await suspends in a delegation loop, right after its `Send` instruction.
fn yielded_plainly(vm: &Vm, g: Value) -> bool {
    let fr = generator::frame_of(vm, g);
    let code = vm.heap.get_value(fr, crate::vm::frame::CODE);
    let lasti = vm
        .heap
        .get_value(fr, crate::vm::run::LASTI)
        .as_small_int()
        .max(0) as u32;
    let bytes =
        super::function::raw_bytes(vm, vm.heap.get_value(code, super::function::code::CODE));
    let mut prev = None;
    for (off, op, _) in crate::bytecode::disasm::decode(bytes) {
        if off >= lasti {
            break;
        }
        prev = Some(op);
    }
    prev != Some(crate::bytecode::Op::Send)
}

fn stop(vm: &mut Vm, v: Value) -> PyErr {
    if v.is_none() {
        vm.raise_new(TypeId::StopIteration, "")
    } else {
        vm.raise_with_arg(TypeId::StopIteration, v)
    }
}

fn result(vm: &mut Vm, r: Sent) -> PyResult<Value> {
    match r {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop(vm, v)),
    }
}

fn aw_send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&aw), Some(&v)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("send() takes exactly one argument"));
    };
    let r = step(vm, aw, v, None)?;
    result(vm, r)
}

fn aw_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let aw = args.first().copied().unwrap_or(Value::NONE);
    let r = step(vm, aw, Value::NONE, None)?;
    result(vm, r)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (aw, rest) = args.split_first().unwrap_or((&Value::NONE, &[]));
    let aw = *aw;
    let exc = generator::throw_value(vm, "throw", rest)?;
    let d = vm.heap.push_root(exc);
    let r = step(vm, aw, Value::NONE, Some(exc));
    vm.heap.pop_roots(d);
    result(vm, r?)
}

fn aw_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(&aw) = args.first() {
        vm.heap.set(aw, STATE, CLOSED);
    }
    Ok(Value::NONE)
}

fn aw_self(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}

/// The methods of the `asend`/`athrow` awaitables (coroutine-like iterators).
pub static AWAITABLE_METHODS: &[NativeFn] = &[
    NativeFn::method("send", aw_send),
    NativeFn::method("throw", aw_throw),
    NativeFn::method("close", aw_close),
    NativeFn::method("__next__", aw_next),
    NativeFn::method("__iter__", aw_self),
    NativeFn::method("__await__", aw_self),
];

fn agen_anext(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().copied().unwrap_or(Value::NONE);
    super::iter::new(vm, ASEND, g, Value::NONE, Value::NULL)
}

fn agen_asend(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&g), Some(&v)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("asend() takes exactly one argument"));
    };
    super::iter::new(vm, ASEND, g, v, Value::NULL)
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (g, rest) = args.split_first().unwrap_or((&Value::NONE, &[]));
    let g = *g;
    let t = tuple::new(vm, rest)?;
    super::iter::new(vm, ATHROW, g, t, Value::NULL)
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().copied().unwrap_or(Value::NONE);
    super::iter::new(vm, ATHROW, g, Value::NULL, Value::NULL)
}

fn agen_aiter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}

/// The methods of async generators.
pub static ASYNC_METHODS: &[NativeFn] = &[
    NativeFn::method("__aiter__", agen_aiter),
    NativeFn::method("__anext__", agen_anext),
    NativeFn::method("asend", agen_asend),
    NativeFn::method("athrow", agen_athrow),
    NativeFn::method("aclose", agen_aclose),
];
