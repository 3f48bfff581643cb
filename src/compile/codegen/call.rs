// SPDX-License-Identifier: MIT
//! Calls: `Call`, `CallKw` (keyword names as a constant tuple pushed last), method calls via
//! `LoadMethod` + `CallMethod`/`CallMethodKw`, and `CallFunctionEx` for `*args`/`**kwargs`.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use super::{CResult, Compiler};
use crate::bytecode::opcode::Op;
use crate::bytecode::Const;
use crate::compile::ast::{Expr, ExprKind, Keyword};

impl<'a> Compiler<'a> {
    /// `func(args, keywords)`.
    pub(super) fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        match &func.kind {
            ExprKind::Attribute { value, attr, .. } if !is_dynamic(args, keywords) => {
                self.method_call(func.line, value, attr, args, keywords)
            }
            _ => {
                self.expr(func)?;
                self.call_helper(0, args, keywords)
            }
        }
    }

    /// `obj.attr(args)`: `LoadMethod` + `CallMethod`/`CallMethodKw`.
    fn method_call(
        &mut self,
        line: u32,
        obj: &'a Expr,
        attr: &str,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.expr(obj)?;
        let saved = self.set_line(line);
        self.name_attr_op(Op::LoadMethod, attr);
        self.unit.line = saved;
        for a in args {
            self.expr(a)?;
        }
        let n = (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Op::CallMethod, n);
        } else {
            self.keyword_values(keywords)?;
            self.emit(Op::CallMethodKw, n);
        }
        Ok(())
    }

    /// Pushes each keyword's value then the tuple of their names.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> CResult {
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Const::Str(k.arg.clone().unwrap_or_default()));
        }
        self.load_const(Const::Tuple(names));
        Ok(())
    }

    /// Calls the callable below `prefix` already-pushed positional arguments with `args` and
    /// `keywords` (CPython's `compiler_call_helper`).
    pub(super) fn call_helper(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        if is_dynamic(args, keywords) {
            return self.call_ex(prefix, args, keywords);
        }
        for a in args {
            self.expr(a)?;
        }
        let n = prefix + (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Op::Call, n);
        } else {
            self.keyword_values(keywords)?;
            self.emit(Op::CallKw, n);
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: an argument tuple (a list extended with each starred
    /// iterable) and, if there are keywords, a dict (runs of `name=value` as `BuildMap`, each
    /// merged with `DictMerge`), then `CallFunctionEx`.
    fn call_ex(&mut self, prefix: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        match args {
            // A lone `*x` goes to `CallFunctionEx` as it is (as CPython compiles it): the call
            // converts it, and can name the callee when it is not iterable.
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if prefix == 0 => self.expr(value)?,
            _ => {
                self.emit(Op::BuildList, prefix);
                for a in args {
                    if let ExprKind::Starred { value, .. } = &a.kind {
                        self.expr(value)?;
                        self.emit(Op::ListExtend, 1);
                    } else {
                        self.expr(a)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
                self.op(Op::ListToTuple);
            }
        }
        if keywords.is_empty() {
            self.emit(Op::CallFunctionEx, 0);
            return Ok(());
        }
        let mut have = false;
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(String::from(name.as_str())));
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 || !have {
                        self.flush_kw_run(&mut have, run);
                        run = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        if run > 0 {
            self.flush_kw_run(&mut have, run);
        }
        self.emit(Op::CallFunctionEx, 1);
        Ok(())
    }

    fn flush_kw_run(&mut self, have: &mut bool, run: u32) {
        self.emit(Op::BuildMap, run);
        if *have {
            self.emit(Op::DictMerge, 1);
        }
        *have = true;
    }
}

/// Whether a call needs `CallFunctionEx` (a `*args` or `**kwargs` argument).
fn is_dynamic(args: &[Expr], keywords: &[Keyword]) -> bool {
    args.iter()
        .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        || keywords.iter().any(|k| k.arg.is_none())
}
