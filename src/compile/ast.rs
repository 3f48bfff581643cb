// SPDX-License-Identifier: MIT
//! The abstract syntax tree: what the parser produces and the scope pass and code generator read.
//!
//! Plain data owned by Rust's allocator, never by the GC heap (DESIGN.md, "the front end is plain
//! data"). The shapes follow CPython's `ast` module closely so that its documentation doubles as
//! ours; where a field is omitted it is because the code generator does not need it.
//! Every statement and expression carries the source line it starts on (`line`, 1-based).

// Fields are named and shaped as in CPython's `ast` module, whose documentation describes them.
#![allow(missing_docs)]

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// Whether coroutines are compiled (the `async` feature). Without it the parser refuses every
/// `async` construct, so the `is_async` flags of the tree are always false; the later passes
/// read them as `is_async && ASYNC`, so that their coroutine code is not linked.
pub(crate) const ASYNC: bool = cfg!(any(feature = "async", test));

/// A parsed module (a file, a `-c` string, or one REPL input).
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// The statements, in order.
    pub body: Vec<Stmt>,
}

/// A statement with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// What kind of statement.
    pub kind: StmtKind,
    /// 1-based source line.
    pub line: u32,
}

impl Drop for Stmt {
    /// An `elif` chain nests one `If` per branch in the `orelse` of the one before, without a
    /// nesting limit (the passes walk it in loops); dropped recursively it would use stack per
    /// branch (thousands of them overflowed a 64 KiB device stack). It is unlinked in a loop.
    fn drop(&mut self) {
        if let StmtKind::If { orelse, .. } = &mut self.kind {
            let mut rest = core::mem::take(orelse);
            while let Some(mut s) = rest.pop() {
                if let StmtKind::If { orelse, .. } = &mut s.kind {
                    rest.append(orelse);
                }
            }
        }
    }
}

/// An expression with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// 1-based source line.
    pub line: u32,
}

/// Statements (CPython's `ast.stmt`).
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// `def name(args) -> returns: body`, possibly `async`, with decorators outermost first.
    FunctionDef(Box<FunctionDef>),
    /// `class name(bases, keywords): body` with decorators outermost first.
    ClassDef(Box<ClassDef>),
    /// `return [value]`
    Return(Option<Expr>),
    /// `del a, b[0], c.d`
    Delete(Vec<Expr>),
    /// `t1 = t2 = value`: `targets` in source order (left to right).
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` is true for a bare name not in parentheses.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    /// `[async] for target in iter: body else: orelse` (`is_async` and the other flags are read
    /// together with [`ASYNC`])
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    /// `while test: body else: orelse`
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `if test: body else: orelse` (`elif` is a nested `If` as the only statement of `orelse`).
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `[async] with a as b, c: body`
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `match subject: cases`
    #[cfg(any(feature = "match", test))]
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// `raise [exc [from cause]]`
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `try: body except...: handlers else: orelse finally: finalbody`. `is_star` for `except*`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    /// `assert test[, msg]`
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..module import a as b, c` (`module` is None for `from . import x`; `level` counts
    /// the dots). A single alias named `*` is `from m import *`.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `global a, b`
    Global(Vec<String>),
    /// `nonlocal a, b`
    Nonlocal(Vec<String>),
    /// An expression used as a statement.
    Expr(Expr),
    /// `pass`
    Pass,
    /// `break`
    Break,
    /// `continue`
    Continue,
}

/// A `def` (also used for `async def`).
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: String,
    /// Its parameters.
    pub args: Arguments,
    /// The statements of its body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost (first written) first.
    pub decorators: Vec<Expr>,
    /// The `-> annotation`, if any.
    pub returns: Option<Expr>,
    /// `async def`.
    pub is_async: bool,
}

/// A `class`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    /// The class name.
    pub name: String,
    /// Positional bases (may contain `Starred`).
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other keywords (arg None means `**expr`).
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
}

/// Expressions (CPython's `ast.expr`).
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`: two or more operands.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `target := value` (target is always a `Name`).
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `left op right`
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    /// `op operand`
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `lambda args: body`
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a `None` key means `**value`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `{a, b}`
    Set(Vec<Expr>),
    /// `[elt for ...]`
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `await value`
    #[cfg(any(feature = "async", test))]
    Await(Box<Expr>),
    /// `yield [value]`
    Yield(Option<Box<Expr>>),
    /// `yield from value`
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...`: `ops.len() == comparators.len() >= 1`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`: positional args may be `Starred`; keyword arg None is `**expr`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` of an f-string. `conversion` is -1 (none), or the
    /// character `'s'`, `'r'` or `'a'` as an integer. `format_spec` is itself a `JoinedStr`.
    #[cfg(any(feature = "fstrings", test))]
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant(Str)` and `FormattedValue` parts, in order. Adjacent literal
    /// strings and f-strings are merged into one `JoinedStr` by the parser.
    #[cfg(any(feature = "fstrings", test))]
    JoinedStr(Vec<Expr>),
    /// A literal.
    Constant(Constant),
    /// `value.attr`
    Attribute {
        value: Box<Expr>,
        attr: String,
        ctx: Ctx,
    },
    /// `value[slice]` (`slice` may be a `Slice` or a `Tuple` containing slices).
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    /// `*value` in a target list, call, or display.
    Starred { value: Box<Expr>, ctx: Ctx },
    /// An identifier.
    Name { id: String, ctx: Ctx },
    /// `[a, b]`
    List { elts: Vec<Expr>, ctx: Ctx },
    /// `(a, b)` or `a, b`
    Tuple { elts: Vec<Expr>, ctx: Ctx },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// Whether a name, attribute, subscript, starred, list or tuple is read, assigned or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// Read.
    Load,
    /// Assignment target.
    Store,
    /// `del` target.
    Del,
}

/// Literal values. Adjacent string literals are already concatenated by the parser.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An integer literal.
    Int(IntLit),
    /// A float literal (`1.5`, `1e3`, `1_000.0`).
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Imag(f64),
    /// A string literal (escapes already processed).
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
}

/// An integer literal. Values that fit in an `i64` are `Small`; larger ones keep their digits so
/// that the front end needs no big-integer arithmetic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntLit {
    /// Fits in an i64.
    Small(i64),
    /// Too large for an i64: the digits (no sign, prefix or underscores) in `radix` (2, 8, 10, 16).
    Big { digits: String, radix: u32 },
}

/// `and` / `or`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Binary operators, in the order of `bytecode::BinaryOp` (the code generator casts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    /// The loop target (Store context).
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// One `except [type [as name]]: body` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression; None for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as` name.
    pub name: Option<String>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// 1-based line of the `except` keyword.
    pub line: u32,
}

/// A function's parameter list, as CPython's `ast.arguments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*name`
    pub vararg: Option<Arg>,
    /// Parameters after `*` or `*name`.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of keyword-only parameters, one per `kwonlyargs` entry (None: required).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**name`
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional parameters (posonly then args).
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// Its name.
    pub name: String,
    /// `: annotation`
    pub annotation: Option<Expr>,
    /// 1-based line.
    pub line: u32,
}

/// `name=value` in a call or class header; `arg` None means `**value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The keyword name, or None for `**value`.
    pub arg: Option<String>,
    /// The value.
    pub value: Expr,
}

/// `name [as asname]` in an import. `name` may be dotted (`a.b.c`) in `import`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// The imported name.
    pub name: String,
    /// The `as` name.
    pub asname: Option<String>,
}

/// `context_expr [as optional_vars]` in a `with`.
#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The target, if any (Store context).
    pub optional_vars: Option<Expr>,
}

/// `case pattern if guard: body`
#[cfg(any(feature = "match", test))]
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The guard.
    pub guard: Option<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// Patterns of `match` statements (CPython's `ast.pattern`).
#[cfg(any(feature = "match", test))]
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    /// A literal or dotted value: compared with `==` (`None`/`True`/`False` use `MatchSingleton`).
    MatchValue(Expr),
    /// `None`, `True`, `False`: compared with `is`.
    MatchSingleton(Constant),
    /// `[p1, *rest, p2]` / `(p1, p2)`; at most one `MatchStar`.
    MatchSequence(Vec<Pattern>),
    /// `{key: p, **rest}`
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `Cls(p1, name=p2)`
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` (name None) inside a sequence pattern.
    MatchStar(Option<String>),
    /// `pattern as name`, a bare capture `name` (pattern None) or the wildcard `_` (both None).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    /// `p1 | p2 | ...`
    MatchOr(Vec<Pattern>),
}
