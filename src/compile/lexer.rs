// SPDX-License-Identifier: MIT
//! The lexer: source text → [`Token`]s with line and column, the first stage of the front end.
//!
//! It follows CPython's tokenizer: INDENT/DEDENT from a stack of indentation columns (tabs to the
//! next multiple of 8), implicit line joining inside brackets, backslash continuation, and NEWLINE
//! only at the end of a logical line that holds tokens. Every literal is decoded here (escapes,
//! underscores, radixes), and f-strings are split into literal parts and replacement fields whose
//! expression text the parser parses in turn. Keywords are ordinary [`Tok::Name`]s: the parser
//! tells them apart, which keeps the soft keywords (`match`, `case`, `_`) simple.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::IntLit;
use super::parser::MAX_NESTING;
use super::{CompileError, ErrorKind};

/// One token's kind and payload.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// An identifier or keyword.
    Name(String),
    /// An integer literal.
    Int(IntLit),
    /// A float literal.
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Imag(f64),
    /// A string literal, escapes processed.
    Str(String),
    /// A bytes literal, escapes processed.
    Bytes(Vec<u8>),
    /// An f-string: literal parts and replacement fields.
    FStr(Vec<FPart>),
    /// An operator or delimiter, spelled as in the source (`"**="`, `"("`, `"->"`).
    Op(&'static str),
    /// The end of a logical line.
    Newline,
    /// The indentation grew.
    Indent,
    /// The indentation shrank by one level.
    Dedent,
    /// The end of the input.
    Eof,
}

/// A piece of an f-string.
#[derive(Debug, Clone, PartialEq)]
pub enum FPart {
    /// Literal text (escapes and `{{`/`}}` already processed).
    Lit(String),
    /// A `{expr!c:spec}` replacement field.
    Field(FField),
}

/// A replacement field of an f-string, with its expression still as source text.
#[derive(Debug, Clone, PartialEq)]
pub struct FField {
    /// The expression's source text.
    pub expr: String,
    /// The 1-based line on which the expression text starts.
    pub line: u32,
    /// For `{expr=}`: the literal text to emit before the value (`"expr="` with its spaces).
    pub debug: Option<String>,
    /// -1, or `'s'`, `'r'`, `'a'` as an integer.
    pub conversion: i32,
    /// The format spec's parts, if a `:` was given.
    pub spec: Option<Vec<FPart>>,
}

/// A token and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// What it is.
    pub tok: Tok,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in bytes).
    pub col: u32,
}

type Res<T> = Result<T, CompileError>;

/// Operators, longest first so that the first match is the longest.
const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

/// Tokenizes a whole source text, starting at line 1.
pub fn tokenize(source: &str) -> Res<Vec<Token>> {
    tokenize_at(source, 1)
}

/// Tokenizes `source` whose first line is line `first_line` of the file (used for the
/// expressions of f-strings).
pub fn tokenize_at(source: &str, first_line: u32) -> Res<Vec<Token>> {
    if source.as_bytes().contains(&0) {
        return Err(CompileError::syntax(
            "source code cannot contain null bytes",
            first_line,
            0,
        ));
    }
    let normalized;
    let mut src = source;
    if src.contains('\r') {
        normalized = src.replace("\r\n", "\n").replace('\r', "\n");
        src = &normalized;
    }
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        line: first_line,
        line_start: 0,
        toks: Vec::new(),
        brackets: Vec::new(),
        indents: Vec::new(),
        at_line_start: true,
        line_has_tokens: false,
        fdepth: 0,
    };
    lx.run()
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    toks: Vec<Token>,
    /// Open brackets: the character, its line and column.
    brackets: Vec<(u8, u32, u32)>,
    /// Indentation columns above 0: (column with tabs to 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    at_line_start: bool,
    line_has_tokens: bool,
    /// Nesting of f-strings and their replacement fields.
    fdepth: usize,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

// Non-ASCII identifiers use Unicode's alphabetic/alphanumeric classes as an approximation of
// XID_Start/XID_Continue; no NFKC normalization is done.
fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Whether `w` is a string prefix (any case): r, u, b, br, rb, f, fr, rf.
fn is_prefix(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    matches!(
        l.as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> u8 {
        self.b.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.b.get(self.pos + n).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    fn cur_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn col(&self) -> u32 {
        (self.pos.saturating_sub(self.line_start) + 1) as u32
    }

    fn err(&self, msg: impl Into<String>) -> CompileError {
        CompileError::syntax(msg, self.line, self.col())
    }

    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        self.toks.push(Token { tok, line, col });
        self.line_has_tokens = true;
    }

    /// Advances over one (possibly multi-byte) character, counting lines.
    fn bump(&mut self) {
        match self.cur_char() {
            Some('\n') => {
                self.pos += 1;
                self.line += 1;
                self.line_start = self.pos;
            }
            Some(c) => self.pos += c.len_utf8(),
            None => self.pos += 1,
        }
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.src.get(from..to).unwrap_or("")
    }

    fn run(mut self) -> Res<Vec<Token>> {
        loop {
            if self.at_line_start && self.brackets.is_empty() {
                self.at_line_start = false;
                self.indentation()?;
            }
            if self.at_end() {
                break;
            }
            let c = self.peek();
            match c {
                b' ' | b'\t' | 0x0c => self.pos += 1,
                b'#' => {
                    while !self.at_end() && self.peek() != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    if self.brackets.is_empty() && self.line_has_tokens {
                        let (l, col) = (self.line, self.col());
                        self.push(Tok::Newline, l, col);
                        self.line_has_tokens = false;
                    }
                    self.bump();
                    self.at_line_start = true;
                }
                b'\\' => {
                    if self.peek_at(1) == b'\n' {
                        self.pos += 1;
                        self.bump();
                    } else if self.pos + 1 >= self.b.len() {
                        return Err(self.err("unexpected EOF while parsing"));
                    } else {
                        self.pos += 1;
                        return Err(
                            self.err("unexpected character after line continuation character")
                        );
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
                b'\'' | b'"' => self.string(self.pos, "")?,
                _ => self.other(c)?,
            }
        }
        self.finish()
    }

    fn finish(mut self) -> Res<Vec<Token>> {
        if let Some(&(c, line, col)) = self.brackets.last() {
            return Err(CompileError::syntax(
                format!("'{}' was never closed", c as char),
                line,
                col,
            ));
        }
        let (l, col) = (self.line, self.col());
        if self.line_has_tokens {
            self.push(Tok::Newline, l, col);
        }
        for _ in 0..self.indents.len() {
            self.push(Tok::Dedent, l, col);
        }
        self.push(Tok::Eof, l, col);
        Ok(self.toks)
    }

    /// Identifiers, strings with prefixes, operators, and invalid characters.
    fn other(&mut self, c: u8) -> Res<()> {
        let Some(ch) = self.cur_char() else {
            return Err(self.err("invalid syntax"));
        };
        if is_ident_start(ch) {
            let start = self.pos;
            while let Some(ch) = self.cur_char() {
                if !is_ident_char(ch) {
                    break;
                }
                self.pos += ch.len_utf8();
            }
            let word = self.slice(start, self.pos);
            if matches!(self.peek(), b'\'' | b'"') && is_prefix(word) {
                return self.string(start, word);
            }
            let col = (start.saturating_sub(self.line_start) + 1) as u32;
            let line = self.line;
            self.push(Tok::Name(String::from(word)), line, col);
            return Ok(());
        }
        let rest = self.slice(self.pos, self.b.len());
        let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) else {
            if ch.is_ascii() {
                return Err(self.err("invalid syntax"));
            }
            return Err(self.err(format!("invalid character '{}' (U+{:04X})", ch, ch as u32)));
        };
        let (line, col) = (self.line, self.col());
        match c {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_NESTING {
                    return Err(CompileError {
                        kind: ErrorKind::TooDeep,
                        msg: String::from("too many nested parentheses"),
                        line,
                        col,
                    });
                }
                self.brackets.push((c, line, col));
            }
            b')' | b']' | b'}' => match self.brackets.pop() {
                None => return Err(self.err(format!("unmatched '{}'", c as char))),
                Some((open, oline, _)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c {
                        let mut msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        if oline != line {
                            msg.push_str(&format!(" on line {}", oline));
                        }
                        return Err(self.err(msg));
                    }
                }
            },
            _ => {}
        }
        self.pos += op.len();
        self.push(Tok::Op(op), line, col);
        Ok(())
    }

    /// At the start of a line outside brackets: measure the indentation and emit INDENT/DEDENT,
    /// unless the line is blank or only a comment.
    fn indentation(&mut self) -> Res<()> {
        let (mut col, mut alt) = (0u32, 0u32);
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                0x0c => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if matches!(self.peek(), b'#' | b'\n') || self.at_end() {
            return Ok(());
        }
        if self.peek() == b'\\' && self.peek_at(1) == b'\n' {
            return Ok(());
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        let (line, c) = (self.line, self.col());
        let tab_err = || CompileError {
            kind: ErrorKind::Tab,
            msg: String::from("inconsistent use of tabs and spaces in indentation"),
            line,
            col: c,
        };
        if col == top {
            if alt != top_alt {
                return Err(tab_err());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_err());
            }
            if self.indents.len() >= MAX_NESTING {
                return Err(CompileError {
                    kind: ErrorKind::Indentation,
                    msg: String::from("too many levels of indentation"),
                    line,
                    col: c,
                });
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, line, c);
            self.line_has_tokens = false;
        } else {
            while self.indents.last().is_some_and(|&(t, _)| col < t) {
                self.indents.pop();
                self.push(Tok::Dedent, line, c);
            }
            self.line_has_tokens = false;
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return Err(CompileError {
                    kind: ErrorKind::Indentation,
                    msg: String::from("unindent does not match any outer indentation level"),
                    line,
                    col: c,
                });
            }
            if alt != top_alt {
                return Err(tab_err());
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

impl<'a> Lexer<'a> {
    /// Scans digits of `radix` with single underscores between them; returns the digits without
    /// underscores. `allow_leading_underscore` is for `0x_ff`.
    fn digits(&mut self, radix: u32, allow_leading_underscore: bool) -> Res<String> {
        let mut out = String::new();
        let mut need_digit = false;
        if allow_leading_underscore && self.peek() == b'_' {
            self.pos += 1;
            need_digit = true;
        }
        loop {
            let c = self.peek();
            if c == b'_' {
                if need_digit || out.is_empty() {
                    return Err(self.err(invalid_literal(radix)));
                }
                need_digit = true;
                self.pos += 1;
            } else if (c as char).is_digit(radix) {
                out.push(c as char);
                need_digit = false;
                self.pos += 1;
            } else {
                break;
            }
        }
        if need_digit {
            return Err(self.err(invalid_literal(radix)));
        }
        Ok(out)
    }

    /// number: decimal, hex, octal or binary integer, float, or imaginary literal.
    fn number(&mut self) -> Res<()> {
        let (line, col) = (self.line, self.col());
        let start = self.pos;
        if self.peek() == b'0' && matches!(self.peek_at(1) | 0x20, b'x' | b'o' | b'b') {
            let radix = match self.peek_at(1) | 0x20 {
                b'x' => 16,
                b'o' => 8,
                _ => 2,
            };
            self.pos += 2;
            let d = self.digits(radix, true)?;
            if d.is_empty() && self.peek().is_ascii_digit() {
                let c = self.peek() as char;
                return Err(self.err(format!(
                    "invalid digit '{}' in {} literal",
                    c,
                    if radix == 8 { "octal" } else { "binary" }
                )));
            }
            if d.is_empty() {
                return Err(self.err(invalid_literal(radix)));
            }
            if self.peek().is_ascii_alphanumeric() {
                let c = self.peek() as char;
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.err(format!(
                        "invalid digit '{}' in {} literal",
                        c,
                        if radix == 8 { "octal" } else { "binary" }
                    )));
                }
                self.check_after_number(radix)?;
            }
            self.push(Tok::Int(int_lit(&d, radix)), line, col);
            return Ok(());
        }
        let int_part = if self.peek() == b'.' {
            String::new()
        } else {
            self.digits(10, false)?
        };
        let mut is_float = false;
        let mut text = int_part.clone();
        if self.peek() == b'.' {
            is_float = true;
            self.pos += 1;
            text.push('.');
            if self.peek().is_ascii_digit() {
                text.push_str(&self.digits(10, false)?);
            } else if self.peek() == b'_' {
                return Err(self.err("invalid decimal literal"));
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            let mut exp = String::from("e");
            if matches!(self.peek(), b'+' | b'-') {
                exp.push(self.peek() as char);
                self.pos += 1;
            }
            if self.peek().is_ascii_digit() {
                exp.push_str(&self.digits(10, false)?);
                text.push_str(&exp);
                is_float = true;
            } else {
                self.pos = save;
                return Err(self.err("invalid decimal literal"));
            }
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            self.check_after_number(10)?;
            let v = parse_float(&text).ok_or_else(|| self.err("invalid imaginary literal"))?;
            self.push(Tok::Imag(v), line, col);
            return Ok(());
        }
        self.check_after_number(10)?;
        if is_float {
            let v = parse_float(&text).ok_or_else(|| self.err("invalid decimal literal"))?;
            self.push(Tok::Float(v), line, col);
            return Ok(());
        }
        let raw = self.slice(start, self.pos);
        if raw.starts_with('0') && int_part.bytes().any(|b| b != b'0') {
            return Err(CompileError::syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line,
                col,
            ));
        }
        self.push(Tok::Int(int_lit(&int_part, 10)), line, col);
        Ok(())
    }

    /// After a number, an identifier character is an error, except the keywords CPython still
    /// accepts glued to a literal (`1if x else y`).
    fn check_after_number(&mut self, radix: u32) -> Res<()> {
        let Some(c) = self.cur_char() else {
            return Ok(());
        };
        if !is_ident_char(c) {
            return Ok(());
        }
        let rest = self.slice(self.pos, self.b.len());
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            if rest.starts_with(kw) {
                return Ok(());
            }
        }
        Err(self.err(invalid_literal(radix)))
    }
}

fn invalid_literal(radix: u32) -> &'static str {
    match radix {
        16 => "invalid hexadecimal literal",
        8 => "invalid octal literal",
        2 => "invalid binary literal",
        _ => "invalid decimal literal",
    }
}

fn parse_float(text: &str) -> Option<f64> {
    let t = if text.starts_with('.') {
        format!("0{}", text)
    } else {
        String::from(text)
    };
    t.parse::<f64>().ok()
}

/// An integer literal from its digits: `Small` if it fits an i64, else `Big` without leading zeros.
fn int_lit(digits: &str, radix: u32) -> IntLit {
    let mut v: i64 = 0;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as i64;
        match v.checked_mul(radix as i64).and_then(|v| v.checked_add(d)) {
            Some(n) => v = n,
            None => {
                let trimmed = digits.trim_start_matches('0');
                return IntLit::Big {
                    digits: String::from(trimmed),
                    radix,
                };
            }
        }
    }
    IntLit::Small(v)
}

// ---------------------------------------------------------------------------------------------
// Strings

impl<'a> Lexer<'a> {
    /// A string literal starting at `start` (its prefix) with the quote at `self.pos`.
    fn string(&mut self, start: usize, prefix: &str) -> Res<()> {
        let (line, col) = (
            self.line,
            (start.saturating_sub(self.line_start) + 1) as u32,
        );
        let p = prefix.to_ascii_lowercase();
        let raw = p.contains('r');
        let is_bytes = p.contains('b');
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        if p.contains('f') {
            let parts = self.fstring_body(q, triple, raw, line)?;
            self.push(Tok::FStr(parts), line, col);
            return Ok(());
        }
        let body_start = self.pos;
        let body_end = self.skip_string_body(q, triple, line)?;
        let body = self.slice(body_start, body_end);
        if is_bytes {
            if !body.is_ascii() {
                return Err(CompileError::syntax(
                    "bytes can only contain ASCII literal characters",
                    line,
                    col,
                ));
            }
            let v = decode_bytes(body, raw, line)?;
            self.push(Tok::Bytes(v), line, col);
        } else {
            let v = decode_str(body, raw, line)?;
            self.push(Tok::Str(v), line, col);
        }
        Ok(())
    }

    fn unterminated(&self, triple: bool, line: u32) -> CompileError {
        let msg = if triple {
            format!(
                "unterminated triple-quoted string literal (detected at line {})",
                self.line
            )
        } else {
            format!(
                "unterminated string literal (detected at line {})",
                self.line
            )
        };
        CompileError::syntax(msg, line, 0)
    }

    /// Whether the closing quote(s) are at `self.pos`.
    fn at_close(&self, q: u8, triple: bool) -> bool {
        self.peek() == q && (!triple || (self.peek_at(1) == q && self.peek_at(2) == q))
    }

    /// Skips a non-f string body to just after its closing quote; returns where the body ends.
    fn skip_string_body(&mut self, q: u8, triple: bool, line: u32) -> Res<usize> {
        loop {
            if self.at_end() {
                return Err(self.unterminated(triple, line));
            }
            if self.at_close(q, triple) {
                let end = self.pos;
                self.pos += if triple { 3 } else { 1 };
                return Ok(end);
            }
            match self.peek() {
                b'\\' => {
                    self.pos += 1;
                    if self.at_end() {
                        return Err(self.unterminated(triple, line));
                    }
                    self.bump();
                }
                b'\n' if !triple => return Err(self.unterminated(triple, line)),
                _ => self.bump(),
            }
        }
    }

    fn enter_fstring(&mut self) -> Res<()> {
        self.fdepth += 1;
        if self.fdepth > MAX_NESTING {
            return Err(CompileError {
                kind: ErrorKind::TooDeep,
                msg: String::from("f-string: expressions nested too deeply"),
                line: self.line,
                col: self.col(),
            });
        }
        Ok(())
    }

    /// fstring: the body of an f-string after its opening quote, up to and including the closing
    /// quote: literal text with `{{`/`}}` escapes and replacement fields.
    fn fstring_body(&mut self, q: u8, triple: bool, raw: bool, line: u32) -> Res<Vec<FPart>> {
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
        let expr_end = self.fstring_expr_end(q, triple, line)?;
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
    fn fstring_expr_end(&mut self, q: u8, triple: bool, line: u32) -> Res<usize> {
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
                        return Err(CompileError {
                            kind: ErrorKind::TooDeep,
                            msg: String::from("too many nested parentheses"),
                            line: self.line,
                            col: self.col(),
                        });
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
                b'\'' | b'"' => {
                    if c == q && !triple && depth == 0 && self.nested_prefix_len() == 0 {
                        // `f'{x'`: the outer string ends inside the field.
                        return Err(self.err("f-string: expecting '}'"));
                    }
                    self.skip_nested_string()?;
                }
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

// ---------------------------------------------------------------------------------------------
// Escapes

fn unicode_error(msg: &str, line: u32) -> CompileError {
    CompileError::syntax(
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes: {}",
            msg
        ),
        line,
        0,
    )
}

/// Reads exactly `n` hex digits from `it`.
fn hex_digits(it: &mut core::iter::Peekable<core::str::Chars>, n: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for _ in 0..n {
        let d = it.peek()?.to_digit(16)?;
        it.next();
        v = v.checked_mul(16)?.checked_add(d)?;
    }
    Some(v)
}

/// Reads up to two more octal digits after `first`.
fn octal_value(first: u32, it: &mut core::iter::Peekable<core::str::Chars>) -> u32 {
    let mut v = first;
    for _ in 0..2 {
        match it.peek().and_then(|c| c.to_digit(8)) {
            Some(d) => {
                v = v * 8 + d;
                it.next();
            }
            None => break,
        }
    }
    v
}

/// Decodes the body of a str literal: every escape of Python's string literals.
pub fn decode_str(body: &str, raw: bool, line: u32) -> Res<String> {
    if raw || !body.contains('\\') {
        return Ok(String::from(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = it.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0'..='7' => {
                let v = octal_value(e as u32 - '0' as u32, &mut it);
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let v = hex_digits(&mut it, n).ok_or_else(|| unicode_error(name, line))?;
                // Lone surrogates cannot live in a Rust `String`: they are rejected.
                let ch = char::from_u32(v)
                    .ok_or_else(|| unicode_error("illegal Unicode character", line))?;
                out.push(ch);
            }
            'N' => out.push(named_char(&mut it, line)?),
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// `\N{name}`. Only a small table of names is known (a full Unicode name table would not fit a
/// microcontroller); any other name is a SyntaxError.
fn named_char(it: &mut core::iter::Peekable<core::str::Chars>, line: u32) -> Res<char> {
    if it.next() != Some('{') {
        return Err(unicode_error("malformed \\N character escape", line));
    }
    let mut name = String::new();
    loop {
        match it.next() {
            Some('}') => break,
            Some(c) => name.push(c.to_ascii_uppercase()),
            None => return Err(unicode_error("malformed \\N character escape", line)),
        }
    }
    const NAMES: &[(&str, char)] = &[
        ("NULL", '\0'),
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CHARACTER TABULATION", '\t'),
        ("ESCAPE", '\x1b'),
        ("BULLET", '\u{2022}'),
        ("EN DASH", '\u{2013}'),
        ("EM DASH", '\u{2014}'),
        ("HORIZONTAL ELLIPSIS", '\u{2026}'),
        ("DEGREE SIGN", '\u{b0}'),
        ("MICRO SIGN", '\u{b5}'),
        ("PLUS-MINUS SIGN", '\u{b1}'),
        ("MULTIPLICATION SIGN", '\u{d7}'),
        ("DIVISION SIGN", '\u{f7}'),
        ("COPYRIGHT SIGN", '\u{a9}'),
        ("REGISTERED SIGN", '\u{ae}'),
        ("EURO SIGN", '\u{20ac}'),
        ("POUND SIGN", '\u{a3}'),
        ("YEN SIGN", '\u{a5}'),
        ("SECTION SIGN", '\u{a7}'),
        ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
        ("GREEK SMALL LETTER BETA", '\u{3b2}'),
        ("GREEK SMALL LETTER MU", '\u{3bc}'),
        ("GREEK SMALL LETTER PI", '\u{3c0}'),
        ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
        ("OHM SIGN", '\u{2126}'),
        ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
        ("RIGHTWARDS ARROW", '\u{2192}'),
        ("LEFTWARDS ARROW", '\u{2190}'),
        ("CHECK MARK", '\u{2713}'),
        ("BLACK STAR", '\u{2605}'),
        ("SNOWMAN", '\u{2603}'),
        ("BLACK HEART SUIT", '\u{2665}'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
    ];
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
        .ok_or_else(|| unicode_error("unknown Unicode character name", line))
}

/// Decodes the body of a bytes literal (already checked to be ASCII).
pub fn decode_bytes(body: &str, raw: bool, line: u32) -> Res<Vec<u8>> {
    if raw || !body.contains('\\') {
        return Ok(Vec::from(body.as_bytes()));
    }
    let mut out = Vec::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let Some(e) = it.next() else {
            out.push(b'\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e as u8),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'v' => out.push(11),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            '0'..='7' => out.push((octal_value(e as u32 - '0' as u32, &mut it) & 0xff) as u8),
            'x' => {
                let v = hex_digits(&mut it, 2).ok_or_else(|| {
                    CompileError::syntax("(value error) invalid \\x escape at position 0", line, 0)
                })?;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                out.push(e as u8);
            }
        }
    }
    Ok(out)
}
