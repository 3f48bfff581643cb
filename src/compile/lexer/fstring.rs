// SPDX-License-Identifier: MIT
//! f-strings: scanning the body into literal parts and replacement fields. The fields'
//! expressions stay source text for the parser, which tokenizes and parses them in turn.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::super::parser::MAX_NESTING;
use super::super::{CompileError, ErrorKind};
use super::{decode_str, is_prefix, FField, FPart, Lexer, Res};

impl<'a> Lexer<'a> {
    fn enter_fstring(&mut self) -> Res<()> {
        self.fdepth += 1;
        if self.fdepth > MAX_NESTING {
            return Err(CompileError::new(
                ErrorKind::TooDeep,
                String::from("f-string: expressions nested too deeply"),
                self.line,
                self.col(),
            ));
        }
        Ok(())
    }

    /// fstring: the body of an f-string after its opening quote, up to and including the closing
    /// quote: literal text with `{{`/`}}` escapes and replacement fields.
    pub(super) fn fstring_body(
        &mut self,
        q: u8,
        triple: bool,
        raw: bool,
        line: u32,
    ) -> Res<Vec<FPart>> {
        self.enter_fstring()?;
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut lit_line = self.line;
        loop {
            if self.at_end() {
                return Err(self.unterminated(triple, line));
            }
            if self.at_close(q, triple) {
                self.pos += if triple { 3 } else { 1 };
                break;
            }
            let c = self.peek();
            match c {
                b'\n' if !triple => return Err(self.unterminated(triple, line)),
                b'\\' => self.fstring_backslash(&mut lit, raw),
                b'{' if self.peek_at(1) == b'{' => {
                    lit.push('{');
                    self.pos += 2;
                }
                b'}' if self.peek_at(1) == b'}' => {
                    lit.push('}');
                    self.pos += 2;
                }
                b'{' => {
                    flush_lit(&mut parts, &mut lit, raw, lit_line)?;
                    self.pos += 1;
                    let field = self.fstring_field(q, triple, raw, line)?;
                    parts.push(FPart::Field(field));
                    lit_line = self.line;
                }
                b'}' => return Err(self.err("f-string: single '}' is not allowed")),
                _ => {
                    let start = self.pos;
                    self.bump();
                    lit.push_str(self.slice(start, self.pos));
                }
            }
        }
        flush_lit(&mut parts, &mut lit, raw, lit_line)?;
        self.fdepth -= 1;
        Ok(parts)
    }

    /// A backslash in the literal part of an f-string: kept for [`decode_str`], except that
    /// `\{` leaves the brace to start a field, and `\N{...}` is copied whole.
    fn fstring_backslash(&mut self, lit: &mut String, raw: bool) {
        lit.push('\\');
        self.pos += 1;
        if !raw && self.peek() == b'N' && self.peek_at(1) == b'{' {
            while !self.at_end() && !matches!(self.peek(), b'}' | b'\n') {
                let s = self.pos;
                self.bump();
                lit.push_str(self.slice(s, self.pos));
            }
            if self.peek() == b'}' {
                lit.push('}');
                self.pos += 1;
            }
        } else if !matches!(self.peek(), b'{' | b'}') && !self.at_end() {
            let s = self.pos;
            self.bump();
            lit.push_str(self.slice(s, self.pos));
        }
    }

    /// replacement_field: `{` (already consumed) expression [`=`] [`!` conversion] [`:` spec] `}`.
    fn fstring_field(&mut self, q: u8, triple: bool, raw: bool, line: u32) -> Res<FField> {
        self.enter_fstring()?;
        let expr_start = self.pos;
        let expr_line = self.line;
        let expr_end = self.fstring_expr_end(triple, line)?;
        let expr = String::from(self.slice(expr_start, expr_end));
        if expr.trim().is_empty() {
            return Err(self.err("f-string: empty expression not allowed"));
        }
        let mut debug = None;
        if self.peek() == b'=' {
            self.pos += 1;
            while matches!(self.peek(), b' ' | b'\t' | b'\n') {
                self.bump();
            }
            debug = Some(String::from(self.slice(expr_start, self.pos)));
        }
        let mut conversion = -1;
        if self.peek() == b'!' {
            self.pos += 1;
            let c = self.peek();
            if !matches!(c, b's' | b'r' | b'a') || !matches!(self.peek_at(1), b':' | b'}') {
                return Err(
                    self.err("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = c as i32;
            self.pos += 1;
        }
        let mut spec = None;
        if self.peek() == b':' {
            self.pos += 1;
            spec = Some(self.fstring_spec(q, triple, raw, line)?);
        }
        if self.peek() != b'}' {
            return Err(self.err("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug.is_some() && conversion == -1 && spec.is_none() {
            conversion = b'r' as i32;
        }
        self.fdepth -= 1;
        Ok(FField {
            expr,
            line: expr_line,
            debug,
            conversion,
            spec,
        })
    }

    /// Scans the expression of a replacement field up to a top-level `=`, `!`, `:` or `}`,
    /// skipping nested brackets and strings (which may reuse the outer quote, as in 3.12).
    fn fstring_expr_end(&mut self, triple: bool, line: u32) -> Res<usize> {
        let mut depth = 0usize;
        loop {
            if self.at_end() {
                return Err(self.unterminated(triple, line));
            }
            let c = self.peek();
            match c {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(CompileError::new(
                            ErrorKind::TooDeep,
                            String::from("too many nested parentheses"),
                            self.line,
                            self.col(),
                        ));
                    }
                    self.pos += 1;
                }
                b')' | b']' | b'}' if depth > 0 => {
                    depth -= 1;
                    self.pos += 1;
                }
                b'}' => return Ok(self.pos),
                b')' | b']' => return Err(self.err(format!("f-string: unmatched '{}'", c as char))),
                b'!' | b'<' | b'>' | b'=' if self.peek_at(1) == b'=' => self.pos += 2,
                b'!' | b':' | b'=' if depth == 0 => return Ok(self.pos),
                // As in Python 3.12, a quote inside a field always starts a nested string, even
                // the f-string's own quote (`f"{d["k"]}"`).
                b'\'' | b'"' => self.skip_nested_string()?,
                b'#' => {
                    return Err(self.err("f-string expression part cannot include '#'"));
                }
                b'\n' if !triple => return Err(self.unterminated(triple, line)),
                _ => self.bump(),
            }
        }
    }

    /// The length of the string prefix just before `self.pos` (0 if none).
    fn nested_prefix_len(&self) -> usize {
        let mut n = 0;
        while n < 2
            && self.pos > n
            && self
                .b
                .get(self.pos - n - 1)
                .is_some_and(|b| b.is_ascii_alphabetic())
        {
            n += 1;
        }
        while n > 0 {
            let w = self.slice(self.pos - n, self.pos);
            let before = if self.pos > n {
                self.b.get(self.pos - n - 1).copied()
            } else {
                None
            };
            let glued = before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
            if is_prefix(w) && !glued {
                return n;
            }
            n -= 1;
        }
        0
    }

    /// Skips a string literal nested in an f-string expression (the parser re-lexes it).
    fn skip_nested_string(&mut self) -> Res<()> {
        let n = self.nested_prefix_len();
        let prefix = self.slice(self.pos - n, self.pos).to_ascii_lowercase();
        let line = self.line;
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        if prefix.contains('f') {
            self.fstring_body(q, triple, prefix.contains('r'), line)?;
        } else {
            self.skip_string_body(q, triple, line)?;
        }
        Ok(())
    }

    /// format_spec: literal text and nested replacement fields up to the field's closing `}`
    /// (not consumed).
    fn fstring_spec(&mut self, q: u8, triple: bool, raw: bool, line: u32) -> Res<Vec<FPart>> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let lit_line = self.line;
        loop {
            if self.at_end() || self.at_close(q, triple) {
                return Err(self.err("f-string: expecting '}'"));
            }
            match self.peek() {
                b'}' => break,
                b'\n' if !triple => return Err(self.unterminated(triple, line)),
                b'{' => {
                    flush_lit(&mut parts, &mut lit, raw, lit_line)?;
                    self.pos += 1;
                    let f = self.fstring_field(q, triple, raw, line)?;
                    parts.push(FPart::Field(f));
                }
                b'\\' => self.fstring_backslash(&mut lit, raw),
                _ => {
                    let s = self.pos;
                    self.bump();
                    lit.push_str(self.slice(s, self.pos));
                }
            }
        }
        flush_lit(&mut parts, &mut lit, raw, lit_line)?;
        Ok(parts)
    }
}

fn flush_lit(parts: &mut Vec<FPart>, lit: &mut String, raw: bool, line: u32) -> Res<()> {
    if !lit.is_empty() {
        let s = decode_str(lit, raw, line)?;
        lit.clear();
        parts.push(FPart::Lit(s));
    }
    Ok(())
}
