// SPDX-License-Identifier: MIT
//! The instructions of coroutines (feature `async`): `GetAwaitable` (`await`), `GetAiter`,
//! `GetAnext` and `EndAsyncFor` (`async for`), `BeforeAsyncWith` (`async with`). Without the
//! feature no compiled code contains them and a `.pyr` file that does is refused when loaded
//! (`bytecode::pyr`).

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::code::flags;
use crate::bytecode::Op;
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::objects::{class, function as func};

use super::{PyResult, Vm};

impl Vm {
    /// Runs one coroutine instruction of frame `f`.
    pub(super) fn exec_async(&mut self, f: Value, op: Op) -> PyResult<()> {
        match op {
            Op::GetAwaitable => {
                let obj = self.peek(f, 1);
                let it = self.awaitable_iter(obj)?;
                self.poke(f, 1, it);
            }
            Op::GetAiter => {
                let obj = self.peek(f, 1);
                let it = match self.call_type_method(obj, "__aiter__", &[])? {
                    Some(it) => it,
                    None => {
                        let t = self.type_name(obj);
                        return Err(self.type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {t}"
                        )));
                    }
                };
                self.poke(f, 1, it);
            }
            Op::GetAnext => {
                let aiter = self.peek(f, 1);
                let aw = match self.call_type_method(aiter, "__anext__", &[])? {
                    Some(a) => a,
                    None => {
                        let t = self.type_name(aiter);
                        return Err(self.type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {t}"
                        )));
                    }
                };
                self.push(f, aw);
                let it = self.awaitable_iter(aw)?;
                self.poke(f, 1, it);
            }
            Op::EndAsyncFor => {
                let exc = self.peek(f, 1);
                if self.exception_is(exc, TypeId::StopAsyncIteration) {
                    self.drop_n(f, 2);
                } else {
                    self.drop_n(f, 2);
                    self.reraising = true;
                    return Err(self.raise(exc));
                }
            }
            Op::BeforeAsyncWith => {
                let mgr = self.peek(f, 1);
                let (aenter, exit) = crate::objects::class::context_methods(self, mgr, true)?;
                self.poke(f, 1, exit);
                self.push(f, aenter);
                let enter = self.call(aenter, &[], &[])?;
                self.poke(f, 1, enter);
                let it = self.awaitable_iter(enter)?;
                self.poke(f, 1, it);
            }
            _ => {}
        }
        Ok(())
    }

    /// Calls method `name` found on `type(obj)` (builtin types included) with `obj` first.
    fn call_type_method(
        &mut self,
        obj: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let n = self.intern(name)?;
        let Some(m) = class::lookup_special(self, obj, n)? else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        self.call(m, &full, &[]).map(Some)
    }

    /// The iterator behind `await obj`: a coroutine itself, or `obj.__await__()`.
    fn awaitable_iter(&mut self, obj: Value) -> PyResult<Value> {
        if crate::objects::async_gen::is_awaitable(self, obj) {
            return Ok(obj);
        }
        if self.heap.kind(obj) == Kind::Generator {
            let fun = self.heap.get_value(obj, 2);
            let code = self.heap.get_value(fun, func::CODE);
            let fl = self.heap.get(code, func::code::FLAGS);
            if fl & flags::COROUTINE != 0 {
                return Ok(obj);
            }
        }
        match class::call_special(self, obj, "__await__", &[])? {
            Some(it) => {
                if !matches!(
                    self.heap.kind(it),
                    Kind::Iter | Kind::Generator | Kind::Instance
                ) {
                    let t = self.type_name(it);
                    return Err(
                        self.type_error(format!("__await__() returned non-iterator of type '{t}'"))
                    );
                }
                Ok(it)
            }
            None => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("object {t} can't be used in 'await' expression")))
            }
        }
    }
}
