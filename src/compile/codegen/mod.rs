// SPDX-License-Identifier: MIT
//! The code generator: AST + symbol table → [`CodeObject`]s.
//!
//! One `Unit` per code object being compiled (module, class body, function, lambda,
//! comprehension), holding its instructions with symbolic labels and exception-handler ids.
//! The construct-specific halves live in `expr`, `call`, `stmt`, `function`, `comprehension`,
//! `exceptions` and `pattern`; `assemble` computes stack depths and lays out the bytes. The
//! shapes are CPython 3.11's (compare `python3 -m dis`), minus caches, `PRECALL`/`KW_NAMES`,
//! `PUSH_NULL`, `RESUME` and `lasti`. What the VM can rely on:
//!
//! * **Prologue.** `CopyFreeVars n` if there are free variables, then `MakeCell` for each cell;
//!   a cell that is also a parameter is filled with `LoadFast param; StoreDeref cell` (the
//!   parameter's own slot keeps the argument). Function and lambda code has `consts[0]` = the
//!   docstring or None. Generators and coroutines have no creation instruction: the flags say
//!   what calling the code creates, and its first resumption starts at offset 0.
//! * **Handlers.** An exception unwinds the value stack to the handler's depth, pushes the
//!   exception and jumps. `try/except`: the handler starts `PushExcInfo` (`[exc] -> [prev
//!   exc]`); each clause is `type; CheckExcMatch; PopJumpIfFalse next`, then `StoreFast name`
//!   (or `PopTop`), the body, `PopExcept`, and for `as name` also `name = None; del name`. No
//!   match: `Reraise`. All of that runs under a cleanup handler whose depth keeps `prev`:
//!   `[prev exc2] Swap 2; PopExcept; Reraise`. An `as name` body has its own handler
//!   `[prev exc2] name = None; del name; Reraise`. `finally` bodies are emitted on the normal
//!   path and in a handler `[exc] PushExcInfo; body; Reraise` (under the same kind of cleanup).
//!   `except*` is CPython 3.11's shape with `CheckEgMatch` and `PrepReraiseStar`: the handler
//!   keeps `[prev orig list rest]`, exceptions raised in a clause are appended to `list`.
//! * **with.** `mgr; BeforeWith` gives `[exit res]`; the body's handler has the depth of
//!   `[exit]`; the normal exit is `LoadConst None x3; Call 3; PopTop`; the handler is
//!   `[exit exc] PushExcInfo; WithExceptStart; PopJumpIfTrue S; Reraise; S: PopTop; PopExcept;
//!   PopTop`. `async with` awaits `__aenter__`, the exit call and `WithExceptStart`'s result with
//!   `GetAwaitable; LoadConst None; L: Send E; YieldValue; Jump L; E:` (also `await` itself;
//!   `yield from` uses `GetYieldFromIter`). While suspended there the sub-iterator is on top of
//!   the stack and the instruction before the resume point is `Send`.
//! * **Loops.** `iter; GetIter; L: ForIter E; target; body; Jump L; E: orelse`. `async for`:
//!   `GetAiter; L: GetAnext; <await>` under a handler that is `[aiter exc] EndAsyncFor`.
//!   `break`/`continue`/`return` first run what the blocks they leave need: pop the iterator,
//!   call `__exit__`, run `finally` bodies, `PopExcept`.
//! * **Comprehensions** are functions with one parameter `.0`, called `MakeFunction; <first
//!   iterable>; GetIter (GetAiter); Call 1`; async list/set/dict comprehensions are coroutines
//!   whose result is awaited. `ListAppend`/`SetAdd`/`MapAdd` operands count the iterators.
//! * **Classes.** `LoadBuildClass; <MakeFunction body>; LoadConst name; bases; Call`/`CallKw`/
//!   `CallFunctionEx`. The body code (CLASS_BODY, no parameters) runs with the class namespace
//!   as its locals, starts `LoadName __name__; StoreName __module__; LoadConst qualname;
//!   StoreName __qualname__` and returns the `__class__` cell (also stored as `__classcell__`)
//!   or None. Free variables read in a class body use `LoadClassDeref`.
//! * **Functions.** `MakeFunction` takes the defaults tuple, the keyword-only defaults dict
//!   (keyed by mangled name), the annotations as a flat `(name, value, ...)` tuple and the
//!   closure tuple, as flagged by its operand.
//! * **Imports.** `LoadConst level; LoadConst fromlist (None or a tuple of str); ImportName`.
//! * **Patterns** follow CPython 3.11 (`MatchSequence`, `GetLen`, `MatchMapping`, `MatchKeys`
//!   with a `BuildTuple` of keys, `CopyDictWithoutKeys`, `MatchClass` with the positional count
//!   as operand and the keyword names as a constant tuple).
//! * `Reraise`'s operand is always 0; `stacksize` is the exact maximum depth over all paths,
//!   handler entries included.
#![forbid(unsafe_code)]

mod assemble;
mod call;
mod comprehension;
mod exceptions;
mod expr;
mod function;
#[cfg(any(feature = "match", test))]
mod pattern;
mod stmt;

use super::sorted_map::SortedMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::ast::{self, Ctx, Stmt};
use super::scope::{self, mangle, Binding, ScopeKind, StackGuard, SymbolTable};
use super::{CompileError, Mode};
use crate::bytecode::code::flags;
use crate::bytecode::opcode::Op;
use crate::bytecode::{CodeObject, Const};

type CResult<T = ()> = Result<T, CompileError>;

/// A jump target, bound to an instruction index later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(usize);

#[derive(Debug, Clone)]
struct Instr {
    op: Op,
    arg: u32,
    target: Option<usize>,
    line: u32,
    handler: Option<usize>,
}

/// What `break`/`continue`/`return` must undo when leaving a block (CPython's fblocks).
#[derive(Debug, Clone)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        end: Label,
    },
    /// The iterator (or async iterator) is on the stack.
    ForLoop {
        start: Label,
        end: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    With {
        is_async: bool,
    },
    HandlerCleanup {
        name: Option<&'a str>,
    },
    PopValue,
    ExceptionHandler,
    /// The `except*` clauses: `break`/`continue`/`return` may not leave them.
    #[cfg(any(feature = "except-star", test))]
    ExceptionGroupHandler,
}

/// One code object under construction.
struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    private: Option<String>,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    /// Handler id → (label, depth adjustment relative to the anchor).
    handlers: Vec<(usize, i32)>,
    hstack: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    consts: Vec<Const>,
    str_consts: SortedMap<String, u32>,
    int_consts: SortedMap<i64, u32>,
    names: Vec<String>,
    name_map: SortedMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    name: String,
    qualname: String,
    filename: String,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    line: u32,
}

/// The compiler state: the symbol table and the stack of units.
struct Compiler<'a> {
    guard: StackGuard,
    st: SymbolTable,
    mode: Mode,
    filename: String,
    unit: Unit<'a>,
    parents: Vec<Unit<'a>>,
    /// The module's future statements (PEP 563 annotations, where they may appear).
    futures: crate::compile::future::Futures,
}

/// Compiles a parsed module (see [`Mode`] for what each mode produces). The recursion over the
/// AST may use up to [`crate::compile::parser::DEFAULT_STACK_BUDGET`] bytes of stack.
pub fn compile_module(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, CompileError> {
    let budget = super::parser::DEFAULT_STACK_BUDGET;
    compile_module_with_stack_budget(module, filename, mode, budget)
}

/// [`compile_module`] with at most `stack_budget` bytes of Rust stack for each recursive pass;
/// deeper trees fail with `ErrorKind::TooDeep` instead of overflowing the stack.
pub fn compile_module_with_stack_budget(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
    stack_budget: usize,
) -> Result<CodeObject, CompileError> {
    compile_module_split_budget(module, filename, mode, stack_budget, stack_budget)
}

#[inline(never)]
fn compile_module_split_budget(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
    scope_budget: usize,
    stack_budget: usize,
) -> Result<CodeObject, CompileError> {
    let futures = crate::compile::future::scan(&module.body)?;
    let st = scope::analyze_with_guard(module, StackGuard::new(scope_budget))?;
    let unit = Unit::new(&st, 0, "<module>".into(), "<module>".into(), filename, 1);
    let mut c = Compiler {
        guard: StackGuard::new(stack_budget),
        st,
        mode,
        filename: filename.to_string(),
        unit,
        parents: Vec::new(),
        futures,
    };
    c.module_body(&module.body)?;
    assemble::assemble(c.unit)
}

impl<'a> Unit<'a> {
    fn new(
        st: &SymbolTable,
        scope: usize,
        name: String,
        qualname: String,
        filename: &str,
        line: u32,
    ) -> Unit<'a> {
        let sc = st.scopes.get(scope);
        let kind = sc.map_or(ScopeKind::Module, |s| s.kind);
        let mut u = Unit {
            scope,
            kind,
            private: sc.and_then(|s| s.private.clone()),
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            hstack: Vec::new(),
            fblocks: Vec::new(),
            consts: Vec::new(),
            str_consts: SortedMap::new(),
            int_consts: SortedMap::new(),
            names: Vec::new(),
            name_map: SortedMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            name,
            qualname,
            filename: filename.to_string(),
            firstlineno: line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            line,
        };
        if let Some(sc) = sc {
            if sc.is_function_like() {
                // Fixed up front so that cell and free slots (after varnames) never move.
                u.varnames = sc.params.clone();
                for sym in &sc.symbols {
                    if sym.binding == Binding::Local && !u.varnames.contains(&sym.name) {
                        u.varnames.push(sym.name.clone());
                    }
                }
                u.flags |= flags::OPTIMIZED;
                if sc.nested {
                    u.flags |= flags::NESTED;
                }
                u.flags |= match (sc.is_generator, sc.is_coroutine && ast::ASYNC) {
                    (true, true) => flags::ASYNC_GENERATOR,
                    (false, true) => flags::COROUTINE,
                    (true, false) => flags::GENERATOR,
                    (false, false) => 0,
                };
            }
            u.cellvars = sc.sorted_names(|s| s.binding == Binding::Cell);
            if sc.needs_class_closure {
                u.cellvars.push("__class__".into());
            }
            u.freevars = sc.sorted_names(|s| {
                s.binding == Binding::Free
                    || (kind == ScopeKind::Class && s.flags & scope::DEF_FREE_CLASS != 0)
            });
        }
        u
    }
}

fn const_eq(a: &Const, b: &Const) -> bool {
    // Without float literals no constant holds a float, and the derived equality (which would
    // take 0.0 for -0.0) is this one, only stricter about code objects.
    if !crate::FLOAT_LITERALS {
        return a == b;
    }
    match (a, b) {
        (Const::Float(x), Const::Float(y)) | (Const::Imag(x), Const::Imag(y)) => {
            x.to_bits() == y.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| const_eq(a, b))
        }
        // Identical code objects come from `finally` bodies, which are compiled twice.
        (Const::Code(x), Const::Code(y)) => code_eq(x, y),
        _ => a == b,
    }
}

/// Structural equality of code objects, comparing constants with [`const_eq`].
fn code_eq(a: &CodeObject, b: &CodeObject) -> bool {
    a.code == b.code
        && a.consts.len() == b.consts.len()
        && a.consts.iter().zip(&b.consts).all(|(x, y)| const_eq(x, y))
        && a.names == b.names
        && a.varnames == b.varnames
        && a.cellvars == b.cellvars
        && a.freevars == b.freevars
        && a.name == b.name
        && a.qualname == b.qualname
        && a.filename == b.filename
        && a.firstlineno == b.firstlineno
        && (a.argcount, a.posonlyargcount, a.kwonlyargcount)
            == (b.argcount, b.posonlyargcount, b.kwonlyargcount)
        && a.flags == b.flags
        && a.linetable == b.linetable
        && a.exceptiontable == b.exceptiontable
        && a.stacksize == b.stacksize
}

/// How a name is accessed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Fast,
    Deref,
    Global,
    Name,
}

impl<'a> Compiler<'a> {
    // ----- emission -------------------------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        let u = &mut self.unit;
        // A big module's instruction list is the compiler's largest allocation: when it cannot
        // grow, the instruction is dropped and the stack guard's next check (at every node)
        // stops the compile with MemoryError (see `crate::rust_memory`).
        if u.instrs.try_reserve(1).is_err() {
            crate::rust_memory::signal_low();
            return;
        }
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            line: u.line,
            handler: u.hstack.last().copied(),
        });
    }

    fn op(&mut self, op: Op) {
        self.emit(op, 0);
    }

    fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, 0);
        if let Some(i) = self.unit.instrs.last_mut() {
            i.target = Some(l.0);
        }
    }

    fn new_label(&mut self) -> Label {
        self.unit.labels.push(None);
        Label(self.unit.labels.len() - 1)
    }

    fn bind(&mut self, l: Label) {
        let at = self.unit.instrs.len();
        if let Some(slot) = self.unit.labels.get_mut(l.0) {
            *slot = Some(at);
        }
    }

    /// Starts a region whose exceptions go to `target`; the handler's depth is the stack depth
    /// here plus `adjust`.
    fn push_handler(&mut self, target: Label, adjust: i32) {
        self.unit.handlers.push((target.0, adjust));
        self.unit.hstack.push(self.unit.handlers.len() - 1);
        self.op(Op::Nop); // the anchor whose depth fixes the handler's depth
    }

    fn pop_handler(&mut self) {
        self.unit.hstack.pop();
    }

    fn const_index(&mut self, c: Const) -> u32 {
        let u = &mut self.unit;
        // Strings and small integers, the common constants, are found through maps; the rest
        // by a linear search.
        let found = match &c {
            Const::Str(s) => u.str_consts.get(s.as_str()).copied(),
            Const::Int(ast::IntLit::Small(i)) => u.int_consts.get(i).copied(),
            _ => u
                .consts
                .iter()
                .position(|x| const_eq(x, &c))
                .map(|i| i as u32),
        };
        if let Some(i) = found {
            return i;
        }
        let i = u.consts.len() as u32;
        match &c {
            Const::Str(s) => {
                u.str_consts.insert(s.clone(), i);
            }
            Const::Int(ast::IntLit::Small(n)) => {
                u.int_consts.insert(*n, i);
            }
            _ => {}
        }
        u.consts.push(c);
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Op::LoadConst, i);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = &mut self.unit;
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_map.insert(name.to_string(), i);
        i
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.unit.private.as_deref(), name)
    }

    fn set_line(&mut self, line: u32) -> u32 {
        core::mem::replace(&mut self.unit.line, line)
    }

    fn error(&self, msg: impl Into<String>) -> CompileError {
        CompileError::syntax(msg, self.unit.line, 0)
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.unit.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    // ----- names ----------------------------------------------------------------------------

    fn binding(&self, mangled: &str) -> Binding {
        self.st
            .scopes
            .get(self.unit.scope)
            .and_then(|s| s.get(mangled))
            .map_or(Binding::GlobalImplicit, |s| s.binding)
    }

    /// The `localsplus` slot of a cell or free variable.
    fn deref_slot(&self, mangled: &str) -> Option<u32> {
        let u = &self.unit;
        if let Some(i) = u.cellvars.iter().position(|n| n == mangled) {
            return Some((u.varnames.len() + i) as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == mangled)
            .map(|i| (u.varnames.len() + u.cellvars.len() + i) as u32)
    }

    /// Loads, stores or deletes a variable (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        let mangled = self.mangle(name);
        let binding = self.binding(&mangled);
        let fl = self.is_function_like();
        let access = match binding {
            Binding::Free | Binding::Cell => Access::Deref,
            Binding::Local if fl => Access::Fast,
            Binding::GlobalImplicit if fl => Access::Global,
            Binding::GlobalExplicit => Access::Global,
            _ => Access::Name,
        };
        match access {
            Access::Fast => {
                let Some(i) = self.unit.varnames.iter().position(|v| *v == mangled) else {
                    return Err(self.error(detail!(
                        "internal compiler error",
                        "internal compiler error: unknown local"
                    )));
                };
                let i = i as u32;
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            Access::Deref => {
                let Some(i) = self.deref_slot(&mangled) else {
                    return Err(self.error(detail!(
                        "internal compiler error",
                        "internal compiler error: missing cell"
                    )));
                };
                let op = match ctx {
                    Ctx::Load if self.unit.kind == ScopeKind::Class => Op::LoadClassDeref,
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            Access::Global | Access::Name => {
                let i = self.name_index(&mangled);
                let op = match (access == Access::Global, ctx) {
                    (true, Ctx::Load) => Op::LoadGlobal,
                    (true, Ctx::Store) => Op::StoreGlobal,
                    (true, Ctx::Del) => Op::DeleteGlobal,
                    (false, Ctx::Load) => Op::LoadName,
                    (false, Ctx::Store) => Op::StoreName,
                    (false, Ctx::Del) => Op::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    fn load_name(&mut self, name: &str) -> CResult {
        self.name_op(name, Ctx::Load)
    }

    fn store_name(&mut self, name: &str) -> CResult {
        self.name_op(name, Ctx::Store)
    }

    fn name_attr_op(&mut self, op: Op, name: &str) {
        let m = self.mangle(name);
        let i = self.name_index(&m);
        self.emit(op, i);
    }

    // ----- units ----------------------------------------------------------------------------

    /// Makes the unit for the scope of AST node `key` current.
    fn enter_unit(&mut self, key: usize, name: &str, line: u32) -> CResult {
        let Some(scope) = self.st.scope_of(key) else {
            return Err(CompileError::syntax(
                detail!(
                    "internal compiler error",
                    "internal compiler error: no scope"
                ),
                line,
                0,
            ));
        };
        let qualname = self.qualname_for(name);
        let unit = Unit::new(&self.st, scope, name.into(), qualname, &self.filename, line);
        let parent = core::mem::replace(&mut self.unit, unit);
        self.parents.push(parent);
        // Prologue: free variables, then fresh cells (captured parameters copied in).
        let nfree = self.unit.freevars.len() as u32;
        if nfree > 0 {
            self.emit(Op::CopyFreeVars, nfree);
        }
        let nvar = self.unit.varnames.len();
        for (i, cell) in self.unit.cellvars.clone().iter().enumerate() {
            let slot = (nvar + i) as u32;
            self.emit(Op::MakeCell, slot);
            if let Some(p) = self.unit.varnames.iter().position(|v| v == cell) {
                self.emit(Op::LoadFast, p as u32);
                self.emit(Op::StoreDeref, slot);
            }
        }
        Ok(())
    }

    /// Finishes the current unit, returning its code object and making the parent current.
    fn exit_unit(&mut self) -> CResult<CodeObject> {
        let Some(parent) = self.parents.pop() else {
            return Err(self.error(detail!(
                "internal compiler error",
                "internal compiler error: unit stack"
            )));
        };
        let unit = core::mem::replace(&mut self.unit, parent);
        assemble::assemble(unit)
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str) -> String {
        let u = &self.unit;
        if u.kind == ScopeKind::Module {
            return name.into();
        }
        let mangled = self.mangle(name);
        if self.binding(&mangled) == Binding::GlobalExplicit {
            return name.into();
        }
        if matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda) {
            alloc::format!("{}.<locals>.{}", u.qualname, name)
        } else {
            alloc::format!("{}.{}", u.qualname, name)
        }
    }

    /// Loads the cells a nested scope closes over, as a tuple; returns whether there were any.
    fn load_closure(&mut self, code: &CodeObject) -> CResult<bool> {
        if code.freevars.is_empty() {
            return Ok(false);
        }
        for name in &code.freevars {
            let Some(slot) = self.deref_slot(name) else {
                return Err(self.error(detail!(
                    "internal compiler error",
                    "internal compiler error: closure cell"
                )));
            };
            self.emit(Op::LoadClosure, slot);
        }
        self.emit(Op::BuildTuple, code.freevars.len() as u32);
        Ok(true)
    }

    /// Emits `MakeFunction` for `code` with the given flag bits plus a closure if needed.
    fn make_function(&mut self, code: CodeObject, mut fbits: u32) -> CResult {
        if self.load_closure(&code)? {
            fbits |= 8;
        }
        self.load_const(Const::Code(alloc::boxed::Box::new(code)));
        self.emit(Op::MakeFunction, fbits);
        Ok(())
    }

    // ----- module ---------------------------------------------------------------------------

    fn module_body(&mut self, body: &'a [Stmt]) -> CResult {
        match self.mode {
            Mode::Eval => {
                let Some(ast::StmtKind::Expr(e)) = body.first().map(|s| &s.kind) else {
                    return Err(self.error("eval mode needs a single expression"));
                };
                self.set_line(e.line);
                self.expr(e)?;
                self.op(Op::ReturnValue);
                return Ok(());
            }
            Mode::Exec | Mode::Single => {
                if find_ann(body) {
                    self.op(Op::SetupAnnotations);
                }
                let rest = if self.mode == Mode::Exec {
                    self.docstring_store(body)?
                } else {
                    body
                };
                self.stmts(rest)?;
            }
        }
        self.load_const(Const::None);
        self.op(Op::ReturnValue);
        Ok(())
    }

    /// Stores a leading docstring as `__doc__` (module and class bodies); returns the rest.
    fn docstring_store(&mut self, body: &'a [Stmt]) -> CResult<&'a [Stmt]> {
        if let Some(doc) = docstring(body) {
            if let Some(first) = body.first() {
                self.set_line(first.line);
            }
            self.load_const(Const::Str(doc.into()));
            self.store_name("__doc__")?;
            return Ok(body.get(1..).unwrap_or(&[]));
        }
        Ok(body)
    }
}

/// The docstring of a body: its first statement if that is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Whether a module or class body has an annotated simple name (needs `SetupAnnotations`).
fn find_ann(body: &[Stmt]) -> bool {
    use ast::StmtKind as S;
    body.iter().any(|s| match &s.kind {
        S::AnnAssign { .. } => true,
        S::For { body, orelse, .. }
        | S::While { body, orelse, .. }
        | S::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        S::With { body, .. } => find_ann(body),
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        #[cfg(any(feature = "match", test))]
        S::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

#[cfg(test)]
mod tests;
