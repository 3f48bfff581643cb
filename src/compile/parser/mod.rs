// SPDX-License-Identifier: MIT
//! The parser: tokens → [`ast::Module`], the second stage of the front end.
//!
//! Recursive descent over CPython 3.11's grammar, one function per rule, each headed by the rule
//! it parses. Binary operators use precedence climbing (`expr.rs`), so one level of source
//! nesting costs only a handful of Rust frames; a depth counter bounds the recursion
//! ([`MAX_NESTING`]). Statements are in `stmt.rs`, `match` statements in `match_stmt.rs` and their
//! patterns in `pattern.rs`, assignment
//! targets in `target.rs`, string literals in `strings.rs` and f-strings in `fstring.rs`.
#![forbid(unsafe_code)]

mod expr;
#[cfg(any(feature = "fstrings", test))]
mod fstring;
mod match_stmt;
#[cfg(any(feature = "match", test))]
mod pattern;
mod stmt;
#[cfg(test)]
mod stream_tests;
mod strings;
mod target;
#[cfg(test)]
mod tests;

use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use super::lexer::{self, Lexer, Tok, Token};
use super::{CompileError, ErrorKind, Mode};

/// How deeply source may nest: brackets (counted by the lexer), indented blocks (the lexer's
/// indentation stack) and nested expressions such as `not not x`, `- - x`, `a if b else ...`,
/// calls, subscripts, lambdas, patterns or f-strings (a depth counter in the recursive parser
/// functions, `Parser::enter`). Deeper source is `SyntaxError: too many nested parentheses`
/// (`ErrorKind::TooDeep`) or `IndentationError: too many levels of indentation`.
///
/// Why a limit: the parser is recursive and a device's thread stack is small. Measured on x86-64
/// by the `measure_stack_per_level` test, one level costs in a debug build about 4.6 KiB for a
/// bracket, 5.6 KiB for a call, 2.2 KiB for a conditional expression and 1.7 KiB for `not` or
/// unary minus; an optimised build needs about 2.2, 2.7, 1.2 and 0.65 KiB. CPython allows 200
/// parentheses and 100 indentation levels; 100 levels is plenty for real code, but 100 bracket
/// levels would still need ~220 KiB optimised, which is why [`DEFAULT_STACK_BUDGET`] guards the
/// stack as well.
pub const MAX_NESTING: usize = 100;

/// A second guard beside [`MAX_NESTING`]: the most bytes of Rust stack that [`parse`] lets its
/// recursion use (the distance between the address of a local at entry and one in the deepest
/// `Parser::enter` call; safe code, no platform calls). Frame sizes differ by build profile and
/// target, so counting levels alone cannot promise that a given stack suffices; with this budget
/// the parser stops with "too many nested parentheses" before it can overflow. 160 KiB allows
/// about 35 bracket levels in a debug build and about 70 in an optimised one (all 100 levels of
/// unary operators). Embedders whose thread stack is smaller use [`parse_with_stack_budget`]
/// with their stack size minus what their caller needs.
pub const DEFAULT_STACK_BUDGET: usize = 160 * 1024;

type Res<T> = Result<T, CompileError>;

/// Python's hard keywords: never usable as names.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The hard keyword `s` as a `'static` string (so matching on it does not borrow the parser), or
/// "" if `s` is not one.
pub(crate) fn hard_keyword(s: &str) -> &'static str {
    KEYWORDS.iter().find(|k| **k == s).copied().unwrap_or("")
}

/// Whether `s` is a hard keyword.
pub(crate) fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

static EOF_TOKEN: Token = Token {
    tok: Tok::Eof,
    line: 0,
    col: 0,
};

/// Parses `source` in `mode`. For [`Mode::Eval`] the source must be one expression and the
/// module's body is exactly one `StmtKind::Expr`.
pub fn parse(source: &str, mode: Mode) -> Result<ast::Module, CompileError> {
    parse_with_stack_budget(source, mode, DEFAULT_STACK_BUDGET)
}

/// [`parse`] with at most `stack_budget` bytes of Rust stack for the parser's recursion (see
/// [`DEFAULT_STACK_BUDGET`]); deeper source is a `TooDeep` error.
pub fn parse_with_stack_budget(
    source: &str,
    mode: Mode,
    stack_budget: usize,
) -> Result<ast::Module, CompileError> {
    let src = lexer::prepare(source, 1)?;
    let mut p = Parser::new(Lexer::new(&src, 1), 0);
    p.stack_base = stack_address();
    p.stack_budget = stack_budget;
    let parsed = match mode {
        Mode::Eval => p.eval_input(),
        Mode::Exec | Mode::Single => p.file(),
    };
    p.lexer_error_first(parsed)
}

/// For the REPL: whether `source` needs more lines (an unclosed bracket, an unterminated
/// triple-quoted string, a trailing backslash, or a compound statement not yet ended by a blank
/// line). False when the input is complete or has a definite syntax error.
pub fn input_is_incomplete(source: &str) -> bool {
    input_is_incomplete_with_stack_budget(source, DEFAULT_STACK_BUDGET)
}

/// [`input_is_incomplete`] parsing with at most `stack_budget` bytes of stack (see
/// [`parse_with_stack_budget`]); too deep an input counts as complete (its error is reported
/// when it runs).
pub fn input_is_incomplete_with_stack_budget(source: &str, stack_budget: usize) -> bool {
    if source.trim_end_matches('\n').ends_with('\\') {
        return true;
    }
    // Whether the first logical line opens a block (ends with ':' or is a decorator), read
    // from a lexer run over the whole source, which also finds any tokenizer error.
    let Ok(src) = lexer::prepare(source, 1) else {
        return false;
    };
    let mut lx = Lexer::new(&src, 1);
    let (mut first, mut prev_colon, mut compound) = (None, false, None);
    while !lx.done {
        match lx.step() {
            // An open bracket may still be an earlier syntax error's consequence: the parse
            // below decides.
            Err(e) if e.msg.ends_with("was never closed") => break,
            Err(e) => return is_eof_error(&e),
            Ok(()) => {}
        }
        for t in lx.toks.drain(..) {
            if compound.is_none() {
                first.get_or_insert(matches!(t.tok, Tok::Op("@")));
                if matches!(t.tok, Tok::Newline) {
                    compound = Some(prev_colon || first == Some(true));
                }
                prev_colon = matches!(t.tok, Tok::Op(":"));
            }
        }
    }
    let mut lines: Vec<&str> = source.split('\n').collect();
    if source.ends_with('\n') {
        lines.pop();
    }
    let last_blank = lines.last().is_none_or(|l| l.trim().is_empty());
    if compound == Some(true) && !last_blank {
        return true;
    }
    match parse_with_stack_budget(source, Mode::Single, stack_budget) {
        Ok(_) => false,
        Err(e) => is_eof_error(&e),
    }
}

/// The address of a local of the caller's frame: how deep the Rust stack currently is.
#[inline(never)]
fn stack_address() -> usize {
    let probe = 0u8;
    core::hint::black_box(core::ptr::addr_of!(probe)) as usize
}

fn is_eof_error(e: &CompileError) -> bool {
    e.msg.starts_with("unterminated triple-quoted")
        || e.msg.starts_with("unexpected EOF")
        || e.msg.ends_with("was never closed")
}

/// The parser's state: the lexer (whose queue holds the tokens from the cursor on), the cursor,
/// and the nesting depth.
pub(crate) struct Parser<'a> {
    lexer: Lexer<'a>,
    /// The index in the whole token stream of `lexer.toks[0]`: the tokens before it are
    /// dropped once passed.
    base: usize,
    /// The cursor: an index in the whole token stream.
    cursor: usize,
    /// Open [`Parser::mark`]s: while any is open no token is dropped, so the parser can go back.
    marks: u32,
    /// The most tokens queued at once (tests check that passed tokens are dropped).
    #[cfg(test)]
    peak_window: usize,
    /// The lexer's error, if it stopped early; it wins over the parser's error (CPython
    /// reports a tokenizer error anywhere in the source rather than a syntax error before it).
    lex_error: Option<CompileError>,
    depth: usize,
    /// How many of the `depth` levels are indented blocks (the rest are brackets and operators):
    /// a stack-budget error names indentation when nothing else is open.
    blocks: usize,
    /// [`stack_address`] when parsing started (0: not checked).
    stack_base: usize,
    stack_budget: usize,
}

/// How far the parser looks ahead: the current token and the next ([`Parser::peek2`]).
const LOOKAHEAD: usize = 2;

/// Passed tokens are dropped in batches of this many (draining a vector's front moves the rest).
const DROP_BATCH: usize = 16;

impl<'a> Parser<'a> {
    fn new(lexer: Lexer<'a>, depth: usize) -> Parser<'a> {
        let mut p = Parser {
            lexer,
            base: 0,
            cursor: 0,
            marks: 0,
            #[cfg(test)]
            peak_window: 0,
            lex_error: None,
            depth,
            blocks: 0,
            stack_base: 0,
            stack_budget: DEFAULT_STACK_BUDGET,
        };
        p.fill();
        p
    }

    /// Lexes until the lookahead is queued, and drops the tokens passed (unless marked). A
    /// tokenizer error is kept for [`Parser::lexer_error_first`]; the parser sees the end.
    fn fill(&mut self) {
        if self.marks == 0 {
            let passed = (self.cursor - self.base).min(self.lexer.toks.len());
            if passed >= DROP_BATCH {
                self.lexer.toks.drain(..passed);
                self.base += passed;
            }
        }
        while !self.lexer.done && self.base + self.lexer.toks.len() < self.cursor + LOOKAHEAD {
            if let Err(e) = self.lexer.step() {
                self.lex_error = Some(e);
            }
        }
        #[cfg(test)]
        {
            self.peak_window = self.peak_window.max(self.lexer.toks.len());
        }
    }

    /// Moves to the next token.
    fn bump(&mut self) {
        self.bump_by(1);
    }

    fn bump_by(&mut self, n: usize) {
        self.cursor += n;
        self.fill();
    }

    /// Remembers the cursor so that [`Parser::release`] can return to it.
    fn mark(&mut self) -> usize {
        self.marks += 1;
        self.cursor
    }

    /// Ends a [`Parser::mark`]; with `back`, the cursor returns to the mark.
    fn release(&mut self, mark: usize, back: bool) {
        self.marks -= 1;
        if back {
            self.cursor = mark;
        }
    }

    /// The result of a parse, or the tokenizer's error if the source has one anywhere: the
    /// lexer runs on to the end (dropping the tokens) when the parser stopped early. As in
    /// CPython, a bracket left open is the parser's finding at the end of the input, so an
    /// earlier syntax error wins over it.
    fn lexer_error_first<T>(mut self, parsed: Res<T>) -> Res<T> {
        if parsed.is_err() {
            let stopped_early = !matches!(self.peek(), Tok::Eof);
            while self.lex_error.is_none() && !self.lexer.done {
                self.lexer.toks.clear();
                if let Err(e) = self.lexer.step() {
                    self.lex_error = Some(e);
                }
            }
            let unclosed = |e: &CompileError| e.msg.ends_with("was never closed");
            if stopped_early && self.lex_error.as_ref().is_some_and(unclosed) {
                return parsed;
            }
        }
        match self.lex_error {
            Some(e) => Err(e),
            None => parsed,
        }
    }

    fn tok_at(&self, n: usize) -> &Token {
        self.lexer
            .toks
            .get(self.cursor - self.base + n)
            .unwrap_or(&EOF_TOKEN)
    }

    fn peek(&self) -> &Tok {
        &self.tok_at(0).tok
    }

    fn peek2(&self) -> &Tok {
        &self.tok_at(1).tok
    }

    fn line(&self) -> u32 {
        let t = self.tok_at(0);
        if t.line == 0 {
            self.lexer.toks.last().map_or(1, |t| t.line)
        } else {
            t.line
        }
    }

    fn advance(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.cursor < self.base + self.lexer.toks.len() {
            self.bump();
        }
        t
    }

    fn at_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if n == kw)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &str) -> Res<()> {
        if self.eat_op(op) {
            return Ok(());
        }
        if !super::DETAILED {
            return Err(self.invalid());
        }
        Err(self.expected_op(op))
    }

    /// CPython's diagnostics for a missing `:` or closing bracket (`detailed-errors`).
    #[inline(never)]
    fn expected_op(&self, op: &str) -> CompileError {
        if op == ":" {
            return self.err("expected ':'");
        }
        let operand = match self.peek() {
            Tok::Name(n) => !is_keyword(n) || matches!(n.as_str(), "None" | "True" | "False"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => true,
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr(_) => true,
            _ => false,
        };
        if matches!(op, ")" | "]" | "}") && operand {
            return self.err("invalid syntax. Perhaps you forgot a comma?");
        }
        self.invalid()
    }

    fn expect_kw(&mut self, kw: &str) -> Res<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// A SyntaxError at the current token.
    fn err(&self, msg: impl Into<String>) -> CompileError {
        let (line, col) = self.err_pos();
        CompileError::syntax(msg, line, col)
    }

    /// Where an error at the current token is reported: the token, or, when only the
    /// dedents and the end of the input are left, the end of the last line (as CPython).
    fn err_pos(&self) -> (u32, u32) {
        let at_end = self.lexer.done
            && self
                .lexer
                .toks
                .get(self.cursor - self.base..)
                .is_none_or(|rest| rest.iter().all(|t| matches!(t.tok, Tok::Dedent | Tok::Eof)));
        if at_end {
            self.lexer.end_position()
        } else {
            (self.line(), self.tok_at(0).col)
        }
    }

    /// The error for `async` and `await` in a build without coroutines (the `async` feature,
    /// MicroPython's `MICROPY_PY_ASYNC_AWAIT`): each coroutine construct is refused where the
    /// parser meets it, so the compiler's and the VM's coroutine paths are never reached.
    #[cfg_attr(any(feature = "async", test), allow(dead_code))]
    fn no_async(&self) -> CompileError {
        self.err("async/await not supported in this build")
    }

    /// `invalid syntax` at the current token (or a more specific message for some tokens).
    fn invalid(&self) -> CompileError {
        match self.peek() {
            Tok::Indent => self.indent_err("unexpected indent"),
            Tok::Dedent => self.indent_err("unindent does not match any outer indentation level"),
            // CPython 3.11 says "invalid syntax" here too (a decorator and then the end).
            Tok::Eof => self.err("invalid syntax"),
            _ => self.err("invalid syntax"),
        }
    }

    fn indent_err(&self, msg: &str) -> CompileError {
        let (line, col) = self.err_pos();
        CompileError::new(ErrorKind::Indentation, String::from(msg), line, col)
    }

    /// An identifier that is not a hard keyword.
    fn name(&mut self) -> Res<String> {
        match self.peek() {
            Tok::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.bump();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    fn at_name(&self) -> bool {
        matches!(self.peek(), Tok::Name(n) if !is_keyword(n))
    }

    /// Enters one level of nesting; every caller pairs it with [`Parser::leave`].
    fn enter(&mut self) -> Res<()> {
        #[cfg(test)]
        tests::probe_stack();
        self.depth += 1;
        if crate::rust_memory::is_low() {
            return Err(super::memory_error(self.line()));
        }
        if self.depth > MAX_NESTING || self.deep_stack() {
            return Err(CompileError::new(
                ErrorKind::TooDeep,
                String::from("too many nested parentheses"),
                self.line(),
                self.tok_at(0).col,
            ));
        }
        Ok(())
    }

    /// Whether the recursion has used up the stack budget.
    fn deep_stack(&self) -> bool {
        self.stack_base != 0 && self.stack_base.abs_diff(stack_address()) > self.stack_budget
    }

    /// The stack half of [`Parser::enter`], for the recursive paths that nest without a
    /// bracket (every operand goes through `binary`): with a check only at brackets, one level
    /// from a call's argument down to an atom ran about 2 KiB unchecked on a Cortex-M0.
    fn check_stack(&self) -> Res<()> {
        if crate::rust_memory::is_low() {
            return Err(super::memory_error(self.line()));
        }
        if self.deep_stack() {
            if self.blocks >= self.depth {
                return Err(self.indent_err("too many levels of indentation"));
            }
            return Err(CompileError::new(
                ErrorKind::TooDeep,
                String::from("too many nested parentheses"),
                self.line(),
                self.tok_at(0).col,
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// eval: expressions NEWLINE* ENDMARKER
    fn eval_input(&mut self) -> Res<ast::Module> {
        while matches!(self.peek(), Tok::Newline | Tok::Indent) {
            self.bump();
        }
        let line = self.line();
        let e = self.star_expressions()?;
        while matches!(self.peek(), Tok::Newline | Tok::Dedent) {
            self.bump();
        }
        if !matches!(self.peek(), Tok::Eof) {
            return Err(self.invalid());
        }
        Ok(ast::Module {
            body: alloc::vec![Stmt {
                kind: StmtKind::Expr(e),
                line,
            }],
        })
    }

    /// file: [statements] ENDMARKER
    fn file(&mut self) -> Res<ast::Module> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::Eof => break,
                Tok::Newline => self.bump(),
                Tok::Indent => return Err(self.indent_err("unexpected indent")),
                _ => {
                    room_for_one(&mut body)?;
                    self.statement(&mut body)?
                }
            }
        }
        Ok(ast::Module { body })
    }
}

/// Appends a node to a growing list (a display's elements, a call's arguments, a block's
/// statements), failing with a memory error instead of aborting when the Rust allocator cannot
/// extend it: these lists are the large requests a big input makes (see [`crate::rust_memory`]).
fn push<T>(v: &mut Vec<T>, x: T) -> Res<()> {
    room_for_one(v)?;
    v.push(x);
    Ok(())
}

/// Makes room for one more node in `v` (see [`push`]).
fn room_for_one<T>(v: &mut Vec<T>) -> Res<()> {
    if v.try_reserve(1).is_err() {
        crate::rust_memory::signal_low();
        return Err(super::memory_error(0));
    }
    Ok(())
}

/// Makes an expression node.
fn mk(kind: ExprKind, line: u32) -> Expr {
    Expr { kind, line }
}
