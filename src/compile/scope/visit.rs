// SPDX-License-Identifier: MIT
//! The first half of scope analysis: one walk over the AST recording, per scope, every name
//! with how it is used (`DEF_*`/`USE` flags) and reporting the errors CPython's `symtable.c`
//! reports while walking.
#![forbid(unsafe_code)]

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::*;
use crate::compile::ast::*;
use crate::compile::CompileError;

pub(super) struct Builder {
    pub(super) guard: StackGuard,
    pub(super) st: SymbolTable,
    pub(super) cur: usize,
}

/// The terse error for a `global` or `nonlocal` declaration that comes too late (MicroPython's
/// words): CPython's four messages name the variable and say what came first.
fn redefined(global: bool) -> &'static str {
    if global {
        "identifier redefined as global"
    } else {
        "identifier redefined as nonlocal"
    }
}

pub(super) fn err(msg: impl Into<String>, line: u32) -> CompileError {
    CompileError::syntax(msg, line, 0)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        // `cur` always indexes a pushed scope; fall back to the module defensively.
        let i = if self.cur < self.st.scopes.len() {
            self.cur
        } else {
            0
        };
        &mut self.st.scopes[i]
    }

    fn kind(&self) -> ScopeKind {
        self.st
            .scopes
            .get(self.cur)
            .map_or(ScopeKind::Module, |s| s.kind)
    }

    fn add_def_in(
        &mut self,
        scope: usize,
        name: &str,
        flag: u16,
        line: u32,
    ) -> Result<(), CompileError> {
        let Some(sc) = self.st.scopes.get_mut(scope) else {
            return Ok(());
        };
        let name = mangle(sc.private.as_deref(), name);
        if let Some(&i) = sc.index.get(&name) {
            if let Some(sym) = sc.symbols.get_mut(i) {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    return Err(err(
                        error_text!(
                            "duplicate argument in function definition",
                            "duplicate argument '{name}' in function definition"
                        ),
                        line,
                    ));
                }
                sym.flags |= flag;
                if flag & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                    sym.line = line;
                }
            }
        } else {
            sc.index.insert(name.clone(), sc.symbols.len());
            if flag & DEF_PARAM != 0 {
                sc.params.push(name.clone());
            }
            sc.symbols.push(Symbol {
                name,
                flags: flag,
                binding: Binding::Local,
                line,
            });
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u16, line: u32) -> Result<(), CompileError> {
        self.add_def_in(self.cur, name, flag, line)
    }

    fn enter(&mut self, kind: ScopeKind, key: usize) -> usize {
        let parent = self.scope();
        let private = parent.private.clone();
        let nested = parent.is_function_like() || parent.nested;
        let id = self.st.scopes.len();
        self.st
            .scopes
            .push(Scope::new(kind, Some(self.cur), private, nested));
        self.st.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Visits a statement; like [`Builder::expr`], every arm only calls a helper.
    pub(super) fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        let line = s.line;
        self.guard.check(line)?;
        match &s.kind {
            StmtKind::FunctionDef(fd) => self.function_def(fd, line),
            StmtKind::ClassDef(cd) => self.class_def(cd, line),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), line),
            StmtKind::Delete(ts) => self.exprs(ts),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, value, .. } => self.three(target, Some(value), None),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple, line),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => self.for_stmt(target, iter, body, orelse, *is_async && ASYNC, line),
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.test_and_bodies(test, body, orelse)
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(items, body, *is_async && ASYNC, line),
            #[cfg(any(feature = "match", test))]
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, line),
            StmtKind::Raise { exc, cause } => self.opt_pair(exc.as_ref(), cause.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => self.opt_pair(Some(test), msg.as_ref()),
            StmtKind::Import(names) => self.import_names(names, line),
            StmtKind::ImportFrom { names, .. } => self.import_names(names, line),
            StmtKind::Global(names) => self.declare(names, true, line),
            StmtKind::Nonlocal(names) => self.nonlocal(names, line),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn assign(&mut self, targets: &[Expr], value: &Expr) -> Result<(), CompileError> {
        self.exprs(targets)?;
        self.expr(value)
    }

    fn return_stmt(&mut self, v: Option<&Expr>, line: u32) -> Result<(), CompileError> {
        if !self.scope().is_function_like() {
            return Err(err("'return' outside function", line));
        }
        self.opt_pair(v, None)
    }

    fn opt_pair(&mut self, a: Option<&Expr>, b: Option<&Expr>) -> Result<(), CompileError> {
        if let Some(a) = a {
            self.expr(a)?;
        }
        match b {
            Some(b) => self.expr(b),
            None => Ok(()),
        }
    }

    /// `while` and `if`; an `elif` chain (an `If` alone in each `orelse`) is walked in a loop,
    /// not by recursion.
    fn test_and_bodies(
        &mut self,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Result<(), CompileError> {
        let (mut test, mut body, mut orelse) = (test, body, orelse);
        loop {
            self.expr(test)?;
            self.stmts(body)?;
            match orelse {
                [Stmt {
                    kind:
                        StmtKind::If {
                            test: t,
                            body: b,
                            orelse: o,
                        },
                    ..
                }] => (test, body, orelse) = (t, b, o),
                _ => return self.stmts(orelse),
            }
        }
    }

    fn for_stmt(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        is_async: bool,
        line: u32,
    ) -> Result<(), CompileError> {
        if is_async {
            self.check_async("'async for' outside async function", line)?;
        }
        self.expr(target)?;
        self.test_and_bodies(iter, body, orelse)
    }

    fn with_stmt(
        &mut self,
        items: &[WithItem],
        body: &[Stmt],
        is_async: bool,
        line: u32,
    ) -> Result<(), CompileError> {
        if is_async {
            self.check_async("'async with' outside async function", line)?;
        }
        for it in items {
            self.opt_pair(Some(&it.context_expr), it.optional_vars.as_ref())?;
        }
        self.stmts(body)
    }

    #[cfg(any(feature = "match", test))]
    fn match_stmt(
        &mut self,
        subject: &Expr,
        cases: &[MatchCase],
        line: u32,
    ) -> Result<(), CompileError> {
        self.expr(subject)?;
        for c in cases {
            self.pattern(&c.pattern, line)?;
            self.opt_pair(c.guard.as_ref(), None)?;
            self.stmts(&c.body)?;
        }
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Result<(), CompileError> {
        self.stmts(body)?;
        for h in handlers {
            self.opt_pair(h.typ.as_ref(), None)?;
            if let Some(n) = &h.name {
                self.add_def(n, DEF_LOCAL, h.line)?;
            }
            self.stmts(&h.body)?;
        }
        self.stmts(orelse)?;
        self.stmts(finalbody)
    }

    fn nonlocal(&mut self, names: &[String], line: u32) -> Result<(), CompileError> {
        if self.kind() == ScopeKind::Module {
            return Err(err(
                "nonlocal declaration not allowed at module level",
                line,
            ));
        }
        self.declare(names, false, line)
    }

    fn function_def(&mut self, fd: &FunctionDef, line: u32) -> Result<(), CompileError> {
        self.add_def(&fd.name, DEF_LOCAL, line)?;
        self.exprs(&fd.decorators)?;
        self.arg_defaults(&fd.args)?;
        self.annotations(&fd.args)?;
        if let Some(r) = &fd.returns {
            self.expr(r)?;
        }
        let prev = self.enter(ScopeKind::Function, node_key(fd));
        self.scope().is_coroutine = fd.is_async && ASYNC;
        self.params(&fd.args, line)?;
        self.stmts(&fd.body)?;
        self.cur = prev;
        Ok(())
    }

    fn class_def(&mut self, cd: &ClassDef, line: u32) -> Result<(), CompileError> {
        self.add_def(&cd.name, DEF_LOCAL, line)?;
        self.exprs(&cd.bases)?;
        for k in &cd.keywords {
            self.expr(&k.value)?;
        }
        self.exprs(&cd.decorators)?;
        let prev = self.enter(ScopeKind::Class, node_key(cd));
        self.scope().private = Some(cd.name.clone());
        self.stmts(&cd.body)?;
        self.cur = prev;
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        line: u32,
    ) -> Result<(), CompileError> {
        if let (ExprKind::Name { id, .. }, true) = (&target.kind, simple) {
            let m = mangle(self.scope().private.as_deref(), id);
            let f = self.scope().flags(&m);
            if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let global = f & DEF_GLOBAL != 0;
                if !crate::compile::DETAILED {
                    return Err(err(redefined(global), line));
                }
                let which = if global { "global" } else { "nonlocal" };
                return Err(err(format!("annotated name '{id}' can't be {which}"), line));
            }
            self.add_def(id, DEF_LOCAL | DEF_ANNOT, line)?;
        } else {
            self.expr(target)?;
        }
        self.expr(annotation)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        Ok(())
    }

    fn check_async(&mut self, msg: &str, line: u32) -> Result<(), CompileError> {
        let sc = self.scope();
        if sc.kind == ScopeKind::Comprehension {
            sc.is_coroutine = true;
            return Ok(());
        }
        if sc.kind != ScopeKind::Function || !sc.is_coroutine {
            return Err(err(msg, line));
        }
        Ok(())
    }

    fn import_names(&mut self, names: &[Alias], line: u32) -> Result<(), CompileError> {
        for a in names {
            if a.name == "*" {
                if self.kind() != ScopeKind::Module {
                    return Err(err("import * only allowed at module level", line));
                }
                continue;
            }
            let stored = match &a.asname {
                Some(n) => n.as_str(),
                None => a.name.split('.').next().unwrap_or(&a.name),
            };
            self.add_def(stored, DEF_LOCAL, line)?;
        }
        Ok(())
    }

    fn declare(&mut self, names: &[String], global: bool, line: u32) -> Result<(), CompileError> {
        let what = if global { "global" } else { "nonlocal" };
        for n in names {
            let mangled = mangle(self.scope().private.as_deref(), n);
            let cur = self.scope().flags(&mangled);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                if !crate::compile::DETAILED {
                    return Err(err(redefined(global), line));
                }
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{n}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{n}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{n}' can't be {what}")
                } else {
                    format!("name '{n}' is assigned to before {what} declaration")
                };
                return Err(err(msg, line));
            }
            self.add_def(n, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, line)?;
        }
        Ok(())
    }

    fn arg_defaults(&mut self, a: &Arguments) -> Result<(), CompileError> {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, a: &Arguments) -> Result<(), CompileError> {
        for arg in all_args(a) {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments, _line: u32) -> Result<(), CompileError> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.name, DEF_PARAM, arg.line)?;
        }
        for arg in a.vararg.iter().chain(&a.kwarg) {
            self.add_def(&arg.name, DEF_PARAM, arg.line)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) -> Result<(), CompileError> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    /// Visits an expression. Every arm only calls a helper, which keeps this frame small in
    /// unoptimised builds: it is on the recursion path once per nesting level.
    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        let line = e.line;
        self.guard.check(line)?;
        match &e.kind {
            #[cfg(any(feature = "fstrings", test))]
            ExprKind::JoinedStr(es) => self.exprs(es),
            ExprKind::BoolOp { values: es, .. }
            | ExprKind::Set(es)
            | ExprKind::List { elts: es, .. }
            | ExprKind::Tuple { elts: es, .. } => self.exprs(es),
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value, line),
            ExprKind::BinOp { .. } => self.binop_chain(e),
            ExprKind::UnaryOp { operand: v, .. }
            | ExprKind::Attribute { value: v, .. }
            | ExprKind::Starred { value: v, .. } => self.expr(v),
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => self.three(test, Some(body), Some(orelse)),
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], "list comprehension")
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], "set comprehension")
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt], "generator expression")
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value], "dict comprehension"),
            #[cfg(any(feature = "async", test))]
            ExprKind::Await(v) => self.await_expr(v, line),
            ExprKind::Yield(v) => self.yield_expr(v.as_deref(), false, line),
            ExprKind::YieldFrom(v) => self.yield_expr(Some(v), true, line),
            ExprKind::Compare {
                left, comparators, ..
            } => self.expr_and_list(left, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            #[cfg(any(feature = "fstrings", test))]
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => self.three(value, format_spec.as_deref(), None),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Subscript { value, slice, .. } => self.three(value, Some(slice), None),
            ExprKind::Name { id, ctx } => self.name(id, *ctx, line),
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower)?;
                self.opt(upper)?;
                self.opt(step)
            }
        }
    }

    fn three(&mut self, a: &Expr, b: Option<&Expr>, c: Option<&Expr>) -> Result<(), CompileError> {
        self.expr(a)?;
        if let Some(b) = b {
            self.expr(b)?;
        }
        match c {
            Some(c) => self.expr(c),
            None => Ok(()),
        }
    }

    fn expr_and_list(&mut self, first: &Expr, rest: &[Expr]) -> Result<(), CompileError> {
        self.expr(first)?;
        self.exprs(rest)
    }

    fn call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Result<(), CompileError> {
        self.expr(func)?;
        self.exprs(args)?;
        keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    fn dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> Result<(), CompileError> {
        for k in keys.iter().flatten() {
            self.expr(k)?;
        }
        self.exprs(values)
    }

    fn named_expr(&mut self, target: &Expr, value: &Expr, line: u32) -> Result<(), CompileError> {
        self.expr(value)?;
        self.named_target(target, line)
    }

    /// Iterative along the left spine: long `a + b + c ...` chains are common.
    fn binop_chain(&mut self, e: &Expr) -> Result<(), CompileError> {
        let mut rights = Vec::new();
        let mut cur = e;
        while let ExprKind::BinOp { left, right, .. } = &cur.kind {
            rights.push(&**right);
            cur = left;
        }
        self.expr(cur)?;
        rights.into_iter().rev().try_for_each(|r| self.expr(r))
    }

    fn lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> Result<(), CompileError> {
        self.arg_defaults(args)?;
        let prev = self.enter(ScopeKind::Lambda, node_key(e));
        self.params(args, e.line)?;
        self.expr(body)?;
        self.cur = prev;
        Ok(())
    }

    #[cfg(any(feature = "async", test))]
    fn await_expr(&mut self, v: &Expr, line: u32) -> Result<(), CompileError> {
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(err("'await' outside function", line))
            }
            ScopeKind::Comprehension => self.scope().is_coroutine = true,
            _ if !self.scope().is_coroutine => {
                return Err(err("'await' outside async function", line))
            }
            _ => {}
        }
        self.expr(v)
    }

    fn yield_expr(&mut self, v: Option<&Expr>, from: bool, line: u32) -> Result<(), CompileError> {
        self.yield_here(line)?;
        if ASYNC && from && self.scope().is_coroutine && self.kind() == ScopeKind::Function {
            return Err(err("'yield from' inside async function", line));
        }
        match v {
            Some(v) => self.expr(v),
            None => Ok(()),
        }
    }

    fn name(&mut self, id: &str, ctx: Ctx, line: u32) -> Result<(), CompileError> {
        if ctx != Ctx::Load {
            return self.add_def(id, DEF_LOCAL, line);
        }
        self.add_def(id, USE, line)?;
        if id == "super" && self.scope().is_function_like() {
            self.add_def("__class__", USE, line)?;
        }
        Ok(())
    }

    fn yield_here(&mut self, line: u32) -> Result<(), CompileError> {
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", line)),
            ScopeKind::Comprehension => {
                let kind = self.scope().comp_kind;
                Err(err(
                    error_text!("'yield' inside comprehension", "'yield' inside {kind}"),
                    line,
                ))
            }
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }

    /// `x := v`: inside comprehensions binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, target: &Expr, line: u32) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.expr(target);
        };
        if self.kind() != ScopeKind::Comprehension {
            return self.add_def(id, DEF_LOCAL, line);
        }
        let mut s = self.cur;
        while let Some(sc) = self.st.scopes.get(s) {
            match sc.kind {
                ScopeKind::Comprehension => {
                    if sc.flags(id) & DEF_LOCAL != 0 && sc.flags(id) & DEF_NONLOCAL == 0 {
                        return Err(err(
                            error_text!(
                                "assignment expression cannot rebind comprehension iteration variable",
                                "assignment expression cannot rebind comprehension iteration variable '{id}'"
                            ),
                            line,
                        ));
                    }
                    s = sc.parent.unwrap_or(0);
                }
                ScopeKind::Class => return Err(err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    line,
                )),
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, line)?;
                    return self.add_def_in(s, id, DEF_LOCAL, line);
                }
                _ => {
                    self.add_def(id, DEF_NONLOCAL, line)?;
                    return self.add_def_in(s, id, DEF_LOCAL, line);
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        gens: &[Comprehension],
        elts: &[&Expr],
        comp_kind: &'static str,
    ) -> Result<(), CompileError> {
        let is_genexp = comp_kind == "generator expression";
        let Some(first) = gens.first() else {
            return Err(err("comprehension without generators", e.line));
        };
        self.expr(&first.iter)?;
        let prev = self.enter(ScopeKind::Comprehension, node_key(e));
        self.scope().is_generator = is_genexp;
        self.scope().comp_kind = comp_kind;
        self.add_def(".0", DEF_PARAM, e.line)?;
        for (i, g) in gens.iter().enumerate() {
            if g.is_async && ASYNC {
                self.scope().is_coroutine = true;
            }
            self.expr(&g.target)?;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.exprs(&g.ifs)?;
        }
        for x in elts {
            self.expr(x)?;
        }
        self.cur = prev;
        Ok(())
    }

    #[cfg(any(feature = "match", test))]
    fn pattern(&mut self, p: &Pattern, line: u32) -> Result<(), CompileError> {
        self.guard.check(line)?;
        match p {
            Pattern::MatchValue(e) => self.expr(e),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(ps) | Pattern::MatchOr(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p, line))
            }
            Pattern::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p, line))?;
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, line)?;
                }
                Ok(())
            }
            Pattern::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|p| self.pattern(p, line))
            }
            Pattern::MatchStar(n) => match n {
                Some(n) => self.add_def(n, DEF_LOCAL, line),
                None => Ok(()),
            },
            Pattern::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p, line)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, line),
                    None => Ok(()),
                }
            }
        }
    }
}
