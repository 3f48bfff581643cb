// SPDX-License-Identifier: MIT
//! Comprehensions and generator expressions, as CPython 3.11 compiles them: a nested code
//! object (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`) with one parameter `.0`, the
//! iterator of the first `for` clause, which the enclosing code evaluates (`GetIter`, or
//! `GetAiter` for `async for`) and passes with `Call 1`. An async list/set/dict comprehension is
//! a coroutine whose result the caller awaits.
#![forbid(unsafe_code)]

use super::{CResult, Compiler};
use crate::bytecode::opcode::Op;
use crate::bytecode::Const;
use crate::compile::ast::{Comprehension, Expr, ExprKind};
use crate::compile::scope::node_key;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    /// Any comprehension expression `e`.
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (name, kind, gens, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                ("<listcomp>", Kind::List, generators, &**elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                ("<setcomp>", Kind::Set, generators, &**elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                ("<genexpr>", Kind::Gen, generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => ("<dictcomp>", Kind::Dict, generators, &**key, Some(&**value)),
            _ => {
                return Err(self.error(detail!(
                    "internal compiler error",
                    "internal compiler error: not a comprehension"
                )))
            }
        };
        let Some(first) = gens.first() else {
            return Err(self.error("comprehension without 'for'"));
        };
        let outer_async = self.in_async_context();
        self.enter_unit(node_key(e), name, e.line)?;
        self.unit.argcount = 1;
        let is_async = self.in_async_context();
        if is_async && kind != Kind::Gen && !outer_async {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match kind {
            Kind::List => self.emit(Op::BuildList, 0),
            Kind::Set => self.emit(Op::BuildSet, 0),
            Kind::Dict => self.emit(Op::BuildMap, 0),
            Kind::Gen => {}
        }
        self.comp_generator(gens, 0, kind, elt, value)?;
        if kind == Kind::Gen {
            self.load_const(Const::None);
        }
        self.op(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.make_function(code, 0)?;
        self.expr(&first.iter)?;
        self.op(if first.is_async && crate::compile::ast::ASYNC {
            Op::GetAiter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call, 1);
        if is_async && kind != Kind::Gen {
            self.op(Op::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    /// The loop of generator `i` and, inside it, the rest.
    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: Kind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let Some(g) = gens.get(i) else {
            return self.comp_element(gens.len(), kind, elt, value);
        };
        if i == 0 {
            self.load_name(".0")?;
        } else {
            self.expr(&g.iter)?;
            self.op(if g.is_async && crate::compile::ast::ASYNC {
                Op::GetAiter
            } else {
                Op::GetIter
            });
        }
        let (start, end) = (self.new_label(), self.new_label());
        self.bind(start);
        if g.is_async && crate::compile::ast::ASYNC {
            self.push_handler(end, 0);
            self.op(Op::GetAnext);
            self.load_const(Const::None);
            self.yield_from_loop();
            self.pop_handler();
        } else {
            self.jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comp_generator(gens, i + 1, kind, elt, value)?;
        self.jump(Op::Jump, start);
        self.bind(end);
        if g.is_async && crate::compile::ast::ASYNC {
            self.op(Op::EndAsyncFor);
        }
        Ok(())
    }

    /// The innermost body: add the element to the container (below `depth` iterators) or yield.
    fn comp_element(
        &mut self,
        depth: usize,
        kind: Kind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let depth = depth as u32 + 1;
        self.expr(elt)?;
        match (kind, value) {
            (Kind::List, _) => self.emit(Op::ListAppend, depth),
            (Kind::Set, _) => self.emit(Op::SetAdd, depth),
            (Kind::Dict, Some(v)) => {
                self.expr(v)?;
                self.emit(Op::MapAdd, depth);
            }
            (Kind::Dict, None) => {
                return Err(self.error(detail!(
                    "internal compiler error",
                    "internal compiler error: dict value"
                )))
            }
            (Kind::Gen, _) => {
                self.op(Op::YieldValue);
                self.op(Op::PopTop);
            }
        }
        Ok(())
    }
}
