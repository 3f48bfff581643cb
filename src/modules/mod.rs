// SPDX-License-Identifier: MIT
//! Built-in modules: one file each, listed once in [`MODULES`]. A module's functions are a
//! static table; its namespace is built in the heap only when a program imports it.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod frozen;
pub mod gc;
pub mod sys;

use crate::gc::Value;
use crate::objects::dict;
use crate::objects::native::{native_value, NativeFn, MODULE_OWNER};
use crate::vm::{PyResult, Vm};

/// A built-in module: its name, its functions, and an optional initialiser for other names.
pub struct ModuleDef {
    /// The import name.
    pub name: &'static str,
    /// Its functions.
    pub functions: &'static [NativeFn],
    /// Adds the module's other attributes (constants, objects) to its namespace.
    pub init: Option<fn(&mut Vm, Value) -> PyResult<()>>,
}

/// The registry: a module's index here is its native-function owner number (after
/// `MODULE_OWNER`), so the order must stay stable within a build.
pub static MODULES: &[ModuleDef] = &[
    ModuleDef {
        name: "builtins",
        functions: builtins::FUNCTIONS,
        init: Some(builtins_init),
    },
    ModuleDef {
        name: "sys",
        functions: sys::FUNCTIONS,
        init: Some(sys::init),
    },
    ModuleDef {
        name: "gc",
        functions: gc::FUNCTIONS,
        init: None,
    },
    ModuleDef {
        name: "_stdout",
        functions: sys::STDOUT_FUNCTIONS,
        init: None,
    },
    ModuleDef {
        name: "_stderr",
        functions: sys::STDERR_FUNCTIONS,
        init: None,
    },
];

/// The functions of module `index`.
pub fn module_functions(index: u32) -> &'static [NativeFn] {
    MODULES
        .get(index as usize)
        .map(|m| m.functions)
        .unwrap_or(&[])
}

/// The index of the built-in module `name` (modules starting with `_std` are internal).
pub fn find(name: &str) -> Option<u32> {
    MODULES
        .iter()
        .position(|m| m.name == name)
        .map(|i| i as u32)
}

/// Builds the namespace of built-in module `index`.
pub fn make_module(vm: &mut Vm, index: u32) -> PyResult<Value> {
    let Some(def) = MODULES.get(index as usize) else {
        return Err(vm.type_error("no such module"));
    };
    let m = vm.new_module(def.name)?;
    let depth = vm.heap.push_root(m);
    let r = (|| {
        let d = vm.heap.get_value(m, 1);
        for (i, f) in def.functions.iter().enumerate() {
            let k = vm.intern(f.name)?;
            dict::set(vm, d, k, native_value(MODULE_OWNER + index, i))?;
        }
        if let Some(init) = def.init {
            init(vm, d)?;
        }
        Ok(m)
    })();
    vm.heap.pop_roots(depth);
    r
}

fn builtins_init(vm: &mut Vm, d: Value) -> PyResult<()> {
    for t in crate::objects::types::ALL_TYPES {
        if let Some(v) = builtins::lookup(vm, t.name()) {
            let k = vm.intern(t.name())?;
            dict::set(vm, d, k, v)?;
        }
    }
    for (name, v) in [
        ("None", Value::NONE),
        ("True", Value::TRUE),
        ("False", Value::FALSE),
        ("Ellipsis", Value::ELLIPSIS),
        ("NotImplemented", Value::NOT_IMPLEMENTED),
    ] {
        let k = vm.intern(name)?;
        dict::set(vm, d, k, v)?;
    }
    Ok(())
}
