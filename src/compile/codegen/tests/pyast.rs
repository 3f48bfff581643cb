// SPDX-License-Identifier: MIT
//! Test support: builds our AST from CPython's `ast.parse` (run through `python3`), so that the
//! code generator can be tested on real source before Pyrite's own parser lands. Tests using
//! it are skipped when `python3` is not installed.

extern crate std;

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::io::Write;
use std::process::{Command, Stdio};

use crate::compile::ast::*;

const DUMP: &str = r#"
import ast, sys
out = []
def w(x):
    if isinstance(x, ast.AST):
        out.append('(' + type(x).__name__); out.append(str(getattr(x, 'lineno', 0)))
        for f in x._fields: w(getattr(x, f))
        out.append(')')
    elif isinstance(x, list):
        out.append('[')
        for i in x: w(i)
        out.append(']')
    elif x is None: out.append('N')
    elif x is True: out.append('T')
    elif x is False: out.append('F')
    elif x is Ellipsis: out.append('E')
    elif isinstance(x, int): out.append('i' + str(x))
    elif isinstance(x, float): out.append('f' + repr(x))
    elif isinstance(x, complex): out.append('j' + repr(x.imag))
    elif isinstance(x, str): out.append('s' + x.encode().hex())
    elif isinstance(x, bytes): out.append('b' + x.hex())
    else: raise TypeError(x)
w(ast.parse(sys.stdin.read()))
print(' '.join(out))
"#;

/// Parses `src` with CPython; None if python3 is unavailable. Panics on a syntax error.
pub fn parse(src: &str) -> Option<Module> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(DUMP)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    assert!(out.status.success(), "python3 could not parse:\n{src}");
    let text = String::from_utf8(out.stdout).ok()?;
    let toks: Vec<&str> = text.split_whitespace().collect();
    let mut r = Reader { toks, pos: 0 };
    let (name, _) = r.open();
    assert_eq!(name, "Module");
    let body = r.list(Reader::stmt);
    r.skip_rest();
    Some(Module { body })
}

struct Reader<'t> {
    toks: Vec<&'t str>,
    pos: usize,
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

impl<'t> Reader<'t> {
    fn next(&mut self) -> &'t str {
        let t = self.toks[self.pos];
        self.pos += 1;
        t
    }
    fn peek(&self) -> &'t str {
        self.toks[self.pos]
    }
    fn open(&mut self) -> (String, u32) {
        let t = self.next();
        assert!(t.starts_with('('), "expected node, got {t}");
        let line = self.next().parse().unwrap();
        (t[1..].to_string(), line)
    }
    /// Skips the remaining fields of the current node and its `)`.
    fn skip_rest(&mut self) {
        let mut depth = 0;
        loop {
            let t = self.next();
            if t.starts_with('(') || t == "[" {
                depth += 1;
            } else if t == ")" || t == "]" {
                if depth == 0 {
                    return;
                }
                depth -= 1;
            }
        }
    }
    fn close(&mut self) {
        let t = self.next();
        assert_eq!(t, ")");
    }
    fn list<T>(&mut self, f: fn(&mut Self) -> T) -> Vec<T> {
        assert_eq!(self.next(), "[");
        let mut v = Vec::new();
        while self.peek() != "]" {
            v.push(f(self));
        }
        self.next();
        v
    }
    fn opt<T>(&mut self, f: fn(&mut Self) -> T) -> Option<T> {
        if self.peek() == "N" {
            self.next();
            None
        } else {
            Some(f(self))
        }
    }
    fn string(&mut self) -> String {
        let t = self.next();
        assert!(t.starts_with('s'), "expected string, got {t}");
        String::from_utf8(unhex(&t[1..])).unwrap()
    }
    fn int(&mut self) -> i64 {
        let t = self.next();
        t[1..].parse().unwrap()
    }
    fn boolean(&mut self) -> bool {
        let t = self.next();
        if t.starts_with('i') {
            return t != "i0";
        }
        t == "T"
    }
    /// An operator or context node: just its name.
    fn tag(&mut self) -> String {
        let (n, _) = self.open();
        self.close();
        n
    }
    fn ctx(&mut self) -> Ctx {
        match self.tag().as_str() {
            "Store" => Ctx::Store,
            "Del" => Ctx::Del,
            _ => Ctx::Load,
        }
    }
    fn bexpr(&mut self) -> Box<Expr> {
        Box::new(self.expr())
    }
    fn constant(&mut self) -> Constant {
        let t = self.next();
        match &t[..1] {
            "N" => Constant::None,
            "T" => Constant::Bool(true),
            "F" => Constant::Bool(false),
            "E" => Constant::Ellipsis,
            "i" => match t[1..].parse::<i64>() {
                Ok(v) => Constant::Int(I64::new(v)),
                Err(_) => Constant::BigInt {
                    digits: t[1..].into(),
                    radix: 10,
                },
            },
            "f" => Constant::Float(F64::new(t[1..].parse().unwrap())),
            "j" => Constant::Imag(F64::new(t[1..].parse().unwrap())),
            "s" => Constant::Str(String::from_utf8(unhex(&t[1..])).unwrap()),
            "b" => Constant::Bytes(unhex(&t[1..])),
            _ => panic!("bad constant {t}"),
        }
    }

    fn stmt(&mut self) -> Stmt {
        let (name, line) = self.open();
        let kind = match name.as_str() {
            "FunctionDef" | "AsyncFunctionDef" => {
                let n = self.string();
                let args = self.arguments();
                let body = self.list(Self::stmt);
                let decorators = self.list(Self::expr);
                let returns = self.opt(Self::expr);
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: n,
                    args,
                    body,
                    decorators,
                    returns,
                    is_async: name == "AsyncFunctionDef",
                }))
            }
            "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
                name: self.string(),
                bases: self.list(Self::expr),
                keywords: self.list(Self::keyword),
                body: self.list(Self::stmt),
                decorators: self.list(Self::expr),
            })),
            "Return" => StmtKind::Return(self.opt(Self::expr)),
            "Delete" => StmtKind::Delete(self.list(Self::expr)),
            "Assign" => StmtKind::Assign {
                targets: self.list(Self::expr),
                value: self.expr(),
            },
            "AugAssign" => StmtKind::AugAssign {
                target: self.bexpr(),
                op: binop(&self.tag()),
                value: self.expr(),
            },
            "AnnAssign" => StmtKind::AnnAssign(Box::new(AnnAssign {
                target: self.expr(),
                annotation: self.expr(),
                value: self.opt(Self::expr),
                simple: self.boolean(),
            })),
            "For" | "AsyncFor" => StmtKind::For(Box::new(For {
                target: self.expr(),
                iter: self.expr(),
                body: self.list(Self::stmt),
                orelse: self.list(Self::stmt),
                is_async: name == "AsyncFor",
            })),
            "While" => StmtKind::While {
                test: self.expr(),
                body: self.list(Self::stmt),
                orelse: self.list(Self::stmt),
            },
            "If" => StmtKind::If {
                test: self.expr(),
                body: self.list(Self::stmt),
                orelse: self.list(Self::stmt),
            },
            "With" | "AsyncWith" => StmtKind::With {
                items: self.list(Self::withitem),
                body: self.list(Self::stmt),
                is_async: name == "AsyncWith",
            },
            "Match" => StmtKind::Match {
                subject: self.expr(),
                cases: self.list(Self::case),
            },
            "Raise" => StmtKind::Raise {
                exc: self.opt(Self::expr),
                cause: self.opt(Self::bexpr),
            },
            "Try" | "TryStar" => StmtKind::Try {
                body: self.list(Self::stmt),
                handlers: self.list(Self::handler),
                orelse: self.list(Self::stmt),
                finalbody: self.list(Self::stmt),
                is_star: name == "TryStar",
            },
            "Assert" => StmtKind::Assert {
                test: self.expr(),
                msg: self.opt(Self::bexpr),
            },
            "Import" => StmtKind::Import(self.list(Self::alias)),
            "ImportFrom" => StmtKind::ImportFrom {
                module: self.opt(Self::string),
                names: self.list(Self::alias),
                level: self.int() as u32,
            },
            "Global" => StmtKind::Global(self.list(Self::string)),
            "Nonlocal" => StmtKind::Nonlocal(self.list(Self::string)),
            "Expr" => StmtKind::Expr(self.expr()),
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            "Continue" => StmtKind::Continue,
            _ => panic!("unknown statement {name}"),
        };
        self.skip_rest();
        Stmt { kind, line }
    }

    fn expr(&mut self) -> Expr {
        let (name, line) = self.open();
        let kind = match name.as_str() {
            "BoolOp" => ExprKind::BoolOp {
                op: if self.tag() == "And" {
                    BoolOp::And
                } else {
                    BoolOp::Or
                },
                values: self.list(Self::expr),
            },
            "NamedExpr" => ExprKind::NamedExpr {
                target: self.bexpr(),
                value: self.bexpr(),
            },
            "BinOp" => ExprKind::BinOp {
                left: self.bexpr(),
                op: binop(&self.tag()),
                right: self.bexpr(),
            },
            "UnaryOp" => ExprKind::UnaryOp {
                op: match self.tag().as_str() {
                    "Invert" => UnaryOp::Invert,
                    "Not" => UnaryOp::Not,
                    "UAdd" => UnaryOp::UAdd,
                    _ => UnaryOp::USub,
                },
                operand: self.bexpr(),
            },
            "Lambda" => ExprKind::Lambda {
                args: Box::new(self.arguments()),
                body: self.bexpr(),
            },
            "IfExp" => ExprKind::IfExp {
                test: self.bexpr(),
                body: self.bexpr(),
                orelse: self.bexpr(),
            },
            "Dict" => ExprKind::Dict(Box::new(Dict {
                keys: self.list(|r| r.opt(Self::expr)),
                values: self.list(Self::expr),
            })),
            "Set" => ExprKind::Set(self.list(Self::expr)),
            "ListComp" => ExprKind::ListComp {
                elt: self.bexpr(),
                generators: self.list(Self::comp),
            },
            "SetComp" => ExprKind::SetComp {
                elt: self.bexpr(),
                generators: self.list(Self::comp),
            },
            "GeneratorExp" => ExprKind::GeneratorExp {
                elt: self.bexpr(),
                generators: self.list(Self::comp),
            },
            "DictComp" => ExprKind::DictComp {
                key: self.bexpr(),
                value: self.bexpr(),
                generators: self.list(Self::comp),
            },
            "Await" => ExprKind::Await(self.bexpr()),
            "Yield" => ExprKind::Yield(self.opt(Self::bexpr)),
            "YieldFrom" => ExprKind::YieldFrom(self.bexpr()),
            "Compare" => ExprKind::Compare(Box::new(Compare {
                left: self.expr(),
                ops: self.list(|r| cmpop(&r.tag())),
                comparators: self.list(Self::expr),
            })),
            "Call" => ExprKind::Call(Box::new(Call {
                func: self.expr(),
                args: self.list(Self::expr),
                keywords: self.list(Self::keyword),
            })),
            "FormattedValue" => ExprKind::FormattedValue {
                value: self.bexpr(),
                conversion: self.int() as i32,
                format_spec: self.opt(Self::bexpr),
            },
            "JoinedStr" => ExprKind::JoinedStr(self.list(Self::expr)),
            "Constant" => ExprKind::Constant(self.constant()),
            "Attribute" => ExprKind::Attribute {
                value: self.bexpr(),
                attr: self.string().into(),
                ctx: self.ctx(),
            },
            "Subscript" => ExprKind::Subscript {
                value: self.bexpr(),
                slice: self.bexpr(),
                ctx: self.ctx(),
            },
            "Starred" => ExprKind::Starred {
                value: self.bexpr(),
                ctx: self.ctx(),
            },
            "Name" => ExprKind::Name {
                id: self.string(),
                ctx: self.ctx(),
            },
            "List" => ExprKind::List {
                elts: self.list(Self::expr),
                ctx: self.ctx(),
            },
            "Tuple" => ExprKind::Tuple {
                elts: self.list(Self::expr),
                ctx: self.ctx(),
            },
            "Slice" => ExprKind::Slice {
                lower: self.opt(Self::bexpr),
                upper: self.opt(Self::bexpr),
                step: self.opt(Self::bexpr),
            },
            _ => panic!("unknown expression {name}"),
        };
        self.skip_rest();
        Expr { kind, line }
    }

    fn arguments(&mut self) -> Arguments {
        self.open();
        let a = Arguments {
            posonlyargs: self.list(Self::arg),
            args: self.list(Self::arg),
            vararg: self.opt(Self::arg),
            kwonlyargs: self.list(Self::arg),
            kw_defaults: self.list(|r| r.opt(Self::expr)),
            kwarg: self.opt(Self::arg),
            defaults: self.list(Self::expr),
        };
        self.close();
        a
    }
    fn arg(&mut self) -> Arg {
        let (_, line) = self.open();
        let a = Arg {
            name: self.string(),
            annotation: self.opt(Self::expr),
            line,
        };
        self.skip_rest();
        a
    }
    fn keyword(&mut self) -> Keyword {
        self.open();
        let k = Keyword {
            arg: self.opt(Self::string),
            value: self.expr(),
        };
        self.skip_rest();
        k
    }
    fn alias(&mut self) -> Alias {
        self.open();
        let a = Alias {
            name: self.string(),
            asname: self.opt(Self::string),
        };
        self.skip_rest();
        a
    }
    fn withitem(&mut self) -> WithItem {
        self.open();
        let w = WithItem {
            context_expr: self.expr(),
            optional_vars: self.opt(Self::expr),
        };
        self.skip_rest();
        w
    }
    fn comp(&mut self) -> Comprehension {
        self.open();
        let c = Comprehension {
            target: self.expr(),
            iter: self.expr(),
            ifs: self.list(Self::expr),
            is_async: self.boolean(),
        };
        self.skip_rest();
        c
    }
    fn handler(&mut self) -> ExceptHandler {
        let (_, line) = self.open();
        let h = ExceptHandler {
            typ: self.opt(Self::expr),
            name: self.opt(Self::string),
            body: self.list(Self::stmt),
            line,
        };
        self.skip_rest();
        h
    }
    fn case(&mut self) -> MatchCase {
        self.open();
        let c = MatchCase {
            pattern: self.pattern(),
            guard: self.opt(Self::expr),
            body: self.list(Self::stmt),
        };
        self.skip_rest();
        c
    }
    fn pattern(&mut self) -> Pattern {
        let (name, _) = self.open();
        let p = match name.as_str() {
            "MatchValue" => Pattern::MatchValue(self.expr()),
            "MatchSingleton" => Pattern::MatchSingleton(self.constant()),
            "MatchSequence" => Pattern::MatchSequence(self.list(Self::pattern)),
            "MatchMapping" => Pattern::MatchMapping {
                keys: self.list(Self::expr),
                patterns: self.list(Self::pattern),
                rest: self.opt(Self::string),
            },
            "MatchClass" => Pattern::MatchClass {
                cls: self.expr(),
                patterns: self.list(Self::pattern),
                kwd_attrs: self.list(Self::string),
                kwd_patterns: self.list(Self::pattern),
            },
            "MatchStar" => Pattern::MatchStar(self.opt(Self::string)),
            "MatchAs" => Pattern::MatchAs {
                pattern: self.opt(|r| Box::new(r.pattern())),
                name: self.opt(Self::string),
            },
            "MatchOr" => Pattern::MatchOr(self.list(Self::pattern)),
            _ => panic!("unknown pattern {name}"),
        };
        self.skip_rest();
        p
    }
}

fn binop(n: &str) -> BinOp {
    match n {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mul,
        "MatMult" => BinOp::MatMul,
        "Div" => BinOp::Div,
        "FloorDiv" => BinOp::FloorDiv,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        _ => BinOp::BitAnd,
    }
}

fn cmpop(n: &str) -> CmpOp {
    match n {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        _ => CmpOp::NotIn,
    }
}
