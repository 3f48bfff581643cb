// SPDX-License-Identifier: MIT
//! The first half of scope analysis: one walk over the AST recording, per scope, every name
//! with how it is used (`DEF_*`/`USE` flags) and reporting the errors CPython's `symtable.c`
//! reports while walking.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;

use super::*;
use crate::compile::ast::*;
use crate::compile::CompileError;

pub(super) struct Builder {
    pub(super) st: SymbolTable,
    pub(super) cur: usize,
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
                        format!("duplicate argument '{name}' in function definition"),
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

    pub(super) fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(fd) => self.function_def(fd, line)?,
            StmtKind::ClassDef(cd) => self.class_def(cd, line)?,
            StmtKind::Return(v) => {
                if !self.scope().is_function_like() {
                    return Err(err("'return' outside function", line));
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => self.exprs(ts)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple, line)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async("'async for' outside async function", line)?;
                }
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async("'async with' outside async function", line)?;
                }
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern, line)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.line)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => self.import_names(names, line)?,
            StmtKind::ImportFrom { names, .. } => self.import_names(names, line)?,
            StmtKind::Global(names) => self.declare(names, true, line)?,
            StmtKind::Nonlocal(names) => {
                if self.kind() == ScopeKind::Module {
                    return Err(err(
                        "nonlocal declaration not allowed at module level",
                        line,
                    ));
                }
                self.declare(names, false, line)?;
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
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
        self.scope().is_coroutine = fd.is_async;
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
                let which = if f & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
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

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        let line = e.line;
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target, line)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let prev = self.enter(ScopeKind::Lambda, node_key(e));
                self.params(args, line)?;
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(es) => self.exprs(es)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], "list comprehension")?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], "set comprehension")?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt], "generator expression")?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value], "dict comprehension")?,
            ExprKind::Await(v) => {
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
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.yield_here(line)?;
                self.opt(v)?;
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(line)?;
                if self.scope().is_coroutine && self.kind() == ScopeKind::Function {
                    return Err(err("'yield from' inside async function", line));
                }
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt(format_spec)?;
            }
            ExprKind::JoinedStr(es) => self.exprs(es)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                if *ctx == Ctx::Load {
                    self.add_def(id, USE, line)?;
                    if id == "super" && self.scope().is_function_like() {
                        self.add_def("__class__", USE, line)?;
                    }
                } else {
                    self.add_def(id, DEF_LOCAL, line)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower)?;
                self.opt(upper)?;
                self.opt(step)?;
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, line: u32) -> Result<(), CompileError> {
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", line)),
            ScopeKind::Comprehension => {
                let kind = self.scope().comp_kind;
                Err(err(format!("'yield' inside {kind}"), line))
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
                            format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
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
            if g.is_async {
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

    fn pattern(&mut self, p: &Pattern, line: u32) -> Result<(), CompileError> {
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
