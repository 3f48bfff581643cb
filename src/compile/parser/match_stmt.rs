// SPDX-License-Identifier: MIT
//! The line that starts a `match` statement. `match` is a soft keyword: a `match` line is a
//! match statement only if it parses as one (`match subject:` and a newline), otherwise it is
//! re-read as an ordinary statement (so `match = 1` and `match(x)` still work). The cases and
//! their patterns are in `pattern.rs`, compiled with the `match` feature; without it (the
//! `minimal` level, as MicroPython, which has no match statement) a match statement is a
//! SyntaxError.
#![forbid(unsafe_code)]

use super::super::ast::{Ctx, Expr, ExprKind, Stmt};
use super::super::lexer::Tok;
use super::expr::starts_expr;
use super::{mk, Parser, Res};

impl Parser<'_> {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    /// Returns None (cursor unmoved) when the line is not a match statement.
    #[inline(never)]
    pub(super) fn match_stmt(&mut self) -> Res<Option<Stmt>> {
        let line = self.line();
        if !starts_expr(self.peek2()) {
            return Ok(None);
        }
        let save = self.mark();
        self.bump();
        let subject = match self.subject_expr() {
            Ok(s) if self.at_op(":") && matches!(self.peek2(), Tok::Newline) => Some(s),
            _ => None,
        };
        self.release(save, subject.is_none());
        let Some(subject) = subject else {
            return Ok(None);
        };
        self.bump_by(2);
        self.match_body(subject, line).map(Some)
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    fn subject_expr(&mut self) -> Res<Expr> {
        let line = self.line();
        let first = self.star_named_expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op(":") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            line,
        ))
    }
}

/// Without the `match` feature a match statement is refused where it starts.
#[cfg(not(any(feature = "match", test)))]
impl Parser<'_> {
    pub(super) fn match_body(&mut self, _subject: Expr, line: u32) -> Res<Stmt> {
        Err(super::super::CompileError::syntax(
            "match statement not supported in this build",
            line,
            0,
        ))
    }
}
