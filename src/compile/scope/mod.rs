// SPDX-License-Identifier: MIT
//! Scope analysis: the pass between the parser and the code generator.
//!
//! Walks the AST once, building a [`Scope`] per module, class, function, lambda and
//! comprehension with every name used or bound in it, then decides for each name whether it is
//! local, global (explicitly or implicitly), free (from an enclosing function) or a cell
//! (captured by an inner function). It follows CPython's `symtable.c`: class scopes do not
//! provide bindings to nested functions, `super`/`__class__` in a method create a `__class__`
//! cell in the class, and `__private` names are mangled inside classes.
//! Scopes are keyed by the address of their AST node, which the code generator looks up.
#![forbid(unsafe_code)]

mod analysis;
mod visit;

use super::sorted_map::{SortedMap, SortedSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::ast::*;
use super::CompileError;

/// Bound by assignment, `del`, `for`, `import`, `def`, `class`, `except as`, a pattern.
pub const DEF_LOCAL: u16 = 1;
/// Declared `global`.
pub const DEF_GLOBAL: u16 = 2;
/// Declared `nonlocal`.
pub const DEF_NONLOCAL: u16 = 4;
/// A parameter.
pub const DEF_PARAM: u16 = 8;
/// Read.
pub const USE: u16 = 16;
/// Bound in a class body and free in a method: passed through as a free variable.
pub const DEF_FREE_CLASS: u16 = 32;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u16 = 64;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM;

/// What kind of code a scope compiles to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module (or eval/REPL input).
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// Where a name lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// A local of this scope (fast local in functions, namespace entry otherwise).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: a global or builtin.
    GlobalImplicit,
    /// A cell received from an enclosing function.
    Free,
    /// A local captured by an inner function.
    Cell,
}

/// One name of a scope.
#[derive(Debug, Clone)]
pub struct Symbol {
    /// The (mangled) name.
    pub name: String,
    /// `DEF_*`/`USE` bits.
    pub flags: u16,
    /// The result of the analysis.
    pub binding: Binding,
    /// The line of its `global`/`nonlocal` declaration or first appearance (for errors).
    pub line: u32,
}

/// The symbols of one code object.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Its kind.
    pub kind: ScopeKind,
    /// The enclosing scope (None for the module).
    pub parent: Option<usize>,
    /// Symbols in order of first appearance (parameters first).
    pub symbols: Vec<Symbol>,
    index: SortedMap<String, usize>,
    /// Parameter names in declaration order (mangled).
    pub params: Vec<String>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or a comprehension containing `async for`/`await`.
    pub is_coroutine: bool,
    /// A class body whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// The name of the innermost enclosing class, for mangling.
    pub private: Option<String>,
    /// Nested inside a function (for the NESTED flag).
    pub nested: bool,
    /// For comprehensions, what CPython calls it in errors (`list comprehension`...).
    pub comp_kind: &'static str,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>, private: Option<String>, nested: bool) -> Scope {
        Scope {
            kind,
            parent,
            symbols: Vec::new(),
            index: SortedMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            private,
            nested,
            comp_kind: "",
        }
    }

    /// The symbol for an (already mangled) name.
    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).and_then(|&i| self.symbols.get(i))
    }

    /// Whether this scope uses fast locals (functions, lambdas, comprehensions).
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// Names whose binding matches `pred`, sorted (CPython's cellvar/freevar order).
    pub fn sorted_names(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| pred(s))
            .map(|s| s.name.clone())
            .collect();
        super::sorted_map::insertion_sort(&mut v);
        v
    }

    fn flags(&self, name: &str) -> u16 {
        self.get(name).map_or(0, |s| s.flags)
    }
}

/// All scopes of a module; index 0 is the module.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    /// The scopes, parents before children.
    pub scopes: Vec<Scope>,
    by_node: SortedMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created for the AST node at address `key` (see [`node_key`]).
    pub fn scope_of(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }
}

/// The key of an AST node: its address, stable while the AST is borrowed.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Bounds the Rust stack used by the recursive passes over the AST (the scope pass and the
/// code generator): the parser's nesting limit does not bound every recursion (a 5,000-term
/// `a + b + ...` chain is flat source but a deep tree), and frame sizes vary by profile and
/// target, so the passes measure the stack itself, like the parser.
#[derive(Debug, Clone, Copy)]
pub struct StackGuard {
    base: usize,
    budget: usize,
}

impl StackGuard {
    /// A guard allowing `budget` bytes of stack below the caller's frame.
    pub fn new(budget: usize) -> StackGuard {
        StackGuard {
            base: stack_address(),
            budget,
        }
    }

    /// `RecursionError`-like compile error once the budget is used up (or a memory error once
    /// the Rust allocator runs short, checked at the same places).
    pub fn check(&self, line: u32) -> Result<(), CompileError> {
        if crate::rust_memory::is_low() {
            return Err(super::memory_error(line));
        }
        if self.base.abs_diff(stack_address()) > self.budget {
            return Err(CompileError::new(
                super::ErrorKind::TooDeep,
                "maximum recursion depth exceeded during compilation".into(),
                line,
                0,
            ));
        }
        Ok(())
    }
}

/// The address of a local of the caller's frame: how deep the Rust stack currently is.
#[inline(never)]
fn stack_address() -> usize {
    let probe = 0u8;
    core::hint::black_box(core::ptr::addr_of!(probe)) as usize
}

/// Builds and analyses the symbol table of `module`.
pub fn analyze(module: &Module) -> Result<SymbolTable, CompileError> {
    analyze_with_guard(module, StackGuard::new(super::parser::DEFAULT_STACK_BUDGET))
}

/// [`analyze`] with an explicit stack guard.
pub fn analyze_with_guard(module: &Module, guard: StackGuard) -> Result<SymbolTable, CompileError> {
    let mut b = visit::Builder {
        guard,
        st: SymbolTable {
            scopes: alloc::vec![Scope::new(ScopeKind::Module, None, None, false)],
            by_node: SortedMap::new(),
        },
        cur: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut free = SortedSet::new();
    analysis::analyze_block(
        &mut b.st,
        0,
        &SortedSet::new(),
        &mut free,
        &SortedSet::new(),
    )?;
    Ok(b.st)
}

/// Every parameter, in `varnames` order.
pub fn all_args(a: &Arguments) -> impl Iterator<Item = &Arg> {
    a.posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.kwonlyargs)
        .chain(&a.vararg)
        .chain(&a.kwarg)
}
