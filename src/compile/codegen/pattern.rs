// SPDX-License-Identifier: MIT
//! `match` statements, following CPython 3.11's `compiler_match` and `compiler_pattern_*`.
//!
//! A pattern consumes the subject on top of the stack. Captured values are kept on the stack
//! (below the `on_top` items still needed) and stored only once the whole pattern matched.
//! On failure control goes to `fail_pop[n]`, which pops the `n` items above the case's base
//! and falls through to the next case.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::expr::const_value;
use super::{CResult, Compiler, Label};
use crate::bytecode::opcode::{BinaryOp, CompareOp, Op};
use crate::bytecode::Const;
use crate::compile::ast::{Expr, ExprKind, IntLit, MatchCase, Pattern};

#[derive(Default)]
struct PatternCtx {
    /// Names captured so far; their values are on the stack, the first on top.
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// Items above the captures that must survive a sub-pattern.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p,
        Pattern::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(None))
}

fn small(i: usize) -> Const {
    Const::Int(IntLit::Small(i as i64))
}

impl<'a> Compiler<'a> {
    /// `match subject: cases`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let line = self.unit.line;
        for (i, case) in cases.iter().enumerate().take(n - usize::from(has_default)) {
            let last = i == n - usize::from(has_default) - 1;
            self.unit.line = line;
            if !last {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternCtx {
                allow_irrefutable: case.guard.is_some() || i == n - 1,
                ..PatternCtx::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in core::mem::take(&mut pc.stores) {
                self.store_name(&name)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(g, false, pc.fail_pop[0])?;
            }
            if !last {
                self.op(Op::PopTop);
            }
            self.stmts(&case.body)?;
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            if let Some(case) = cases.last() {
                if let Some(g) = &case.guard {
                    self.jump_if(g, false, end)?;
                }
                self.stmts(&case.body)?;
            }
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = core::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.op(Op::PopTop);
            }
        }
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Op::Swap, count as u32);
            count -= 1;
        }
    }

    fn pattern_store(&mut self, name: Option<&str>, pc: &mut PatternCtx) -> CResult {
        let Some(name) = name else {
            self.op(Op::PopTop);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.into());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let saved = core::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.guard.check(self.unit.line)?;
        match p {
            Pattern::MatchValue(e) => {
                self.expr(e)?;
                self.emit(Op::CompareOp, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(c) => {
                self.load_const(super::expr::constant(c));
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSequence(ps) => self.pattern_sequence(ps, pc)?,
            Pattern::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc)?,
            Pattern::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            Pattern::MatchStar(name) => self.pattern_store(name.as_deref(), pc)?,
            Pattern::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(self.error(match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".into(),
                        }));
                    }
                    self.pattern_store(name.as_deref(), pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Op::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store(name.as_deref(), pc)?;
                }
            },
            Pattern::MatchOr(alts) => self.pattern_or(alts, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, ps: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let size = ps.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in ps.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        pc.on_top += 1;
        self.op(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.op(Op::GetLen);
                self.load_const(small(size));
                self.emit(Op::CompareOp, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.op(Op::GetLen);
                self.load_const(small(size - 1));
                self.emit(Op::CompareOp, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.op(Op::PopTop);
        } else if let (true, Some(star)) = (star_wildcard, star) {
            self.sequence_subscr(ps, star, pc)?;
        } else {
            match star {
                Some(s) => {
                    let after = size - s - 1;
                    if s > 255 || after > 255 {
                        return Err(
                            self.error("too many expressions in star-unpacking sequence pattern")
                        );
                    }
                    self.emit(Op::UnpackEx, (s | (after << 8)) as u32);
                }
                None => self.emit(Op::UnpackSequence, size as u32),
            }
            pc.on_top += size;
            for p in ps {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of unpacking it.
    fn sequence_subscr(&mut self, ps: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> CResult {
        let size = ps.len();
        pc.on_top += 1;
        for (i, p) in ps.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_const(small(i));
            } else {
                self.op(Op::GetLen);
                self.load_const(small(size - i));
                self.emit(Op::BinaryOp, BinaryOp::Sub as u32);
            }
            self.op(Op::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.op(Op::PopTop);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error("keys / patterns length mismatch in mapping pattern"));
        }
        pc.on_top += 1;
        self.op(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.op(Op::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.op(Op::GetLen);
            self.load_const(small(size));
            self.emit(Op::CompareOp, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<Const> = Vec::new();
        for k in keys {
            match (&k.kind, const_value(k)) {
                (_, Some(c)) => {
                    if seen.iter().any(|s| super::const_eq(s, &c)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            crate::bytecode::disasm::const_repr(&c)
                        )));
                    }
                    seen.push(c);
                }
                (ExprKind::Attribute { .. }, None) => {}
                _ => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.op(Op::MatchKeys);
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // [subject keys]: keys and subject are consumed from here on.
        pc.on_top -= 1;
        match rest {
            Some(r) => {
                self.op(Op::CopyDictWithoutKeys);
                self.pattern_store(Some(r), pc)?;
            }
            None => self.op(Op::PopTop),
        }
        pc.on_top -= 1;
        self.op(Op::PopTop);
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult {
        if kwd_attrs.len() != kwd_patterns.len() {
            return Err(self.error("kwd_attrs / kwd_patterns length mismatch in class pattern"));
        }
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return Err(self.error(format!("attribute name repeated in class pattern: {a}")));
            }
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Op::MatchClass, patterns.len() as u32);
        self.emit(Op::Copy, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
        let total = patterns.len() + kwd_patterns.len();
        self.emit(Op::UnpackSequence, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.op(Op::PopTop);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let mut apc = PatternCtx {
                allow_irrefutable: i + 1 == n && outer_allow,
                ..PatternCtx::default()
            };
            self.emit(Op::Copy, 1);
            self.pattern(alt, &mut apc)?;
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != apc.stores.len() {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    self.reorder_stores(ctl, &mut apc.stores)?;
                }
            }
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(&mut apc);
        }
        // No alternative matched: pop the subject and fail.
        self.op(Op::PopTop);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.op(Op::PopTop);
        Ok(())
    }

    /// Reorders an alternative's captures (on the stack and in `stores`) to `control`'s order.
    fn reorder_stores(&mut self, control: &[String], stores: &mut Vec<String>) -> CResult {
        let mut icontrol = control.len();
        while icontrol > 0 {
            icontrol -= 1;
            let name = &control[icontrol];
            let Some(istores) = stores.iter().position(|s| s == name) else {
                return Err(self.error("alternative patterns bind different names"));
            };
            if icontrol != istores {
                let rotations = istores + 1;
                let rotated: Vec<String> = stores.drain(..rotations).collect();
                let at = icontrol - istores;
                for (k, r) in rotated.into_iter().enumerate() {
                    stores.insert(at + k, r);
                }
                for _ in 0..rotations {
                    self.rotate(icontrol + 1);
                }
            }
        }
        Ok(())
    }
}
