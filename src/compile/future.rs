// SPDX-License-Identifier: MIT
//! Future statements (`from __future__ import annotations`): which features a module turns on,
//! and CPython's compile-time errors for misplaced or unknown ones. The statement still runs as
//! an ordinary import of the frozen `__future__` module, which binds the feature objects.

use alloc::vec::Vec;

use super::ast::{Constant, ExprKind, Stmt, StmtKind};
use super::CompileError;

/// Features every Python 3 module has; naming them is allowed and changes nothing.
const ALWAYS_ON: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
    "barry_as_FLUFL",
];

/// What a module's future statements turn on.
#[derive(Debug, Default, Clone)]
pub struct Futures {
    /// PEP 563: annotations are stored as strings, unevaluated.
    pub annotations: bool,
    /// The lines of the well-placed future statements (any other one is an error).
    pub lines: Vec<u32>,
}

/// Reads the future statements at the top of `body` (after an optional docstring).
pub fn scan(body: &[Stmt]) -> Result<Futures, CompileError> {
    let mut f = Futures::default();
    let mut stmts = body.iter().peekable();
    if let Some(first) = stmts.peek() {
        if let StmtKind::Expr(e) = &first.kind {
            if matches!(e.kind, ExprKind::Constant(Constant::Str(_))) {
                stmts.next();
            }
        }
    }
    for s in stmts {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } = &s.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        for a in names {
            match a.name.as_str() {
                "annotations" if cfg!(any(feature = "future-annotations", test)) => {
                    f.annotations = true
                }
                // Storing annotations as text needs the unparser (`unparse.rs`).
                "annotations" => {
                    return Err(CompileError::syntax(
                        "future feature annotations not supported in this build",
                        s.line,
                        1,
                    ))
                }
                "braces" => return Err(CompileError::syntax("not a chance", s.line, 1)),
                n if ALWAYS_ON.contains(&n) => {}
                n => {
                    let msg = error_text!(
                        "future feature is not defined",
                        "future feature {n} is not defined"
                    );
                    return Err(CompileError::syntax(msg, s.line, 1));
                }
            }
        }
        f.lines.push(s.line);
    }
    Ok(f)
}

/// The error for a future statement that is not at the top of the module.
pub fn misplaced(line: u32) -> CompileError {
    CompileError::syntax(
        "from __future__ imports must occur at the beginning of the file",
        line,
        1,
    )
}
