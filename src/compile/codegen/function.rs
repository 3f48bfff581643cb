// SPDX-License-Identifier: MIT
//! `def`, `lambda` and `class`: defaults, keyword-only defaults, annotations, closures,
//! decorators, and class bodies (`__module__`, `__qualname__`, the `__class__` cell).
#![forbid(unsafe_code)]

use super::{docstring, find_ann, CResult, Compiler};
use crate::bytecode::code::flags;
use crate::bytecode::opcode::Op;
use crate::bytecode::Const;
use crate::compile::ast::{Arguments, ClassDef, Expr, FunctionDef};
use crate::compile::scope::{node_key, ScopeKind};

impl<'a> Compiler<'a> {
    /// Pushes the defaults tuple and keyword-only defaults dict; returns `MakeFunction` bits.
    fn defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut bits = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            bits |= 1;
        }
        let mut n = 0;
        for (arg, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let name = self.mangle(&arg.name);
                self.load_const(Const::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            bits |= 2;
        }
        Ok(bits)
    }

    /// Pushes one annotation's value: under `from __future__ import annotations` (PEP 563)
    /// its source text as CPython unparses it, unevaluated.
    pub(super) fn annotation(&mut self, a: &'a Expr) -> CResult {
        #[cfg(any(feature = "future-annotations", test))]
        if self.futures.annotations {
            self.load_const(Const::Str(crate::compile::unparse::annotation(a)));
            return Ok(());
        }
        self.expr(a)
    }

    /// Pushes the annotations as a flat `(name, value, ...)` tuple (CPython 3.11's form).
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut n = 0;
        // CPython's order: args, posonlyargs, *args, kwonlyargs, **kwargs, return.
        let order = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in order {
            if let Some(a) = &arg.annotation {
                let name = self.mangle(&arg.name);
                self.load_const(Const::Str(name));
                self.annotation(a)?;
                n += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation(r)?;
            n += 2;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Op::BuildTuple, n);
        Ok(4)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = &mut self.unit;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// `[async] def name(args): body` with decorators.
    pub(super) fn function_def(&mut self, fd: &'a FunctionDef, line: u32) -> CResult {
        for d in &fd.decorators {
            self.expr(d)?;
        }
        self.set_line(line);
        let mut bits = self.defaults(&fd.args)?;
        bits |= self.annotations(&fd.args, fd.returns.as_ref())?;
        // CPython's co_firstlineno of a decorated function is its first decorator's line.
        let first = fd.decorators.first().map_or(line, |d| d.line.min(line));
        self.enter_unit(node_key(fd), &fd.name, first)?;
        self.set_arg_counts(&fd.args);
        // consts[0] is the docstring or None, as in CPython.
        let doc = docstring(&fd.body);
        self.const_index(doc.map_or(Const::None, |d| Const::Str(d.into())));
        let body = if doc.is_some() {
            fd.body.get(1..).unwrap_or(&[])
        } else {
            &fd.body
        };
        self.stmts(body)?;
        self.load_const(Const::None);
        self.op(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.set_line(line);
        self.make_function(code, bits)?;
        for _ in &fd.decorators {
            self.emit(Op::Call, 1);
        }
        self.store_name(&fd.name)
    }

    /// `lambda args: body`.
    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let bits = self.defaults(args)?;
        self.enter_unit(node_key(e), "<lambda>", e.line)?;
        self.set_arg_counts(args);
        self.const_index(Const::None);
        self.expr(body)?;
        if self.unit.flags & flags::GENERATOR != 0 {
            self.op(Op::PopTop);
            self.load_const(Const::None);
        }
        self.op(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.make_function(code, bits)
    }

    /// `class name(bases, keywords): body` with decorators.
    pub(super) fn class_def(&mut self, cd: &'a ClassDef, line: u32) -> CResult {
        for d in &cd.decorators {
            self.expr(d)?;
        }
        self.set_line(line);
        self.op(Op::LoadBuildClass);
        let first = cd.decorators.first().map_or(line, |d| d.line.min(line));
        self.enter_unit(node_key(cd), &cd.name, first)?;
        self.set_line(line);
        self.unit.flags |= flags::CLASS_BODY;
        self.load_name("__name__")?;
        self.store_name("__module__")?;
        let q = self.unit.qualname.clone();
        self.load_const(Const::Str(q));
        self.store_name("__qualname__")?;
        if find_ann(&cd.body) {
            self.op(Op::SetupAnnotations);
        }
        let body = self.docstring_store(&cd.body)?;
        self.stmts(body)?;
        self.set_line(line);
        let class_cell = self.unit.cellvars.iter().position(|c| c == "__class__");
        match class_cell {
            Some(i) => {
                let slot = (self.unit.varnames.len() + i) as u32;
                self.emit(Op::LoadClosure, slot);
                self.emit(Op::Copy, 1);
                self.store_name("__classcell__")?;
            }
            None => self.load_const(Const::None),
        }
        self.op(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.set_line(line);
        self.make_function(code, 0)?;
        self.load_const(Const::Str(cd.name.clone()));
        self.call_helper(2, &cd.bases, &cd.keywords)?;
        for _ in &cd.decorators {
            self.emit(Op::Call, 1);
        }
        self.store_name(&cd.name)
    }

    /// Whether the current unit is an `async def` or an async comprehension.
    pub(super) fn in_async_context(&self) -> bool {
        crate::compile::ast::ASYNC
            && self.unit.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
            || (self.unit.kind == ScopeKind::Comprehension
                && self
                    .st
                    .scopes
                    .get(self.unit.scope)
                    .is_some_and(|s| s.is_coroutine))
    }
}
