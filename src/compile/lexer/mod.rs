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

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::IntLit;
use super::parser::MAX_NESTING;
use super::{CompileError, ErrorKind};

mod escape;
#[cfg(any(feature = "fstrings", test))]
mod fstring;

pub use escape::{decode_bytes, decode_str};

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

/// Tokenizes `source` whose first line is line `first_line` of the file, all at once (tools
/// and tests; the parser pulls tokens from a [`Lexer`] as it goes).
pub fn tokenize_at(source: &str, first_line: u32) -> Res<Vec<Token>> {
    let src = prepare(source, first_line)?;
    let mut lx = Lexer::new(&src, first_line);
    while !lx.done {
        lx.step()?;
    }
    Ok(lx.toks)
}

/// The text the lexer reads: `source` without NUL bytes (an error), with `\r\n` and `\r` line
/// ends as `\n`, and without a leading byte-order mark.
pub(crate) fn prepare(source: &str, first_line: u32) -> Res<Cow<'_, str>> {
    if source.as_bytes().contains(&0) {
        return Err(CompileError::syntax(
            "source code cannot contain null bytes",
            first_line,
            0,
        ));
    }
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    if src.contains('\r') {
        return Ok(Cow::Owned(src.replace("\r\n", "\n").replace('\r', "\n")));
    }
    Ok(Cow::Borrowed(src))
}

/// The tokenizer's state. Tokens are produced on demand ([`Lexer::step`]) into [`Lexer::toks`],
/// from which the parser removes the ones it has passed: the Rust memory a compile needs is then
/// the syntax tree and a few tokens, not about 25 bytes of tokens per source byte (a 1.4 KB line
/// was more than a 64 KiB board could give).
pub(crate) struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Tokens produced and not yet taken.
    pub(crate) toks: Vec<Token>,
    /// The end was reached and `Eof` queued (or an error stopped the lexer).
    pub(crate) done: bool,
    /// Open brackets: the character, its line and column.
    brackets: Vec<(u8, u32, u32)>,
    /// Indentation columns above 0: (column with tabs to 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    at_line_start: bool,
    line_has_tokens: bool,
    /// Nesting of f-strings and their replacement fields.
    #[cfg(any(feature = "fstrings", test))]
    fdepth: usize,
    /// The column of the string literal being read (an unterminated one is reported there).
    string_col: u32,
    /// The line number of the first line.
    first_line: u32,
}

/// With the `unicode` feature off (no character tables), every non-ASCII character may be
/// part of an identifier, as in MicroPython.
const UNICODE: bool = cfg!(feature = "unicode");

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && (!UNICODE || c.is_alphabetic()))
}

// Non-ASCII identifiers use Unicode's alphabetic/alphanumeric classes as an approximation of
// XID_Start/XID_Continue; no NFKC normalization is done.
fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && (!UNICODE || c.is_alphanumeric()))
}

/// Whether `w` is a string prefix (any case): r, u, b, br, rb, f, fr, rf.
fn is_prefix(w: &str) -> bool {
    let has = |c: u8| w.bytes().any(|b| b | 0x20 == c);
    match w.len() {
        1 => has(b'r') || has(b'u') || has(b'b') || has(b'f'),
        2 => has(b'r') && (has(b'b') || has(b'f')),
        _ => false,
    }
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

    /// A lexer over `src` (see [`prepare`]) whose first line is `first_line`.
    pub(crate) fn new(src: &'a str, first_line: u32) -> Lexer<'a> {
        Lexer {
            src,
            b: src.as_bytes(),
            pos: 0,
            line: first_line,
            line_start: 0,
            toks: Vec::new(),
            done: false,
            brackets: Vec::new(),
            indents: Vec::new(),
            at_line_start: true,
            line_has_tokens: false,
            #[cfg(any(feature = "fstrings", test))]
            fdepth: 0,
            string_col: 0,
            first_line,
        }
    }

    /// The line and 1-based column (in bytes, as the tokens') just past the end of the last
    /// line (a final newline does not begin another line): where CPython reports an error found
    /// at the end of the input.
    pub(crate) fn end_position(&self) -> (u32, u32) {
        let body = self.src.strip_suffix('\n').unwrap_or(self.src);
        let newlines = body.bytes().filter(|&b| b == b'\n').count() as u32;
        let last = body
            .rfind('\n')
            .map_or(body, |i| body.get(i + 1..).unwrap_or(""));
        (self.first_line + newlines, last.len() as u32 + 1)
    }

    /// Reads on until at least one more token is queued or the input is finished. After an
    /// error the lexer is `done`.
    pub(crate) fn step(&mut self) -> Res<()> {
        let before = self.toks.len();
        while !self.done && self.toks.len() == before {
            if let Err(e) = self.scan() {
                self.done = true;
                return Err(e);
            }
        }
        Ok(())
    }

    /// One step of the scan: the indentation at a line start, or one token or blank.
    fn scan(&mut self) -> Res<()> {
        if self.at_line_start && self.brackets.is_empty() {
            self.at_line_start = false;
            return self.indentation();
        }
        if self.at_end() {
            return self.finish();
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
                // Inside brackets a newline is only whitespace: the next line's indentation
                // means nothing (it must not be measured when the brackets close mid-line).
                self.at_line_start = self.brackets.is_empty();
            }
            b'\\' => {
                if self.peek_at(1) == b'\n' {
                    self.pos += 1;
                    self.bump();
                } else if self.pos + 1 >= self.b.len() {
                    return Err(self.err("unexpected EOF while parsing"));
                } else {
                    self.pos += 1;
                    return Err(self.err("unexpected character after line continuation character"));
                }
            }
            b'0'..=b'9' => self.number()?,
            b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
            b'\'' | b'"' => self.string(self.pos, "")?,
            _ => self.other(c)?,
        }
        Ok(())
    }

    fn finish(&mut self) -> Res<()> {
        self.done = true;
        if let Some(&(c, line, col)) = self.brackets.last() {
            // (Static texts: the REPL reads "was never closed" as "more input needed".)
            let msg = match c {
                b'(' => "'(' was never closed",
                b'[' => "'[' was never closed",
                _ => "'{' was never closed",
            };
            return Err(CompileError::syntax(msg, line, col));
        }
        let (l, col) = (self.line, self.col());
        if self.line_has_tokens {
            self.push(Tok::Newline, l, col);
        }
        for _ in 0..self.indents.len() {
            self.push(Tok::Dedent, l, col);
        }
        self.push(Tok::Eof, l, col);
        Ok(())
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
            return Err(self.err(error_text!(
                "invalid character",
                "invalid character '{}' (U+{:04X})",
                ch,
                ch as u32
            )));
        };
        let (line, col) = (self.line, self.col());
        match c {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_NESTING {
                    return Err(CompileError::new(
                        ErrorKind::TooDeep,
                        String::from("too many nested parentheses"),
                        line,
                        col,
                    ));
                }
                self.brackets.push((c, line, col));
            }
            b')' | b']' | b'}' if !super::DETAILED => {
                // Without `detailed-errors` a stray or mismatched closing bracket is a plain
                // "invalid syntax" where it stands.
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                if self.brackets.pop().map(|b| b.0) != Some(want) {
                    return Err(self.err("invalid syntax"));
                }
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
        let tab_err = || {
            CompileError::new(
                ErrorKind::Tab,
                String::from("inconsistent use of tabs and spaces in indentation"),
                line,
                c,
            )
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
                return Err(CompileError::new(
                    ErrorKind::Indentation,
                    String::from("too many levels of indentation"),
                    line,
                    c,
                ));
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
                return Err(CompileError::new(
                    ErrorKind::Indentation,
                    String::from("unindent does not match any outer indentation level"),
                    line,
                    c,
                ));
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
            if super::DETAILED && d.is_empty() && self.peek().is_ascii_digit() {
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
                if super::DETAILED && radix != 16 && c.is_ascii_digit() {
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
            let v = parse_float(&text)
                .ok_or_else(|| self.err(float_error("invalid imaginary literal")))?;
            self.push(Tok::Imag(v), line, col);
            return Ok(());
        }
        self.check_after_number(10)?;
        if is_float {
            let v = parse_float(&text)
                .ok_or_else(|| self.err(float_error("invalid decimal literal")))?;
            self.push(Tok::Float(v), line, col);
            return Ok(());
        }
        let raw = self.slice(start, self.pos);
        if raw.starts_with('0') && int_part.bytes().any(|b| b != b'0') {
            return Err(CompileError::syntax(
                detail!(
                    "invalid decimal literal",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                ),
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

/// The message for a float or imaginary literal that does not parse: MicroPython's words when
/// the build has no floats at all.
fn float_error(malformed: &'static str) -> &'static str {
    if crate::FLOAT_LITERALS {
        malformed
    } else {
        "decimal numbers not supported"
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

/// The value of a float literal; None if it is malformed, or if this build has no floats
/// (`crate::FLOAT_LITERALS`: then core's float parser is not linked).
fn parse_float(text: &str) -> Option<f64> {
    if !crate::FLOAT_LITERALS {
        return None;
    }
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
    /// Without the `fstrings` feature (MicroPython's `MICROPY_PY_FSTRINGS`) an f-string is
    /// refused where it starts, and the parser never sees one.
    #[cfg(not(any(feature = "fstrings", test)))]
    fn fstring_body(&mut self, _q: u8, _triple: bool, _raw: bool, line: u32) -> Res<Vec<FPart>> {
        Err(CompileError::syntax(
            "f-strings not supported in this build",
            line,
            self.col(),
        ))
    }

    /// A string literal starting at `start` (its prefix) with the quote at `self.pos`.
    fn string(&mut self, start: usize, prefix: &str) -> Res<()> {
        let (line, col) = (
            self.line,
            (start.saturating_sub(self.line_start) + 1) as u32,
        );
        self.string_col = col;
        // (A prefix is one of `is_prefix`'s, so each letter tells what it is.)
        let has = |c: u8| prefix.bytes().any(|b| b | 0x20 == c);
        let raw = has(b'r');
        let is_bytes = has(b'b');
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        if has(b'f') {
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
        // At the end of the input, a final newline does not begin another line (CPython).
        if !super::DETAILED {
            let msg = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            return CompileError::syntax(msg, line, self.string_col);
        }
        let detected = if self.at_end() && self.b.last() == Some(&b'\n') {
            self.line.saturating_sub(1).max(line)
        } else {
            self.line
        };
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        CompileError::syntax(msg, line, self.string_col)
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
}
