// SPDX-License-Identifier: MIT
//! Functions, code objects, cells and bound methods as heap objects.
//!
//! ```text
//! Function: [| code globals name qualname defaults kwdefaults closure dict annotations module doc]
//! Code:     [argcount posonly kwonly flags nlocalsplus nvarnames ncells nfree stacksize firstlineno |
//!            name qualname filename consts names localsplusnames code linetable exctable]
//! Cell:     [| contents]
//! BoundMethod: [| self function]
//! ```

use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// Payload indices of a code object.
pub mod code {
    /// Positional parameters (including positional-only).
    pub const ARGCOUNT: usize = 0;
    /// Positional-only parameters.
    pub const POSONLY: usize = 1;
    /// Keyword-only parameters.
    pub const KWONLY: usize = 2;
    /// `bytecode::code::flags` bits.
    pub const FLAGS: usize = 3;
    /// Fast slots (varnames + cells + free).
    pub const NLOCALSPLUS: usize = 4;
    /// Local variables.
    pub const NVARNAMES: usize = 5;
    /// Cell variables.
    pub const NCELLS: usize = 6;
    /// Free variables.
    pub const NFREE: usize = 7;
    /// Value stack size.
    pub const STACKSIZE: usize = 8;
    /// First source line.
    pub const FIRSTLINE: usize = 9;
    /// `co_name` (qstr).
    pub const NAME: usize = 10;
    /// `co_qualname` (str).
    pub const QUALNAME: usize = 11;
    /// `co_filename` (str).
    pub const FILENAME: usize = 12;
    /// Constants (tuple).
    pub const CONSTS: usize = 13;
    /// Names (tuple of qstrs).
    pub const NAMES: usize = 14;
    /// Names of the fast slots (tuple of qstrs).
    pub const LOCALNAMES: usize = 15;
    /// The bytecode (RawBytes).
    pub const CODE: usize = 16;
    /// The line table (RawBytes).
    pub const LINETABLE: usize = 17;
    /// The exception table (RawBytes of little-endian u32 quadruples).
    pub const EXCTABLE: usize = 18;
    /// Payload words.
    pub const SIZE: usize = 19;
}

/// Function payload index of the code object.
pub const CODE: usize = 0;
/// Function payload index of the globals dict.
pub const GLOBALS: usize = 1;
/// Function payload index of `__name__`.
pub const NAME: usize = 2;
/// Function payload index of `__qualname__`.
pub const QUALNAME: usize = 3;
/// Function payload index of the positional defaults tuple (or NULL).
pub const DEFAULTS: usize = 4;
/// Function payload index of the keyword-only defaults dict (or NULL).
pub const KWDEFAULTS: usize = 5;
/// Function payload index of the closure tuple of cells (or NULL).
pub const CLOSURE: usize = 6;
/// Function payload index of `__dict__` (or NULL).
pub const DICT: usize = 7;
/// Function payload index of `__annotations__` (or NULL).
pub const ANNOTATIONS: usize = 8;
/// Function payload index of `__module__`.
pub const MODULE: usize = 9;
/// Function payload index of `__doc__`.
pub const DOC: usize = 10;
const FUNCTION_SIZE: usize = 11;

/// A new function for `code` in `globals`.
pub fn new(vm: &mut Vm, code_obj: Value, globals: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(code_obj);
    vm.heap.push_root(globals);
    let f = vm.alloc(Kind::Function, FUNCTION_SIZE);
    vm.heap.pop_roots(d);
    let f = f?;
    vm.heap.set_value(f, CODE, code_obj);
    vm.heap.set_value(f, GLOBALS, globals);
    vm.heap
        .set_value(f, NAME, vm.heap.get_value(code_obj, code::NAME));
    vm.heap
        .set_value(f, QUALNAME, vm.heap.get_value(code_obj, code::QUALNAME));
    // Function code keeps its docstring (or None) as consts[0], as CPython does.
    let consts = vm.heap.get_value(code_obj, code::CONSTS);
    let first = crate::objects::tuple::get(vm, consts, 0);
    let is_function = vm.heap.get(code_obj, code::FLAGS) & crate::bytecode::code::flags::OPTIMIZED
        != 0
        && !crate::objects::function::code_name(vm, code_obj).starts_with('<');
    let doc = if is_function && vm.str_text(first).is_some() {
        first
    } else {
        Value::NONE
    };
    vm.heap.set_value(f, DOC, doc);
    if let Some(m) = crate::objects::dict::get_str(vm, globals, "__name__") {
        vm.heap.set_value(f, MODULE, m);
    }
    Ok(f)
}

/// A new cell holding `v` (NULL for empty).
pub fn new_cell(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(v);
    let c = vm.alloc(Kind::Cell, 1);
    vm.heap.pop_roots(d);
    let c = c?;
    vm.heap.set_value(c, 0, v);
    Ok(c)
}

/// A method binding `self_` to `function`.
pub fn new_bound(vm: &mut Vm, self_: Value, function: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(self_);
    vm.heap.push_root(function);
    let m = vm.alloc(Kind::BoundMethod, 2);
    vm.heap.pop_roots(d);
    let m = m?;
    vm.heap.set_value(m, 0, self_);
    vm.heap.set_value(m, 1, function);
    Ok(m)
}

/// The file name of a code object.
pub fn code_filename(vm: &Vm, c: Value) -> String {
    String::from(
        vm.str_text(vm.heap.get_value(c, code::FILENAME))
            .unwrap_or("?"),
    )
}

/// The name of a code object.
pub fn code_name(vm: &Vm, c: Value) -> String {
    String::from(vm.str_text(vm.heap.get_value(c, code::NAME)).unwrap_or("?"))
}

/// The bytes of a RawBytes block (bytecode, line table).
pub fn raw_bytes(vm: &Vm, b: Value) -> &[u8] {
    let len = vm.heap.get(b, 0) as usize;
    vm.heap.bytes(b, 1, len)
}

/// The source line of the instruction at `offset` in code object `c`.
pub fn line_of(vm: &Vm, c: Value, offset: u32) -> u32 {
    let table = vm.heap.get_value(c, code::LINETABLE);
    let first = vm.heap.get(c, code::FIRSTLINE);
    crate::bytecode::LineTable::line_for_offset(raw_bytes(vm, table), first, offset)
}
