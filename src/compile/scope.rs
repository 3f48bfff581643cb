// SPDX-License-Identifier: MIT
//! Scope analysis: the pass between the parser and the code generator.
//!
//! Walks the AST once, building a [`Scope`] per module, class, function, lambda and
//! comprehension with every name used or bound in it, then decides for each name whether it is
//! local, global (explicitly or implicitly), free (from an enclosing function) or a cell
//! (captured by an inner function). It follows CPython's `symtable.c`: class scopes do not
//! provide bindings to nested functions, `super`/`__class__` in a method create a `__class__`
//! cell in the class, and `__private` names are mangled inside classes.
//! Scopes are keyed by the address of their AST node, which the code generator looks up.
#![forbid(unsafe_code)]

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::ast::*;
use super::CompileError;

/// Bound by assignment, `del`, `for`, `import`, `def`, `class`, `except as`, a pattern.
pub const DEF_LOCAL: u16 = 1;
/// Declared `global`.
pub const DEF_GLOBAL: u16 = 2;
/// Declared `nonlocal`.
pub const DEF_NONLOCAL: u16 = 4;
/// A parameter.
pub const DEF_PARAM: u16 = 8;
/// Read.
pub const USE: u16 = 16;
/// Bound in a class body and free in a method: passed through as a free variable.
pub const DEF_FREE_CLASS: u16 = 32;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u16 = 64;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM;

/// What kind of code a scope compiles to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module (or eval/REPL input).
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// Where a name lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// A local of this scope (fast local in functions, namespace entry otherwise).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: a global or builtin.
    GlobalImplicit,
    /// A cell received from an enclosing function.
    Free,
    /// A local captured by an inner function.
    Cell,
}

/// One name of a scope.
#[derive(Debug, Clone)]
pub struct Symbol {
    /// The (mangled) name.
    pub name: String,
    /// `DEF_*`/`USE` bits.
    pub flags: u16,
    /// The result of the analysis.
    pub binding: Binding,
    /// The line of its `global`/`nonlocal` declaration or first appearance (for errors).
    pub line: u32,
}

/// The symbols of one code object.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Its kind.
    pub kind: ScopeKind,
    /// The enclosing scope (None for the module).
    pub parent: Option<usize>,
    /// Symbols in order of first appearance (parameters first).
    pub symbols: Vec<Symbol>,
    index: BTreeMap<String, usize>,
    /// Parameter names in declaration order (mangled).
    pub params: Vec<String>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or a comprehension containing `async for`/`await`.
    pub is_coroutine: bool,
    /// A class body whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// The name of the innermost enclosing class, for mangling.
    pub private: Option<String>,
    /// Nested inside a function (for the NESTED flag).
    pub nested: bool,
    /// For comprehensions, what CPython calls it in errors (`list comprehension`...).
    pub comp_kind: &'static str,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>, private: Option<String>, nested: bool) -> Scope {
        Scope {
            kind,
            parent,
            symbols: Vec::new(),
            index: BTreeMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            private,
            nested,
            comp_kind: "",
        }
    }

    /// The symbol for an (already mangled) name.
    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).and_then(|&i| self.symbols.get(i))
    }

    /// Whether this scope uses fast locals (functions, lambdas, comprehensions).
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// Names whose binding matches `pred`, sorted (CPython's cellvar/freevar order).
    pub fn sorted_names(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| pred(s))
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }

    fn flags(&self, name: &str) -> u16 {
        self.get(name).map_or(0, |s| s.flags)
    }
}

/// All scopes of a module; index 0 is the module.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    /// The scopes, parents before children.
    pub scopes: Vec<Scope>,
    by_node: BTreeMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created for the AST node at address `key` (see [`node_key`]).
    pub fn scope_of(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }
}

/// The key of an AST node: its address, stable while the AST is borrowed.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds and analyses the symbol table of `module`.
pub fn analyze(module: &Module) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        st: SymbolTable {
            scopes: alloc::vec![Scope::new(ScopeKind::Module, None, None, false)],
            by_node: BTreeMap::new(),
        },
        cur: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut free = BTreeSet::new();
    analyze_block(&mut b.st, 0, &BTreeSet::new(), &mut free, &BTreeSet::new())?;
    Ok(b.st)
}

struct Builder {
    st: SymbolTable,
    cur: usize,
}

fn err(msg: impl Into<String>, line: u32) -> CompileError {
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

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(fd) => {
                self.add_def(&fd.name, DEF_LOCAL, line)?;
                self.exprs(&fd.decorators)?;
                self.arg_defaults(&fd.args)?;
                self.annotations(&fd.args)?;
                if let Some(r) = &fd.returns {
                    self.expr(r)?;
                }
                let prev = self.enter(ScopeKind::Function, node_key(&**fd));
                self.scope().is_coroutine = fd.is_async;
                self.params(&fd.args, line)?;
                self.stmts(&fd.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(cd) => {
                self.add_def(&cd.name, DEF_LOCAL, line)?;
                self.exprs(&cd.bases)?;
                for k in &cd.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&cd.decorators)?;
                let prev = self.enter(ScopeKind::Class, node_key(&**cd));
                self.scope().private = Some(cd.name.clone());
                self.stmts(&cd.body)?;
                self.cur = prev;
            }
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
            } => {
                if let (ExprKind::Name { id, .. }, true) = (&target.kind, *simple) {
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
            }
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

/// Every parameter, in `varnames` order.
pub fn all_args(a: &Arguments) -> impl Iterator<Item = &Arg> {
    a.posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.kwonlyargs)
        .chain(&a.vararg)
        .chain(&a.kwarg)
}

type Names = BTreeSet<String>;

/// CPython's `analyze_block`: resolves every symbol of `id` and its children. `free` collects
/// the names free in this block (for the parent).
fn analyze_block(
    st: &mut SymbolTable,
    id: usize,
    bound: &Names,
    free: &mut Names,
    global: &Names,
) -> Result<(), CompileError> {
    let Some(scope) = st.scopes.get(id) else {
        return Ok(());
    };
    let kind = scope.kind;
    let mut bound = bound.clone();
    let mut global = global.clone();
    let mut local = Names::new();
    let mut bindings: Vec<Binding> = Vec::with_capacity(scope.symbols.len());
    for sym in &scope.symbols {
        let (n, f) = (&sym.name, sym.flags);
        let b = if f & DEF_GLOBAL != 0 {
            if f & DEF_NONLOCAL != 0 {
                return Err(err(format!("name '{n}' is nonlocal and global"), sym.line));
            }
            global.insert(n.clone());
            bound.remove(n);
            Binding::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(n) {
                return Err(err(
                    format!("no binding for nonlocal '{n}' found"),
                    sym.line,
                ));
            }
            free.insert(n.clone());
            Binding::Free
        } else if f & DEF_BOUND != 0 {
            local.insert(n.clone());
            global.remove(n);
            Binding::Local
        } else if bound.contains(n) {
            free.insert(n.clone());
            Binding::Free
        } else {
            Binding::GlobalImplicit
        };
        bindings.push(b);
    }
    let mut newbound = Names::new();
    let newglobal = global.clone();
    if kind == ScopeKind::Class {
        newbound.extend(bound.iter().cloned());
        newbound.insert("__class__".into());
    } else {
        if kind != ScopeKind::Module {
            newbound.extend(local.iter().cloned());
        }
        newbound.extend(bound.iter().cloned());
    }
    let children: Vec<usize> = (0..st.scopes.len())
        .filter(|&c| st.scopes.get(c).and_then(|s| s.parent) == Some(id))
        .collect();
    let mut newfree = Names::new();
    for c in children {
        let mut child_free = Names::new();
        analyze_block(st, c, &newbound, &mut child_free, &newglobal)?;
        newfree.extend(child_free);
    }
    let Some(scope) = st.scopes.get_mut(id) else {
        return Ok(());
    };
    for (sym, b) in scope.symbols.iter_mut().zip(bindings) {
        sym.binding = b;
    }
    if scope.is_function_like() {
        // Locals captured by children become cells.
        for sym in scope.symbols.iter_mut() {
            if sym.binding == Binding::Local && newfree.remove(&sym.name) {
                sym.binding = Binding::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scope.needs_class_closure = true;
    }
    // Names free in children but not resolved here pass through as free variables.
    for n in &newfree {
        match scope.index.get(n).and_then(|&i| scope.symbols.get_mut(i)) {
            Some(sym) => {
                if kind == ScopeKind::Class && sym.binding != Binding::Free {
                    sym.flags |= DEF_FREE_CLASS;
                } else if matches!(sym.binding, Binding::GlobalImplicit) {
                    sym.binding = Binding::Free;
                }
            }
            None => {
                if kind == ScopeKind::Module {
                    continue;
                }
                scope.index.insert(n.clone(), scope.symbols.len());
                scope.symbols.push(Symbol {
                    name: n.clone(),
                    flags: 0,
                    binding: Binding::Free,
                    line: 0,
                });
            }
        }
    }
    if kind != ScopeKind::Module {
        free.extend(newfree);
    }
    Ok(())
}
