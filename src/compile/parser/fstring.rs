// SPDX-License-Identifier: MIT
//! f-strings (feature `fstrings`): adjacent string literals and f-strings merged into one
//! `JoinedStr`, the replacement fields' expressions parsed by a sub-parser one nesting level
//! deeper.
#![forbid(unsafe_code)]

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::super::ast::{Constant, Expr, ExprKind};
use super::super::lexer::{FField, FPart, Lexer, Tok};
use super::super::{CompileError, ErrorKind};
use super::{mk, Parser, Res};

impl Parser<'_> {
    /// The rest of a strings atom from its first f-string on; `buf` holds the plain literals
    /// before it.
    pub(super) fn fstrings(&mut self, mut buf: String, line: u32) -> Res<Expr> {
        let mut values = Vec::new();
        loop {
            match self.peek().clone() {
                Tok::Str(s) => buf.push_str(&s),
                Tok::FStr(parts) => self.fstring_parts(&parts, &mut buf, &mut values, line)?,
                Tok::Bytes(_) => return Err(self.mixed_literals()),
                _ => break,
            }
            self.bump();
        }
        flush_str(&mut buf, &mut values, line);
        Ok(mk(ExprKind::JoinedStr(values), line))
    }

    /// Appends an f-string's parts: literal text to `buf`, fields (after flushing `buf`) to `values`.
    fn fstring_parts(
        &mut self,
        parts: &[FPart],
        buf: &mut String,
        values: &mut Vec<Expr>,
        line: u32,
    ) -> Res<()> {
        for part in parts {
            match part {
                FPart::Lit(s) => buf.push_str(s),
                FPart::Field(f) => {
                    if let Some(d) = &f.debug {
                        buf.push_str(d);
                    }
                    flush_str(buf, values, line);
                    values.push(self.formatted_value(f, line)?);
                }
            }
        }
        Ok(())
    }

    /// A replacement field: its expression is parsed by a sub-parser one level deeper.
    fn formatted_value(&mut self, f: &FField, line: u32) -> Res<Expr> {
        self.enter()?;
        let src = format!("({})", f.expr);
        let mut sub = Parser::new(Lexer::new(&src, f.line), self.depth);
        sub.stack_base = self.stack_base;
        sub.stack_budget = self.stack_budget;
        let value = sub.atom().and_then(|v| {
            if matches!(sub.peek(), Tok::Newline | Tok::Eof) {
                Ok(v)
            } else {
                Err(sub.err("f-string: expecting '}'"))
            }
        });
        let value = sub.lexer_error_first(value).map_err(fstring_error)?;
        let format_spec = match &f.spec {
            Some(parts) => {
                let mut buf = String::new();
                let mut values = Vec::new();
                self.fstring_parts(parts, &mut buf, &mut values, line)?;
                flush_str(&mut buf, &mut values, line);
                Some(Box::new(mk(ExprKind::JoinedStr(values), line)))
            }
            None => None,
        };
        self.leave();
        Ok(mk(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion: f.conversion,
                format_spec,
            },
            line,
        ))
    }
}

/// Errors inside a replacement field read "f-string: ..." as in CPython.
fn fstring_error(mut e: CompileError) -> CompileError {
    if e.kind == ErrorKind::Syntax && !e.msg.starts_with("f-string") {
        e.msg = format!("f-string: {}", e.msg);
    }
    e
}

fn flush_str(buf: &mut String, values: &mut Vec<Expr>, line: u32) {
    if !buf.is_empty() {
        let s = core::mem::take(buf);
        values.push(mk(ExprKind::Constant(Constant::Str(s)), line));
    }
}
