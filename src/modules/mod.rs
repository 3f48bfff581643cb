// SPDX-License-Identifier: MIT
//! Built-in modules: one file each, listed once in [`MODULES`]. A module's functions are a
//! static table; its namespace is built in the heap only when a program imports it.
#![forbid(unsafe_code)]

#[cfg(feature = "array")]
pub mod array;
#[cfg(feature = "binascii")]
pub mod binascii;
pub mod builtins;
pub mod builtins_dynamic;
#[cfg(feature = "cmath")]
pub mod cmath;
pub mod console;
#[cfg(feature = "errno")]
pub mod errno;
pub mod file;
pub mod file_table;
pub mod frozen;
pub mod gc;
#[cfg(feature = "hashlib")]
pub mod hashlib;
#[cfg(feature = "heapq")]
pub mod heapq;
#[cfg(feature = "math")]
pub mod math;
#[cfg(feature = "micropython")]
pub mod micropython;
#[cfg(feature = "os")]
pub mod os;
#[cfg(feature = "random")]
pub mod random;
#[cfg(feature = "re")]
pub mod re;
#[cfg(any(feature = "traceback", feature = "importlib"))]
pub mod stdsupport;
pub mod sys;
#[cfg(feature = "time")]
pub mod time;
#[cfg(feature = "struct")]
pub mod ustruct;

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
        init: Some(console::stdout_init),
    },
    ModuleDef {
        name: "_stderr",
        functions: sys::STDERR_FUNCTIONS,
        init: Some(console::stderr_init),
    },
    #[cfg(feature = "frozen")]
    ModuleDef {
        name: "_file",
        functions: file::FUNCTIONS,
        init: None,
    },
    ModuleDef {
        name: "_stdin",
        functions: console::STDIN_FUNCTIONS,
        init: Some(console::stdin_init),
    },
    ModuleDef {
        name: "_stdin_buffer",
        functions: console::STDIN_BUFFER_FUNCTIONS,
        init: None,
    },
    ModuleDef {
        name: "_stdout_buffer",
        functions: console::STDOUT_BUFFER_FUNCTIONS,
        init: None,
    },
    ModuleDef {
        name: "_stderr_buffer",
        functions: console::STDERR_BUFFER_FUNCTIONS,
        init: None,
    },
    #[cfg(feature = "math")]
    ModuleDef {
        name: "math",
        functions: math::FUNCTIONS,
        init: Some(math::init),
    },
    #[cfg(feature = "time")]
    ModuleDef {
        name: "time",
        functions: time::FUNCTIONS,
        init: None,
    },
    #[cfg(feature = "micropython")]
    ModuleDef {
        name: "micropython",
        functions: micropython::FUNCTIONS,
        init: None,
    },
    #[cfg(feature = "struct")]
    ModuleDef {
        name: "struct",
        functions: ustruct::FUNCTIONS,
        init: Some(ustruct::init),
    },
    #[cfg(feature = "binascii")]
    ModuleDef {
        name: "binascii",
        functions: binascii::FUNCTIONS,
        init: Some(binascii::init),
    },
    #[cfg(feature = "errno")]
    ModuleDef {
        name: "errno",
        functions: errno::FUNCTIONS,
        init: Some(errno::init),
    },
    #[cfg(feature = "heapq")]
    ModuleDef {
        name: "heapq",
        functions: heapq::FUNCTIONS,
        init: Some(heapq::init),
    },
    #[cfg(feature = "hashlib")]
    ModuleDef {
        name: "hashlib",
        functions: hashlib::FUNCTIONS,
        init: Some(hashlib::init),
    },
    #[cfg(feature = "random")]
    ModuleDef {
        name: "random",
        functions: random::FUNCTIONS,
        init: Some(random::init),
    },
    #[cfg(feature = "cmath")]
    ModuleDef {
        name: "cmath",
        functions: cmath::FUNCTIONS,
        init: Some(cmath::init),
    },
    #[cfg(any(feature = "traceback", feature = "importlib"))]
    ModuleDef {
        name: "_stdlib",
        functions: stdsupport::FUNCTIONS,
        init: None,
    },
    #[cfg(feature = "array")]
    ModuleDef {
        name: "array",
        functions: array::FUNCTIONS,
        init: Some(array::init),
    },
    #[cfg(feature = "re")]
    ModuleDef {
        name: "re",
        functions: re::FUNCTIONS,
        init: Some(re::init),
    },
    #[cfg(feature = "os")]
    ModuleDef {
        name: "os",
        functions: os::FUNCTIONS,
        init: Some(os::init),
    },
];

/// The functions of module `index`.
pub fn module_functions(index: u32) -> &'static [NativeFn] {
    MODULES
        .get(index as usize)
        .map(|m| m.functions)
        .unwrap_or(&[])
}

/// Modules MicroPython still imports by their old `u` names (`import utime`), for programs
/// written before v1.21.
static U_ALIASES: &[&str] = &[
    "array", "binascii", "errno", "hashlib", "heapq", "os", "random", "re", "struct", "time",
];

/// The index of the built-in module `name` (modules starting with `_std` are internal);
/// `uname` finds `name` for the modules in `U_ALIASES`.
pub fn find(name: &str) -> Option<u32> {
    let exact = MODULES.iter().position(|m| m.name == name);
    let alias = || {
        let base = name.strip_prefix('u').filter(|b| U_ALIASES.contains(b))?;
        MODULES.iter().position(|m| m.name == base)
    };
    exact.or_else(alias).map(|i| i as u32)
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

/// Raises `module.name(msg)`, an exception class a module defined in its namespace
/// (`struct.error`); `ValueError` if the module or class has gone.
pub fn raise_module_error(vm: &mut Vm, module: &str, name: &str, msg: &str) -> crate::vm::PyErr {
    let modules = vm.heap.root(crate::gc::Root::Modules);
    let u_name = alloc::format!("u{module}");
    let class = dict::get_str(vm, modules, module)
        .or_else(|| dict::get_str(vm, modules, &u_name))
        .filter(|m| vm.heap.kind(*m) == crate::gc::Kind::Module)
        .and_then(|m| {
            let d = vm.heap.get_value(m, 1);
            dict::get_str(vm, d, name)
        });
    let Some(class) = class else {
        return vm.raise_new(crate::objects::types::TypeId::ValueError, msg);
    };
    let r = vm.new_str(msg).and_then(|s| {
        let d = vm.heap.push_root(s);
        let r = vm.call(class, &[s], &[]);
        vm.heap.pop_roots(d);
        r
    });
    match r {
        Ok(e) => vm.raise(e),
        Err(e) => e,
    }
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
    for name in ["__debug__", "EnvironmentError", "IOError"] {
        if let Some(v) = builtins::lookup(vm, name) {
            let k = vm.intern(name)?;
            dict::set(vm, d, k, v)?;
        }
    }
    vm.builtins_made(d);
    Ok(())
}
