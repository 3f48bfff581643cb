// SPDX-License-Identifier: MIT
//! Calling things. From the dispatch loop a Python function becomes a new frame in the same
//! loop ([`Vm::call_from_frame`]); from native code ([`Vm::call`]) it runs in a nested loop,
//! bounded by `max_native_depth` so native recursion cannot overflow the Rust stack.

use alloc::vec::Vec;

use crate::bytecode::code::flags;
use crate::gc::{Kind, Value};
use crate::objects::function::{self as func, code as c};
use crate::objects::native;
use crate::objects::types::TypeId;

use super::frame;
use super::run::{Called, Exit};
use super::{PyResult, Vm};

impl Vm {
    /// Calls `callable` from the dispatch loop: Python functions become frames to run.
    pub(crate) fn call_from_frame(
        &mut self,
        callable: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Called> {
        match self.heap.kind(callable) {
            Kind::Function => self.function_frame(callable, args, kw),
            Kind::BoundMethod => {
                let f = self.heap.get_value(callable, 1);
                let s = self.heap.get_value(callable, 0);
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(s);
                full.extend_from_slice(args);
                if self.heap.kind(f) == Kind::Function {
                    // `self` is rooted by the bound method, which the caller's stack holds.
                    self.function_frame(f, &full, kw)
                } else {
                    self.call(f, &full, kw).map(Called::Value)
                }
            }
            Kind::Instance => {
                // A callable object whose class defines `__call__` in Python runs as a frame
                // too, so functors and class-based decorators recurse as deep as functions.
                let name = self.intern("__call__")?;
                match crate::objects::class::lookup_special(self, callable, name)? {
                    Some(f) if self.heap.kind(f) == Kind::Function => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable);
                        full.extend_from_slice(args);
                        // `callable` is on the caller's stack; `f` is in its class's dict.
                        self.function_frame(f, &full, kw)
                    }
                    _ => self.call(callable, args, kw).map(Called::Value),
                }
            }
            _ => self.call(callable, args, kw).map(Called::Value),
        }
    }

    /// A frame for calling Python function `f`, or the generator/coroutine it creates.
    fn function_frame(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Called> {
        if kw.is_empty() {
            if let Some(fr) = frame::new_simple(self, f, args)? {
                return Ok(Called::Frame(fr));
            }
        }
        let code = self.heap.get_value(f, func::CODE);
        let globals = self.heap.get_value(f, func::GLOBALS);
        let fl = self.heap.get(code, c::FLAGS);
        let locals = if fl & flags::OPTIMIZED == 0 {
            crate::objects::dict::alloc(self, 4)?
        } else {
            Value::NULL
        };
        let d = self.heap.push_root(locals);
        let fr = frame::new(self, code, globals, locals, f);
        self.heap.pop_roots(d);
        let fr = fr?;
        let d = self.heap.push_root(fr);
        let r = frame::bind_args(self, fr, f, args, kw);
        self.heap.pop_roots(d);
        r?;
        if fl & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            let g = crate::objects::generator::new(self, fr, f)?;
            return Ok(Called::Value(g));
        }
        Ok(Called::Frame(fr))
    }

    /// Calls `callable` with positional `args` and keyword `kw` pairs, returning its result.
    /// The arguments must be rooted by the caller.
    pub fn call(
        &mut self,
        callable: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if let Some(id) = callable.as_native() {
            if native::is_slot(id) {
                return crate::objects::slots::call(self, id, args, kw);
            }
            let Some(nf) = native::lookup(id) else {
                return Err(self.type_error("bad native function"));
            };
            if nf.binding == native::Binding::Method {
                crate::objects::slots::check_receiver(self, id, nf.name, args)?;
            }
            return (nf.f)(self, args, kw);
        }
        if let Some(t) = callable.as_builtin_type() {
            let Some(t) = TypeId::from_index(t) else {
                return Err(self.type_error("bad type"));
            };
            return crate::objects::class::call_builtin_type(self, t, args, kw);
        }
        match self.heap.kind(callable) {
            Kind::Function => match self.function_frame(callable, args, kw)? {
                Called::Value(v) => Ok(v),
                Called::Frame(fr) => self.run_nested(fr),
            },
            Kind::BoundMethod | Kind::NativeMethod => {
                // Both kinds are `[| self function]`.
                let (s, f) = (
                    self.heap.get_value(callable, 0),
                    self.heap.get_value(callable, 1),
                );
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(s);
                full.extend_from_slice(args);
                self.call(f, &full, kw)
            }
            Kind::Class => {
                // A user metaclass's __call__ decides how its classes are called.
                let meta = self.heap.get_value(callable, crate::objects::class::C_META);
                if !meta.is_null() {
                    let n = self.intern("__call__")?;
                    if let Some(f) = crate::objects::class::user_override_pub(self, meta, n)? {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable);
                        full.extend_from_slice(args);
                        return self.call(f, &full, kw);
                    }
                }
                crate::objects::class::call_class(self, callable, args, kw)
            }
            Kind::StaticMethod => {
                let f = self.heap.get_value(callable, 0);
                self.call(f, args, kw)
            }
            Kind::Instance | Kind::Exception => {
                let name = self.intern("__call__")?;
                match crate::objects::class::lookup_special(self, callable, name)? {
                    Some(m) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable);
                        full.extend_from_slice(args);
                        self.call(m, &full, kw)
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
            _ => Err(self.not_callable(callable)),
        }
    }

    fn not_callable(&mut self, v: Value) -> super::PyErr {
        self.type_error(error_msg!(
            "object not callable",
            "'{}' object is not callable",
            self.type_name(v)
        ))
    }

    /// Runs a fresh frame to completion in a nested loop.
    pub(crate) fn run_nested(&mut self, fr: Value) -> PyResult<Value> {
        if self.native_depth >= self.max_native_depth || self.stack_low() {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let r = self.run_frame(fr, false);
        self.native_depth -= 1;
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Calls a method `name` of `obj` with `args` (e.g. `__enter__`), raising AttributeError if
    /// it does not exist.
    pub fn call_method(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name)?;
        let m = self.getattr(obj, n)?;
        let d = self.heap.push_root(m);
        let r = self.call(m, args, &[]);
        self.heap.pop_roots(d);
        r
    }
}
