// SPDX-License-Identifier: MIT
//! `try`/`except`/`else`/`finally`, `with`/`async with`, and the unwinding of these blocks by
//! `break`/`continue`/`return`. CPython 3.11's shapes without `lasti`:
//!
//! * a handler is entered with the stack cut to its depth and the exception pushed;
//! * an `except` body runs between `PushExcInfo` (`[exc] -> [prev exc]`) and `PopExcept`,
//!   under a cleanup handler `Swap 2; PopExcept; Reraise` entered with `[prev exc2]`;
//! * `finally` bodies are duplicated: inline on the normal path (and before every
//!   `return`/`break`/`continue` leaving the `try`), and in a handler that re-raises.
#![forbid(unsafe_code)]

use super::{CResult, Compiler, FBlock};
use crate::bytecode::opcode::Op;
use crate::bytecode::Const;
use crate::compile::ast::{ExceptHandler, Stmt, WithItem};
use crate::compile::Ctx;

impl<'a> Compiler<'a> {
    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except_any(body, handlers, orelse, is_star);
        }
        let (handler, exit, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.push_handler(handler, 0);
        self.unit
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except_any(body, handlers, orelse, is_star)?;
        }
        self.unit.fblocks.pop();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.jump(Op::Jump, exit);
        // Exception path: [exc]
        self.bind(handler);
        self.push_handler(cleanup, 0);
        self.op(Op::PushExcInfo);
        self.unit.fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit.fblocks.pop();
        self.op(Op::Reraise);
        self.pop_handler();
        self.cleanup_block(cleanup);
        self.bind(exit);
        Ok(())
    }

    /// `cleanup: [prev exc] -> restore prev, re-raise exc`.
    fn cleanup_block(&mut self, cleanup: super::Label) {
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.op(Op::PopExcept);
        self.op(Op::Reraise);
    }

    /// Emits `f` outside the innermost handler.
    fn outside_handler(&mut self, f: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let saved = self.unit.hstack.clone();
        self.unit.hstack.pop();
        let r = f(self);
        self.unit.hstack = saved;
        r
    }

    fn try_except_any(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        if is_star {
            self.try_star(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// Without the `except-star` feature the parser refuses `except*`.
    #[cfg(not(any(feature = "except-star", test)))]
    fn try_star(&mut self, _: &'a [Stmt], _: &'a [ExceptHandler], _: &'a [Stmt]) -> CResult {
        Err(self.error("except* not supported in this build"))
    }

    /// `try: ... except* E as e: ...` (CPython 3.11's `compiler_try_star_except`). In the
    /// handler the stack is `[prev orig list rest]`: the original group, the list collecting
    /// exceptions raised by the clauses, and what is still unmatched.
    #[cfg(any(feature = "except-star", test))]
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (except, other, end) = (self.new_label(), self.new_label(), self.new_label());
        let (cleanup, reraise_star, reraise) =
            (self.new_label(), self.new_label(), self.new_label());
        self.push_handler(except, 0);
        self.unit.fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        self.jump(Op::Jump, other);
        // [exc]
        self.bind(except);
        if let Some(h) = handlers.first() {
            self.set_line(h.line);
        }
        self.push_handler(cleanup, 0);
        self.op(Op::PushExcInfo);
        self.emit(Op::BuildList, 0);
        self.emit(Op::Copy, 2);
        self.unit.fblocks.push(FBlock::ExceptionGroupHandler);
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.line);
            self.star_clause(h)?;
            if i + 1 == handlers.len() {
                // The unmatched rest (or None) goes last in the list.
                self.emit(Op::ListAppend, 1);
                self.jump(Op::Jump, reraise_star);
            }
        }
        self.unit.fblocks.pop();
        // [prev orig list]
        self.bind(reraise_star);
        self.op(Op::PrepReraiseStar);
        self.emit(Op::Copy, 1);
        self.jump(Op::PopJumpIfNotNone, reraise);
        self.op(Op::PopTop);
        self.pop_handler();
        self.op(Op::PopExcept);
        self.jump(Op::Jump, end);
        // [prev exc]
        self.bind(reraise);
        self.emit(Op::Swap, 2);
        self.op(Op::PopExcept);
        self.op(Op::Reraise);
        self.cleanup_block(cleanup);
        self.bind(other);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// One `except* type [as name]: body` clause; `[prev orig list rest]` before and after.
    #[cfg(any(feature = "except-star", test))]
    fn star_clause(&mut self, h: &'a ExceptHandler) -> CResult {
        let Some(t) = &h.typ else {
            return Err(self.error("expected one or more exception types"));
        };
        let (no_match, done, cleanup_end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(t)?;
        self.op(Op::CheckEgMatch);
        self.emit(Op::Copy, 1);
        self.jump(Op::PopJumpIfNone, no_match);
        match &h.name {
            Some(n) => self.store_name(n)?,
            None => self.op(Op::PopTop),
        }
        self.push_handler(cleanup_end, 0);
        let name = h.name.as_deref();
        self.unit.fblocks.push(FBlock::HandlerCleanup { name });
        self.stmts(&h.body)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        if let Some(n) = name {
            self.clear_name(n)?;
        }
        self.jump(Op::Jump, done);
        // An exception raised in the clause joins the list: [prev orig list rest exc2]
        self.bind(cleanup_end);
        if let Some(n) = name {
            self.clear_name(n)?;
        }
        self.emit(Op::ListAppend, 2);
        self.jump(Op::Jump, done);
        self.bind(no_match);
        self.op(Op::PopTop);
        self.bind(done);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (except, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.push_handler(except, 0);
        self.unit.fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        self.stmts(orelse)?;
        self.jump(Op::Jump, end);
        // [exc]
        self.bind(except);
        if let Some(h) = handlers.first() {
            self.set_line(h.line);
        }
        self.push_handler(cleanup, 0);
        self.op(Op::PushExcInfo);
        self.unit.fblocks.push(FBlock::ExceptionHandler);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.line);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.op(Op::CheckExcMatch);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None if i + 1 < n => {
                    return Err(self.error("default 'except:' must be last"));
                }
                None => {}
            }
            match &h.name {
                Some(name) => self.named_handler_body(name, &h.body, end)?,
                None => {
                    self.op(Op::PopTop);
                    self.unit
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.unit.fblocks.pop();
                    self.outside_handler(|c| {
                        c.op(Op::PopExcept);
                        c.jump(Op::Jump, end);
                        Ok(())
                    })?;
                }
            }
            self.bind(next);
        }
        self.unit.fblocks.pop();
        // No handler matched: [prev exc]
        self.op(Op::Reraise);
        self.pop_handler();
        self.cleanup_block(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `except E as name: body`: the body runs under a handler that clears `name`.
    fn named_handler_body(
        &mut self,
        name: &'a str,
        body: &'a [Stmt],
        end: super::Label,
    ) -> CResult {
        self.store_name(name)?;
        let cleanup_end = self.new_label();
        self.push_handler(cleanup_end, 0);
        self.unit
            .fblocks
            .push(FBlock::HandlerCleanup { name: Some(name) });
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        self.outside_handler(|c| {
            c.op(Op::PopExcept);
            c.clear_name(name)?;
            c.jump(Op::Jump, end);
            Ok(())
        })?;
        // [prev exc2]
        self.bind(cleanup_end);
        self.clear_name(name)?;
        self.op(Op::Reraise);
        Ok(())
    }

    /// `name = None; del name`.
    fn clear_name(&mut self, name: &str) -> CResult {
        self.load_const(Const::None);
        self.name_op(name, Ctx::Store)?;
        self.name_op(name, Ctx::Del)
    }

    /// `[exit] -> [exit(None, None, None)]`, awaited for `async with`.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Op::Call, 3);
        if is_async {
            self.op(Op::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
    }

    /// `[async] with items[pos], ...: body`.
    pub(super) fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let (handler, exit, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&item.context_expr)?;
        if is_async {
            self.op(Op::BeforeAsyncWith);
            self.op(Op::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        } else {
            self.op(Op::BeforeWith);
        }
        // [exit enter_result]; exceptions unwind to [exit].
        self.push_handler(handler, -1);
        self.unit.fblocks.push(FBlock::With { is_async });
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.op(Op::PopTop),
        }
        self.with_stmt(items, pos + 1, body, is_async)?;
        self.unit.fblocks.pop();
        self.pop_handler();
        // The exit calls belong to the `with` line, as in CPython.
        self.set_line(item.context_expr.line);
        self.call_exit_with_nones(is_async);
        self.op(Op::PopTop);
        self.jump(Op::Jump, exit);
        // [exit exc]
        self.bind(handler);
        self.push_handler(cleanup, 0);
        self.op(Op::PushExcInfo);
        self.op(Op::WithExceptStart);
        if is_async {
            self.op(Op::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        let suppress = self.new_label();
        self.jump(Op::PopJumpIfTrue, suppress);
        self.op(Op::Reraise);
        // [exit prev exc]
        self.bind(suppress);
        self.op(Op::PopTop);
        self.pop_handler();
        self.op(Op::PopExcept);
        self.op(Op::PopTop);
        self.jump(Op::Jump, exit);
        self.cleanup_block(cleanup);
        self.bind(exit);
        Ok(())
    }

    /// Emits what leaving block `fb` requires (CPython's `compiler_unwind_fblock`); with
    /// `preserve_tos` the value on top (a return value) is kept above whatever is popped.
    pub(super) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            #[cfg(any(feature = "except-star", test))]
            FBlock::ExceptionGroupHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.op(Op::PopTop);
            }
            FBlock::TryExcept => self.pop_handler(),
            FBlock::FinallyTry { body } => {
                self.pop_handler();
                if preserve_tos {
                    self.unit.fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.unit.fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.op(Op::PopTop);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.pop_handler();
                self.op(Op::PopExcept);
            }
            FBlock::With { is_async } => {
                self.pop_handler();
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones(*is_async);
                self.op(Op::PopTop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_handler();
                }
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.pop_handler();
                self.op(Op::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.op(Op::PopTop);
            }
        }
        Ok(())
    }
}
