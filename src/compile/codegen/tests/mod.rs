// SPDX-License-Identifier: MIT
//! Code generator tests: compile snippets (parsed by CPython through `pyast` until Pyrite's
//! parser lands) and check the disassembly, exception tables, stack sizes and errors. Every
//! compiled snippet also goes through the stack verifier.

extern crate std;

mod pyast;

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::bytecode::disasm::{decode, disassemble};
use crate::bytecode::opcode::Op;
use crate::bytecode::verify::verify;
use crate::bytecode::{CodeObject, Const};
use crate::compile::{compile_module, CompileError, Mode};

fn try_compile_mode(src: &str, mode: Mode) -> Option<Result<CodeObject, CompileError>> {
    Some(crate::compile::compile(src, "<test>", mode))
}

fn compile_mode(src: &str, mode: Mode) -> Option<CodeObject> {
    let code = try_compile_mode(src, mode)?.unwrap_or_else(|e| panic!("{e:?}\n{src}"));
    if let Err(e) = verify(&code) {
        panic!("verify failed: {e}\n{}", disassemble(&code));
    }
    Some(code)
}

fn compile(src: &str) -> Option<CodeObject> {
    compile_mode(src, Mode::Exec)
}

fn error(src: &str) -> Option<CompileError> {
    match try_compile_mode(src, Mode::Exec)? {
        Ok(c) => panic!("expected an error:\n{}", disassemble(&c)),
        Err(e) => Some(e),
    }
}

/// The instruction names (with operands) of a code object.
fn ops(code: &CodeObject) -> Vec<String> {
    decode(&code.code)
        .map(|(_, op, arg)| {
            if op as u8 >= crate::bytecode::HAVE_ARG {
                alloc::format!("{} {arg}", op.name())
            } else {
                op.name().into()
            }
        })
        .collect()
}

fn nested<'c>(code: &'c CodeObject, name: &str) -> &'c CodeObject {
    code.consts
        .iter()
        .find_map(|c| match c {
            Const::Code(c) if c.name == name => Some(&**c),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no nested {name}"))
}

#[test]
fn hand_built_ast_compiles_without_python() {
    use crate::compile::ast::*;
    let e = |kind| Expr { kind, line: 1 };
    let module = Module {
        body: alloc::vec![Stmt {
            kind: StmtKind::Assign {
                targets: alloc::vec![e(ExprKind::Name {
                    id: "x".into(),
                    ctx: Ctx::Store
                })],
                value: e(ExprKind::BinOp {
                    left: alloc::boxed::Box::new(e(ExprKind::Constant(Constant::Int(
                        IntLit::Small(1)
                    )))),
                    op: BinOp::Add,
                    right: alloc::boxed::Box::new(e(ExprKind::Name {
                        id: "y".into(),
                        ctx: Ctx::Load
                    })),
                }),
            },
            line: 1,
        }],
    };
    let code = compile_module(&module, "<t>", Mode::Exec).unwrap();
    assert_eq!(
        ops(&code),
        [
            "LoadConst 0",
            "LoadName 0",
            "BinaryOp 0",
            "StoreName 1",
            "LoadConst 1",
            "ReturnValue"
        ]
    );
    assert_eq!(code.stacksize, 2);
    verify(&code).unwrap();
}

#[test]
fn expressions_and_constants() {
    let Some(c) = compile("x = -5\ny = a[1:2]\nz = (1, 2, -3.5)\nw = f'{x!r:>{y}}'") else {
        return;
    };
    let o = ops(&c);
    assert!(o.contains(&"BuildSlice 2".into()));
    assert!(o.contains(&"BinarySubscr".into()));
    assert!(c
        .consts
        .contains(&Const::Int(crate::compile::ast::IntLit::Small(-5))));
    assert!(o.contains(&"FormatValue 6".into()), "{o:?}");
}

#[test]
fn chained_comparison_evaluates_middle_once() {
    let Some(c) = compile("r = a < b < c") else {
        return;
    };
    let o = ops(&c);
    assert_eq!(
        &o[..9],
        [
            "LoadName 0",
            "LoadName 1",
            "Swap 2",
            "Copy 2",
            "CompareOp 0",
            "JumpIfFalseOrPop 27",
            "LoadName 2",
            "CompareOp 0",
            "Jump 31"
        ]
    );
}

#[test]
fn calls() {
    let Some(c) = compile("f(1, k=2)\no.m(3)\no.m(x=1)\nf(*a, **k)\nf(1, *a, b, k=1, **d)") else {
        return;
    };
    let o = ops(&c);
    for want in [
        "CallKw 2",
        "LoadMethod 2",
        "CallMethod 1",
        "CallMethodKw 1",
        "CallFunctionEx 1",
        "DictMerge 1",
        "ListToTuple",
    ] {
        assert!(o.contains(&want.into()), "{want} missing: {o:?}");
    }
    assert!(c
        .consts
        .contains(&Const::Tuple(alloc::vec![Const::Str("k".into())])));
}

#[test]
fn closures_cells_and_qualnames() {
    let Some(c) = compile("def f(a):\n    def g():\n        return a\n    return g\nclass C:\n    def m(self):\n        return __class__\n") else {
        return;
    };
    let f = nested(&c, "f");
    assert_eq!(f.cellvars, ["a"]);
    assert_eq!(&ops(f)[..3], ["MakeCell 2", "LoadFast 0", "StoreDeref 2"]);
    let g = nested(f, "g");
    assert_eq!(g.freevars, ["a"]);
    assert_eq!(g.qualname, "f.<locals>.g");
    let cls = nested(&c, "C");
    assert_eq!(cls.cellvars, ["__class__"]);
    let m = nested(cls, "m");
    assert_eq!(m.qualname, "C.m");
    assert_eq!(m.freevars, ["__class__"]);
    let o = ops(cls);
    assert_eq!(o[o.len() - 4..o.len() - 2], ["LoadClosure 0", "Copy 1"]);
    assert!(cls.names.contains(&"__classcell__".into()));
}

#[test]
fn try_except_table() {
    let Some(c) =
        compile("try:\n    f()\nexcept E as e:\n    g(e)\nelse:\n    h()\nfinally:\n    k()\n")
    else {
        return;
    };
    assert!(c.exceptiontable.len() >= 3, "{}", disassemble(&c));
    for w in c.exceptiontable.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
}

/// The message this build gives: CPython's with `detailed-errors`, the terse one without.
fn msg(terse: &'static str, detailed: &'static str) -> &'static str {
    if crate::compile::DETAILED {
        detailed
    } else {
        terse
    }
}

#[test]
fn syntax_errors() {
    let cases: &[(&str, &str, u32)] = &[
        ("return 1", "'return' outside function", 1),
        ("x = 1\nyield x", "'yield' outside function", 2),
        (
            "nonlocal x",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n    nonlocal x",
            msg(
                "no binding for nonlocal found",
                "no binding for nonlocal 'x' found",
            ),
            2,
        ),
        (
            "def f():\n    x = 1\n    global x",
            msg(
                "identifier redefined as global",
                "name 'x' is assigned to before global declaration",
            ),
            3,
        ),
        (
            "def f():\n    print(x)\n    global x",
            msg(
                "identifier redefined as global",
                "name 'x' is used prior to global declaration",
            ),
            3,
        ),
        (
            "def f(x):\n    global x",
            msg(
                "identifier redefined as global",
                "name 'x' is parameter and global",
            ),
            2,
        ),
        (
            "def f(x, x):\n    pass",
            msg(
                "duplicate argument in function definition",
                "duplicate argument 'x' in function definition",
            ),
            1,
        ),
        ("break", "'break' outside loop", 1),
        (
            "while 1:\n    def f():\n        continue",
            "'continue' not properly in loop",
            3,
        ),
        (
            "a, *b, *c = d",
            "multiple starred expressions in assignment",
            1,
        ),
        ("await x", "'await' outside function", 1),
        ("def f():\n    await x", "'await' outside async function", 2),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
            "default 'except:' must be last",
            3,
        ),
        (
            "def f():\n    from m import *",
            "import * only allowed at module level",
            2,
        ),
    ];
    for (src, msg, line) in cases {
        let Some(e) = error(src) else { return };
        assert_eq!((e.msg.as_str(), e.line), (*msg, *line), "{src}");
    }
}

#[test]
fn modes() {
    let Some(c) = compile_mode("1 + x", Mode::Eval) else {
        return;
    };
    assert_eq!(ops(&c).last().unwrap(), "ReturnValue");
    assert!(!ops(&c).contains(&"PopTop".into()));
    let Some(c) = compile_mode("x\ny = 2", Mode::Single) else {
        return;
    };
    assert!(ops(&c).contains(&"PrintExpr".into()));
}

#[test]
fn mangling() {
    let Some(c) = compile("class Foo:\n    __x = 1\n    def m(self):\n        return self.__y\n")
    else {
        return;
    };
    let cls = nested(&c, "Foo");
    assert!(cls.names.contains(&"_Foo__x".into()));
    assert!(nested(cls, "m").names.contains(&"_Foo__y".into()));
}

/// A program with (nearly) every construct: everything must verify.
const EVERYTHING: &str = r#"
"""doc"""
import a.b.c as d, e
from .m import x as y, z
from os import *
g: int = 1
def deco(f): return f
@deco
def func(p, /, q, r=1, *args, s, t=2, **kw) -> int:
    """fdoc"""
    global g
    g += 1
    v = [i * 2 for i in args if i if not i]
    w = {k: v for k, v in kw.items()}
    u = {i for i in range(3) for j in range(i)}
    gen = (x for x in args)
    def inner():
        nonlocal v
        v = lambda a, b=2: a + b + p
        return v
    for i in range(10):
        if i == 2:
            continue
        elif i > 8:
            break
        try:
            pass
        finally:
            if i:
                continue
    else:
        pass
    while p < q <= r:
        p += 1
        if p: break
    else:
        q = 0
    a, (b, *c), d.e, f[0] = 1, (2, 3, 4), 5, 6
    d.e += 1; f[g] *= 2; f[1:2] = []
    del a, d.e, f[0]
    assert p, "msg"
    assert q
    x = p if q else r
    y = p and q or r
    z = (n := 10) + n
    s2 = [*args, 1, *args]; t2 = (*args,); s3 = {*args}; d2 = {**kw, 'a': 1, **kw}
    m = {1: 2, 3: 4}
    o = func(*args, **kw).attr[0]
    return inner
def gen_func(n):
    x = yield n
    yield from range(x)
    return 5
class Base: pass
class C(Base, metaclass=type):
    attr: int = 3
    def method(self):
        super().method()
        return __class__
    @staticmethod
    def s(*a, **k):
        return C(*a, **k)
def exc(x):
    try:
        x()
    except ValueError as e:
        return e
    except (TypeError, KeyError):
        raise
    except Exception:
        raise RuntimeError("x") from None
    else:
        x = 2
    finally:
        x = 3
    try:
        for i in x:
            try:
                return i
            finally:
                break
    except:
        pass
    with open(x) as f, open(x):
        return f.read()
    with a:
        for q in x:
            with b as (c, d):
                continue
    try:
        pass
    finally:
        return 1
async def coro(x):
    await x
    async for i in x:
        if i: break
        continue
    else:
        pass
    async with x as y:
        return [i async for i in y]
    r = [await z for z in x]
    g2 = (i async for i in x)
    return r
async def agen():
    yield 1
    await x
def loops():
    for a in b:
        for c in d:
            while e:
                try:
                    return c
                except E as e:
                    continue
                finally:
                    return 2
def more(*a, **k):
    global G
    G = 1
    def g1():
        try:
            with k as kk:
                yield kk
                x = yield from a
        except* ValueError as eg:
            print(eg)
        except* (TypeError, KeyError):
            raise
        else:
            pass
        finally:
            pass
    def g2():
        for i in a:
            match i:
                case [1, *r] if r:
                    continue
                case {"k": 1}:
                    break
                case _:
                    return [y := j for j in r]
        else:
            return y
    class K(*a, **k):
        def f(self):
            nonlocal a
            a = super().f(*a)
            del self.x, a
            return [[p for p in q] for q in a]
    return (g1, g2, K, {**k}, [*a], {*a, 1}, a[1:2:3], a[::], lambda *x, y=1, **z: (x, y, z))
async def agen2(a):
    async with a as b, a:
        yield b
    r = {k: v async for k in a async for v in k if await v}
    s = [await q async for q in a]
    try:
        await a
    finally:
        return
print(func, f"{x}{y!s:{z}}", 1 < 2, not x, -x, ~x, +x, x is y, x is not y, x in y, x not in y)
lam = lambda: (yield)
"#;

#[test]
fn everything_verifies() {
    let Some(c) = compile(EVERYTHING) else { return };
    let text = disassemble(&c);
    assert!(text.contains("Disassembly of func"));
    assert!(text.contains("ExceptionTable"));
}

/// `PYRITE_DIS=file.py cargo test --lib dump_file -- --ignored --nocapture` prints a listing.
#[test]
#[ignore]
fn dump_file() {
    let Ok(path) = std::env::var("PYRITE_DIS") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap();
    let module = pyast::parse(&src).unwrap();
    match compile_module(&module, "<dump>", Mode::Exec) {
        Ok(c) => {
            std::println!("{}", disassemble(&c));
            if let Err(e) = verify(&c) {
                std::println!("VERIFY: {e}");
            }
        }
        Err(e) => std::println!("ERROR: {e:?}"),
    }
}

/// Pyrite's parser and CPython's agree on the AST of the big program (when python3 exists).
#[test]
fn parser_agrees_with_cpython() {
    let Some(theirs) = pyast::parse(EVERYTHING) else {
        return;
    };
    let ours = crate::compile::parser::parse(EVERYTHING, Mode::Exec).unwrap();
    for (a, b) in ours.body.iter().zip(&theirs.body) {
        assert_eq!(a, b);
    }
    assert_eq!(ours.body.len(), theirs.body.len());
}

const MATCHES: &str = r#"
def m(x):
    match x:
        case 1 | 2 | -3:
            return 'small'
        case None:
            return None
        case [a, b, *rest] if a > b:
            return rest
        case [a, *_, b]:
            return a + b
        case [_, _]:
            return 2
        case (p, (0 | 1) as q) as whole:
            return whole
        case {'k': v, 'j': [w, *_], **kw}:
            return kw
        case {}:
            return {}
        case Point(x=0, y=yy) | Point(yy, 0):
            return yy
        case str() | bytes():
            return 's'
        case [1, 2] | {'a': 1}:
            return 'x'
        case (a, b) | (b, a):
            return a
        case C.D:
            return 'dotted'
        case other if other:
            return other
        case _:
            return 'default'
def n(x):
    match x:
        case y:
            return y
def o(x):
    match x:
        case [1, *_]:
            pass
"#;

#[test]
fn match_statements_verify() {
    let Some(c) = compile(MATCHES) else { return };
    let m = nested(&c, "m");
    let o = ops(m);
    for want in [
        "MatchSequence",
        "GetLen",
        "MatchMapping",
        "MatchKeys",
        "CopyDictWithoutKeys",
        "MatchClass 2",
        "UnpackEx 2",
    ] {
        assert!(o.iter().any(|x| x.starts_with(want)), "{want} missing");
    }
    let Some(e) = error("match x:\n    case y:\n        pass\n    case 1:\n        pass") else {
        return;
    };
    assert_eq!(
        e.msg,
        "name capture 'y' makes remaining patterns unreachable"
    );
    let Some(e) = error("match x:\n    case [a, a]:\n        pass") else {
        return;
    };
    assert_eq!(e.msg, "multiple assignments to name 'a' in pattern");
    let Some(e) = error("match x:\n    case [b] | a:\n        pass") else {
        return;
    };
    assert_eq!(e.msg, "alternative patterns bind different names");
}

#[test]
fn code_too_large() {
    let src = "x = y\n".repeat(12_000);
    let e = crate::compile::compile(&src, "<t>", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "code too large");
}

#[test]
fn line_table_and_firstlineno() {
    let Some(c) = compile("a = 1\n\nb = (2 +\n     c)\n@d\ndef f():\n    return 3\n") else {
        return;
    };
    let lines: Vec<u32> = decode(&c.code)
        .map(|(o, _, _)| c.line_for_offset(o))
        .collect();
    assert_eq!(&lines[..6], [1, 1, 3, 4, 3, 3]);
    assert_eq!(nested(&c, "f").firstlineno, 5);
}

#[test]
fn exact_try_except_shape() {
    let Some(c) = compile("try:\n    a\nexcept E:\n    b\n") else {
        return;
    };
    let o = ops(&c);
    assert_eq!(
        o,
        [
            "LoadName 0",
            "PopTop",
            "Jump 34",
            "PushExcInfo",
            "LoadName 1",
            "CheckExcMatch",
            "PopJumpIfFalse 24",
            "PopTop",
            "LoadName 2",
            "PopTop",
            "PopExcept",
            "Jump 34",
            "Reraise 0",
            "Swap 2",
            "PopExcept",
            "Reraise 0",
            "LoadConst 0",
            "ReturnValue",
        ]
    );
    let t: Vec<(u32, u32, u32, u32)> = c
        .exceptiontable
        .iter()
        .map(|e| (e.start, e.end, e.target, e.depth))
        .collect();
    assert_eq!(t, [(0, 4, 7, 0), (7, 20, 27, 1), (24, 27, 27, 1)]);
    assert_eq!(c.stacksize, 3);
}

#[test]
fn return_through_finally_and_with() {
    let Some(c) = compile("def f():\n    for x in y:\n        with m:\n            try:\n                return x\n            finally:\n                g()\n") else {
        return;
    };
    let o = ops(nested(&c, "f"));
    let ret = o.iter().position(|x| x == "ReturnValue").unwrap();
    // finally body, then the with exit call, then the iterator popped, then return.
    assert_eq!(
        o[ret - 12..=ret],
        [
            "LoadFast 0",
            "LoadGlobal 2",
            "Call 0",
            "PopTop",
            "Swap 2",
            "LoadConst 0",
            "LoadConst 0",
            "LoadConst 0",
            "Call 3",
            "PopTop",
            "Swap 2",
            "PopTop",
            "ReturnValue"
        ]
    );
}

#[test]
fn verifier_rejects_bad_code() {
    let Some(mut c) = compile("x = a + b") else {
        return;
    };
    c.stacksize = 1;
    assert!(verify(&c).is_err());
    let Some(mut c) = compile("x = a") else {
        return;
    };
    c.code[0] = Op::PopTop as u8; // pops an empty stack
    c.code.insert(1, Op::Nop as u8);
    c.code.insert(1, Op::Nop as u8);
    assert!(verify(&c).is_err());
}

/// One line per code object describing its names and flags, comparable with CPython's.
fn describe(code: &CodeObject, out: &mut Vec<String>) {
    let nargs = (code.argcount + code.kwonlyargcount) as usize
        + usize::from(code.flags & 4 != 0)
        + usize::from(code.flags & 8 != 0);
    let args = code.varnames[..nargs.min(code.varnames.len())].join(",");
    let mut rest: Vec<&String> = code.varnames[nargs.min(code.varnames.len())..]
        .iter()
        .collect();
    rest.sort();
    let rest: Vec<&str> = rest.iter().map(|s| s.as_str()).collect();
    let mut cells = code.cellvars.clone();
    cells.sort();
    out.push(alloc::format!(
        "{}|{} {} {}|{:#x}|{}|{}|{}|{}",
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags & 0x2bd,
        args,
        rest.join(","),
        cells.join(","),
        code.freevars.join(",")
    ));
    for c in &code.consts {
        if let Const::Code(inner) = c {
            describe(inner, out);
        }
    }
}

const DESCRIBE: &str = r#"
import sys
def d(co):
    n = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
    args = ",".join(co.co_varnames[:n])
    rest = ",".join(sorted(co.co_varnames[n:]))
    print(f"{co.co_qualname}|{co.co_argcount} {co.co_posonlyargcount} {co.co_kwonlyargcount}|{co.co_flags & 0x2bd:#x}|{args}|{rest}|{','.join(sorted(co.co_cellvars))}|{','.join(co.co_freevars)}")
    for c in co.co_consts:
        if hasattr(c, "co_code"): d(c)
d(compile(sys.stdin.read(), "<test>", "exec"))
"#;

/// The first difference between our and CPython's [`describe`] lines for `src`, if any.
fn scope_diff(src: &str, code: &CodeObject) -> Option<String> {
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .args(["-c", DESCRIBE])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        return None;
    }
    let theirs = String::from_utf8(out.stdout).ok()?;
    let mut ours = Vec::new();
    describe(code, &mut ours);
    let mut theirs: Vec<&str> = theirs.lines().collect();
    let mut ours: Vec<&str> = ours.iter().map(|s| s.as_str()).collect();
    // Identical code objects are shared (CPython keeps copies), so compare sets.
    theirs.sort();
    theirs.dedup();
    ours.sort();
    ours.dedup();
    for (a, b) in ours.iter().zip(&theirs) {
        if a != b {
            return Some(alloc::format!("\n  ours:    {a}\n  CPython: {b}"));
        }
    }
    (ours.len() != theirs.len())
        .then(|| alloc::format!("{} vs {} code objects", ours.len(), theirs.len()))
}

/// Names, cells, free variables, argument counts and flags of every code object agree with
/// CPython's for the big programs (when python3 exists).
#[test]
fn scopes_agree_with_cpython() {
    for src in [EVERYTHING, MATCHES] {
        let Ok(mut child) = std::process::Command::new("python3")
            .args(["-c", DESCRIBE])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
        else {
            return;
        };
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(src.as_bytes())
            .unwrap();
        let theirs = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
        let mut ours = Vec::new();
        describe(&compile(src).unwrap(), &mut ours);
        let mut theirs: Vec<&str> = theirs.lines().collect();
        let mut ours: Vec<&str> = ours.iter().map(|s| s.as_str()).collect();
        theirs.sort();
        theirs.dedup();
        ours.sort();
        ours.dedup();
        for (a, b) in ours.iter().zip(&theirs) {
            assert_eq!(a, b);
        }
        assert_eq!(ours.len(), theirs.len());
    }
}

/// Source nested as deeply as the parser accepts compiles on a 256 KiB thread stack.
#[test]
fn deepest_parseable_source_compiles_on_a_small_stack() {
    let mut blocks = String::new();
    let mut defs = String::new();
    for i in 0..99 {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if x:\n");
        defs.push_str(&" ".repeat(i));
        defs.push_str(&alloc::format!("def f{i}(a=x):\n"));
    }
    blocks.push_str(&" ".repeat(99));
    blocks.push_str("pass\n");
    defs.push_str(&" ".repeat(99));
    defs.push_str("return a\n");
    let cases: Vec<String> = alloc::vec![
        "x = ".to_string() + &"not ".repeat(99) + "x",
        "x = ".to_string() + &"-".repeat(99) + "x",
        "x = ".to_string() + &"(".repeat(99) + "x" + &")".repeat(99),
        "x = ".to_string() + &"[".repeat(99) + &"]".repeat(99),
        "x = ".to_string() + &"f(".repeat(99) + &")".repeat(99),
        "x = ".to_string() + &"a if b else ".repeat(99) + "c",
        "x = ".to_string() + &"lambda: ".repeat(99) + "c",
        "x = ".to_string() + &"[".repeat(50) + "y for y in z" + &"]".repeat(50),
        "x = ".to_string() + &"a + ".repeat(2000) + "c",
        blocks,
        defs,
    ];
    for src in cases {
        // Parse on a big stack (the parser's own limits are tested by the parser), then
        // compile on a 256 KiB one: either it compiles and verifies, or it is refused as too
        // deep; it never overflows.
        let module = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                crate::compile::parser::parse_with_stack_budget(&src, Mode::Exec, 32 << 20)
            })
            .unwrap()
            .join()
            .unwrap()
            .unwrap();
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || match compile_module(&module, "<t>", Mode::Exec) {
                Ok(code) => assert!(verify(&code).is_ok()),
                Err(e) => assert_eq!(e.kind, crate::compile::ErrorKind::TooDeep),
            })
            .unwrap()
            .join()
            .unwrap();
    }
}

#[test]
fn too_deep_trees_fail_cleanly() {
    let src = "x = ".to_string() + &"a.b(".repeat(20) + &")".repeat(20);
    let module = crate::compile::parser::parse(&src, Mode::Exec).unwrap();
    let e = crate::compile::compile_module_with_stack_budget(&module, "<t>", Mode::Exec, 2048)
        .unwrap_err();
    assert_eq!(e.kind, crate::compile::ErrorKind::TooDeep);
    assert!(crate::compile::compile_module(&module, "<t>", Mode::Exec).is_ok());
}

#[test]
#[ignore]
fn measure_codegen_stack() {
    for (name, open, close) in [
        ("call", "f(", ")"),
        ("meth", "a.b(", ")"),
        ("not", "not ", ""),
        ("paren", "(", ")"),
        ("list", "[", "]"),
        ("ifexp", "a if b else ", ""),
    ] {
        let mut best = 0;
        let mut sbest = 0;
        for n in 1..100 {
            let src = "x = ".to_string() + &open.repeat(n) + "x" + &close.repeat(n);
            let Ok(module) =
                crate::compile::parser::parse_with_stack_budget(&src, Mode::Exec, 1 << 24)
            else {
                break;
            };
            let guard = crate::compile::scope::StackGuard::new(64 * 1024);
            if crate::compile::scope::analyze_with_guard(&module, guard).is_ok() {
                sbest = n;
            }
            if codegen_only_ok(&module, 64 * 1024) {
                best = n;
            }
        }
        std::eprintln!(
            "{name}: {best} levels in 64 KiB = {} bytes/level; scope pass alone {sbest}",
            65536 / best.max(1)
        );
    }
    for (name, head) in [
        ("if", "if x:"),
        ("for", "for x in y:"),
        ("try", "try:"),
        ("with", "with a:"),
        ("def", "def f():"),
        ("class", "class C:"),
        ("while", "while x:"),
    ] {
        let mut best = 0;
        let mut sbest = 0;
        for n in 1..99 {
            let mut src = String::new();
            for i in 0..n {
                src.push_str(&" ".repeat(i));
                src.push_str(head);
                src.push('\n');
            }
            src.push_str(&" ".repeat(n));
            src.push_str("pass\n");
            if head == "try:" {
                for i in (0..n).rev() {
                    src.push_str(&" ".repeat(i));
                    src.push_str("finally:\n");
                    src.push_str(&" ".repeat(i + 1));
                    src.push_str("pass\n");
                }
            }
            let Ok(module) =
                crate::compile::parser::parse_with_stack_budget(&src, Mode::Exec, 1 << 24)
            else {
                break;
            };
            let guard = crate::compile::scope::StackGuard::new(64 * 1024);
            if crate::compile::scope::analyze_with_guard(&module, guard).is_ok() {
                sbest = n;
            }
            if codegen_only_ok(&module, 64 * 1024) {
                best = n;
            }
        }
        std::eprintln!(
            "{name}: {best} levels in 64 KiB = {} bytes/level; scope pass alone {sbest}",
            65536 / best.max(1)
        );
    }
}

fn codegen_only_ok(module: &crate::compile::ast::Module, budget: usize) -> bool {
    super::compile_module_split_budget(module, "<t>", Mode::Exec, 1 << 24, budget).is_ok()
}

/// `PYRITE_CORPUS=/usr/lib/python3.11 cargo test --release --lib compile_corpus -- --ignored
/// --nocapture`: compiles and verifies every `.py` file under a directory, and cross-checks
/// names, cells and flags of every code object with CPython's for each.
#[test]
#[ignore]
fn compile_corpus() {
    let Ok(root) = std::env::var("PYRITE_CORPUS") else {
        return;
    };
    let mut stack = alloc::vec![std::path::PathBuf::from(root)];
    let (mut ok, mut parse_err, mut failed) = (0, 0, 0);
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().and_then(|x| x.to_str()) != Some("py") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&p) else {
                continue;
            };
            let module = match crate::compile::parser::parse(&src, Mode::Exec) {
                Ok(m) => m,
                Err(e) => {
                    parse_err += 1;
                    if std::env::var("PYRITE_CORPUS_PARSE_ERRORS").is_ok() {
                        std::println!("PARSE {}: {e:?}", p.display());
                    }
                    continue;
                }
            };
            match compile_module(&module, "<corpus>", Mode::Exec) {
                Ok(code) => match verify(&code) {
                    Ok(_) => {
                        ok += 1;
                        if std::env::var("PYRITE_CORPUS_SCOPES").is_ok() {
                            if let Some(diff) = scope_diff(&src, &code) {
                                failed += 1;
                                std::println!("SCOPES {}: {diff}", p.display());
                            }
                        }
                    }
                    Err(e) => {
                        failed += 1;
                        std::println!("VERIFY {}: {e}", p.display());
                    }
                },
                Err(e) => {
                    // CPython may reject it too (test files with deliberate errors).
                    let cpython_ok = std::process::Command::new("python3")
                        .args([
                            "-c",
                            "import sys; compile(open(sys.argv[1]).read(), 'f', 'exec')",
                        ])
                        .arg(&p)
                        .output()
                        .map(|o| o.status.success())
                        .unwrap_or(false);
                    if cpython_ok {
                        failed += 1;
                        std::println!("COMPILE {}: {e:?}", p.display());
                    }
                }
            }
        }
    }
    std::println!("compiled {ok}, parser errors {parse_err}, failures {failed}");
}
