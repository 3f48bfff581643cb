// SPDX-License-Identifier: MIT
//! Parser tests: the AST rendered as Lisp-like text, error messages with lines, nesting limits.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::super::ast::*;
use super::super::lexer::{tokenize, Tok};
use super::super::{ErrorKind, Mode};
use super::{input_is_incomplete, parse};

fn ctx(c: Ctx) -> &'static str {
    match c {
        Ctx::Load => "",
        Ctx::Store => "@S",
        Ctx::Del => "@D",
    }
}

fn bin(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn cmp(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn list(items: &[Expr]) -> String {
    items.iter().map(ex).collect::<Vec<_>>().join(" ")
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map_or("_".to_string(), ex)
}

fn optb(e: &Option<Box<Expr>>) -> String {
    e.as_ref().map_or("_".to_string(), |e| ex(e))
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(IntLit::Small(i)) => format!("{}", i),
        Constant::Int(IntLit::Big { digits, radix }) => format!("big{}:{}", radix, digits),
        Constant::Float(f) => format!("{:?}", f),
        Constant::Imag(f) => format!("{:?}j", f),
        Constant::Str(s) => format!("{:?}", s),
        Constant::Bytes(b) => format!("b{:?}", b),
        Constant::Ellipsis => "...".into(),
    }
}

fn comps(gens: &[Comprehension]) -> String {
    gens.iter()
        .map(|g| {
            let mut s = format!(
                "({}for {} {}",
                if g.is_async { "async-" } else { "" },
                ex(&g.target),
                ex(&g.iter)
            );
            for i in &g.ifs {
                s.push_str(&format!(" (if {})", ex(i)));
            }
            s + ")"
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn kws(k: &[Keyword]) -> String {
    k.iter()
        .map(|k| match &k.arg {
            Some(a) => format!(" {}={}", a, ex(&k.value)),
            None => format!(" **{}", ex(&k.value)),
        })
        .collect()
}

/// Renders an expression as a Lisp-like string.
fn ex(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let o = if *op == BoolOp::And { "and" } else { "or" };
            format!("({} {})", o, list(values))
        }
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", ex(target), ex(value)),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", bin(*op), ex(left), ex(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not",
                UnaryOp::UAdd => "pos",
                UnaryOp::USub => "neg",
            };
            format!("({} {})", o, ex(operand))
        }
        ExprKind::Lambda { args, body } => format!("(lambda {} {})", params(args), ex(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", ex(test), ex(body), ex(orelse))
        }
        ExprKind::Dict { keys, values } => {
            let mut s = String::from("(dict");
            for (k, v) in keys.iter().zip(values) {
                match k {
                    Some(k) => s.push_str(&format!(" {}:{}", ex(k), ex(v))),
                    None => s.push_str(&format!(" **{}", ex(v))),
                }
            }
            s + ")"
        }
        ExprKind::Set(v) => format!("(set {})", list(v)),
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", ex(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", ex(elt), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!("(dictcomp {} {} {})", ex(key), ex(value), comps(generators)),
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", ex(elt), comps(generators))
        }
        ExprKind::Await(v) => format!("(await {})", ex(v)),
        ExprKind::Yield(v) => format!("(yield {})", optb(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", ex(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", ex(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmp(*o), ex(c)));
            }
            s + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let a = if args.is_empty() {
                String::new()
            } else {
                format!(" {}", list(args))
            };
            format!("(call {}{}{})", ex(func), a, kws(keywords))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let c = if *conversion < 0 {
                "_".to_string()
            } else {
                char::from_u32(*conversion as u32)
                    .unwrap_or('?')
                    .to_string()
            };
            format!("(fv {} {} {})", ex(value), c, optb(format_spec))
        }
        ExprKind::JoinedStr(v) => format!("(f {})", list(v)),
        ExprKind::Constant(c) => constant(c),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => {
            format!("(. {} {}){}", ex(value), attr, ctx(*c))
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => format!("([] {} {}){}", ex(value), ex(slice), ctx(*c)),
        ExprKind::Starred { value, ctx: c } => format!("(* {}){}", ex(value), ctx(*c)),
        ExprKind::Name { id, ctx: c } => format!("{}{}", id, ctx(*c)),
        ExprKind::List { elts, ctx: c } => format!("(list {}){}", list(elts), ctx(*c)),
        ExprKind::Tuple { elts, ctx: c } => format!("(tuple {}){}", list(elts), ctx(*c)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", optb(lower), optb(upper), optb(step))
        }
    }
}

fn arg(a: &Arg) -> String {
    match &a.annotation {
        Some(t) => format!("{}:{}", a.name, ex(t)),
        None => a.name.clone(),
    }
}

fn params(a: &Arguments) -> String {
    let mut v = Vec::new();
    for p in &a.posonlyargs {
        v.push(arg(p));
    }
    if !a.posonlyargs.is_empty() {
        v.push("/".into());
    }
    for p in &a.args {
        v.push(arg(p));
    }
    if let Some(p) = &a.vararg {
        v.push(format!("*{}", arg(p)));
    } else if !a.kwonlyargs.is_empty() {
        v.push("*".into());
    }
    for (p, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        match d {
            Some(d) => v.push(format!("{}={}", arg(p), ex(d))),
            None => v.push(arg(p)),
        }
    }
    if let Some(p) = &a.kwarg {
        v.push(format!("**{}", arg(p)));
    }
    let mut s = format!("[{}]", v.join(" "));
    if !a.defaults.is_empty() {
        s.push_str(&format!("[defaults {}]", list(&a.defaults)));
    }
    s
}

fn body(b: &[Stmt]) -> String {
    b.iter().map(st).collect::<Vec<_>>().join(" ")
}

fn pat(p: &Pattern) -> String {
    match p {
        Pattern::MatchValue(e) => format!("(value {})", ex(e)),
        Pattern::MatchSingleton(c) => format!("(single {})", constant(c)),
        Pattern::MatchSequence(v) => {
            format!("(seq {})", v.iter().map(pat).collect::<Vec<_>>().join(" "))
        }
        Pattern::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            let mut s = String::from("(map");
            for (k, p) in keys.iter().zip(patterns) {
                s.push_str(&format!(" {}:{}", ex(k), pat(p)));
            }
            if let Some(r) = rest {
                s.push_str(&format!(" **{}", r));
            }
            s + ")"
        }
        Pattern::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut s = format!("(class {}", ex(cls));
            for p in patterns {
                s.push_str(&format!(" {}", pat(p)));
            }
            for (a, p) in kwd_attrs.iter().zip(kwd_patterns) {
                s.push_str(&format!(" {}={}", a, pat(p)));
            }
            s + ")"
        }
        Pattern::MatchStar(n) => format!("(star {})", n.as_deref().unwrap_or("_")),
        Pattern::MatchAs { pattern, name } => match pattern {
            Some(p) => format!("(as {} {})", pat(p), name.as_deref().unwrap_or("_")),
            None => format!("(capture {})", name.as_deref().unwrap_or("_")),
        },
        Pattern::MatchOr(v) => format!("(or {})", v.iter().map(pat).collect::<Vec<_>>().join(" ")),
    }
}

/// Renders a statement as a Lisp-like string.
fn st(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            let mut r = format!(
                "({}def {} {}",
                if f.is_async { "async-" } else { "" },
                f.name,
                params(&f.args)
            );
            if let Some(t) = &f.returns {
                r.push_str(&format!(" -> {}", ex(t)));
            }
            if !f.decorators.is_empty() {
                r.push_str(&format!(" (@ {})", list(&f.decorators)));
            }
            r + &format!(" {})", body(&f.body))
        }
        StmtKind::ClassDef(c) => {
            let mut r = format!("(class {} ({}{})", c.name, list(&c.bases), kws(&c.keywords));
            if !c.decorators.is_empty() {
                r.push_str(&format!(" (@ {})", list(&c.decorators)));
            }
            r + &format!(" {})", body(&c.body))
        }
        StmtKind::Return(v) => format!("(return {})", opt(v)),
        StmtKind::Delete(v) => format!("(del {})", list(v)),
        StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), ex(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({}= {} {})", bin(*op), ex(target), ex(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "(ann{} {} {} {})",
            if *simple { "" } else { "-complex" },
            ex(target),
            ex(annotation),
            opt(value)
        ),
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => format!(
            "({}for {} {} ({}) ({}))",
            if *is_async { "async-" } else { "" },
            ex(target),
            ex(iter),
            body(b),
            body(orelse)
        ),
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => format!("(while {} ({}) ({}))", ex(test), body(b), body(orelse)),
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => format!("(if {} ({}) ({}))", ex(test), body(b), body(orelse)),
        StmtKind::With {
            items,
            body: b,
            is_async,
        } => {
            let it: Vec<String> = items
                .iter()
                .map(|i| match &i.optional_vars {
                    Some(v) => format!("({} as {})", ex(&i.context_expr), ex(v)),
                    None => format!("({})", ex(&i.context_expr)),
                })
                .collect();
            format!(
                "({}with {} ({}))",
                if *is_async { "async-" } else { "" },
                it.join(" "),
                body(b)
            )
        }
        StmtKind::Match { subject, cases } => {
            let c: Vec<String> = cases
                .iter()
                .map(|c| {
                    let g = c
                        .guard
                        .as_ref()
                        .map_or(String::new(), |g| format!(" if {}", ex(g)));
                    format!("(case {}{} {})", pat(&c.pattern), g, body(&c.body))
                })
                .collect();
            format!("(match {} {})", ex(subject), c.join(" "))
        }
        StmtKind::Raise { exc, cause } => format!("(raise {} {})", opt(exc), opt(cause)),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => {
            let h: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {} {} {})",
                        opt(&h.typ),
                        h.name.as_deref().unwrap_or("_"),
                        body(&h.body)
                    )
                })
                .collect();
            format!(
                "(try{} ({}) {} ({}) ({}))",
                if *is_star { "*" } else { "" },
                body(b),
                h.join(" "),
                body(orelse),
                body(finalbody)
            )
        }
        StmtKind::Assert { test, msg } => format!("(assert {} {})", ex(test), opt(msg)),
        StmtKind::Import(names) => format!("(import {})", aliases(names)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => format!(
            "(from {}{} {})",
            ".".repeat(*level as usize),
            module.as_deref().unwrap_or(""),
            aliases(names)
        ),
        StmtKind::Global(n) => format!("(global {})", n.join(" ")),
        StmtKind::Nonlocal(n) => format!("(nonlocal {})", n.join(" ")),
        StmtKind::Expr(e) => ex(e),
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
    }
}

fn aliases(a: &[Alias]) -> String {
    a.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{}:{}", a.name, n),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses in exec mode and renders the statements.
fn p(src: &str) -> String {
    match parse(src, Mode::Exec) {
        Ok(m) => body(&m.body),
        Err(e) => panic!("parse error for {:?}: {:?}", src, e),
    }
}

/// Parses one expression (eval mode) and renders it.
fn e(src: &str) -> String {
    match parse(src, Mode::Eval) {
        Ok(m) => body(&m.body),
        Err(e) => panic!("parse error for {:?}: {:?}", src, e),
    }
}

/// The error for `src`: (message, line).
fn err(src: &str) -> (String, u32) {
    match parse(src, Mode::Exec) {
        Ok(m) => panic!("expected an error for {:?}, got {}", src, body(&m.body)),
        Err(e) => (e.msg.clone(), e.line),
    }
}

/// The message this build gives: CPython's with `detailed-errors`, the terse one without.
fn msg(terse: &str, detailed: &str) -> String {
    String::from(if crate::compile::DETAILED {
        detailed
    } else {
        terse
    })
}

fn err_kind(src: &str) -> ErrorKind {
    match parse(src, Mode::Exec) {
        Ok(_) => panic!("expected an error for {:?}", src),
        Err(e) => e.kind,
    }
}

fn toks(src: &str) -> Vec<Tok> {
    tokenize(src).unwrap().into_iter().map(|t| t.tok).collect()
}

fn one(src: &str) -> Tok {
    let t = toks(src);
    assert_eq!(t.len(), 3, "{:?}", t);
    t[0].clone()
}

fn small(i: i64) -> Tok {
    Tok::Int(IntLit::Small(i))
}

fn s(x: &str) -> Tok {
    Tok::Str(x.into())
}

#[test]
fn int_literals() {
    assert_eq!(one("0"), small(0));
    assert_eq!(one("00"), small(0));
    assert_eq!(one("0_0"), small(0));
    assert_eq!(one("1_000_000"), small(1_000_000));
    assert_eq!(one("0xff"), small(255));
    assert_eq!(one("0XF_F"), small(255));
    assert_eq!(one("0x_f"), small(15));
    assert_eq!(one("0o17"), small(15));
    assert_eq!(one("0O1_7"), small(15));
    assert_eq!(one("0b101"), small(5));
    assert_eq!(one("0B1_0_1"), small(5));
    assert_eq!(one("9223372036854775807"), small(i64::MAX));
    assert_eq!(
        one("9223372036854775808"),
        Tok::Int(IntLit::Big {
            digits: "9223372036854775808".into(),
            radix: 10
        })
    );
    assert_eq!(
        one("0x_1_0000_0000_0000_0000"),
        Tok::Int(IntLit::Big {
            digits: "10000000000000000".into(),
            radix: 16
        })
    );
}

#[test]
fn bad_numbers() {
    assert_eq!(err("0_").0, "invalid decimal literal");
    assert_eq!(err("1__0").0, "invalid decimal literal");
    assert_eq!(err("1_").0, "invalid decimal literal");
    assert_eq!(err("1abc").0, "invalid decimal literal");
    assert_eq!(err("0x").0, "invalid hexadecimal literal");
    let digit = msg(
        "invalid binary literal",
        "invalid digit '2' in binary literal",
    );
    assert_eq!(err("0b2").0, digit);
    let digit = msg(
        "invalid octal literal",
        "invalid digit '8' in octal literal",
    );
    assert_eq!(err("0o8").0, digit);
    assert_eq!(
        err("x = 1\ny = 012").0,
        msg(
            "invalid decimal literal",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
        )
    );
    assert_eq!(err("x = 1\ny = 012").1, 2);
    assert_eq!(err("1.e").0, "invalid decimal literal");
}

#[test]
fn float_literals() {
    assert_eq!(one("1."), Tok::Float(1.0));
    assert_eq!(one(".5"), Tok::Float(0.5));
    assert_eq!(one("1e-3"), Tok::Float(0.001));
    assert_eq!(one("1E+3"), Tok::Float(1000.0));
    assert_eq!(one("1_0.0_1"), Tok::Float(10.01));
    assert_eq!(one("1.5e2"), Tok::Float(150.0));
    assert_eq!(one("1.e2"), Tok::Float(100.0));
    assert_eq!(one("2j"), Tok::Imag(2.0));
    assert_eq!(one("1.5J"), Tok::Imag(1.5));
    assert_eq!(one("1e3j"), Tok::Imag(1000.0));
    assert_eq!(e("1if x else 2"), "(if x 1 2)");
}

#[test]
fn string_escapes() {
    assert_eq!(one(r#"'a\nb'"#), s("a\nb"));
    assert_eq!(
        one(r#""\t\\\'\"\a\b\f\v\r\0""#),
        s("\t\\'\"\x07\x08\x0c\x0b\r\0")
    );
    assert_eq!(one(r"'\101\7\0101'"), s("A\x07\x08\x31"));
    assert_eq!(one(r"'\x41\u00e9\U0001F600'"), s("Aé😀"));
    assert_eq!(one(r"'\N{EURO SIGN}\N{bullet}'"), s("€•"));
    assert_eq!(one(r"'\d\q'"), s("\\d\\q"));
    assert_eq!(one("'a\\\nb'"), s("ab"));
    assert_eq!(one(r"r'\n\''"), s("\\n\\'"));
    assert_eq!(one(r"R'\x'"), s("\\x"));
    assert_eq!(one(r"u'\n'"), s("\n"));
    assert_eq!(one(r"U'x'"), s("x"));
    assert_eq!(one("'''a\n'b'\"\"\"'''"), s("a\n'b'\"\"\""));
    assert_eq!(one("\"\"\"x\"\"\""), s("x"));
    assert_eq!(one("'é€'"), s("é€"));
    let name = msg("invalid escape", "unknown Unicode character name");
    assert!(err(r"'\N{NO SUCH NAME}'").0.contains(&name));
    let trunc = msg("invalid escape", "truncated \\xXX escape");
    assert!(err(r"'\x4'").0.contains(&trunc));
    let trunc = msg("invalid escape", "truncated \\uXXXX");
    assert!(err(r"'\u12'").0.contains(&trunc));
    assert_eq!(
        err(r"b'\x4'").0,
        msg(
            "invalid escape",
            "(value error) invalid \\x escape at position 0"
        )
    );
}

#[test]
fn bytes_literals() {
    assert_eq!(
        one(r"b'a\x00\xff\n\101'"),
        Tok::Bytes(b"a\x00\xff\nA".to_vec())
    );
    assert_eq!(one(r"B'\u1234'"), Tok::Bytes(b"\\u1234".to_vec()));
    assert_eq!(one(r"rb'\n'"), Tok::Bytes(b"\\n".to_vec()));
    assert_eq!(one(r"Br'\n'"), Tok::Bytes(b"\\n".to_vec()));
    assert_eq!(one(r"bR'\n'"), Tok::Bytes(b"\\n".to_vec()));
    assert_eq!(
        err("b'é'").0,
        "bytes can only contain ASCII literal characters"
    );
}

#[test]
fn concatenation() {
    assert_eq!(e("'a' 'b'  \"c\""), "\"abc\"");
    assert_eq!(e("b'a' b'b'"), "b[97, 98]");
    assert_eq!(e("('a'\n 'b')"), "\"ab\"");
    assert_eq!(err("'a' b'b'").0, "cannot mix bytes and nonbytes literals");
    assert_eq!(err("b'a' 'b'").0, "cannot mix bytes and nonbytes literals");
    assert_eq!(err("b'a' f'b'").0, "cannot mix bytes and nonbytes literals");
    assert_eq!(e("'a' f'{x}' 'c'"), "(f \"a\" (fv x _ _) \"c\")");
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        err("x = 1\ns = 'abc\n"),
        (
            msg(
                "unterminated string literal",
                "unterminated string literal (detected at line 2)"
            ),
            2
        )
    );
    assert_eq!(
        err("s = '''abc\n\nxyz"),
        (
            msg(
                "unterminated triple-quoted string literal",
                "unterminated triple-quoted string literal (detected at line 3)"
            ),
            1
        )
    );
}

#[test]
fn fstrings() {
    assert_eq!(e("f'a{x}b'"), "(f \"a\" (fv x _ _) \"b\")");
    assert_eq!(e("f''"), "(f )");
    assert_eq!(e("f'{{}}'"), "(f \"{}\")");
    assert_eq!(e("f'{x!r}'"), "(f (fv x r _))");
    assert_eq!(e("f'{x!s:>10}'"), "(f (fv x s (f \">10\")))");
    assert_eq!(
        e("f'{x:{w}.{p}f}'"),
        "(f (fv x _ (f (fv w _ _) \".\" (fv p _ _) \"f\")))"
    );
    assert_eq!(e("f'{x=}'"), "(f \"x=\" (fv x r _))");
    assert_eq!(e("f'{x = }'"), "(f \"x = \" (fv x r _))");
    assert_eq!(e("f'{x=!s}'"), "(f \"x=\" (fv x s _))");
    assert_eq!(e("f'{x=:>4}'"), "(f \"x=\" (fv x _ (f \">4\")))");
    assert_eq!(e("f'{a == b}'"), "(f (fv (cmp a == b) _ _))");
    assert_eq!(e("f'{a != b}'"), "(f (fv (cmp a != b) _ _))");
    assert_eq!(e("f'{d[\"k\"]}'"), "(f (fv ([] d \"k\") _ _))");
    assert_eq!(e("f\"{d[\"k\"]}\""), "(f (fv ([] d \"k\") _ _))");
    assert_eq!(e("f'{f\"{x}\"}'"), "(f (fv (f (fv x _ _)) _ _))");
    assert_eq!(e("f'{a[1:2]}'"), "(f (fv ([] a (slice 1 2 _)) _ _))");
    assert_eq!(e("f'{x,y}'"), "(f (fv (tuple x y) _ _))");
    assert_eq!(e("f'{(lambda: 1)()}'"), "(f (fv (call (lambda [] 1)) _ _))");
    assert_eq!(e("f'\\n{x}\\t'"), "(f \"\\n\" (fv x _ _) \"\\t\")");
    assert_eq!(e("rf'\\n{x}'"), "(f \"\\\\n\" (fv x _ _))");
    assert_eq!(e("F'{x}' FR'{y}'"), "(f (fv x _ _) (fv y _ _))");
    assert_eq!(e("f'''{\nx\n}'''"), "(f (fv x _ _))");
    assert_eq!(err("f'{}'").0, "f-string: empty expression not allowed");
    assert!(err("f'{x'").0.starts_with("unterminated string literal"));
    assert_eq!(e("f'{'a'}'"), "(f (fv \"a\" _ _))");
    assert_eq!(e("f\"{x:'>3}\""), "(f (fv x _ (f \"'>3\")))");
    assert_eq!(err("f'}'").0, "f-string: single '}' is not allowed");
    assert!(err("f'{x!z}'")
        .0
        .starts_with("f-string: invalid conversion character"));
    assert_eq!(err("x = 1\ny = f'''\n{a b}'''").1, 3);
    assert_eq!(
        err("f'{a b}'").0,
        msg(
            "f-string: invalid syntax",
            "f-string: invalid syntax. Perhaps you forgot a comma?"
        )
    );
}

#[test]
fn indentation_tokens() {
    let t = toks("if x:\n    y\n\n  # c\n    z\nw\n");
    let n = |t: &[Tok], k: &Tok| t.iter().filter(|x| *x == k).count();
    assert_eq!(n(&t, &Tok::Indent), 1);
    assert_eq!(n(&t, &Tok::Dedent), 1);
    assert_eq!(n(&t, &Tok::Newline), 4);
    assert_eq!(p("if x:\n\ty\n\tz\n"), "(if x (y z) ())");
    assert_eq!(
        p("x = (1,\n  2)\ny = 1 + \\\n 2\n"),
        "(= x@S (tuple 1 2)) (= y@S (+ 1 2))"
    );
    assert_eq!(p("if x:\n  if y:\n    a\nb"), "(if x ((if y (a) ())) ()) b");
    assert_eq!(p("x\n"), p("x"));
    assert_eq!(p("x\r\ny\r\n"), "x y");
    assert_eq!(p(""), "");
    assert_eq!(p("\n\n# only\n   \n"), "");
}

#[test]
fn indentation_errors() {
    assert_eq!(
        err("if x:\n    y\n  z\n"),
        (
            "unindent does not match any outer indentation level".into(),
            3
        )
    );
    assert_eq!(err_kind("if x:\n    y\n  z\n"), ErrorKind::Indentation);
    assert_eq!(err("x\n  y\n"), ("unexpected indent".into(), 2));
    assert_eq!(err_kind("x\n  y\n"), ErrorKind::Indentation);
    assert_eq!(
        err("x = 1\nif x:\ny\n"),
        (
            msg(
                "expected an indented block",
                "expected an indented block after 'if' statement on line 2"
            ),
            3
        )
    );
    assert_eq!(
        err("def f():\nreturn\n").0,
        msg(
            "expected an indented block",
            "expected an indented block after function definition on line 1"
        )
    );
    assert_eq!(
        err("for x in y:\n").0,
        msg(
            "expected an indented block",
            "expected an indented block after 'for' statement on line 1"
        )
    );
    assert_eq!(
        err("try:\n x\nexcept:\npass").0,
        msg(
            "expected an indented block",
            "expected an indented block after 'except' statement on line 3"
        )
    );
    assert_eq!(err_kind("if x:\n\ty\n        z\n    w"), ErrorKind::Tab);
}

#[test]
fn precedence() {
    assert_eq!(e("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(e("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(e("-2**2"), "(neg (** 2 2))");
    assert_eq!(e("2**-1"), "(** 2 (neg 1))");
    assert_eq!(e("2**3**2"), "(** 2 (** 3 2))");
    assert_eq!(
        e("a | b ^ c & d << e + f @ g"),
        "(| a (^ b (& c (<< d (+ e (@ f g))))))"
    );
    assert_eq!(e("a // b % c / d"), "(/ (% (// a b) c) d)");
    assert_eq!(e("~-+x"), "(~ (neg (pos x)))");
    assert_eq!(e("not a == b"), "(not (cmp a == b))");
    assert_eq!(e("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(e("a and b or c and d or e"), "(or (and a b) (and c d) e)");
    assert_eq!(e("(a or b) or c"), "(or (or a b) c)");
    assert_eq!(
        e("a < b <= c is not d not in e in f is g != h"),
        "(cmp a < b <= c is-not d not-in e in f is g != h)"
    );
    assert_eq!(e("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(e("lambda: a if b else c"), "(lambda [] (if b a c))");
    assert_eq!(e("lambda x, *y, z=1, **k: x"), "(lambda [x *y z=1 **k] x)");
    assert_eq!(e("await x ** 2"), "(** (await x) 2)");
    assert_eq!(e("-await x"), "(neg (await x))");
    assert_eq!(e("a.b(c)[d].e"), "(. ([] (call (. a b) c) d) e)");
    assert_eq!(e("(x := 1)"), "(:= x@S 1)");
    assert_eq!(e("x == -1"), "(cmp x == (neg 1))");
    assert_eq!(e("a + b == c | d"), "(cmp (+ a b) == (| c d))");
}

#[test]
fn atoms_and_displays() {
    assert_eq!(e("()"), "(tuple )");
    assert_eq!(e("(1,)"), "(tuple 1)");
    assert_eq!(e("1, 2,"), "(tuple 1 2)");
    assert_eq!(e("(1)"), "1");
    assert_eq!(e("[]"), "(list )");
    assert_eq!(e("[1, *a, 2,]"), "(list 1 (* a) 2)");
    assert_eq!(e("{}"), "(dict)");
    assert_eq!(e("{1: 2, **d, 3: 4,}"), "(dict 1:2 **d 3:4)");
    assert_eq!(e("{**d}"), "(dict **d)");
    assert_eq!(e("{1, *s}"), "(set 1 (* s))");
    assert_eq!(e("..."), "...");
    assert_eq!(e("None, True, False"), "(tuple None True False)");
    assert_eq!(
        e("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x@S y (if x) (if z)) (for w@S x))"
    );
    assert_eq!(e("{x for x, in y}"), "(setcomp x (for (tuple x@S)@S y))");
    assert_eq!(
        e("{k: v for k, v in d}"),
        "(dictcomp k v (for (tuple k@S v@S)@S d))"
    );
    assert_eq!(e("(x for x in y)"), "(genexp x (for x@S y))");
    assert_eq!(e("[x async for x in y]"), "(listcomp x (async-for x@S y))");
    assert_eq!(e("[x for x in a or b]"), "(listcomp x (for x@S (or a b)))");
    assert_eq!(e("f(x for x in y)"), "(call f (genexp x (for x@S y)))");
    assert_eq!(e("f(a, *b, c=1, **d)"), "(call f a (* b) c=1 **d)");
    assert_eq!(e("f(*a, b)"), "(call f (* a) b)");
    assert_eq!(e("f(a=1, *b)"), "(call f (* b) a=1)");
    assert_eq!(e("f(x:=1)"), "(call f (:= x@S 1))");
    assert_eq!(
        e("a[1:2, ::3, *b]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3) (* b)))"
    );
    assert_eq!(e("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(e("a[1,]"), "([] a (tuple 1))");
    assert_eq!(e("(yield)"), "(yield _)");
    assert_eq!(e("(yield 1, 2)"), "(yield (tuple 1 2))");
    assert_eq!(e("(yield from x)"), "(yield-from x)");
    assert_eq!(e("match"), "match");
    assert_eq!(e("x.match.case"), "(. (. x match) case)");
}

#[test]
fn statements() {
    assert_eq!(p("a = b = c"), "(= a@S b@S c)");
    assert_eq!(p("a, *b = c"), "(= (tuple a@S (* b@S)@S)@S c)");
    assert_eq!(
        p("[a, b.c, d[0]] = x"),
        "(= (list a@S (. b c)@S ([] d 0)@S)@S x)"
    );
    assert_eq!(p("x += 1"), "(+= x@S 1)");
    assert_eq!(p("x: int = 1"), "(ann x@S int 1)");
    assert_eq!(p("(x): int"), "(ann-complex x@S int _)");
    assert_eq!(p("a.b: int"), "(ann-complex (. a b)@S int _)");
    assert_eq!(p("x = yield y"), "(= x@S (yield y))");
    assert_eq!(p("pass; break; continue;"), "pass break continue");
    assert_eq!(p("return"), "(return _)");
    assert_eq!(p("return 1, 2"), "(return (tuple 1 2))");
    assert_eq!(p("del a, b[0], c.d"), "(del a@D ([] b 0)@D (. c d)@D)");
    assert_eq!(p("del (a, b), [c]"), "(del (tuple a@D b@D)@D (list c@D)@D)");
    assert_eq!(p("raise"), "(raise _ _)");
    assert_eq!(p("raise E from e"), "(raise E e)");
    assert_eq!(p("global a, b; nonlocal c"), "(global a b) (nonlocal c)");
    assert_eq!(p("assert x, 'm'"), "(assert x \"m\")");
    assert_eq!(p("import a.b.c as d, e"), "(import a.b.c:d e)");
    assert_eq!(p("from .. import (a, b as c,)"), "(from .. a b:c)");
    assert_eq!(p("from ...m.n import *"), "(from ...m.n *)");
    assert_eq!(p("from . import x"), "(from . x)");
    assert_eq!(
        p("if a: b\nelif c: d\nelse: e"),
        "(if a (b) ((if c (d) (e))))"
    );
    assert_eq!(p("while x: pass\nelse: y"), "(while x (pass) (y))");
    assert_eq!(
        p("for a, b in c, d: pass\nelse: e"),
        "(for (tuple a@S b@S)@S (tuple c d) (pass) (e))"
    );
    assert_eq!(
        p("async def f():\n async for x in y: pass\n async with a as b: pass"),
        "(async-def f [] (async-for x@S y (pass) ()) (async-with (a as b@S) (pass)))"
    );
    assert_eq!(p("with a as b, c: pass"), "(with (a as b@S) (c) (pass))");
    assert_eq!(
        p("with (a as b, c as d,): pass"),
        "(with (a as b@S) (c as d@S) (pass))"
    );
    assert_eq!(p("with (a, b): pass"), "(with (a) (b) (pass))");
    assert_eq!(p("with (a) as b: pass"), "(with (a as b@S) (pass))");
    assert_eq!(
        p("with a as (b, c): pass"),
        "(with (a as (tuple b@S c@S)@S) (pass))"
    );
    assert_eq!(
        p("try:\n a\nexcept E as e:\n b\nexcept (F, G):\n c\nexcept:\n d\nelse:\n e\nfinally:\n f"),
        "(try (a) (except E e b) (except (tuple F G) _ c) (except _ _ d) (e) (f))"
    );
    assert_eq!(p("try: a\nfinally: b"), "(try (a)  () (b))");
    assert_eq!(p("try: a\nexcept* E: b"), "(try* (a) (except E _ b) () ())");
    assert_eq!(
        p("class A(B, metaclass=M, **k): pass"),
        "(class A (B metaclass=M **k) pass)"
    );
    assert_eq!(p("class A: pass"), "(class A () pass)");
    assert_eq!(
        p("@d\n@e.f(1)\ndef g(): pass"),
        "(def g [] (@ d (call (. e f) 1)) pass)"
    );
    assert_eq!(p("@d\nclass C: pass"), "(class C () (@ d) pass)");
    assert_eq!(
        p("def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> R: pass"),
        "(def f [a b:int / c *args:str d e=3 **kw][defaults 1 2] -> R pass)"
    );
    assert_eq!(p("def f(*, a): pass"), "(def f [* a] pass)");
    assert_eq!(p("def f(a, /): pass"), "(def f [a /] pass)");
    assert_eq!(
        p("match = 1\nmatch.x = 2\nmatch(x)\ncase = 3\n_ = 4"),
        "(= match@S 1) (= (. match x)@S 2) (call match x) (= case@S 3) (= _@S 4)"
    );
    assert_eq!(p("x = 1; y = 2\nz"), "(= x@S 1) (= y@S 2) z");
    assert_eq!(p("print(1)"), "(call print 1)");
}

#[test]
fn line_numbers() {
    let m = parse("x = 1\n\ndef f():\n    return (1 +\n 2)\ny", Mode::Exec).unwrap();
    assert_eq!(m.body[0].line, 1);
    assert_eq!(m.body[1].line, 3);
    assert_eq!(m.body[2].line, 6);
    let StmtKind::FunctionDef(f) = &m.body[1].kind else {
        panic!()
    };
    assert_eq!(f.body[0].line, 4);
    let m = parse("@d\ndef f(): pass", Mode::Exec).unwrap();
    assert_eq!(m.body[0].line, 2);
}

#[test]
fn patterns() {
    let m = |pat: &str| p(&format!("match x:\n    case {}: pass\n", pat));
    assert_eq!(m("1"), "(match x (case (value 1) pass))");
    assert_eq!(m("-1"), "(match x (case (value (neg 1)) pass))");
    assert_eq!(m("1 + 2j"), "(match x (case (value (+ 1 2.0j)) pass))");
    assert_eq!(
        m("-1.5 - 2j"),
        "(match x (case (value (- (neg 1.5) 2.0j)) pass))"
    );
    assert_eq!(m("'a' 'b'"), "(match x (case (value \"ab\") pass))");
    assert_eq!(m("None"), "(match x (case (single None) pass))");
    assert_eq!(
        m("True | False"),
        "(match x (case (or (single True) (single False)) pass))"
    );
    assert_eq!(m("_"), "(match x (case (capture _) pass))");
    assert_eq!(m("y"), "(match x (case (capture y) pass))");
    assert_eq!(m("a.b.c"), "(match x (case (value (. (. a b) c)) pass))");
    assert_eq!(m("(y)"), "(match x (case (capture y) pass))");
    assert_eq!(m("()"), "(match x (case (seq ) pass))");
    assert_eq!(
        m("[a, *rest]"),
        "(match x (case (seq (capture a) (star rest)) pass))"
    );
    assert_eq!(
        m("a, *_"),
        "(match x (case (seq (capture a) (star _)) pass))"
    );
    assert_eq!(
        m("(a, b,)"),
        "(match x (case (seq (capture a) (capture b)) pass))"
    );
    assert_eq!(
        m("{1: a, 'k': b, C.d: c, **r}"),
        "(match x (case (map 1:(capture a) \"k\":(capture b) (. C d):(capture c) **r) pass))"
    );
    assert_eq!(
        m("{None: a}"),
        "(match x (case (map None:(capture a)) pass))"
    );
    assert_eq!(
        m("Point(1, y=2, z=_)"),
        "(match x (case (class Point (value 1) y=(value 2) z=(capture _)) pass))"
    );
    assert_eq!(m("a.B()"), "(match x (case (class (. a B)) pass))");
    assert_eq!(
        m("[1, 2] as l"),
        "(match x (case (as (seq (value 1) (value 2)) l) pass))"
    );
    assert_eq!(
        m("1 | 2 as n"),
        "(match x (case (as (or (value 1) (value 2)) n) pass))"
    );
    assert_eq!(
        p("match x, y:\n case a if a > 0:\n  pass\n case _:\n  pass"),
        "(match (tuple x y) (case (capture a) if (cmp a > 0) pass) (case (capture _) pass))"
    );
    assert_eq!(
        p("match(x):\n case 1: pass"),
        "(match x (case (value 1) pass))"
    );
    assert_eq!(
        err("match x:\n case a as _: pass").0,
        "cannot use '_' as a target"
    );
    assert_eq!(
        err("match x:\n case f'{x}': pass").0,
        "patterns may only match literals and attribute lookups"
    );
    assert_eq!(
        err("match x:\n case C(a=1, 2): pass").0,
        "positional patterns follow keyword patterns"
    );
}

#[test]
fn target_errors() {
    let assign = |what: &str| msg("cannot assign to expression", what);
    assert!(err("1 = x")
        .0
        .starts_with(&assign("cannot assign to literal")));
    assert!(err("f() = x")
        .0
        .starts_with(&assign("cannot assign to function call")));
    let delete = |what: &str| msg("cannot delete expression", what);
    assert_eq!(err("del 1").0, delete("cannot delete literal"));
    assert_eq!(err("del f()").0, delete("cannot delete function call"));
    assert_eq!(err("del __debug__").0, "cannot delete __debug__");
    assert_eq!(err("__debug__ = 1").0, "cannot assign to __debug__");
    let aug = |what: &str| msg("illegal expression for augmented assignment", what);
    assert_eq!(
        err("(a, b) += 1").0,
        aug("'tuple' is an illegal expression for augmented assignment")
    );
    assert_eq!(
        err("f() += 1").0,
        aug("'function call' is an illegal expression for augmented assignment")
    );
    assert_eq!(
        err("for 1 in x: pass").0,
        assign("cannot assign to literal")
    );
    assert_eq!(
        err("with a as 1: pass").0,
        assign("cannot assign to literal")
    );
    assert_eq!(err("None = 1").0, assign("cannot assign to None"));
    assert_eq!(
        err("a + b = 1").0,
        assign("cannot assign to expression here. Maybe you meant '==' instead of '='?")
    );
    assert_eq!(
        err("*a = 1").0,
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        err("a, *b, *c = 1").0,
        "multiple starred expressions in assignment"
    );
    assert_eq!(err("[x for 1 in y]").0, assign("cannot assign to literal"));
    assert_eq!(
        err("(a.b := 1)"),
        (
            msg(
                "invalid syntax",
                "cannot use assignment expressions with attribute"
            ),
            1
        )
    );
    assert_eq!(
        err("a, b: int").0,
        msg(
            "illegal target for annotation",
            "only single target (not tuple) can be annotated"
        )
    );
    assert_eq!(err("x = 1\n[a, b]: int").1, 2);
}

#[test]
fn syntax_errors() {
    assert_eq!(err("x = (1,\n2"), ("'(' was never closed".into(), 1));
    assert_eq!(err("x = 1)"), (msg("invalid syntax", "unmatched ')'"), 1));
    assert_eq!(
        err("x = (1]").0,
        msg(
            "invalid syntax",
            "closing parenthesis ']' does not match opening parenthesis '('"
        )
    );
    assert_eq!(
        err("x = (1,\n2]"),
        (
            msg(
                "invalid syntax",
                "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
            ),
            2
        )
    );
    assert_eq!(
        err("x = 1\nif x\n  y"),
        (msg("invalid syntax", "expected ':'"), 2)
    );
    assert_eq!(err("x = $"), ("invalid syntax".into(), 1));
    // Without the Unicode tables every non-ASCII character may appear in a name.
    if cfg!(feature = "unicode") {
        assert_eq!(err("x = 1 €"), ("invalid character '€' (U+20AC)".into(), 1));
    }
    assert_eq!(
        err("f(a=1, b)").0,
        "positional argument follows keyword argument"
    );
    assert_eq!(
        err("f(**a, b)").0,
        "positional argument follows keyword argument unpacking"
    );
    assert_eq!(
        err("f(**a, *b)").0,
        "iterable argument unpacking follows keyword argument unpacking"
    );
    assert_eq!(
        err("f(x for x in y, 1)").0,
        "Generator expression must be parenthesized"
    );
    assert_eq!(
        err("f(a, a=1, a=2)").0,
        msg("keyword argument repeated", "keyword argument repeated: a")
    );
    assert_eq!(
        err("def f(a=1, b): pass").0,
        "non-default argument follows default argument"
    );
    // Without `detailed-errors` the scope pass finds a duplicate parameter (codegen tests).
    if crate::compile::DETAILED {
        assert_eq!(
            err("def f(a, a): pass").0,
            "duplicate argument 'a' in function definition"
        );
    }
    assert_eq!(
        err("def f(*): pass").0,
        msg("invalid syntax", "named arguments must follow bare *")
    );
    assert_eq!(
        err("def f(**k, a): pass").0,
        msg(
            "invalid syntax",
            "arguments cannot follow var-keyword argument"
        )
    );
    assert_eq!(
        err("try:\n x\ny"),
        (
            msg("invalid syntax", "expected 'except' or 'finally' block"),
            3
        )
    );
    assert_eq!(
        err("try: x\nexcept A: y\nexcept* B: z").0,
        "cannot have both 'except' and 'except*' on the same 'try'"
    );
    assert_eq!(
        err("from m import a,").0,
        msg(
            "invalid syntax",
            "trailing comma not allowed without surrounding parentheses"
        )
    );
    assert_eq!(
        err("x = \\ y").0,
        "unexpected character after line continuation character"
    );
    assert_eq!(err("a b").0, "invalid syntax");
    assert_eq!(err("x = *a").0, "can't use starred expression here");
    assert_eq!(err("*a").0, "can't use starred expression here");
    assert_eq!(err("return *a").0, "can't use starred expression here");
    assert_eq!(p("x = *a, *b"), "(= x@S (tuple (* a) (* b)))");
    let comma = msg(
        "invalid syntax",
        "invalid syntax. Perhaps you forgot a comma?",
    );
    assert_eq!(err("[1 2]").0, comma);
    assert_eq!(err("f(a, b c)").0, comma);
    assert_eq!(
        err("print 'x'").0,
        msg(
            "invalid syntax",
            "Missing parentheses in call to 'print'. Did you mean print(...)?"
        )
    );
    assert_eq!(err("x = 1\n\nclass").1, 3);
    assert_eq!(err("if = 1").0, "invalid syntax");
    assert_eq!(err("x = 'a\0'").0, "source code cannot contain null bytes");
    assert!(parse("1; 2", Mode::Eval).is_err());
    assert!(parse("x = 1", Mode::Eval).is_err());
}

#[test]
fn eval_mode() {
    let m = parse("\n  1 + 2  \n\n", Mode::Eval).unwrap();
    assert_eq!(m.body.len(), 1);
    assert!(matches!(m.body[0].kind, StmtKind::Expr(_)));
    assert_eq!(e("x\n"), "x");
}

#[test]
fn incomplete_input() {
    assert!(input_is_incomplete("x = (1,"));
    assert!(input_is_incomplete("s = '''abc"));
    assert!(input_is_incomplete("x = 1 + \\"));
    assert!(input_is_incomplete("x = 1 + \\\n"));
    assert!(input_is_incomplete("if x:"));
    assert!(input_is_incomplete("if x:\n    y"));
    assert!(input_is_incomplete("if x:\n    y\n"));
    assert!(input_is_incomplete("@d"));
    assert!(!input_is_incomplete("if x:\n    y\n\n"));
    assert!(!input_is_incomplete("x = 1"));
    assert!(!input_is_incomplete("x = )"));
    assert!(!input_is_incomplete("x y"));
    assert!(!input_is_incomplete(""));
}

/// Runs `f` on a thread with a small stack, as on a device.
fn small_stack(f: impl FnOnce() + Send + 'static) {
    with_stack(256 * 1024, f)
}

fn with_stack(size: usize, f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(size)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

fn too_deep(src: String) {
    small_stack(move || {
        let e = parse(&src, Mode::Exec).unwrap_err();
        assert!(
            e.kind == ErrorKind::TooDeep || e.kind == ErrorKind::Indentation,
            "{:?}",
            e
        );
    });
}

#[test]
fn nesting_limits() {
    too_deep("(".repeat(100000) + &")".repeat(100000));
    too_deep("[".repeat(1000) + &"]".repeat(1000));
    too_deep("{".repeat(1000));
    too_deep("not ".repeat(100000) + "x");
    too_deep("-".repeat(100000) + "x");
    too_deep("~+".repeat(1000) + "x");
    too_deep("a if b else ".repeat(10000) + "c");
    too_deep("lambda: ".repeat(10000) + "c");
    too_deep("2**".repeat(10000) + "2");
    too_deep("await (".repeat(1000) + "x");
    too_deep("{**".repeat(1000) + "x");
    too_deep("x = ".to_string() + &"f'{".repeat(30) + "x" + &"}'".repeat(30));
    too_deep("f(".repeat(1000) + &")".repeat(1000));
    too_deep("a[".repeat(1000) + &"]".repeat(1000));
    too_deep("x = ".to_string() + &"f'{".repeat(200) + "x" + &"}'".repeat(200));
    let mut blocks = String::new();
    for i in 0..200 {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(200));
    blocks.push_str("pass\n");
    too_deep(blocks);
    too_deep("match x:\n case ".to_string() + &"[".repeat(1000) + &"]".repeat(1000) + ": pass");
    // Nothing near the limits crashes on the small stack: each parses or is an error.
    small_stack(|| {
        for n in [30, 50, 99] {
            for (open, close) in [("(", ")"), ("f(", ")"), ("[", "]"), ("-", ""), ("not ", "")] {
                let src = open.repeat(n) + "x" + &close.repeat(n);
                let _ = parse(&src, Mode::Exec);
            }
            let mut blocks = String::new();
            for i in 0..n {
                blocks.push_str(&" ".repeat(i));
                blocks.push_str("if x:\n");
            }
            blocks.push_str(&" ".repeat(n));
            blocks.push_str("pass\n");
            if let Err(e) = parse(&blocks, Mode::Exec) {
                assert_eq!(e.msg, "too many levels of indentation");
            }
        }
    });
}

#[test]
fn just_under_the_nesting_limit() {
    with_stack(4 << 20, || {
        let ok = |src: String| {
            super::parse_with_stack_budget(&src, Mode::Exec, usize::MAX).unwrap();
        };
        ok("(".repeat(99) + "x" + &")".repeat(99));
        ok("f(".repeat(99) + &")".repeat(99));
        ok("-".repeat(99) + "x");
        ok("not ".repeat(99) + "x");
        ok("a if b else ".repeat(99) + "x");
        let e = super::parse_with_stack_budget(
            &("(".repeat(100) + "x" + &")".repeat(100)),
            Mode::Exec,
            usize::MAX,
        );
        assert!(e.is_ok());
        let e = super::parse_with_stack_budget(&("-".repeat(101) + "x"), Mode::Exec, usize::MAX);
        assert_eq!(e.unwrap_err().msg, "too many nested parentheses");
    });
}

#[test]
fn never_panics_on_junk() {
    let samples = [
        "",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "'",
        "\"",
        "'''",
        "f'",
        "f'{",
        "f'{'",
        "f'{x!}'",
        "f'{x:'",
        "f'{x:{'",
        "f'{{'",
        "\\",
        "\\\n",
        "0x",
        "0b",
        "0o",
        "1e",
        "1e+",
        ".",
        "..",
        "@",
        "@\n",
        "def",
        "def f(",
        "class",
        "lambda",
        "lambda *",
        "if",
        "if x:",
        "try:",
        "match x:\n case",
        "x[",
        "x[:",
        "x[::",
        "f(*",
        "f(**",
        "a =",
        "a = b =",
        "import",
        "from",
        "from .",
        "from . import",
        "é",
        "€",
        "x = 1 +",
        "async",
        "await",
        "yield",
        "del",
        "with",
        "with (",
        "for x in",
        "\t\tx",
        " \t x\n\tx",
        "f'{x=}' f'",
        "b'\\x'",
        "'\\N{'",
        "'\\U0011ffff'",
        "'\\ud800'",
        "f'{a[}'",
        "f'{)}'",
        "x: = 1",
        "*",
        "**",
        "not",
        "-",
        "a if b",
        "a if b else",
        "[x for]",
        "[x for x in]",
        "{**}",
        "{1:}",
        "match x:\n case {**_}: pass",
        "match x:\n case *a: pass",
        "global",
        "nonlocal x,",
        "0_1",
        "0e",
        "0j",
        "1__",
        "0x_",
        "0b_1_",
        "\u{feff}x",
        "x\r",
        "\r\r\n",
        "\x0cx",
    ];
    for s in samples {
        let _ = parse(s, Mode::Exec);
        let _ = parse(s, Mode::Eval);
        let _ = input_is_incomplete(s);
        // Every prefix too (at char boundaries).
        for (i, _) in s.char_indices() {
            let _ = parse(&s[..i], Mode::Exec);
        }
    }
}

std::thread_local! {
    static LOWEST: core::cell::Cell<usize> = const { core::cell::Cell::new(usize::MAX) };
}

/// Records the lowest stack address seen (called from `Parser::enter` in test builds).
pub(super) fn probe_stack() {
    let probe = 0u8;
    let addr = core::ptr::addr_of!(probe) as usize;
    LOWEST.with(|l| l.set(l.get().min(addr)));
}

/// Prints the stack cost of one nesting level for a few shapes (run with --nocapture).
#[test]
fn measure_stack_per_level() {
    for (name, open, close) in [
        ("paren", "(", ")"),
        ("list", "[", "]"),
        ("call", "f(", ")"),
        ("not", "not ", ""),
        ("neg", "-", ""),
        ("ifexp", "a if b else ", ""),
        ("pow", "2**", ""),
    ] {
        let cost = |n: usize| {
            let src = open.repeat(n) + "x" + &close.repeat(n);
            LOWEST.with(|l| l.set(usize::MAX));
            let probe = 0u8;
            let top = core::ptr::addr_of!(probe) as usize;
            let _ = parse(&src, Mode::Exec);
            top - LOWEST.with(|l| l.get())
        };
        let (a, b) = (cost(5), cost(25));
        std::eprintln!("{}: {} bytes per level", name, (b - a) / 20);
    }
}

/// A small deterministic fuzzer: random token soup must give Ok or Err, never a panic.
#[test]
fn fuzz_token_soup() {
    const PIECES: &[&str] = &[
        "x",
        "1",
        "2.5",
        "3j",
        "'s'",
        "b'b'",
        "f'{x}'",
        "f'{",
        "}",
        "{",
        "(",
        ")",
        "[",
        "]",
        ":",
        ",",
        ".",
        ";",
        "=",
        "==",
        "+",
        "-",
        "*",
        "**",
        "/",
        "//",
        "@",
        "|",
        "&",
        "~",
        "<",
        "not",
        "and",
        "or",
        "in",
        "is",
        "if",
        "else",
        "elif",
        "for",
        "while",
        "def",
        "class",
        "lambda",
        "yield",
        "await",
        "async",
        "return",
        "match",
        "case",
        "_",
        "with",
        "as",
        "try",
        "except",
        "finally",
        "import",
        "from",
        "del",
        "global",
        "\n",
        "\n    ",
        "\n\t",
        " ",
        "#c",
        "\\",
        "'''",
        "\"",
        "...",
        ":=",
        "->",
        "!",
        "€",
        "0x",
        "1_",
        "f'{x=!r:>{w}}'",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..20000 {
        let n = (next() % 16) as usize;
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() % 2 == 0 {
                src.push(' ');
            }
        }
        let _ = parse(&src, Mode::Exec);
        let _ = parse(&src, Mode::Eval);
        let _ = input_is_incomplete(&src);
    }
}

#[test]
fn realistic_program() {
    let src = r#"#!/usr/bin/env python3
"""Module docstring."""
from __future__ import annotations
import os.path as osp, sys
from .util import (a, b as c,
    d,)

CONST: int = 0x_FF_FF  # comment

@dataclass(frozen=True)
class Point(Base, metaclass=Meta):
    """A point."""
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** .5

async def fetch(url, *, timeout=10, **kw):
    async with session.get(url) as r:
        async for chunk in r:
            yield chunk
    await asyncio.sleep(0)

def gen(n, /, step=1, *rest, key=None):
    i = 0
    while i < n:
        if i % 2 == 0 and not (i in rest or key is not None):
            yield i
        elif i == 3:
            continue
        else:
            pass
        i += step
    else:
        return

def handlers():
    try:
        x = 1 / 0
    except (ZeroDivisionError, ValueError) as e:
        raise RuntimeError("bad") from e
    except Exception:
        raise
    else:
        pass
    finally:
        del x

def closures():
    total = 0
    def inner(v):
        nonlocal total
        total += v
        return lambda w=v: w * 2
    global G
    G = [inner(i) for i in range(3) if i]
    squares = {i: i * i for i in range(10)}
    evens = {i for i in range(10) if not i % 2}
    g = (x for x in range(3))
    first, *middle, last = range(10)
    matrix[1:2, ::3] = [[0] * 3 for _ in range(3)]
    print(f"{total=} {squares[2]!r:>{width}} {'nested'} {G[0](1):.2f}")
    assert total > 0, "positive"
    with open("a") as fa, open("b") as fb:
        data = fa.read() + fb.read()
    if (n := len(data)) > 10:
        print(n, sep="", end="\n", file=sys.stderr)
    return (yield from g)

def matching(command):
    match command.split():
        case [action]:
            return action
        case ["go", direction] | ["move", direction]:
            return direction
        case ["drop", *objects] if objects:
            return objects
        case {"x": x, "y": y, **rest}:
            return x, y, rest
        case Point(x=0, y=0) | Point(0, 0):
            return "origin"
        case str() as s:
            return s
        case -1 | 1.5 | 2 + 3j | None | True | b"x" | "s":
            return 0
        case _:
            return None

if __name__ == "__main__":
    main(*sys.argv[1:], **{"debug": True}); x = y = z = 0
"#;
    let m = parse(src, Mode::Exec).unwrap();
    assert_eq!(m.body.len(), 12);
}

#[test]
fn token_positions() {
    let t = tokenize("x = 1\n\n(a +\n  b) # c\nif y:\n\tz\n").unwrap();
    let pos: Vec<(u32, u32)> = t.iter().map(|t| (t.line, t.col)).collect();
    assert_eq!(t[0].tok, Tok::Name("x".into()));
    assert_eq!(&pos[..4], &[(1, 1), (1, 3), (1, 5), (1, 6)]);
    assert_eq!(t[4].tok, Tok::Op("("));
    assert_eq!(pos[4], (3, 1));
    assert_eq!(t[7].tok, Tok::Name("b".into()));
    assert_eq!(pos[7], (4, 3));
    assert_eq!(t[9].tok, Tok::Newline);
    let kinds: Vec<Tok> = t[10..].iter().map(|t| t.tok.clone()).collect();
    assert_eq!(
        kinds,
        [
            Tok::Name("if".into()),
            Tok::Name("y".into()),
            Tok::Op(":"),
            Tok::Newline,
            Tok::Indent,
            Tok::Name("z".into()),
            Tok::Newline,
            Tok::Dedent,
            Tok::Eof
        ]
    );
    assert_eq!(t[15].line, 6);
}

#[test]
fn block_header_continued_in_brackets_then_dedent() {
    // The bracket closes mid-line after a continuation; the following dedent is ordinary.
    let src = "def f():\n    if (a and\n            b):\n        x\n    y\n";
    assert!(parse(src, Mode::Exec).is_ok());
    let src = "x = [1,\n  2]\nif x:\n    pass\ny = 1\n";
    assert!(parse(src, Mode::Exec).is_ok());
}
