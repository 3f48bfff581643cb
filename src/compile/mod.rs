// SPDX-License-Identifier: MIT
//! The front end: source text → tokens → AST → scopes → a [`CodeObject`].
//!
//! `lexer` turns text into tokens (indentation, every literal form, f-strings), `parser` builds the
//! [`ast`] by recursive descent with a nesting limit, `scope` decides for every name whether it is
//! local, global, a cell or free, and `codegen` emits bytecode with a line table and an exception
//! table. Nothing here touches the GC heap: the result is plain data that `vm` loads.
#![forbid(unsafe_code)]

/// Whether the compiler gives CPython's precise syntax-error diagnostics (the feature
/// `detailed-errors`, see `src/error_text.rs`): the extra grammar rules and lookahead behind
/// "Perhaps you forgot a comma?", "expected ':'", "cannot assign to function call here. Maybe
/// you meant '==' instead of '='?" and the like, and messages naming the construct or the line.
/// Without it, as in MicroPython, such input is a plain "invalid syntax" where the parse
/// failed, and the errors of the lexer and of the later passes are short static texts. A
/// constant, not a `cfg`, so that both paths keep compiling; the optimiser drops the other.
pub(crate) const DETAILED: bool = cfg!(feature = "detailed-errors");

/// The detailed static message (with `detailed-errors`) or the terse one: `detail!("invalid
/// syntax", "expected ':'")`. Only the chosen literal is kept in the binary.
macro_rules! detail {
    ($terse:literal, $detailed:literal) => {
        if $crate::compile::DETAILED {
            $detailed
        } else {
            $terse
        }
    };
}

pub mod ast;
pub mod codegen;
pub mod future;
pub mod lexer;
pub mod parser;
pub mod scope;
pub mod sorted_map;
#[cfg(any(feature = "future-annotations", test))]
pub mod unparse;

pub use ast::Ctx;
pub use codegen::{compile_module, compile_module_with_stack_budget};

/// The error for a compile stopped because the Rust allocator ran short
/// ([`crate::rust_memory`]).
pub(crate) fn memory_error(line: u32) -> CompileError {
    CompileError::new(ErrorKind::Memory, String::new(), line, 0)
}

use alloc::string::String;

use crate::bytecode::CodeObject;

/// How the source is to be compiled (the `mode` argument of Python's `compile()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or script: a sequence of statements.
    Exec,
    /// A single expression whose value the code returns.
    Eval,
    /// One interactive REPL input: expression statements print their value (`PrintExpr`).
    Single,
}

/// Which exception a compile error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (a subclass of SyntaxError)
    Indentation,
    /// `TabError`
    Tab,
    /// `MemoryError`-like: the source nests deeper than the parser's limit. Raised as
    /// `SyntaxError: too many nested parentheses` or `RecursionError` text as CPython does.
    TooDeep,
    /// The Rust allocator ran short while compiling (see [`crate::rust_memory`]): `MemoryError`.
    Memory,
}

/// A compile-time error: becomes a Python `SyntaxError` (or subclass) with the attributes of
/// its [`ErrorInfo`] (read through `Deref`: `e.msg`, `e.line`).
///
/// Boxed, so that a `Result` carrying it is one pointer wide beside a `()` (returned in a
/// register) and no wider than an AST node beside one: each of the compiler's several hundred
/// `?` then passes a pointer on instead of copying the message, kind and position. That took
/// 12.3 KiB off the `minimal` level's flash (348,620 to 335,980 bytes on thumbv7em).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError(alloc::boxed::Box<ErrorInfo>);

/// What a [`CompileError`] says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorInfo {
    /// Which exception.
    pub kind: ErrorKind,
    /// The message, as CPython words it where practical (`invalid syntax`, `'return' outside function`).
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (0 if unknown).
    pub col: u32,
}

impl CompileError {
    /// An error of `kind` at `line` and `col`.
    pub fn new(kind: ErrorKind, msg: String, line: u32, col: u32) -> CompileError {
        CompileError(alloc::boxed::Box::new(ErrorInfo {
            kind,
            msg,
            line,
            col,
        }))
    }

    /// A `SyntaxError` at `line`.
    pub fn syntax(msg: impl Into<String>, line: u32, col: u32) -> CompileError {
        CompileError::new(ErrorKind::Syntax, msg.into(), line, col)
    }
}

impl core::ops::Deref for CompileError {
    type Target = ErrorInfo;

    fn deref(&self) -> &ErrorInfo {
        &self.0
    }
}

impl core::ops::DerefMut for CompileError {
    fn deref_mut(&mut self) -> &mut ErrorInfo {
        &mut self.0
    }
}

/// Compiles source text: parses it (see [`parser::parse`]) and generates its code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_with_stack_budget(source, filename, mode, parser::DEFAULT_STACK_BUDGET)
}

/// [`compile`] with at most `stack_budget` bytes of Rust stack for each recursive pass (parsing,
/// scopes, code generation); deeper source is a `TooDeep` error instead of a stack overflow.
pub fn compile_with_stack_budget(
    source: &str,
    filename: &str,
    mode: Mode,
    stack_budget: usize,
) -> Result<CodeObject, CompileError> {
    let module = parser::parse_with_stack_budget(source, mode, stack_budget)?;
    compile_module_with_stack_budget(&module, filename, mode, stack_budget)
}
