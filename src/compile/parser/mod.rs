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
mod strings;
mod target;
#[cfg(test)]
mod tests;

use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use super::lexer::{self, Tok, Token};
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
    let toks = lexer::tokenize(source)?;
    let mut p = Parser::new(toks, 0);
    p.stack_base = stack_address();
    p.stack_budget = stack_budget;
    match mode {
        Mode::Eval => p.eval_input(),
        Mode::Exec | Mode::Single => p.file(),
    }
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
    let toks = match lexer::tokenize(source) {
        Ok(t) => t,
        Err(e) => return is_eof_error(&e),
    };
    let mut lines: Vec<&str> = source.split('\n').collect();
    if source.ends_with('\n') {
        lines.pop();
    }
    let last_blank = lines.last().is_none_or(|l| l.trim().is_empty());
    let first_line_end = toks.iter().position(|t| t.tok == Tok::Newline);
    let compound = match first_line_end {
        Some(i) => {
            i > 0
                && (toks.get(i - 1).is_some_and(|t| t.tok == Tok::Op(":"))
                    || toks.first().is_some_and(|t| t.tok == Tok::Op("@")))
        }
        None => false,
    };
    if compound && !last_blank {
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

/// The parser's state: the token list, a cursor, and the nesting depth.
pub(crate) struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: usize,
    /// How many of the `depth` levels are indented blocks (the rest are brackets and operators):
    /// a stack-budget error names indentation when nothing else is open.
    blocks: usize,
    /// [`stack_address`] when parsing started (0: not checked).
    stack_base: usize,
    stack_budget: usize,
}

impl Parser {
    fn new(toks: Vec<Token>, depth: usize) -> Parser {
        Parser {
            toks,
            pos: 0,
            depth,
            blocks: 0,
            stack_base: 0,
            stack_budget: DEFAULT_STACK_BUDGET,
        }
    }

    fn tok_at(&self, n: usize) -> &Token {
        self.toks.get(self.pos + n).unwrap_or(&EOF_TOKEN)
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
            self.toks.last().map_or(1, |t| t.line)
        } else {
            t.line
        }
    }

    fn advance(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
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
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &str) -> Res<()> {
        if self.eat_op(op) {
            return Ok(());
        }
        if op == ":" {
            return Err(self.err("expected ':'"));
        }
        let operand = match self.peek() {
            Tok::Name(n) => !is_keyword(n) || matches!(n.as_str(), "None" | "True" | "False"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => true,
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr(_) => true,
            _ => false,
        };
        if matches!(op, ")" | "]" | "}") && operand {
            return Err(self.err("invalid syntax. Perhaps you forgot a comma?"));
        }
        Err(self.invalid())
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
        let t = self.tok_at(0);
        CompileError::syntax(msg, self.line(), t.col)
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
            Tok::Eof => self.err("unexpected EOF while parsing"),
            _ => self.err("invalid syntax"),
        }
    }

    fn indent_err(&self, msg: &str) -> CompileError {
        CompileError {
            kind: ErrorKind::Indentation,
            msg: String::from(msg),
            line: self.line(),
            col: self.tok_at(0).col,
        }
    }

    /// An identifier that is not a hard keyword.
    fn name(&mut self) -> Res<String> {
        match self.peek() {
            Tok::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.pos += 1;
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
        if self.depth > MAX_NESTING || self.deep_stack() {
            return Err(CompileError {
                kind: ErrorKind::TooDeep,
                msg: String::from("too many nested parentheses"),
                line: self.line(),
                col: self.tok_at(0).col,
            });
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
        if self.deep_stack() {
            if self.blocks >= self.depth {
                return Err(self.indent_err("too many levels of indentation"));
            }
            return Err(CompileError {
                kind: ErrorKind::TooDeep,
                msg: String::from("too many nested parentheses"),
                line: self.line(),
                col: self.tok_at(0).col,
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// eval: expressions NEWLINE* ENDMARKER
    fn eval_input(&mut self) -> Res<ast::Module> {
        while matches!(self.peek(), Tok::Newline | Tok::Indent) {
            self.pos += 1;
        }
        let line = self.line();
        let e = self.star_expressions()?;
        while matches!(self.peek(), Tok::Newline | Tok::Dedent) {
            self.pos += 1;
        }
        if *self.peek() != Tok::Eof {
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
                Tok::Newline => self.pos += 1,
                Tok::Indent => return Err(self.indent_err("unexpected indent")),
                _ => self.statement(&mut body)?,
            }
        }
        Ok(ast::Module { body })
    }
}

/// Makes an expression node.
fn mk(kind: ExprKind, line: u32) -> Expr {
    Expr { kind, line }
}
