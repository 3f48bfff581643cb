// SPDX-License-Identifier: MIT
//! Expressions: precedence climbing for the operators, recursive descent for the rest.
#![forbid(unsafe_code)]

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::super::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Ctx, Expr, ExprKind, Keyword, UnaryOp,
};
use super::super::lexer::Tok;
use super::{is_keyword, mk, push, Parser, Res};

// Binding powers, loosest first (the Python reference's precedence table).
const P_OR: u8 = 1;
const P_AND: u8 = 2;
const P_NOT: u8 = 3;
const P_CMP: u8 = 4;
/// `bitwise_or`: the level of targets and starred operands.
pub(super) const P_BITOR: u8 = 5;
const P_UNARY: u8 = 11;

/// The binding power and operator of a binary (non-boolean, non-comparison) operator token.
fn bin_op(t: &Tok) -> Option<(u8, BinOp)> {
    let Tok::Op(o) = t else { return None };
    Some(match *o {
        "|" => (5, BinOp::BitOr),
        "^" => (6, BinOp::BitXor),
        "&" => (7, BinOp::BitAnd),
        "<<" => (8, BinOp::LShift),
        ">>" => (8, BinOp::RShift),
        "+" => (9, BinOp::Add),
        "-" => (9, BinOp::Sub),
        "*" => (10, BinOp::Mul),
        "/" => (10, BinOp::Div),
        "//" => (10, BinOp::FloorDiv),
        "%" => (10, BinOp::Mod),
        "@" => (10, BinOp::MatMul),
        _ => return None,
    })
}

/// Whether a token can start an expression (used after `yield`, `return`, ...).
pub(super) fn starts_expr(t: &Tok) -> bool {
    match t {
        Tok::Name(n) => {
            !is_keyword(n)
                || matches!(
                    n.as_str(),
                    "None" | "True" | "False" | "not" | "lambda" | "await" | "yield"
                )
        }
        Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "*" | "..."),
        Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Eof => false,
        _ => true,
    }
}

impl Parser<'_> {
    /// expression: disjunction ['if' disjunction 'else' expression] | lambdef
    pub(super) fn expression(&mut self) -> Res<Expr> {
        if self.at_kw("lambda") {
            return self.lambdef();
        }
        // The result is returned as it came whenever possible (no `?` and re-wrapping), so
        // it is built in the caller's slot: each copy is 40 bytes of stack per nesting level.
        let start = (self.line(), self.tok_at(0).col);
        let r = self.binary(P_OR);
        if r.is_err() || !self.at_kw("if") {
            return r;
        }
        match r {
            Ok(body) => self.ternary(body, start),
            e => e,
        }
    }

    /// The `'if' disjunction 'else' expression` tail of a conditional expression.
    #[inline(never)]
    fn ternary(&mut self, body: Expr, start: (u32, u32)) -> Res<Expr> {
        self.bump();
        let test = self.binary(P_OR)?;
        if !self.eat_kw("else") {
            if !super::super::DETAILED {
                return Err(self.invalid());
            }
            // Reported where the conditional expression starts, as CPython does.
            let msg = "expected 'else' after 'if' expression";
            return Err(super::super::CompileError::syntax(msg, start.0, start.1));
        }
        self.enter()?;
        let orelse = self.expression()?;
        self.leave();
        let line = body.line;
        Ok(mk(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            line,
        ))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    #[inline(never)]
    fn lambdef(&mut self) -> Res<Expr> {
        let line = self.line();
        self.bump();
        let args = self.parameters(true)?;
        // Not "expected ':'": CPython keeps that message for the compound statements.
        if !self.eat_op(":") {
            return Err(self.invalid());
        }
        self.enter()?;
        let body = self.expression()?;
        self.leave();
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            line,
        ))
    }

    /// named_expression: NAME ':=' expression | expression !':='
    pub(super) fn named_expression(&mut self) -> Res<Expr> {
        if self.at_name() && matches!(self.peek2(), Tok::Op(":=")) {
            return self.walrus();
        }
        let r = self.expression();
        if let Ok(e) = &r {
            if super::super::DETAILED && self.at_op(":=") {
                return Err(self.walrus_error(e));
            }
        }
        r
    }

    #[inline(never)]
    fn walrus_error(&self, e: &Expr) -> super::super::CompileError {
        self.err(format!(
            "cannot use assignment expressions with {}",
            super::target::describe(e)
        ))
    }

    /// NAME ':=' expression
    #[inline(never)]
    fn walrus(&mut self) -> Res<Expr> {
        let line = self.line();
        let id = self.name()?;
        self.bump();
        let value = self.expression()?;
        let target = mk(
            ExprKind::Name {
                id,
                ctx: Ctx::Store,
            },
            line,
        );
        Ok(mk(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            line,
        ))
    }

    /// star_expressions: star_expression (',' star_expression)* [',']
    pub(super) fn star_expressions(&mut self) -> Res<Expr> {
        let line = self.line();
        let first = self.star_expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if !starts_expr(self.peek()) {
                break;
            }
            push(&mut elts, self.star_expression()?)?;
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// star_expression: '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> Res<Expr> {
        if self.at_op("*") {
            return self.starred();
        }
        self.expression()
    }

    fn starred(&mut self) -> Res<Expr> {
        let line = self.line();
        self.bump();
        let value = self.binary(P_BITOR)?;
        Ok(mk(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    pub(super) fn star_named_expression(&mut self) -> Res<Expr> {
        if self.at_op("*") {
            return self.starred();
        }
        self.named_expression()
    }

    /// disjunction: conjunction ('or' conjunction)*
    pub(super) fn disjunction(&mut self) -> Res<Expr> {
        self.binary(P_OR)
    }

    /// bitwise_or: the operand level of targets and `*` operands.
    pub(super) fn bitwise_or(&mut self) -> Res<Expr> {
        self.binary(P_BITOR)
    }

    /// Precedence climbing over disjunction, conjunction, inversion, comparison, bitwise_or,
    /// bitwise_xor, bitwise_and, shift_expr, sum, term and factor: parses operators binding at
    /// least as tightly as `min`.
    pub(super) fn binary(&mut self, min: u8) -> Res<Expr> {
        self.check_stack()?;
        let r = self.prefix(min);
        let infix = match self.peek() {
            Tok::Op(_) => bin_op(self.peek()).is_some() || self.cmp_op().is_some(),
            Tok::Name(n) => matches!(n.as_str(), "or" | "and" | "not" | "in" | "is"),
            _ => false,
        };
        if r.is_err() || !infix {
            return r;
        }
        match r {
            Ok(left) => self.infix(left, min),
            e => e,
        }
    }

    /// The operators after a left operand (see [`Parser::binary`]).
    #[inline(never)]
    fn infix(&mut self, mut left: Expr, min: u8) -> Res<Expr> {
        loop {
            let line = left.line;
            let boolop = if min <= P_OR && self.at_kw("or") {
                Some((BoolOp::Or, "or", P_OR))
            } else if min <= P_AND && self.at_kw("and") {
                Some((BoolOp::And, "and", P_AND))
            } else {
                None
            };
            if let Some((op, kw, prec)) = boolop {
                let mut values = vec![left];
                while self.eat_kw(kw) {
                    values.push(self.binary(prec + 1)?);
                }
                left = mk(ExprKind::BoolOp { op, values }, line);
                continue;
            }
            if min <= P_CMP && self.cmp_op().is_some() {
                left = self.comparison(left)?;
                continue;
            }
            let Some((prec, op)) = bin_op(self.peek()) else {
                break;
            };
            if prec < min {
                break;
            }
            self.bump();
            let right = self.binary(prec + 1)?;
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                line,
            );
        }
        Ok(left)
    }

    /// The comparison operator at the cursor and how many tokens it spans.
    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            Tok::Op("==") => (CmpOp::Eq, 1),
            Tok::Op("!=") => (CmpOp::NotEq, 1),
            Tok::Op("<") => (CmpOp::Lt, 1),
            Tok::Op("<=") => (CmpOp::LtE, 1),
            Tok::Op(">") => (CmpOp::Gt, 1),
            Tok::Op(">=") => (CmpOp::GtE, 1),
            Tok::Name(n) if n == "in" => (CmpOp::In, 1),
            Tok::Name(n) if n == "not" && matches!(self.peek2(), Tok::Name(m) if m == "in") => {
                (CmpOp::NotIn, 2)
            }
            Tok::Name(n) if n == "is" => {
                if matches!(self.peek2(), Tok::Name(m) if m == "not") {
                    (CmpOp::IsNot, 2)
                } else {
                    (CmpOp::Is, 1)
                }
            }
            _ => return None,
        })
    }

    /// comparison: bitwise_or (compare_op bitwise_or)+
    fn comparison(&mut self, left: Expr) -> Res<Expr> {
        let line = left.line;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            self.bump_by(n);
            ops.push(op);
            comparators.push(self.binary(P_BITOR)?);
        }
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            line,
        ))
    }

    /// inversion: 'not' inversion | comparison; factor: ('+' | '-' | '~') factor | power
    fn prefix(&mut self, min: u8) -> Res<Expr> {
        let line = self.line();
        let (op, prec) = match self.peek() {
            Tok::Name(n) if n == "not" && min <= P_NOT => (UnaryOp::Not, P_NOT),
            Tok::Op("-") => (UnaryOp::USub, P_UNARY),
            Tok::Op("+") => (UnaryOp::UAdd, P_UNARY),
            Tok::Op("~") => (UnaryOp::Invert, P_UNARY),
            _ => return self.power(),
        };
        self.unary(op, prec, line)
    }

    #[inline(never)]
    fn unary(&mut self, op: UnaryOp, prec: u8, line: u32) -> Res<Expr> {
        self.bump();
        self.enter()?;
        let operand = self.binary(prec)?;
        self.leave();
        Ok(mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            line,
        ))
    }

    /// Without coroutines `await` is refused where it appears.
    #[cfg(not(any(feature = "async", test)))]
    fn await_primary(&mut self) -> Res<Expr> {
        Err(self.no_async())
    }

    /// power: await_primary '**' factor | await_primary
    /// await_primary: 'await' primary | primary
    fn power(&mut self) -> Res<Expr> {
        let r = if self.at_kw("await") {
            self.await_primary()
        } else {
            self.primary()
        };
        if r.is_err() || !self.at_op("**") {
            return r;
        }
        match r {
            Ok(base) => self.pow_tail(base),
            e => e,
        }
    }

    #[cfg(any(feature = "async", test))]
    #[inline(never)]
    fn await_primary(&mut self) -> Res<Expr> {
        let line = self.line();
        self.bump();
        self.enter()?;
        let v = self.primary()?;
        self.leave();
        Ok(mk(ExprKind::Await(Box::new(v)), line))
    }

    /// '**' factor
    #[inline(never)]
    fn pow_tail(&mut self, base: Expr) -> Res<Expr> {
        let line = base.line;
        self.bump();
        self.enter()?;
        let exp = self.binary(P_UNARY)?;
        self.leave();
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(base),
                op: BinOp::Pow,
                right: Box::new(exp),
            },
            line,
        ))
    }

    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///        | primary '[' slices ']' | atom
    pub(super) fn primary(&mut self) -> Res<Expr> {
        let r = self.atom();
        if r.is_err() || !matches!(self.peek(), Tok::Op("." | "(" | "[")) {
            return r;
        }
        match r {
            Ok(e) => self.trailers(e),
            e => e,
        }
    }

    /// The `.name`, `(args)` and `[slices]` after an atom.
    #[inline(never)]
    fn trailers(&mut self, mut e: Expr) -> Res<Expr> {
        loop {
            e = match self.peek() {
                Tok::Op(".") => self.attr_trailer(e)?,
                Tok::Op("(") => self.call_trailer(e)?,
                Tok::Op("[") => self.subscript_trailer(e)?,
                _ => return Ok(e),
            };
        }
    }

    /// '.' NAME
    #[inline(never)]
    fn attr_trailer(&mut self, e: Expr) -> Res<Expr> {
        let line = e.line;
        self.bump();
        let attr = self.name()?;
        Ok(mk(
            ExprKind::Attribute {
                value: Box::new(e),
                attr,
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// '(' [arguments] ')'
    #[inline(never)]
    fn call_trailer(&mut self, e: Expr) -> Res<Expr> {
        let line = e.line;
        self.bump();
        self.enter()?;
        let (args, keywords) = self.arguments()?;
        self.leave();
        Ok(mk(
            ExprKind::Call {
                func: Box::new(e),
                args,
                keywords,
            },
            line,
        ))
    }

    /// '[' slices ']'
    #[inline(never)]
    fn subscript_trailer(&mut self, e: Expr) -> Res<Expr> {
        let line = e.line;
        self.bump();
        self.enter()?;
        let slice = self.slices()?;
        self.leave();
        Ok(mk(
            ExprKind::Subscript {
                value: Box::new(e),
                slice: Box::new(slice),
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// arguments: (positional | '*' expression | NAME '=' expression | '**' expression),* ')'
    /// with a lone generator expression allowed as `f(x for x in y)`.
    pub(super) fn arguments(&mut self) -> Res<(Vec<Expr>, Vec<Keyword>)> {
        let mut st = ArgState::default();
        while !self.at_op(")") {
            let special = matches!(self.peek(), Tok::Op("*" | "**"))
                || (matches!(self.peek(), Tok::Name(_)) && matches!(self.peek2(), Tok::Op("=")));
            if special {
                self.special_argument(&mut st)?;
            } else {
                let e = self.named_expression()?;
                self.positional_argument(&mut st, e)?;
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")?;
        Ok((st.args, st.keywords))
    }

    /// '*' expression | '**' expression | NAME '=' expression
    #[inline(never)]
    fn special_argument(&mut self, st: &mut ArgState) -> Res<()> {
        if self.at_op("*") {
            if st.seen_kwunpack {
                return Err(
                    self.err("iterable argument unpacking follows keyword argument unpacking")
                );
            }
            let line = self.line();
            self.bump();
            let value = Box::new(self.expression()?);
            let ctx = Ctx::Load;
            st.args.push(mk(ExprKind::Starred { value, ctx }, line));
        } else if self.eat_op("**") {
            let value = self.expression()?;
            st.keywords.push(Keyword { arg: None, value });
            st.seen_kwunpack = true;
        } else {
            self.keyword_argument(&mut st.keywords)?;
            st.seen_kw = true;
        }
        Ok(())
    }

    /// A positional argument (or the lone generator expression of `f(x for x in y)`).
    #[inline(never)]
    fn positional_argument(&mut self, st: &mut ArgState, mut e: Expr) -> Res<()> {
        if self.at_comprehension() {
            let line = e.line;
            let generators = self.comprehension_clauses()?;
            let alone = st.args.is_empty() && st.keywords.is_empty() && self.at_op(")");
            if !alone {
                return Err(CompileErrorAt::genexp(line));
            }
            e = mk(
                ExprKind::GeneratorExp {
                    elt: Box::new(e),
                    generators,
                },
                line,
            );
        }
        if super::super::DETAILED && self.at_op("=") {
            return Err(self.err("expression cannot contain assignment, perhaps you meant \"==\"?"));
        }
        if st.seen_kwunpack {
            return Err(self.err("positional argument follows keyword argument unpacking"));
        }
        if st.seen_kw {
            return Err(self.err("positional argument follows keyword argument"));
        }
        push(&mut st.args, e)?;
        Ok(())
    }

    /// kwarg: NAME '=' expression
    fn keyword_argument(&mut self, keywords: &mut Vec<Keyword>) -> Res<()> {
        let Tok::Name(n) = self.peek().clone() else {
            return Err(self.invalid());
        };
        if super::super::DETAILED && matches!(n.as_str(), "True" | "False" | "None") {
            return Err(self.err(format!("cannot assign to {}", n)));
        }
        let name = self.name()?;
        self.bump();
        let value = self.expression()?;
        if keywords
            .iter()
            .any(|k| k.arg.as_deref() == Some(name.as_str()))
        {
            return Err(CompileErrorAt::at(
                error_text!(
                    "keyword argument repeated",
                    "keyword argument repeated: {}",
                    name
                ),
                value.line,
            ));
        }
        keywords.push(Keyword {
            arg: Some(name),
            value,
        });
        Ok(())
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [','] ']'
    fn slices(&mut self) -> Res<Expr> {
        let line = self.line();
        let first = self.slice_item()?;
        if !self.at_op(",") {
            self.expect_op("]")?;
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            push(&mut elts, self.slice_item()?)?;
        }
        self.expect_op("]")?;
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    fn slice_item(&mut self) -> Res<Expr> {
        let line = self.line();
        if self.at_op("*") {
            return self.starred();
        }
        let lower = if self.at_op(":") {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at_op(":") {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.expect_op(":")?;
        let ends = |p: &Parser| p.at_op(":") || p.at_op(",") || p.at_op("]");
        let upper = if ends(self) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(":") && !ends(self) {
            step = Some(Box::new(self.expression()?));
        }
        Ok(mk(ExprKind::Slice { lower, upper, step }, line))
    }

    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    ///     | list | listcomp | dict | set | dictcomp | setcomp | '...'
    pub(super) fn atom(&mut self) -> Res<Expr> {
        if matches!(self.peek(), Tok::Op("(" | "[" | "{")) {
            return self.bracket_atom();
        }
        self.simple_atom()
    }

    /// tuple | group | genexp | list | listcomp | dict | set | dictcomp | setcomp
    fn bracket_atom(&mut self) -> Res<Expr> {
        let line = self.line();
        self.enter()?;
        let r = match self.advance() {
            Tok::Op("(") => self.paren(line),
            Tok::Op("[") => self.list_display(line),
            _ => self.brace_display(line),
        };
        self.leave();
        r
    }

    /// NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
    #[inline(never)]
    fn simple_atom(&mut self) -> Res<Expr> {
        let line = self.line();
        let c = match self.peek() {
            Tok::Name(n) => match n.as_str() {
                "True" => Constant::Bool(true),
                "False" => Constant::Bool(false),
                "None" => Constant::None,
                _ => {
                    let id = self.name()?;
                    return Ok(mk(ExprKind::Name { id, ctx: Ctx::Load }, line));
                }
            },
            Tok::Int(i) => Constant::Int(i.clone()),
            Tok::Float(f) => Constant::Float(*f),
            Tok::Imag(f) => Constant::Imag(*f),
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr(_) => return self.strings(),
            Tok::Op("...") => Constant::Ellipsis,
            _ => return Err(self.invalid()),
        };
        self.bump();
        Ok(mk(ExprKind::Constant(c), line))
    }

    /// tuple | group | genexp: '(' [yield_expr | star_named_expression ...] ')'
    fn paren(&mut self, line: u32) -> Res<Expr> {
        if self.at_op(")") || self.at_kw("yield") {
            return self.paren_special(line);
        }
        let first = self.star_named_expression()?;
        if self.at_op(")") && !matches!(first.kind, ExprKind::Starred { .. }) {
            self.bump();
            return Ok(first);
        }
        self.paren_tail(first, line)
    }

    #[inline(never)]
    fn paren_tail(&mut self, first: Expr, line: u32) -> Res<Expr> {
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(")")?;
            return Ok(mk(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                line,
            ));
        }
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(CompileErrorAt::at(
                    "cannot use starred expression here",
                    line,
                ));
            }
            self.expect_op(")")?;
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(")") {
                break;
            }
            push(&mut elts, self.star_named_expression()?)?;
        }
        self.expect_op(")")?;
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// `()` and `(yield ...)`
    #[inline(never)]
    fn paren_special(&mut self, line: u32) -> Res<Expr> {
        if self.eat_op(")") {
            return Ok(mk(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
                line,
            ));
        }
        let e = self.yield_expr()?;
        self.expect_op(")")?;
        Ok(e)
    }

    fn at_comprehension(&self) -> bool {
        self.at_kw("for")
            || (self.at_kw("async") && matches!(self.peek2(), Tok::Name(n) if n == "for"))
    }

    /// list | listcomp: '[' [star_named_expressions] ']' | '[' named_expression for_if_clauses ']'
    fn list_display(&mut self, line: u32) -> Res<Expr> {
        if self.at_op("]") {
            return self.list_tail(None, line);
        }
        let first = self.star_named_expression()?;
        self.list_tail(Some(first), line)
    }

    #[inline(never)]
    fn list_tail(&mut self, first: Option<Expr>, line: u32) -> Res<Expr> {
        let mut elts = Vec::new();
        let Some(first) = first else {
            self.bump();
            return Ok(mk(
                ExprKind::List {
                    elts,
                    ctx: Ctx::Load,
                },
                line,
            ));
        };
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op("]")?;
            let elt = Box::new(first);
            return Ok(mk(ExprKind::ListComp { elt, generators }, line));
        }
        elts.push(first);
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            push(&mut elts, self.star_named_expression()?)?;
        }
        self.expect_op("]")?;
        Ok(mk(
            ExprKind::List {
                elts,
                ctx: Ctx::Load,
            },
            line,
        ))
    }

    /// dict | set | dictcomp | setcomp:
    /// '{' [double_starred_kvpairs] '}' | '{' star_named_expressions '}' | ... for_if_clauses '}'
    fn brace_display(&mut self, line: u32) -> Res<Expr> {
        if self.at_op("}") || self.at_op("**") {
            return self.brace_special(line);
        }
        let first = self.star_named_expression()?;
        self.brace_tail(first, line)
    }

    /// `{}` and `{**d, ...}`
    #[inline(never)]
    fn brace_special(&mut self, line: u32) -> Res<Expr> {
        if self.eat_op("}") {
            let (keys, values) = (Vec::new(), Vec::new());
            return Ok(mk(ExprKind::Dict { keys, values }, line));
        }
        self.dict_items(line, Vec::new(), Vec::new())
    }

    #[inline(never)]
    fn brace_tail(&mut self, first: Expr, line: u32) -> Res<Expr> {
        if self.eat_op(":") {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(CompileErrorAt::at(
                    "cannot use a starred expression in a dictionary value",
                    line,
                ));
            }
            let value = self.expression()?;
            if self.at_comprehension() {
                let generators = self.comprehension_clauses()?;
                self.expect_op("}")?;
                return Ok(mk(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    line,
                ));
            }
            return self.dict_items(line, vec![Some(first)], vec![value]);
        }
        if !cfg!(any(feature = "set", test)) {
            return Err(CompileErrorAt::at(
                "set literals not supported in this build",
                line,
            ));
        }
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op("}")?;
            let elt = Box::new(first);
            return Ok(mk(ExprKind::SetComp { elt, generators }, line));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            push(&mut elts, self.star_named_expression()?)?;
        }
        self.expect_op("}")?;
        Ok(mk(ExprKind::Set(elts), line))
    }

    /// double_starred_kvpairs: ','.('**' bitwise_or | expression ':' expression)+ [','] '}'
    fn dict_items(
        &mut self,
        line: u32,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> Res<Expr> {
        let mut first = keys.is_empty();
        loop {
            if !first {
                if !self.eat_op(",") {
                    break;
                }
                if self.at_op("}") {
                    break;
                }
            }
            first = false;
            if self.eat_op("**") {
                keys.push(None);
                push(&mut values, self.bitwise_or()?)?;
            } else {
                keys.push(Some(self.expression()?));
                self.expect_op(":")?;
                push(&mut values, self.expression()?)?;
            }
        }
        self.expect_op("}")?;
        Ok(mk(ExprKind::Dict { keys, values }, line))
    }

    /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    pub(super) fn comprehension_clauses(&mut self) -> Res<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.at_comprehension() {
            let is_async = self.at_kw("async");
            if is_async {
                if !cfg!(any(feature = "async", test)) {
                    return Err(self.no_async());
                }
                self.bump();
            }
            self.expect_kw("for")?;
            let target = self.target_list("in")?;
            self.expect_kw("in")?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> Res<Expr> {
        let line = self.line();
        self.expect_kw("yield")?;
        if self.eat_kw("from") {
            let v = self.expression()?;
            return Ok(mk(ExprKind::YieldFrom(Box::new(v)), line));
        }
        if !starts_expr(self.peek()) || self.at_op("=") {
            return Ok(mk(ExprKind::Yield(None), line));
        }
        let v = super::stmt::no_bare_star(self.star_expressions()?)?;
        Ok(mk(ExprKind::Yield(Some(Box::new(v))), line))
    }
}

/// The arguments of a call collected so far.
#[derive(Default)]
struct ArgState {
    args: Vec<Expr>,
    keywords: Vec<Keyword>,
    seen_kw: bool,
    seen_kwunpack: bool,
}

/// Errors located by line only.
pub(super) struct CompileErrorAt;

impl CompileErrorAt {
    pub(super) fn at(msg: impl Into<String>, line: u32) -> super::super::CompileError {
        super::super::CompileError::syntax(msg, line, 0)
    }

    fn genexp(line: u32) -> super::super::CompileError {
        Self::at("Generator expression must be parenthesized", line)
    }
}
