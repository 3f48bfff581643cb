// SPDX-License-Identifier: MIT
//! The cases and patterns of `match` statements (feature `match`); `match_stmt.rs` decides
//! whether a line is a match statement at all.
#![forbid(unsafe_code)]

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::super::ast::{
    BinOp, Constant, Ctx, Expr, ExprKind, MatchCase, Pattern, Stmt, StmtKind, UnaryOp, F64,
};
use super::super::lexer::Tok;
use super::expr::CompileErrorAt;
use super::{mk, Parser, Res};

impl Parser<'_> {
    /// The rest of a match statement, after `match subject:` and its newline:
    /// INDENT case_block+ DEDENT
    pub(super) fn match_body(&mut self, subject: Expr, line: u32) -> Res<Stmt> {
        if !matches!(self.peek(), Tok::Indent) {
            return Err(self.indent_err(&alloc::format!(
                "expected an indented block after 'match' statement on line {}",
                line
            )));
        }
        self.bump();
        self.enter()?;
        let mut cases = Vec::new();
        loop {
            match self.peek() {
                Tok::Dedent => {
                    self.bump();
                    break;
                }
                Tok::Eof => break,
                Tok::Newline => self.bump(),
                _ if self.at_kw("case") => cases.push(self.case_block()?),
                _ => return Err(self.invalid()),
            }
        }
        self.leave();
        if cases.is_empty() {
            return Err(self.invalid());
        }
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            line,
        })
    }

    /// case_block: "case" patterns ['if' named_expression] ':' block
    fn case_block(&mut self) -> Res<MatchCase> {
        let line = self.line();
        self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat_kw("if") {
            Some(self.named_expression()?)
        } else {
            None
        };
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// patterns: open_sequence_pattern | pattern
    fn patterns(&mut self) -> Res<Pattern> {
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first, Pattern::MatchStar(_)) {
                return Err(self.err("invalid syntax"));
            }
            return Ok(first);
        }
        let mut items = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern::MatchSequence(items))
    }

    /// maybe_star_pattern: '*' (capture_pattern | wildcard_pattern) | pattern
    fn maybe_star_pattern(&mut self) -> Res<Pattern> {
        if self.eat_op("*") {
            let name = self.name()?;
            return Ok(Pattern::MatchStar(if name == "_" {
                None
            } else {
                Some(name)
            }));
        }
        self.pattern()
    }

    /// pattern: or_pattern ['as' pattern_capture_target]
    fn pattern(&mut self) -> Res<Pattern> {
        let p = self.or_pattern()?;
        if !self.eat_kw("as") {
            return Ok(p);
        }
        let line = self.line();
        let name = self.name()?;
        if name == "_" {
            return Err(CompileErrorAt::at("cannot use '_' as a target", line));
        }
        Ok(Pattern::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(name),
        })
    }

    /// or_pattern: '|'.closed_pattern+
    fn or_pattern(&mut self) -> Res<Pattern> {
        let first = self.closed_pattern()?;
        if !self.at_op("|") {
            return Ok(first);
        }
        let mut alts = alloc::vec![first];
        while self.eat_op("|") {
            alts.push(self.closed_pattern()?);
        }
        Ok(Pattern::MatchOr(alts))
    }

    /// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    ///               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    fn closed_pattern(&mut self) -> Res<Pattern> {
        self.enter()?;
        let r = self.closed_pattern_inner();
        self.leave();
        r
    }

    fn closed_pattern_inner(&mut self) -> Res<Pattern> {
        let line = self.line();
        match self.peek() {
            Tok::Op("-") | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => {
                Ok(Pattern::MatchValue(self.number_pattern()?))
            }
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr(_) => {
                let e = self.strings()?;
                if !matches!(e.kind, ExprKind::Constant(_)) {
                    return Err(CompileErrorAt::at(
                        "patterns may only match literals and attribute lookups",
                        line,
                    ));
                }
                Ok(Pattern::MatchValue(e))
            }
            Tok::Name(n) if n == "None" || n == "True" || n == "False" => {
                let c = match n.as_str() {
                    "None" => Constant::None,
                    "True" => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                self.bump();
                Ok(Pattern::MatchSingleton(c))
            }
            Tok::Name(_) => self.name_pattern(),
            Tok::Op("(") => {
                self.bump();
                if self.eat_op(")") {
                    return Ok(Pattern::MatchSequence(Vec::new()));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat_op(")") {
                    if matches!(first, Pattern::MatchStar(_)) {
                        return Ok(Pattern::MatchSequence(alloc::vec![first]));
                    }
                    return Ok(first);
                }
                let mut items = alloc::vec![first];
                while self.eat_op(",") {
                    if self.at_op(")") {
                        break;
                    }
                    items.push(self.maybe_star_pattern()?);
                }
                self.expect_op(")")?;
                Ok(Pattern::MatchSequence(items))
            }
            Tok::Op("[") => {
                self.bump();
                let mut items = Vec::new();
                while !self.at_op("]") {
                    items.push(self.maybe_star_pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("]")?;
                Ok(Pattern::MatchSequence(items))
            }
            Tok::Op("{") => self.mapping_pattern(),
            _ => Err(self.invalid()),
        }
    }

    /// signed_number | complex_number: ['-'] NUMBER [('+' | '-') imaginary_number]
    fn number_pattern(&mut self) -> Res<Expr> {
        let line = self.line();
        let neg = self.eat_op("-");
        let c = match self.advance() {
            Tok::Int(i) => Constant::int(&i),
            Tok::Float(f) => Constant::Float(F64::new(f)),
            Tok::Imag(f) => Constant::Imag(F64::new(f)),
            _ => return Err(CompileErrorAt::at("invalid syntax", line)),
        };
        let is_imag = matches!(c, Constant::Imag(_));
        let mut e = mk(ExprKind::Constant(c), line);
        if neg {
            e = mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
                line,
            );
        }
        let op = if self.at_op("+") {
            BinOp::Add
        } else if self.at_op("-") {
            BinOp::Sub
        } else {
            return Ok(e);
        };
        if is_imag {
            return Err(self.err("real number required in complex literal"));
        }
        self.bump();
        let rline = self.line();
        let Tok::Imag(f) = self.advance() else {
            return Err(CompileErrorAt::at(
                "imaginary number required in complex literal",
                rline,
            ));
        };
        let right = mk(ExprKind::Constant(Constant::Imag(F64::new(f))), rline);
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(e),
                op,
                right: Box::new(right),
            },
            line,
        ))
    }

    /// name_or_attr: NAME ('.' NAME)*
    fn name_or_attr(&mut self) -> Res<(Expr, bool)> {
        let line = self.line();
        let id = self.name()?;
        let mut e = mk(ExprKind::Name { id, ctx: Ctx::Load }, line);
        let mut dotted = false;
        while self.eat_op(".") {
            dotted = true;
            let attr = self.name()?;
            e = mk(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr: attr.into(),
                    ctx: Ctx::Load,
                },
                line,
            );
        }
        Ok((e, dotted))
    }

    /// capture_pattern | wildcard_pattern | value_pattern | class_pattern
    fn name_pattern(&mut self) -> Res<Pattern> {
        let (e, dotted) = self.name_or_attr()?;
        if self.eat_op("(") {
            return self.class_pattern(e);
        }
        if dotted {
            return Ok(Pattern::MatchValue(e));
        }
        let ExprKind::Name { id, .. } = e.kind else {
            return Err(CompileErrorAt::at("invalid syntax", e.line));
        };
        Ok(Pattern::MatchAs {
            pattern: None,
            name: if id == "_" { None } else { Some(id) },
        })
    }

    /// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
    fn class_pattern(&mut self, cls: Expr) -> Res<Pattern> {
        let mut patterns = Vec::new();
        let mut kwd_attrs: Vec<String> = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at_op(")") {
            if self.at_name() && matches!(self.peek2(), Tok::Op("=")) {
                let line = self.line();
                let name = self.name()?;
                if kwd_attrs.contains(&name) {
                    return Err(CompileErrorAt::at(
                        alloc::format!("attribute name repeated in class pattern: {}", name),
                        line,
                    ));
                }
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                if !kwd_attrs.is_empty() {
                    return Err(self.err("positional patterns follow keyword patterns"));
                }
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")?;
        Ok(Pattern::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        })
    }

    /// mapping_pattern: '{' [items_pattern] [',' double_star_pattern] [','] '}'
    fn mapping_pattern(&mut self) -> Res<Pattern> {
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_op("}") {
            if self.eat_op("**") {
                let line = self.line();
                let name = self.name()?;
                if name == "_" {
                    return Err(CompileErrorAt::at("invalid syntax", line));
                }
                rest = Some(name);
                self.eat_op(",");
                // `**rest` must come last: anything else before `}` is plain invalid syntax
                // (CPython offers no comma hint here).
                if !self.at_op("}") {
                    return Err(self.invalid());
                }
                break;
            }
            keys.push(self.mapping_key()?);
            self.expect_op(":")?;
            patterns.push(self.pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op("}")?;
        Ok(Pattern::MatchMapping {
            keys,
            patterns,
            rest,
        })
    }

    /// key_value_pattern's key: literal_expr | attr
    fn mapping_key(&mut self) -> Res<Expr> {
        let line = self.line();
        match self.closed_pattern()? {
            Pattern::MatchValue(e) => Ok(e),
            Pattern::MatchSingleton(c) => Ok(mk(ExprKind::Constant(c), line)),
            _ => Err(CompileErrorAt::at(
                "mapping pattern keys may only match literals and attribute lookups",
                line,
            )),
        }
    }
}
