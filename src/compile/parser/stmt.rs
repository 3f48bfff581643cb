// SPDX-License-Identifier: MIT
//! Statements: simple statements, compound statements and their blocks, parameter lists.
#![forbid(unsafe_code)]

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::super::ast::{
    Alias, AnnAssign, Arg, Arguments, BinOp, ClassDef, Ctx, ExceptHandler, Expr, ExprKind, For,
    FunctionDef, Stmt, StmtKind, WithItem,
};
use super::super::lexer::Tok;
use super::expr::{starts_expr, CompileErrorAt};
use super::target::{aug_target, set_ctx, store_target};
use super::{room_for_one, Parser, Res};

/// `= statement` targets get CPython's hint in their error message.
const ASSIGN_HINT: &str = " here. Maybe you meant '==' instead of '='?";

fn aug_op(t: &Tok) -> Option<BinOp> {
    let Tok::Op(o) = t else { return None };
    Some(match *o {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "@=" => BinOp::MatMul,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        _ => return None,
    })
}

/// A lone `*x` outside a tuple, list, call or subscript: CPython's compiler rejects it.
pub(super) fn no_bare_star(e: Expr) -> Res<Expr> {
    if matches!(e.kind, ExprKind::Starred { .. }) {
        return Err(CompileErrorAt::at(
            "can't use starred expression here",
            e.line,
        ));
    }
    Ok(e)
}

fn stmt(kind: StmtKind, line: u32) -> Stmt {
    Stmt { kind, line }
}

/// Pushes the statement `make` builds. Not inlined: a compound statement's parser is live while
/// its body recurses, and building the [`Stmt`] (56 bytes on a 32-bit target) here instead of
/// there keeps it out of every nested block's stack.
#[inline(never)]
fn push_kind(out: &mut Vec<Stmt>, line: u32, make: impl FnOnce() -> StmtKind) {
    out.push(stmt(make(), line));
}

impl Parser<'_> {
    /// Without coroutines an `async` statement is refused where it starts.
    #[cfg(not(any(feature = "async", test)))]
    fn async_stmt(&mut self, _decorators: Vec<Expr>, _out: &mut Vec<Stmt>) -> Res<()> {
        Err(self.no_async())
    }

    /// statement: compound_stmt | simple_stmts
    ///
    /// Every statement passes through here, the parser's recursion through nested blocks too,
    /// so the frame stays small: the compound statements are parsed in
    /// [`Parser::compound_stmt`] and the simple ones push into `out` themselves, and no
    /// [`Stmt`] is held in this frame (a device's stack is a few KiB; see [`MAX_NESTING`]).
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        self.check_stack()?;
        let compound = match self.peek() {
            Tok::Name(n) => matches!(
                n.as_str(),
                "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async" | "match"
            ),
            Tok::Op("@") => true,
            _ => false,
        };
        if compound && self.compound_stmt(out)? {
            return Ok(());
        }
        self.simple_stmts(out)
    }

    /// compound_stmt: pushes the statement to `out`; false (cursor unmoved) if a `match` line
    /// turns out to be a simple statement.
    #[inline(never)]
    fn compound_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<bool> {
        let line = self.line();
        let kw = match self.peek() {
            Tok::Name(n) => super::hard_keyword(n),
            _ => return self.decorated(out).map(|()| true),
        };
        match kw {
            "if" => self.if_stmt(out)?,
            "while" => self.while_stmt(out)?,
            "for" => self.for_stmt(false, line, out)?,
            "try" => self.try_stmt(out)?,
            "with" => self.with_stmt(false, line, out)?,
            "def" => self.funcdef(Vec::new(), false, out)?,
            "class" => self.classdef(Vec::new(), out)?,
            "async" => self.async_stmt(Vec::new(), out)?,
            _ => return self.match_into(out),
        }
        Ok(true)
    }

    /// A `match` statement pushed to `out`; false (cursor unmoved) if the line is not one.
    #[inline(never)]
    fn match_into(&mut self, out: &mut Vec<Stmt>) -> Res<bool> {
        match self.match_stmt()? {
            Some(s) => {
                out.push(s);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// async_stmt: 'async' (function_def | for_stmt | with_stmt)
    #[cfg(any(feature = "async", test))]
    #[inline(never)]
    fn async_stmt(&mut self, decorators: Vec<Expr>, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        self.bump();
        if self.at_kw("def") {
            return self.funcdef(decorators, true, out);
        }
        if !decorators.is_empty() {
            return Err(self.invalid());
        }
        if self.at_kw("for") {
            return self.for_stmt(true, line, out);
        }
        if self.at_kw("with") {
            return self.with_stmt(true, line, out);
        }
        Err(self.invalid())
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    pub(super) fn block(&mut self, what: &str, line: u32) -> Res<Vec<Stmt>> {
        self.expect_op(":")?;
        let mut body = Vec::new();
        if !matches!(self.peek(), Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !matches!(self.peek(), Tok::Indent) {
            return Err(self.indent_err(&error_text!(
                "expected an indented block",
                "expected an indented block after {} on line {}",
                what,
                line
            )));
        }
        self.bump();
        if self.enter().is_err() {
            return Err(self.indent_err("too many levels of indentation"));
        }
        self.blocks += 1;
        loop {
            match self.peek() {
                Tok::Dedent => {
                    self.bump();
                    break;
                }
                Tok::Eof => break,
                Tok::Indent => return Err(self.indent_err("unexpected indent")),
                Tok::Newline => self.bump(),
                _ => {
                    room_for_one(&mut body)?;
                    self.statement(&mut body)?
                }
            }
        }
        self.blocks -= 1;
        self.leave();
        Ok(body)
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        loop {
            self.simple_stmt(out)?;
            if !self.eat_op(";") {
                break;
            }
            if matches!(self.peek(), Tok::Newline | Tok::Eof) {
                break;
            }
        }
        match self.peek() {
            Tok::Newline => {
                self.bump();
                Ok(())
            }
            Tok::Eof => Ok(()),
            _ => Err(self.invalid()),
        }
    }

    /// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
    ///            | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
    ///            | global_stmt | nonlocal_stmt
    fn simple_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let kw = match self.peek() {
            Tok::Name(n) => super::hard_keyword(n),
            _ => "",
        };
        match kw {
            "return" => self.return_stmt(out),
            "pass" | "break" | "continue" | "raise" | "global" | "nonlocal" | "del" | "assert"
            | "import" | "from" => self.keyword_stmt(kw, out),
            _ => self.expr_stmt(out),
        }
    }

    /// return_stmt: 'return' [star_expressions] (in its own small frame: it is in every
    /// function body, where the nesting is deepest)
    #[inline(never)]
    fn return_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        self.bump();
        let v = if starts_expr(self.peek()) {
            Some(no_bare_star(self.star_expressions()?)?)
        } else {
            None
        };
        push_kind(out, line, move || StmtKind::Return(v));
        Ok(())
    }

    /// The simple statements that start with a keyword (see [`Parser::simple_stmt`]).
    #[inline(never)]
    fn keyword_stmt(&mut self, kw: &str, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        let kind = match kw {
            "pass" => {
                self.bump();
                StmtKind::Pass
            }
            "break" => {
                self.bump();
                StmtKind::Break
            }
            "continue" => {
                self.bump();
                StmtKind::Continue
            }
            "raise" => self.raise_stmt()?,
            "global" | "nonlocal" => self.global_stmt(kw == "global")?,
            "del" => self.del_stmt()?,
            "assert" => self.assert_stmt()?,
            "import" => self.import_stmt()?,
            "from" => self.import_from()?,
            _ => return Err(self.invalid()),
        };
        out.push(stmt(kind, line));
        Ok(())
    }

    /// global_stmt | nonlocal_stmt: ('global' | 'nonlocal') ','.NAME+
    #[inline(never)]
    fn global_stmt(&mut self, global: bool) -> Res<StmtKind> {
        self.bump();
        let mut names = alloc::vec![self.name()?];
        while self.eat_op(",") {
            names.push(self.name()?);
        }
        Ok(if global {
            StmtKind::Global(names)
        } else {
            StmtKind::Nonlocal(names)
        })
    }

    /// assert_stmt: 'assert' expression [',' expression]
    #[inline(never)]
    fn assert_stmt(&mut self) -> Res<StmtKind> {
        self.bump();
        let test = self.expression()?;
        let msg = if self.eat_op(",") {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        Ok(StmtKind::Assert { test, msg })
    }

    /// raise_stmt: 'raise' [expression ['from' expression]]
    #[inline(never)]
    fn raise_stmt(&mut self) -> Res<StmtKind> {
        self.bump();
        if !starts_expr(self.peek()) {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = Some(self.expression()?);
        let cause = if self.eat_kw("from") {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        Ok(StmtKind::Raise { exc, cause })
    }

    /// del_stmt: 'del' del_targets: ','.del_target+ [',']
    #[inline(never)]
    fn del_stmt(&mut self) -> Res<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let mut t = self.bitwise_or()?;
            set_ctx(&mut t, Ctx::Del, "")?;
            targets.push(t);
            if !self.eat_op(",") || !starts_expr(self.peek()) {
                break;
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    /// assignment | star_expressions:
    ///   (star_targets '=')+ (yield_expr | star_expressions)
    /// | single_target augassign (yield_expr | star_expressions)
    /// | single_target ':' expression ['=' annotated_rhs]
    #[inline(never)]
    fn expr_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        let parenthesized = self.at_op("(");
        let first = if self.at_kw("yield") {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if self.at_op("=") {
            return self.assignment(first, line, out);
        }
        if let Some(op) = aug_op(self.peek()) {
            return self.aug_assign(first, op, line, out);
        }
        if self.eat_op(":") {
            return self.ann_assign(first, parenthesized, line, out);
        }
        let is_print = super::super::DETAILED
            && matches!(&first.kind, ExprKind::Name { id, .. } if id == "print");
        if is_print && starts_expr(self.peek()) && !matches!(self.peek(), Tok::Op(_)) {
            return Err(
                self.err("Missing parentheses in call to 'print'. Did you mean print(...)?")
            );
        }
        out.push(stmt(StmtKind::Expr(no_bare_star(first)?), line));
        Ok(())
    }

    /// `(star_targets '=')+ (yield_expr | star_expressions)` after the first target.
    #[inline(never)]
    fn assignment(&mut self, first: Expr, line: u32, out: &mut Vec<Stmt>) -> Res<()> {
        let mut targets = alloc::vec![first];
        let mut value;
        loop {
            self.bump();
            value = self.assign_rhs()?;
            if !self.at_op("=") {
                break;
            }
            targets.push(value);
        }
        let value = no_bare_star(value)?;
        // The hint is CPython's for `target = value` alone, not for a chain of targets.
        let hint = if targets.len() == 1 { ASSIGN_HINT } else { "" };
        for t in targets.iter_mut() {
            store_target(t, hint)?;
        }
        out.push(stmt(StmtKind::Assign { targets, value }, line));
        Ok(())
    }

    /// `single_target augassign (yield_expr | star_expressions)` after the target.
    #[inline(never)]
    fn aug_assign(
        &mut self,
        mut target: Expr,
        op: BinOp,
        line: u32,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        aug_target(&mut target)?;
        self.bump();
        let value = no_bare_star(self.assign_rhs()?)?;
        out.push(stmt(
            StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value,
            },
            line,
        ));
        Ok(())
    }

    /// annotated_rhs: yield_expr | star_expressions
    fn assign_rhs(&mut self) -> Res<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// single_target ':' expression ['=' annotated_rhs]
    #[inline(never)]
    fn ann_assign(
        &mut self,
        mut target: Expr,
        parenthesized: bool,
        line: u32,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        match target.kind {
            ExprKind::Tuple { .. } => {
                return Err(CompileErrorAt::at(
                    detail!(
                        "illegal target for annotation",
                        "only single target (not tuple) can be annotated"
                    ),
                    line,
                ))
            }
            ExprKind::List { .. } => {
                return Err(CompileErrorAt::at(
                    detail!(
                        "illegal target for annotation",
                        "only single target (not list) can be annotated"
                    ),
                    line,
                ))
            }
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            _ => return Err(CompileErrorAt::at("illegal target for annotation", line)),
        }
        let simple = !parenthesized && matches!(target.kind, ExprKind::Name { .. });
        set_ctx(&mut target, Ctx::Store, "")?;
        let annotation = self.expression()?;
        let value = if self.eat_op("=") {
            Some(self.assign_rhs()?)
        } else {
            None
        };
        out.push(stmt(
            StmtKind::AnnAssign(Box::new(AnnAssign {
                target,
                annotation,
                value,
                simple,
            })),
            line,
        ));
        Ok(())
    }

    /// dotted_name: NAME ('.' NAME)*
    fn dotted_name(&mut self) -> Res<String> {
        let mut s = self.name()?;
        while self.eat_op(".") {
            s.push('.');
            s.push_str(&self.name()?);
        }
        Ok(s)
    }

    fn as_name(&mut self) -> Res<Option<String>> {
        if self.eat_kw("as") {
            Ok(Some(self.name()?))
        } else {
            Ok(None)
        }
    }

    /// import_name: 'import' ','.(dotted_name ['as' NAME])+
    #[inline(never)]
    fn import_stmt(&mut self) -> Res<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            names.push(Alias { name, asname });
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    /// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    #[inline(never)]
    fn import_from(&mut self) -> Res<StmtKind> {
        self.bump();
        let mut level: u32 = 0;
        loop {
            if self.eat_op(".") {
                level = level.saturating_add(1);
            } else if self.eat_op("...") {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if self.at_kw("import") && level > 0 {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw("import")?;
        let mut names = Vec::new();
        if self.eat_op("*") {
            names.push(Alias {
                name: String::from("*"),
                asname: None,
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat_op("(");
        loop {
            let name = self.name()?;
            let asname = self.as_name()?;
            names.push(Alias { name, asname });
            if !self.eat_op(",") {
                break;
            }
            if parens && self.at_op(")") {
                break;
            }
            if super::super::DETAILED && !parens && !self.at_name() {
                return Err(self.err("trailing comma not allowed without surrounding parentheses"));
            }
        }
        if parens {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    #[inline(never)]
    fn if_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        self.bump();
        let test = self.named_expression()?;
        let body = self.block("'if' statement", line)?;
        // The `elif` branches are read in a loop, not by recursion, so a long chain costs no
        // stack here; each becomes an `If` in the `orelse` of the one before, as in CPython.
        let mut orelse = Vec::new();
        let mut tail = &mut orelse;
        while self.at_kw("elif") {
            let elif_line = self.line();
            self.bump();
            let elif_test = self.named_expression()?;
            let elif_body = self.block("'elif' statement", elif_line)?;
            let branch = StmtKind::If {
                test: elif_test,
                body: elif_body,
                orelse: Vec::new(),
            };
            tail.push(stmt(branch, elif_line));
            tail = match tail.last_mut() {
                Some(Stmt {
                    kind: StmtKind::If { orelse, .. },
                    ..
                }) => orelse,
                _ => return Err(self.invalid()),
            };
        }
        *tail = self.else_block()?;
        push_kind(out, line, move || StmtKind::If { test, body, orelse });
        Ok(())
    }

    /// else_block: 'else' ':' block
    fn else_block(&mut self) -> Res<Vec<Stmt>> {
        let line = self.line();
        if self.eat_kw("else") {
            self.block("'else' statement", line)
        } else {
            Ok(Vec::new())
        }
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    #[inline(never)]
    fn while_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        self.bump();
        let test = self.named_expression()?;
        let body = self.block("'while' statement", line)?;
        let orelse = self.else_block()?;
        push_kind(out, line, move || StmtKind::While { test, body, orelse });
        Ok(())
    }

    /// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
    #[inline(never)]
    fn for_stmt(&mut self, is_async: bool, line: u32, out: &mut Vec<Stmt>) -> Res<()> {
        self.bump();
        let target = self.target_list("in")?;
        self.expect_kw("in")?;
        let iter = no_bare_star(self.star_expressions()?)?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        push_kind(out, line, move || {
            StmtKind::For(Box::new(For {
                target,
                iter,
                body,
                orelse,
                is_async,
            }))
        });
        Ok(())
    }

    /// with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
    #[inline(never)]
    fn with_stmt(&mut self, is_async: bool, line: u32, out: &mut Vec<Stmt>) -> Res<()> {
        self.bump();
        let mut items = None;
        // Where the parenthesised form stopped, if it read up to its ')'.
        let mut beyond = None;
        if self.at_op("(") {
            let save = self.mark();
            self.bump();
            if let Ok(v) = self.with_items(true) {
                if self.eat_op(")") {
                    if self.at_op(":") {
                        items = Some(v);
                    } else {
                        beyond = Some(self.invalid());
                    }
                }
            }
            self.release(save, items.is_none());
        }
        let items = match items {
            Some(v) => v,
            // As a PEG parser does, the error is the one found furthest into the line.
            None => self.with_items(false).map_err(|e| match beyond {
                Some(b) if (b.line, b.col) > (e.line, e.col) => b,
                _ => e,
            })?,
        };
        let body = self.block("'with' statement", line)?;
        push_kind(out, line, move || StmtKind::With {
            items,
            body,
            is_async,
        });
        Ok(())
    }

    /// with_item: expression ['as' star_target]
    fn with_items(&mut self, parens: bool) -> Res<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context_expr = self.expression()?;
            let optional_vars = if self.eat_kw("as") {
                let mut t = self.star_target_single()?;
                store_target(&mut t, "")?;
                Some(t)
            } else {
                None
            };
            items.push(WithItem {
                context_expr,
                optional_vars,
            });
            if !self.eat_op(",") {
                break;
            }
            if parens && self.at_op(")") {
                break;
            }
        }
        Ok(items)
    }

    fn star_target_single(&mut self) -> Res<Expr> {
        self.bitwise_or()
    }

    /// try_stmt: 'try' ':' block (finally_block | except_block+ [else_block] [finally_block]
    ///         | except_star_block+ [else_block] [finally_block])
    #[inline(never)]
    fn try_stmt(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        self.bump();
        let body = self.block("'try' statement", line)?;
        let mut handlers = Vec::new();
        let mut is_star = None;
        while self.at_kw("except") {
            let (h, star) = self.except_block()?;
            if is_star.is_some_and(|s| s != star) {
                return Err(CompileErrorAt::at(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    h.line,
                ));
            }
            is_star = Some(star);
            handlers.push(h);
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let fline = self.line();
        let finalbody = if self.eat_kw("finally") {
            self.block("'finally' statement", fline)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if !super::super::DETAILED {
                return Err(self.invalid());
            }
            return Err(self.err("expected 'except' or 'finally' block"));
        }
        let is_star = is_star.unwrap_or(false);
        push_kind(out, line, move || StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        });
        Ok(())
    }

    /// except_block: 'except' ['*'] [expression ['as' NAME]] ':' block
    fn except_block(&mut self) -> Res<(ExceptHandler, bool)> {
        let line = self.line();
        self.bump();
        let star = self.eat_op("*");
        if star && !cfg!(any(feature = "except-star", test)) {
            return Err(CompileErrorAt::at(
                "except* not supported in this build",
                line,
            ));
        }
        let mut typ = None;
        let mut name = None;
        if !self.at_op(":") {
            let t = self.expression()?;
            if super::super::DETAILED && self.at_op(",") {
                return Err(self.err("multiple exception types must be parenthesized"));
            }
            typ = Some(t);
            name = self.as_name()?;
        } else if star && super::super::DETAILED {
            return Err(self.err("expected one or more exception types"));
        }
        let what = if star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block(what, line)?;
        Ok((
            ExceptHandler {
                typ,
                name,
                body,
                line,
            },
            star,
        ))
    }

    /// decorators: ('@' named_expression NEWLINE)+ (class_def | function_def)
    #[inline(never)]
    fn decorated(&mut self, out: &mut Vec<Stmt>) -> Res<()> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !matches!(self.peek(), Tok::Newline) {
                return Err(self.invalid());
            }
            self.bump();
        }
        if self.at_kw("def") {
            self.funcdef(decorators, false, out)
        } else if self.at_kw("class") {
            self.classdef(decorators, out)
        } else if self.at_kw("async") {
            self.async_stmt(decorators, out)
        } else {
            Err(self.invalid())
        }
    }

    /// function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
    #[inline(never)]
    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, out: &mut Vec<Stmt>) -> Res<()> {
        let def_line = self.line();
        let mut f = self.def_header(decorators, is_async)?;
        f.body = self.block("function definition", def_line)?;
        push_kind(out, def_line, move || StmtKind::FunctionDef(f));
        Ok(())
    }

    /// `'def' NAME '(' [params] ')' ['->' expression]`: the definition with an empty body (the
    /// parameters are parsed in this frame, which is gone before the body recurses).
    #[inline(never)]
    fn def_header(&mut self, decorators: Vec<Expr>, is_async: bool) -> Res<Box<FunctionDef>> {
        self.bump();
        let name = self.name()?;
        self.expect_op("(")?;
        let args = self.parameters(false)?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Box::new(FunctionDef {
            name,
            args,
            body: Vec::new(),
            decorators,
            returns,
            is_async,
        }))
    }

    /// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
    #[inline(never)]
    fn classdef(&mut self, decorators: Vec<Expr>, out: &mut Vec<Stmt>) -> Res<()> {
        let line = self.line();
        let mut c = self.class_header(decorators)?;
        c.body = self.block("class definition", line)?;
        push_kind(out, line, move || StmtKind::ClassDef(c));
        Ok(())
    }

    /// `'class' NAME ['(' [arguments] ')']`: the definition with an empty body.
    #[inline(never)]
    fn class_header(&mut self, decorators: Vec<Expr>) -> Res<Box<ClassDef>> {
        self.bump();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat_op("(") {
            // Parsed as call arguments so that bases and keywords obey the call rules.
            self.enter()?;
            (bases, keywords) = self.arguments()?;
            self.leave();
        }
        Ok(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body: Vec::new(),
            decorators,
        }))
    }

    /// params / lambda_params: the parameter list of a `def` (up to `)`) or a `lambda` (up to
    /// `:`), with `/`, `*`, `*args`, keyword-only parameters, `**kwargs`, defaults and (for
    /// `def`) annotations. Duplicate names are rejected here.
    pub(super) fn parameters(&mut self, lambda: bool) -> Res<Arguments> {
        let close = if lambda { ":" } else { ")" };
        let mut a = Arguments::default();
        let mut seen_star = false;
        let mut names: Vec<String> = Vec::new();
        while !self.at_op(close) {
            let line = self.line();
            if self.eat_op("/") {
                if seen_star || !a.posonlyargs.is_empty() {
                    return Err(CompileErrorAt::at(
                        detail!("invalid syntax", "/ may appear only once"),
                        line,
                    ));
                }
                if a.args.is_empty() {
                    return Err(CompileErrorAt::at(
                        detail!("invalid syntax", "at least one argument must precede /"),
                        line,
                    ));
                }
                a.posonlyargs = core::mem::take(&mut a.args);
            } else if self.eat_op("**") {
                let p = self.param(lambda, &mut names)?;
                a.kwarg = Some(p);
                self.eat_op(",");
                if !self.at_op(close) {
                    return Err(self.err(detail!(
                        "invalid syntax",
                        "arguments cannot follow var-keyword argument"
                    )));
                }
                break;
            } else if self.eat_op("*") {
                if seen_star {
                    return Err(CompileErrorAt::at(
                        detail!("invalid syntax", "* argument may appear only once"),
                        line,
                    ));
                }
                seen_star = true;
                if self.at_op(",") {
                    if matches!(&self.tok_at(1).tok, Tok::Op(o) if *o == close || *o == "**") {
                        return Err(CompileErrorAt::at(
                            detail!("invalid syntax", "named arguments must follow bare *"),
                            line,
                        ));
                    }
                } else if self.at_op(close) {
                    return Err(CompileErrorAt::at(
                        detail!("invalid syntax", "named arguments must follow bare *"),
                        line,
                    ));
                } else {
                    a.vararg = Some(self.param(lambda, &mut names)?);
                }
            } else {
                let p = self.param(lambda, &mut names)?;
                let default = if self.eat_op("=") {
                    Some(self.expression()?)
                } else {
                    None
                };
                if seen_star {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return Err(CompileErrorAt::at(
                                "non-default argument follows default argument",
                                line,
                            ))
                        }
                        None => {}
                    }
                    a.args.push(p);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(a)
    }

    /// param: NAME [':' expression] (no annotation in a lambda)
    fn param(&mut self, lambda: bool, names: &mut Vec<String>) -> Res<Arg> {
        let line = self.line();
        let name = self.name()?;
        // (Without `detailed-errors` the scope pass reports the duplicate, after the parse.)
        if super::super::DETAILED {
            if names.contains(&name) {
                return Err(CompileErrorAt::at(
                    format!("duplicate argument '{}' in function definition", name),
                    line,
                ));
            }
            names.push(name.clone());
        }
        let annotation = if !lambda && self.eat_op(":") {
            Some(self.star_expression()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            line,
        })
    }
}
