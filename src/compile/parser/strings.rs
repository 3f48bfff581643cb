// SPDX-License-Identifier: MIT
//! String atoms: adjacent string or bytes literals concatenated; f-strings are in
//! `fstring.rs` (feature `fstrings`).
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use super::super::ast::{Constant, Expr, ExprKind};
use super::super::lexer::Tok;
use super::super::CompileError;
use super::{mk, Parser, Res};

impl Parser<'_> {
    /// strings: STRING+ (adjacent literals concatenated; with an f-string among them, they
    /// become one JoinedStr, made by [`Parser::fstrings`] from the first f-string on)
    pub(super) fn strings(&mut self) -> Res<Expr> {
        let line = self.line();
        let (mut has_str, mut has_bytes) = (false, false);
        let mut buf = String::new();
        let mut bytes = Vec::new();
        loop {
            match self.peek().clone() {
                Tok::Str(s) => {
                    has_str = true;
                    buf.push_str(&s);
                }
                Tok::Bytes(b) => {
                    has_bytes = true;
                    bytes.extend_from_slice(&b);
                }
                Tok::FStr(_) if !has_bytes => return self.fstrings(buf, line),
                Tok::FStr(_) => return Err(self.mixed_literals()),
                _ => break,
            }
            if has_bytes && has_str {
                return Err(self.mixed_literals());
            }
            self.bump();
        }
        let kind = if has_bytes {
            ExprKind::Constant(Constant::Bytes(bytes))
        } else {
            ExprKind::Constant(Constant::Str(buf))
        };
        Ok(mk(kind, line))
    }

    pub(super) fn mixed_literals(&self) -> CompileError {
        self.err("cannot mix bytes and nonbytes literals")
    }

    /// Without the `fstrings` feature the lexer refuses every f-string, so this is not reached.
    #[cfg(not(any(feature = "fstrings", test)))]
    fn fstrings(&mut self, _buf: String, _line: u32) -> Res<Expr> {
        Err(self.invalid())
    }
}
