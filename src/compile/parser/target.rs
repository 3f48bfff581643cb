// SPDX-License-Identifier: MIT
//! Assignment and deletion targets: setting `Ctx::Store`/`Ctx::Del` and rejecting expressions
//! that cannot be targets, with CPython's messages.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::vec;

use super::super::ast::{Constant, Ctx, Expr, ExprKind, UnaryOp};
use super::expr::{starts_expr, CompileErrorAt, P_BITOR};
use super::{mk, Parser, Res};

/// How CPython names an expression that cannot be a target (`cannot assign to {describe}`).
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        #[cfg(any(feature = "async", test))]
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        #[cfg(any(feature = "fstrings", test))]
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } => "list",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Sets `ctx` on a target, checking that it can be one. `suffix` is appended to the message
/// (CPython's "here. Maybe you meant '==' instead of '='?" for `=` statements).
pub(super) fn set_ctx(e: &mut Expr, ctx: Ctx, suffix: &str) -> Res<()> {
    let line = e.line;
    match &mut e.kind {
        ExprKind::Name { id, ctx: c } => {
            if id == "__debug__" {
                let msg = if ctx == Ctx::Del {
                    "cannot delete __debug__"
                } else {
                    "cannot assign to __debug__"
                };
                return Err(CompileErrorAt::at(msg, line));
            }
            *c = ctx;
        }
        ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            if ctx == Ctx::Del {
                return Err(CompileErrorAt::at("cannot delete starred", line));
            }
            *c = ctx;
            set_ctx(value, ctx, "")?;
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            let mut stars = 0;
            for elt in elts.iter_mut() {
                if matches!(elt.kind, ExprKind::Starred { .. }) {
                    stars += 1;
                }
                set_ctx(elt, ctx, "")?;
            }
            if stars > 1 {
                return Err(CompileErrorAt::at(
                    "multiple starred expressions in assignment",
                    line,
                ));
            }
        }
        _ if !super::super::DETAILED => {
            let msg = if ctx == Ctx::Del {
                "cannot delete expression"
            } else {
                "cannot assign to expression"
            };
            return Err(CompileErrorAt::at(msg, line));
        }
        _ => {
            let verb = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            let what = describe(e);
            let mut msg = format!("cannot {} {}", verb, what);
            // CPython's hint comes from its named-expression rule, which only sees operands
            // of `|` and tighter: not comparisons, `not`/`and`/`or`, conditionals, lambdas or
            // generator expressions.
            let loose = matches!(
                e.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::GeneratorExp { .. }
            );
            if !loose && !matches!(what, "True" | "False" | "None" | "__debug__") {
                msg.push_str(suffix);
            }
            return Err(CompileErrorAt::at(msg, line));
        }
    }
    Ok(())
}

/// Sets Store on a whole target (an `=` or `for` or `with` target), rejecting a lone starred.
pub(super) fn store_target(e: &mut Expr, suffix: &str) -> Res<()> {
    if matches!(e.kind, ExprKind::Starred { .. }) {
        return Err(CompileErrorAt::at(
            "starred assignment target must be in a list or tuple",
            e.line,
        ));
    }
    set_ctx(e, Ctx::Store, suffix)
}

/// The target of an augmented assignment: a name, attribute or subscript only.
pub(super) fn aug_target(e: &mut Expr) -> Res<()> {
    match e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_ctx(e, Ctx::Store, "")
        }
        _ => Err(CompileErrorAt::at(
            error_text!(
                "illegal expression for augmented assignment",
                "'{}' is an illegal expression for augmented assignment",
                describe(e)
            ),
            e.line,
        )),
    }
}

impl Parser<'_> {
    /// star_targets: star_target (',' star_target)* [','], stopping before `stop` (`in`, `=`);
    /// returned in Store context.
    pub(super) fn target_list(&mut self, stop: &str) -> Res<Expr> {
        let line = self.line();
        let first = self.star_target()?;
        let mut e = if self.at_op(",") {
            let mut elts = vec![first];
            while self.eat_op(",") {
                if self.at_kw(stop) || !starts_expr(self.peek()) {
                    break;
                }
                elts.push(self.star_target()?);
            }
            mk(
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                },
                line,
            )
        } else {
            first
        };
        store_target(&mut e, "")?;
        Ok(e)
    }

    /// star_target: '*' target | target (parsed as bitwise_or, checked by `set_ctx`)
    fn star_target(&mut self) -> Res<Expr> {
        let line = self.line();
        if self.eat_op("*") {
            let value = self.binary(P_BITOR)?;
            return Ok(mk(
                ExprKind::Starred {
                    value: alloc::boxed::Box::new(value),
                    ctx: Ctx::Load,
                },
                line,
            ));
        }
        self.binary(P_BITOR)
    }
}
