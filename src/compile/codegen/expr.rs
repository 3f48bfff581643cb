// SPDX-License-Identifier: MIT
//! Expressions: constants, names, operators, comparisons, boolean operators, displays,
//! subscripts and slices, f-strings, `yield`, `await`, `:=`.
#![forbid(unsafe_code)]

use alloc::vec::Vec;

use super::{CResult, Compiler};
use crate::bytecode::opcode::{CompareOp, Op};
use crate::bytecode::Const;
use crate::compile::ast::{self, CmpOp, Constant, Ctx, Expr, ExprKind, IntLit, UnaryOp};

/// The constant a literal compiles to.
pub(super) fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Imag(*f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The constant value of `e` if it is a literal, a folded `-literal`, or a tuple of those.
pub(super) fn const_value(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(IntLit::Small(i))) => {
                i.checked_neg().map(|n| Const::Int(IntLit::Small(n)))
            }
            ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-f)),
            // -2**63 is an i64 whose magnitude is not: fold it so that a build without big
            // integers accepts `-9223372036854775808`.
            ExprKind::Constant(Constant::Int(IntLit::Big { digits, radix }))
                if matches!(
                    (*radix, digits.as_str()),
                    (10, "9223372036854775808") | (16, "8000000000000000")
                ) =>
            {
                Some(Const::Int(IntLit::Small(i64::MIN)))
            }
            _ => None,
        },
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        } => elts
            .iter()
            .map(const_value)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

impl<'a> Compiler<'a> {
    /// Compiles `e`, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.guard.check(e.line)?;
        let saved = self.set_line(e.line);
        let r = self.expr_inner(e);
        self.unit.line = saved;
        r
    }

    /// Every arm only calls a helper, which keeps this frame small in unoptimised builds: it
    /// is on the recursion path once per nesting level.
    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values),
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value),
            ExprKind::BinOp { .. } => self.binop_chain(e),
            ExprKind::UnaryOp { op, operand } => self.unary(*op, operand),
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse),
            ExprKind::Dict { keys, values } => self.dict_display(keys, values),
            ExprKind::Set(elts) => self.sequence_display(elts, Op::BuildSet),
            ExprKind::List { elts, ctx } => self.list_or_tuple(elts, *ctx, Op::BuildList),
            ExprKind::Tuple { elts, ctx } => self.list_or_tuple(elts, *ctx, Op::BuildTuple),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            #[cfg(any(feature = "async", test))]
            ExprKind::Await(v) => self.delegate(v, Op::GetAwaitable),
            ExprKind::Yield(v) => self.yield_expr(v.as_deref()),
            ExprKind::YieldFrom(v) => self.delegate(v, Op::GetYieldFromIter),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            #[cfg(any(feature = "fstrings", test))]
            ExprKind::FormattedValue { .. } => self.formatted_value(e),
            #[cfg(any(feature = "fstrings", test))]
            ExprKind::JoinedStr(parts) => self.joined_str(parts),
            ExprKind::Constant(c) => {
                self.load_const(constant(c));
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => self.attribute(value, attr),
            ExprKind::Subscript { value, slice, .. } => self.subscript(value, slice),
            ExprKind::Starred { .. } => Err(self.error("can't use starred expression here")),
            ExprKind::Name { id, .. } => self.load_name(id),
            ExprKind::Slice { .. } => self.slice_or_expr(e),
        }
    }

    fn bool_op(&mut self, op: ast::BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let jop = match op {
            ast::BoolOp::And => Op::JumpIfFalseOrPop,
            ast::BoolOp::Or => Op::JumpIfTrueOrPop,
        };
        let n = values.len();
        for (i, v) in values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < n {
                self.jump(jop, end);
            }
        }
        self.bind(end);
        Ok(())
    }

    fn named_expr(&mut self, target: &'a Expr, value: &'a Expr) -> CResult {
        self.expr(value)?;
        self.emit(Op::Copy, 1);
        self.store_target(target)
    }

    fn unary(&mut self, op: UnaryOp, operand: &'a Expr) -> CResult {
        self.expr(operand)?;
        self.emit(Op::UnaryOp, op as u32);
        Ok(())
    }

    fn if_exp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult {
        let (other, end) = (self.new_label(), self.new_label());
        self.jump_if(test, false, other)?;
        self.expr(body)?;
        self.jump(Op::Jump, end);
        self.bind(other);
        self.expr(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn list_or_tuple(&mut self, elts: &'a [Expr], ctx: Ctx, build: Op) -> CResult {
        if ctx != Ctx::Load {
            return Err(self.error(detail!(
                "internal compiler error",
                "internal compiler error: display context"
            )));
        }
        self.sequence_display(elts, build)
    }

    /// `await v` (`GetAwaitable`) and `yield from v` (`GetYieldFromIter`).
    fn delegate(&mut self, v: &'a Expr, get_iter: Op) -> CResult {
        self.expr(v)?;
        self.op(get_iter);
        self.load_const(Const::None);
        self.yield_from_loop();
        Ok(())
    }

    fn yield_expr(&mut self, v: Option<&'a Expr>) -> CResult {
        match v {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        self.op(Op::YieldValue);
        Ok(())
    }

    #[cfg(any(feature = "fstrings", test))]
    fn joined_str(&mut self, parts: &'a [Expr]) -> CResult {
        if parts.is_empty() {
            self.load_const(Const::Str(alloc::string::String::new()));
            return Ok(());
        }
        for p in parts {
            self.expr(p)?;
        }
        let single_fv = parts.len() == 1
            && parts
                .first()
                .is_some_and(|p| matches!(p.kind, ExprKind::FormattedValue { .. }));
        if !single_fv {
            self.emit(Op::BuildString, parts.len() as u32);
        }
        Ok(())
    }

    fn attribute(&mut self, value: &'a Expr, attr: &str) -> CResult {
        self.expr(value)?;
        self.name_attr_op(Op::LoadAttr, attr);
        Ok(())
    }

    fn subscript(&mut self, value: &'a Expr, slice: &'a Expr) -> CResult {
        self.expr(value)?;
        self.slice_or_expr(slice)?;
        self.op(Op::BinarySubscr);
        Ok(())
    }

    /// `a + b - c ...`: iterative along the left spine, so long chains need no deep recursion.
    fn binop_chain(&mut self, e: &'a Expr) -> CResult {
        let mut spine = Vec::new();
        let mut cur = e;
        while let (ExprKind::BinOp { left, .. }, None) = (&cur.kind, const_value(cur)) {
            spine.push(cur);
            cur = left;
        }
        self.expr(cur)?;
        for node in spine.into_iter().rev() {
            if let ExprKind::BinOp { op, right, .. } = &node.kind {
                self.expr(right)?;
                self.set_line(node.line);
                self.emit(Op::BinaryOp, *op as u32);
            }
        }
        Ok(())
    }

    /// `[iter v] -> [result]`: the `Send`/`YieldValue` loop of `yield from` and `await`.
    pub(super) fn yield_from_loop(&mut self) {
        let (start, exit) = (self.new_label(), self.new_label());
        self.bind(start);
        self.jump(Op::Send, exit);
        self.op(Op::YieldValue);
        self.jump(Op::Jump, start);
        self.bind(exit);
    }

    /// A subscript's index: a slice becomes `BuildSlice`.
    pub(super) fn slice_or_expr(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::Slice { lower, upper, step } = &e.kind else {
            return self.expr(e);
        };
        let mut n = 2;
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Const::None),
            }
        }
        if let Some(s) = step {
            self.expr(s)?;
            n = 3;
        }
        self.emit(Op::BuildSlice, n);
        Ok(())
    }

    #[cfg(any(feature = "fstrings", test))]
    fn formatted_value(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } = &e.kind
        else {
            return Ok(());
        };
        self.expr(value)?;
        let mut arg = match u8::try_from(*conversion).ok() {
            Some(b's') => 1,
            Some(b'r') => 2,
            Some(b'a') => 3,
            _ => 0,
        };
        if let Some(spec) = format_spec {
            self.expr(spec)?;
            arg |= 4;
        }
        self.emit(Op::FormatValue, arg);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (o, a) = match op {
            CmpOp::Eq => (Op::CompareOp, CompareOp::Eq as u32),
            CmpOp::NotEq => (Op::CompareOp, CompareOp::Ne as u32),
            CmpOp::Lt => (Op::CompareOp, CompareOp::Lt as u32),
            CmpOp::LtE => (Op::CompareOp, CompareOp::Le as u32),
            CmpOp::Gt => (Op::CompareOp, CompareOp::Gt as u32),
            CmpOp::GtE => (Op::CompareOp, CompareOp::Ge as u32),
            CmpOp::Is => (Op::IsOp, 0),
            CmpOp::IsNot => (Op::IsOp, 1),
            CmpOp::In => (Op::ContainsOp, 0),
            CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(o, a);
    }

    /// `a < b < c`: each middle operand evaluated once, short-circuiting (CPython 3.11 shape).
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len().min(comps.len());
        if n == 0 {
            return Err(self.error("comparison without operands"));
        }
        if n == 1 {
            self.expr(&comps[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comps[i])?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.compare_op(ops[i]);
            self.jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comps[n - 1])?;
        self.compare_op(ops[n - 1]);
        let end = self.new_label();
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.op(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if `e` is (`cond` true) truthy or (false) falsy; short-circuits `not`,
    /// `and`, `or` and chained comparisons like CPython's `compiler_jump_if`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: super::Label) -> CResult {
        self.guard.check(e.line)?;
        let saved = self.set_line(e.line);
        let r = self.jump_if_inner(e, cond, target);
        self.unit.line = saved;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: super::Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == ast::BoolOp::Or;
                let next2 = if cond != is_or {
                    Some(self.new_label())
                } else {
                    None
                };
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    if i + 1 == n {
                        self.jump_if(v, cond, target)?;
                    } else {
                        match next2 {
                            Some(l) => self.jump_if(v, !cond, l)?,
                            None => self.jump_if(v, cond, target)?,
                        }
                    }
                }
                if let Some(l) = next2 {
                    self.bind(l);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (end, next2) = (self.new_label(), self.new_label());
                self.jump_if(test, false, next2)?;
                self.jump_if(body, cond, target)?;
                self.jump(Op::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, cond, target)?;
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    /// List, tuple and set displays; starred items go through a list (CPython's
    /// `starunpack_helper`).
    pub(super) fn sequence_display(&mut self, elts: &'a [Expr], build: Op) -> CResult {
        if !has_starred(elts) {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (container, extend, add) = if build == Op::BuildSet {
            (Op::BuildSet, Op::SetUpdate, Op::SetAdd)
        } else {
            (Op::BuildList, Op::ListExtend, Op::ListAppend)
        };
        let lead = elts
            .iter()
            .take_while(|e| !matches!(e.kind, ExprKind::Starred { .. }))
            .count();
        for x in &elts[..lead] {
            self.expr(x)?;
        }
        self.emit(container, lead as u32);
        for x in &elts[lead..] {
            if let ExprKind::Starred { value, .. } = &x.kind {
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(x)?;
                self.emit(add, 1);
            }
        }
        if build == Op::BuildTuple {
            self.op(Op::ListToTuple);
        }
        Ok(())
    }

    /// `{k: v, **m}`: runs of pairs become `BuildMap`, merged with `DictUpdate`.
    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut have_dict = false;
        let mut run = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    run += 1;
                }
                None => {
                    if run > 0 || !have_dict {
                        self.emit(Op::BuildMap, run);
                        if have_dict {
                            self.emit(Op::DictUpdate, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if run > 0 || !have_dict {
            self.emit(Op::BuildMap, run);
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
        }
        Ok(())
    }
}
