// SPDX-License-Identifier: MIT
//! The second half of scope analysis: CPython's `analyze_block`, which resolves every symbol
//! to a [`Binding`] given the names bound in enclosing function scopes.
#![forbid(unsafe_code)]

use crate::compile::sorted_map::SortedSet;
use alloc::string::String;
use alloc::vec::Vec;

use super::*;
use crate::compile::CompileError;

type Names = SortedSet<String>;

/// CPython's `analyze_block`: resolves every symbol of `id` and its children. `free` collects
/// the names free in this block (for the parent).
pub(super) fn analyze_block(
    st: &mut SymbolTable,
    id: usize,
    bound: &Names,
    free: &mut Names,
    global: &Names,
) -> Result<(), CompileError> {
    let Some(scope) = st.scopes.get(id) else {
        return Ok(());
    };
    let kind = scope.kind;
    let mut bound = bound.clone();
    let mut global = global.clone();
    let mut local = Names::new();
    let mut bindings: Vec<Binding> = Vec::with_capacity(scope.symbols.len());
    for sym in &scope.symbols {
        let (n, f) = (&sym.name, sym.flags);
        let b = if f & DEF_GLOBAL != 0 {
            if f & DEF_NONLOCAL != 0 {
                return Err(visit::err(
                    error_text!(
                        "name is nonlocal and global",
                        "name '{n}' is nonlocal and global"
                    ),
                    sym.line,
                ));
            }
            global.insert(n.clone());
            bound.remove(n);
            Binding::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(n) {
                return Err(visit::err(
                    error_text!(
                        "no binding for nonlocal found",
                        "no binding for nonlocal '{n}' found"
                    ),
                    sym.line,
                ));
            }
            free.insert(n.clone());
            Binding::Free
        } else if f & DEF_BOUND != 0 {
            local.insert(n.clone());
            global.remove(n);
            Binding::Local
        } else if bound.contains(n) {
            free.insert(n.clone());
            Binding::Free
        } else {
            Binding::GlobalImplicit
        };
        bindings.push(b);
    }
    let mut newbound = Names::new();
    let newglobal = global.clone();
    if kind == ScopeKind::Class {
        newbound.extend(bound.iter().cloned());
        newbound.insert("__class__".into());
    } else {
        if kind != ScopeKind::Module {
            newbound.extend(local.iter().cloned());
        }
        newbound.extend(bound.iter().cloned());
    }
    let children: Vec<usize> = (0..st.scopes.len())
        .filter(|&c| st.scopes.get(c).and_then(|s| s.parent) == Some(id))
        .collect();
    let mut newfree = Names::new();
    for c in children {
        let mut child_free = Names::new();
        analyze_block(st, c, &newbound, &mut child_free, &newglobal)?;
        newfree.extend(child_free);
    }
    let Some(scope) = st.scopes.get_mut(id) else {
        return Ok(());
    };
    for (sym, b) in scope.symbols.iter_mut().zip(bindings) {
        sym.binding = b;
    }
    if scope.is_function_like() {
        // Locals captured by children become cells.
        for sym in scope.symbols.iter_mut() {
            if sym.binding == Binding::Local && newfree.remove(&sym.name) {
                sym.binding = Binding::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scope.needs_class_closure = true;
    }
    // Names free in children but not resolved here pass through as free variables.
    for n in &newfree {
        match scope.index.get(n).and_then(|&i| scope.symbols.get_mut(i)) {
            Some(sym) => {
                if kind == ScopeKind::Class && sym.binding != Binding::Free {
                    sym.flags |= DEF_FREE_CLASS;
                } else if matches!(sym.binding, Binding::GlobalImplicit) {
                    sym.binding = Binding::Free;
                }
            }
            None => {
                if kind == ScopeKind::Module {
                    continue;
                }
                scope.index.insert(n.clone(), scope.symbols.len());
                scope.symbols.push(Symbol {
                    name: n.clone(),
                    flags: 0,
                    binding: Binding::Free,
                    line: 0,
                });
            }
        }
    }
    if kind != ScopeKind::Module {
        free.extend(newfree);
    }
    Ok(())
}
