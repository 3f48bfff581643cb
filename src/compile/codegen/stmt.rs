// SPDX-License-Identifier: MIT
//! Statements: assignment in all its forms, `del`, `if`/`while`/`for` (with `else`),
//! `break`/`continue`/`return` (unwinding enclosing blocks), `assert`, imports.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use super::{CResult, Compiler, FBlock};
use crate::bytecode::code::flags;
use crate::bytecode::opcode::{BinaryOp, Op};
use crate::bytecode::Const;
use crate::compile::ast::{Alias, Constant, Ctx, Expr, ExprKind, IntLit, Stmt, StmtKind, ASYNC};
use crate::compile::scope::ScopeKind;
use crate::compile::Mode;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Compiles a statement; every arm only calls a helper, keeping this frame (on the
    /// recursion path once per block level) small in unoptimised builds.
    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let line = s.line;
        self.guard.check(line)?;
        self.set_line(line);
        match &s.kind {
            StmtKind::FunctionDef(fd) => self.function_def(fd, line),
            StmtKind::ClassDef(cd) => self.class_def(cd, line),
            StmtKind::Return(v) => self.return_stmt(v.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.aug_assign(target, *op as u32 + BinaryOp::INPLACE as u32, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => self.for_stmt(target, iter, body, orelse, *is_async && ASYNC),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(items, 0, body, *is_async && ASYNC),
            #[cfg(any(feature = "match", test))]
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => self.raise(exc.as_ref(), cause.as_ref(), line),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.try_stmt(body, handlers, orelse, finalbody, *is_star),
            StmtKind::Assert { test, msg } => self.assert(test, msg.as_ref()),
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Break => self.break_continue(true),
            StmtKind::Continue => self.break_continue(false),
        }
    }

    /// `t1 = t2 = value`: stored left to right, copying the value for all but the last.
    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        if let [target] = targets {
            if self.swap_assign(target, value)? {
                return Ok(());
            }
        }
        self.expr(value)?;
        let n = targets.len();
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Op::Copy, 1);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// `a, b = x, y` (and three names): the values are pushed and swapped into place
    /// instead of building and unpacking a tuple, as CPython's compiler does. Ok(false) for
    /// any other shape.
    fn swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (
            ExprKind::Tuple { elts: targets, .. } | ExprKind::List { elts: targets, .. },
            ExprKind::Tuple { elts: values, .. },
        ) = (&target.kind, &value.kind)
        else {
            return Ok(false);
        };
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred { .. });
        if !matches!(values.len(), 2 | 3)
            || targets.len() != values.len()
            || targets.iter().any(starred)
            || values.iter().any(starred)
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        self.emit(Op::Swap, values.len() as u32);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// An `if` and its `elif` chain (each `elif` is an `If` alone in the `orelse` of the one
    /// before), compiled in a loop so that a long chain costs no recursion; every branch jumps
    /// to the one end.
    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let (mut test, mut body, mut orelse) = (test, body, orelse);
        loop {
            let other = self.new_label();
            self.jump_if(test, false, other)?;
            self.stmts(body)?;
            if !orelse.is_empty() {
                self.jump(Op::Jump, end);
            }
            self.bind(other);
            match orelse {
                [Stmt {
                    kind:
                        StmtKind::If {
                            test: t,
                            body: b,
                            orelse: o,
                        },
                    line,
                }] => {
                    self.guard.check(*line)?;
                    self.set_line(*line);
                    (test, body, orelse) = (t, b, o);
                }
                _ => break,
            }
        }
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn raise(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>, line: u32) -> CResult {
        let mut n = 0;
        if let Some(e) = exc {
            self.expr(e)?;
            n = 1;
            if let Some(c) = cause {
                self.expr(c)?;
                n = 2;
            }
        }
        self.set_line(line);
        self.emit(Op::RaiseVarargs, n);
        Ok(())
    }

    /// `assert test, msg`: `raise AssertionError(msg)` unless `test`.
    fn assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_label();
        self.jump_if(test, true, end)?;
        self.op(Op::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit(Op::Call, 1);
        }
        self.emit(Op::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        let interactive = self.mode == Mode::Single && self.unit.kind == ScopeKind::Module;
        if interactive {
            self.expr(e)?;
            self.op(Op::PrintExpr);
            return Ok(());
        }
        if matches!(e.kind, ExprKind::Constant(_)) {
            return Ok(()); // a constant statement (e.g. a stray string) does nothing
        }
        self.expr(e)?;
        self.op(Op::PopTop);
        Ok(())
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>) -> CResult {
        if !self.is_function_like() {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && self.unit.flags & flags::ASYNC_GENERATOR != 0 {
            return Err(self.error("'return' with value in async generator"));
        }
        match value {
            Some(v) => {
                self.expr(v)?;
                self.with_unwound(true, false, |c, _| {
                    c.op(Op::ReturnValue);
                    Ok(())
                })
            }
            None => self.with_unwound(false, false, |c, _| {
                c.load_const(Const::None);
                c.op(Op::ReturnValue);
                Ok(())
            }),
        }
    }

    fn break_continue(&mut self, is_break: bool) -> CResult {
        self.with_unwound(false, true, |c, lp| {
            let (start, end) = match lp {
                Some(FBlock::WhileLoop { start, end }) | Some(FBlock::ForLoop { start, end }) => {
                    (start, end)
                }
                _ => {
                    return Err(c.error(if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    }))
                }
            };
            if is_break {
                if let Some(fb) = lp {
                    c.unwind_fblock(&fb, false)?;
                }
                c.jump(Op::Jump, end);
            } else {
                c.jump(Op::Jump, start);
            }
            Ok(())
        })
    }

    /// Runs `f` with the block stack unwound (down to the innermost loop if `to_loop`, which is
    /// passed to `f` but not unwound), then restores the compiler's block and handler state.
    pub(super) fn with_unwound(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        f: impl FnOnce(&mut Self, Option<FBlock<'a>>) -> CResult,
    ) -> CResult {
        let saved_fb = self.unit.fblocks.clone();
        let saved_h = self.unit.hstack.clone();
        let mut found = None;
        while let Some(top) = self.unit.fblocks.last().cloned() {
            #[cfg(any(feature = "except-star", test))]
            if let FBlock::ExceptionGroupHandler = top {
                let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
                return Err(self.error(msg));
            }
            if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                found = Some(top);
                break;
            }
            self.unit.fblocks.pop();
            self.unwind_fblock(&top, preserve_tos)?;
        }
        f(self, found)?;
        self.unit.fblocks = saved_fb;
        self.unit.hstack = saved_h;
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (start, other, end) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(start);
        let always = matches!(test.kind, ExprKind::Constant(Constant::Bool(true)))
            || matches!(test.kind, ExprKind::Constant(Constant::Int(IntLit::Small(n))) if n != 0);
        if !always {
            self.jump_if(test, false, other)?;
        }
        self.unit.fblocks.push(FBlock::WhileLoop { start, end });
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.jump(Op::Jump, start);
        self.bind(other);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        let (start, exhausted, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        self.op(if is_async { Op::GetAiter } else { Op::GetIter });
        self.bind(start);
        if is_async {
            self.push_handler(exhausted, 0);
            self.op(Op::GetAnext);
            self.load_const(Const::None);
            self.yield_from_loop();
            self.pop_handler();
        } else {
            self.jump(Op::ForIter, exhausted);
        }
        self.unit.fblocks.push(FBlock::ForLoop { start, end });
        self.store_target(target)?;
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.jump(Op::Jump, start);
        self.bind(exhausted);
        if is_async {
            self.op(Op::EndAsyncFor);
        }
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult {
        self.guard.check(t.line)?;
        let saved = self.set_line(t.line);
        let r = self.store_target_inner(t);
        self.unit.line = saved;
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.name_attr_op(Op::StoreAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice_or_expr(slice)?;
                self.op(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => {
                Err(self.error("starred assignment target must be in a list or tuple"))
            }
            _ => Err(self.error("cannot assign to expression")),
        }
    }

    fn unpack(&mut self, elts: &[Expr]) -> CResult {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred { .. }))
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => self.emit(Op::UnpackSequence, elts.len() as u32),
            [i] => {
                let after = elts.len() - i - 1;
                if *i > 255 || after > 255 {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Op::UnpackEx, (*i as u32) | ((after as u32) << 8));
            }
            _ => return Err(self.error("multiple starred expressions in assignment")),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.name_attr_op(Op::DeleteAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice_or_expr(slice)?;
                self.op(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            _ => Err(self.error("cannot delete expression")),
        }
    }

    /// `target op= value` with CPython's `Copy`/`Swap` shapes for attributes and subscripts.
    fn aug_assign(&mut self, target: &'a Expr, op: u32, value: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id)?;
                self.expr(value)?;
                self.emit(Op::BinaryOp, op);
                self.store_name(id)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                self.name_attr_op(Op::LoadAttr, attr);
                self.expr(value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 2);
                self.name_attr_op(Op::StoreAttr, attr);
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.slice_or_expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.op(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.op(Op::StoreSubscr);
                Ok(())
            }
            _ => Err(self.error("'expression' is an illegal expression for augmented assignment")),
        }
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let namespace = matches!(self.unit.kind, ScopeKind::Module | ScopeKind::Class);
        match (&target.kind, simple) {
            (ExprKind::Name { id, .. }, true) => {
                if namespace {
                    self.annotation(annotation)?;
                    self.load_name("__annotations__")?;
                    let m = self.mangle(id);
                    self.load_const(Const::Str(m));
                    self.op(Op::StoreSubscr);
                }
            }
            _ => {
                if value.is_none() {
                    if let ExprKind::Attribute { value: obj, .. }
                    | ExprKind::Subscript { value: obj, .. } = &target.kind
                    {
                        self.expr(obj)?;
                        self.op(Op::PopTop);
                    }
                }
                if namespace && !self.futures.annotations {
                    self.expr(annotation)?;
                    self.op(Op::PopTop);
                }
            }
        }
        Ok(())
    }

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for a in names {
            self.load_const(Const::Int(IntLit::Small(0)));
            self.load_const(Const::None);
            let i = self.name_index(&a.name);
            self.emit(Op::ImportName, i);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts.iter().enumerate().skip(1) {
                            let i = self.name_index(attr);
                            self.emit(Op::ImportFrom, i);
                            if k + 1 < parts.len() {
                                self.emit(Op::Swap, 2);
                                self.op(Op::PopTop);
                            }
                        }
                        self.store_name(asname)?;
                        self.op(Op::PopTop);
                    } else {
                        self.store_name(asname)?;
                    }
                }
                None => {
                    let top = a.name.split('.').next().unwrap_or(&a.name);
                    self.store_name(top)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult {
        if module == Some("__future__") && level == 0 {
            let at_top = self.parents.is_empty() && self.futures.lines.contains(&self.unit.line);
            if !at_top {
                return Err(crate::compile::future::misplaced(self.unit.line));
            }
        }
        self.load_const(Const::Int(IntLit::Small(level as i64)));
        let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        self.load_const(Const::Tuple(fromlist));
        let i = self.name_index(module.unwrap_or(""));
        self.emit(Op::ImportName, i);
        if names.len() == 1 && names.first().is_some_and(|a| a.name == "*") {
            self.op(Op::ImportStar);
            return Ok(());
        }
        for a in names {
            let i = self.name_index(&a.name);
            self.emit(Op::ImportFrom, i);
            let store: &String = a.asname.as_ref().unwrap_or(&a.name);
            self.store_name(store)?;
        }
        self.op(Op::PopTop);
        Ok(())
    }
}
