// SPDX-License-Identifier: MIT
//! Expression AST → source text, as CPython's `Python/ast_unparse.c` writes it. Used for
//! PEP 563 (`from __future__ import annotations`), where an annotation is stored as the string
//! CPython would produce: normalised spacing and parentheses only where precedence needs them.
//! Compiled only with the `future-annotations` feature (its one use).

use alloc::format;
use alloc::string::String;

use super::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, UnaryOp,
};

// Precedence levels, lowest first (ast_unparse.c's `PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const EXPR: u8 = 6;
const BOR: u8 = EXPR;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
#[cfg(any(feature = "async", test))]
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The text of an annotation (CPython unparses them at the `test` level).
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn list(out: &mut String, items: &[Expr], level: u8) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, level);
    }
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => (" + ", ARITH),
        BinOp::Sub => (" - ", ARITH),
        BinOp::Mul => (" * ", TERM),
        BinOp::MatMul => (" @ ", TERM),
        BinOp::Div => (" / ", TERM),
        BinOp::FloorDiv => (" // ", TERM),
        BinOp::Mod => (" % ", TERM),
        BinOp::Pow => (" ** ", POWER),
        BinOp::LShift => (" << ", SHIFT),
        BinOp::RShift => (" >> ", SHIFT),
        BinOp::BitOr => (" | ", BOR),
        BinOp::BitXor => (" ^ ", BXOR),
        BinOp::BitAnd => (" & ", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > TUPLE);
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
            close(out, level > TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, pr) = binop(*op);
            let rassoc = u8::from(*op == BinOp::Pow);
            open(out, level > pr);
            expr(out, left, pr + rassoc);
            out.push_str(sym);
            expr(out, right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, pr) = match op {
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            open(out, level > pr);
            out.push_str(sym);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > TEST);
            out.push_str("lambda");
            let mut a = String::new();
            arguments(&mut a, args);
            if !a.is_empty() {
                out.push(' ');
                out.push_str(&a);
            }
            out.push_str(": ");
            expr(out, body, TEST);
            close(out, level > TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > TEST);
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            close(out, level > TEST);
        }
        ExprKind::Dict(d) => {
            let (keys, values) = (&d.keys, &d.values);
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                list(out, elts, TEST);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        #[cfg(any(feature = "async", test))]
        ExprKind::Await(v) => {
            open(out, level > AWAIT);
            out.push_str("await ");
            expr(out, v, ATOM);
            close(out, level > AWAIT);
        }
        ExprKind::Yield(v) => match v {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, TEST);
                out.push(')');
            }
        },
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, TEST);
            out.push(')');
        }
        ExprKind::Compare(c) => {
            let (left, ops, comparators) = (&c.left, &c.ops, &c.comparators);
            open(out, level > CMP);
            expr(out, left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, CMP + 1);
            }
            close(out, level > CMP);
        }
        ExprKind::Call(c) => {
            let (func, args, keywords) = (&c.func, &c.args, &c.keywords);
            expr(out, func, ATOM);
            if let ([only], true) = (args.as_slice(), keywords.is_empty()) {
                if matches!(only.kind, ExprKind::GeneratorExp { .. }) {
                    expr(out, only, TEST);
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, TEST);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                        expr(out, &k.value, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, &k.value, EXPR);
                    }
                }
            }
            out.push(')');
        }
        #[cfg(any(feature = "fstrings", test))]
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, ATOM);
            // `1 .real`: a bare int literal would swallow the dot.
            if matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt { .. })
            ) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    list(out, elts, TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, EXPR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            list(out, elts, TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > TUPLE);
            list(out, elts, TEST);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

fn arguments(out: &mut String, a: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: alloc::vec::Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let ndefault_from = positional.len().saturating_sub(a.defaults.len());
    for (i, p) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&p.name);
        if i >= ndefault_from {
            if let Some(d) = a.defaults.get(i - ndefault_from) {
                out.push('=');
                expr(out, d, TEST);
            }
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.name);
        }
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(out);
        out.push_str(&k.name);
        if let Some(d) = d {
            out.push('=');
            expr(out, d, TEST);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
}

#[cfg(any(feature = "fstrings", test))]
fn fstring_body(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_body(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = char::from_u32(*conversion as u32).filter(|_| *conversion > 0) {
                out.push('!');
                out.push(c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => expr(out, e, TEST),
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Int(n) => out.push_str(&format!("{}", n.get())),
        Constant::BigInt { digits, radix } => {
            let prefix = match radix {
                2 => "0b",
                8 => "0o",
                16 => "0x",
                _ => "",
            };
            out.push_str(prefix);
            out.push_str(digits);
        }
        Constant::Float(x) => out.push_str(&float_text(x.get())),
        Constant::Imag(x) => {
            out.push_str(float_text(x.get()).trim_end_matches(".0"));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => {
            out.push('b');
            let text: String = b.iter().map(|&x| char::from(x)).collect();
            out.push_str(&bytes_escape(&str_repr(&text)));
        }
        Constant::Ellipsis => out.push_str("..."),
    }
}

/// A float as `repr` writes it; infinity as CPython's unparser writes it (`1e309`).
fn float_text(x: f64) -> String {
    if x.is_infinite() {
        return String::from("1e309");
    }
    if !crate::FLOAT_LITERALS {
        // Unreachable (no float constants exist); keeps core's float formatting unlinked.
        return String::new();
    }
    // The compiler is self-contained (build.rs compiles it alone to freeze modules), so this
    // does not use objects::float_fmt: core's `{:e}` gives the shortest round-trip digits,
    // which are laid out as Python's repr does (fixed for exponents -4..16, else `1e+16`).
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let text = if exp < 0 {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        } else if exp + 1 >= n {
            format!("{digits}{}.0", "0".repeat((exp + 1 - n) as usize))
        } else {
            let (a, b) = digits.split_at((exp + 1) as usize);
            format!("{a}.{b}")
        };
        return format!("{sign}{text}");
    }
    let (head, tail) = digits.split_at(1);
    let frac = if tail.is_empty() {
        String::new()
    } else {
        format!(".{tail}")
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}{head}{frac}e{esign}{:02}", exp.abs())
}

/// Escapes the non-ASCII characters of a bytes literal's text as `\xNN`.
fn bytes_escape(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if (ch as u32) < 0x80 {
            out.push(ch);
        } else {
            out.push_str(&format!("\\x{:02x}", ch as u32));
        }
    }
    out
}

/// `repr(s)` for a str, as CPython writes it.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..=0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
