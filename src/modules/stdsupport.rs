// SPDX-License-Identifier: MIT
//! `_stdlib`: the few things the frozen `traceback` and `importlib` modules cannot do in
//! Python: read a module's source (a file through the platform, or a frozen module's text) and
//! list a traceback's entries. Internal (a leading underscore keeps it out of `help('modules')`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::function::{code_filename, code_name};
use crate::objects::native::NativeFn;
use crate::objects::{list, tuple};
use crate::vm::{PyResult, Vm};

/// A traceback chain cannot be longer than the recursion limit allows; this bounds the walk
/// should a chain ever be cyclic.
const MAX_ENTRIES: usize = 100_000;

/// `read_source(path)`: the text of a source file (`<frozen name>` for a frozen module), or
/// None when there is none.
fn read_source(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(path) = args.first().and_then(|p| vm.as_str(*p)).map(String::from) else {
        return Err(vm.type_error("read_source() argument must be str"));
    };
    // A frozen module's source is kept on the host only (a board's firmware holds just the
    // bytecode); `<string>`/`<stdin>` have no file.
    let frozen = path
        .strip_prefix("<frozen ")
        .and_then(|p| p.strip_suffix('>'))
        .and_then(super::frozen::source);
    if let Some(src) = frozen {
        return vm.new_str(src);
    }
    if path.starts_with('<') {
        return Ok(Value::NONE);
    }
    match vm.platform.read_file(&path) {
        Some(bytes) => match core::str::from_utf8(&bytes) {
            Ok(text) => vm.new_str(text),
            Err(_) => Ok(Value::NONE),
        },
        None => Ok(Value::NONE),
    }
}

/// `tb_entries(tb)`: `[(filename, lineno, name), ...]` from the outermost frame to the one
/// that raised.
fn tb_entries(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut entries: Vec<(String, u32, String)> = Vec::new();
    let mut tb = args.first().copied().unwrap_or(Value::NONE);
    while vm.heap.kind(tb) == Kind::Traceback && entries.len() < MAX_ENTRIES {
        // Layout in objects/introspect.rs: [lineno lasti | next code frame].
        let line = vm.heap.get(tb, 0);
        let code = vm.heap.get_value(tb, 3);
        entries.push((code_filename(vm, code), line, code_name(vm, code)));
        tb = vm.heap.get_value(tb, 2);
    }
    let out = list::alloc(vm, entries.len())?;
    let depth = vm.heap.push_root(out);
    let r = entries.iter().try_for_each(|(file, line, name)| {
        let f = vm.new_str(file)?;
        let d = vm.heap.push_root(f);
        let r = vm.new_str(name).and_then(|n| {
            vm.heap.push_root(n);
            let l = Value::small_int_unchecked(*line as i32);
            let t = tuple::new(vm, &[f, l, n])?;
            list::append(vm, out, t)
        });
        vm.heap.pop_roots(d);
        r
    });
    vm.heap.pop_roots(depth);
    r.map(|_| out)
}

/// `exec_frozen(name, globals)`: runs frozen module `name`'s bytecode again in `globals`
/// (`importlib.reload` of a frozen module, whose source is not in the firmware); False if
/// there is no such frozen module.
fn exec_frozen(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&name), Some(&globals)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("exec_frozen() takes 2 arguments"));
    };
    let Some(name) = vm.as_str(name).map(String::from) else {
        return Err(vm.type_error("exec_frozen() argument 1 must be str"));
    };
    if vm.heap.kind(globals) != Kind::Dict {
        return Err(vm.type_error("exec_frozen() argument 2 must be dict"));
    }
    match super::frozen::code(&name) {
        Some(pyr) => vm.exec_pyr(pyr, globals).map(|_| Value::TRUE),
        None => Ok(Value::FALSE),
    }
}

/// The functions of `_stdlib`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("exec_frozen", exec_frozen),
    NativeFn::function("read_source", read_source),
    NativeFn::function("tb_entries", tb_entries),
];
