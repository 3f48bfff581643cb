// SPDX-License-Identifier: MIT
//! The introspection attributes of the interpreter's own objects: tracebacks (`tb_frame`,
//! `tb_lineno`, `tb_next`, `tb_lasti`), frames (`f_code`, `f_globals`, `f_locals`, `f_back`,
//! `f_lineno`), code objects (`co_*`) and closure cells (`cell_contents`).
//!
//! ```text
//! Traceback: [lineno lasti | next code frame]
//! ```
//! These are read-only views of VM blocks (`vm/frame.rs`, `objects/function.rs`), computed on
//! access so the objects themselves stay as small as the VM needs them.

use crate::gc::{Kind, Value};
use crate::vm::{frame, PyResult, Vm};

use super::function::{self as func, code as c};
use super::tuple;

/// The attribute `name` of a traceback, frame, code object or cell; Ok(None) if it has none.
pub fn attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    match vm.heap.kind(obj) {
        Kind::Traceback => Ok(match name {
            "tb_lineno" => Some(small(vm.heap.get(obj, 0))),
            "tb_lasti" => Some(small(vm.heap.get(obj, 1))),
            "tb_next" => Some(none_if_null(vm.heap.get_value(obj, 2))),
            "tb_frame" => Some(none_if_null(vm.heap.get_value(obj, 4))),
            _ => None,
        }),
        Kind::Frame => frame_attr(vm, obj, name),
        Kind::Code => code_attr(vm, obj, name),
        Kind::Cell => match name {
            "cell_contents" => {
                let v = vm.heap.get_value(obj, 0);
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Ok(Some(v))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn small(n: u32) -> Value {
    Value::small_int_unchecked(n.min(i32::MAX as u32 >> 2) as i32)
}

fn none_if_null(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

fn frame_attr(vm: &mut Vm, f: Value, name: &str) -> PyResult<Option<Value>> {
    let lasti = || {
        let v = vm.heap.get_value(f, crate::vm::run::LASTI);
        v.as_small_int().max(0) as u32
    };
    Ok(match name {
        "f_code" => Some(vm.heap.get_value(f, frame::CODE)),
        "f_globals" => Some(vm.heap.get_value(f, frame::GLOBALS)),
        "f_back" => Some(none_if_null(vm.heap.get_value(f, frame::BACK))),
        "f_lasti" => Some(small(lasti())),
        "f_lineno" => {
            let at = lasti();
            let code = vm.heap.get_value(f, frame::CODE);
            Some(small(func::line_of(vm, code, at)))
        }
        "f_locals" => Some(frame::frame_locals(vm, f)?),
        "f_builtins" => Some(crate::vm::import::builtins_dict(vm)?),
        _ => None,
    })
}

fn code_attr(vm: &mut Vm, code: Value, name: &str) -> PyResult<Option<Value>> {
    let count = |i: usize| vm.heap.get(code, i) as usize;
    let nvar = count(c::NVARNAMES);
    let ncell = count(c::NCELLS);
    let nfree = count(c::NFREE);
    Ok(Some(match name {
        "co_name" => vm.heap.get_value(code, c::NAME),
        "co_qualname" => vm.heap.get_value(code, c::QUALNAME),
        "co_filename" => vm.heap.get_value(code, c::FILENAME),
        "co_argcount" => small(count(c::ARGCOUNT) as u32),
        "co_posonlyargcount" => small(count(c::POSONLY) as u32),
        "co_kwonlyargcount" => small(count(c::KWONLY) as u32),
        "co_firstlineno" => small(count(c::FIRSTLINE) as u32),
        "co_flags" => {
            // CPython's bits: a function's fast locals imply CO_NEWLOCALS (0x2); the VM's own
            // bits above 0xffff (a class body) are not shown.
            let f = count(c::FLAGS) as u32;
            let newlocals = if f & crate::bytecode::code::flags::OPTIMIZED != 0 {
                2
            } else {
                0
            };
            small((f & 0xffff) | newlocals)
        }
        "co_nlocals" => small(nvar as u32),
        "co_stacksize" => small(count(c::STACKSIZE) as u32),
        "co_consts" => vm.heap.get_value(code, c::CONSTS),
        "co_names" => vm.heap.get_value(code, c::NAMES),
        "co_varnames" => local_names(vm, code, 0, nvar)?,
        "co_cellvars" => local_names(vm, code, nvar, nvar + ncell)?,
        "co_freevars" => local_names(vm, code, nvar + ncell, nvar + ncell + nfree)?,
        _ => return Ok(None),
    }))
}

/// A tuple of the code's fast-slot names `lo..hi`.
fn local_names(vm: &mut Vm, code: Value, lo: usize, hi: usize) -> PyResult<Value> {
    let names = vm.heap.get_value(code, c::LOCALNAMES);
    let all = tuple::items(vm, names);
    let part: alloc::vec::Vec<Value> = all
        .get(lo..hi.min(all.len()))
        .map(|s| s.to_vec())
        .unwrap_or_default();
    // The names are qstrs (immediates), so the slice needs no rooting.
    tuple::new(vm, &part)
}
