// SPDX-License-Identifier: MIT
//! Frames: one heap block per active call, holding the fast locals and the value stack.
//!
//! ```text
//! payload: [ip sp flags nlocalsplus | code globals locals function back generator spare |
//!           localsplus (nlocalsplus values) | value stack (code.stacksize values)]
//! ```
//! `sp` counts the values on the stack. A frame is linked to its caller through `back`; the
//! running frame is the heap root `Root::Frame`, so the whole call chain is reachable from one
//! root, and a generator keeps its suspended frame alive by holding it.

#[cfg(feature = "detailed-errors")]
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::code::flags;
use crate::gc::{Kind, Value};
use crate::objects::function::{self as func, code as c};
use crate::objects::{dict, tuple};

use super::{PyResult, Vm};

/// Payload index of the instruction pointer (byte offset of the next instruction).
pub const IP: usize = 0;
/// Payload index of the stack depth.
pub const SP: usize = 1;
/// Payload index of the frame flags.
pub const FLAGS: usize = 2;
/// Payload index of the number of fast slots.
pub const NLOCALS: usize = 3;
/// Payload index of the code object.
pub const CODE: usize = 4;
/// Payload index of the globals dict.
pub const GLOBALS: usize = 5;
/// Payload index of the locals namespace (NULL for function frames).
pub const LOCALS: usize = 6;
/// Payload index of the function being run (NULL for module code).
pub const FUNC: usize = 7;
/// Payload index of the calling frame.
pub const BACK: usize = 8;
/// Payload index of the generator owning this frame (NULL if none).
pub const GEN: usize = 9;
/// First fast slot.
pub const LOCALSPLUS: usize = 11;

/// Frame flag: returning from this frame returns from the Rust call that entered it.
pub const F_ENTRY: u32 = 1;

/// Creates a frame for `code` (a heap code object) with the given globals and locals.
pub fn new(
    vm: &mut Vm,
    code: Value,
    globals: Value,
    locals: Value,
    function: Value,
) -> PyResult<Value> {
    let nlocals = vm.heap.get(code, c::NLOCALSPLUS) as usize;
    let stack = vm.heap.get(code, c::STACKSIZE) as usize;
    let d = vm.heap.push_root(code);
    vm.heap.push_root(globals);
    vm.heap.push_root(locals);
    vm.heap.push_root(function);
    let f = vm.alloc(Kind::Frame, LOCALSPLUS + nlocals + stack);
    vm.heap.pop_roots(d);
    let f = f?;
    vm.heap.set(f, NLOCALS, nlocals as u32);
    vm.heap.set_value(f, CODE, code);
    vm.heap.set_value(f, GLOBALS, globals);
    vm.heap.set_value(f, LOCALS, locals);
    vm.heap.set_value(f, FUNC, function);
    Ok(f)
}

/// The frame for the most common call, made in one pass: a plain function (no `*args`,
/// `**kwargs`, keyword-only parameters, generator or class-body flags) called with exactly
/// its positional parameters. Ok(None) for any other call, which [`new`] and [`bind_args`]
/// handle with all of Python's rules. `f` and `args` must be rooted by the caller.
pub fn new_simple(vm: &mut Vm, function: Value, args: &[Value]) -> PyResult<Option<Value>> {
    const NOT_SIMPLE: u32 = flags::VARARGS
        | flags::VARKEYWORDS
        | flags::GENERATOR
        | flags::COROUTINE
        | flags::ASYNC_GENERATOR;
    let fp = vm.heap.payload(function);
    let (Some(&code), Some(&globals)) = (fp.get(func::CODE), fp.get(func::GLOBALS)) else {
        return Ok(None);
    };
    let cp = vm.heap.payload(Value(code));
    let word = |i: usize| cp.get(i).copied().unwrap_or(u32::MAX);
    let fl = word(c::FLAGS);
    if fl & flags::OPTIMIZED == 0
        || fl & NOT_SIMPLE != 0
        || word(c::KWONLY) != 0
        || word(c::ARGCOUNT) as usize != args.len()
    {
        return Ok(None);
    }
    let nlocals = word(c::NLOCALSPLUS) as usize;
    let stack = word(c::STACKSIZE) as usize;
    if nlocals < args.len() {
        return Ok(None);
    }
    let d = vm.heap.push_root(function);
    let f = vm.alloc(Kind::Frame, LOCALSPLUS + nlocals + stack);
    vm.heap.pop_roots(d);
    let f = f?;
    let p = vm.heap.payload_mut(f);
    if let Some(slots) = p.get_mut(LOCALSPLUS..LOCALSPLUS + args.len()) {
        for (slot, a) in slots.iter_mut().zip(args) {
            *slot = a.0;
        }
    }
    if let Some(head) = p.get_mut(..LOCALSPLUS) {
        head[NLOCALS] = nlocals as u32;
        head[CODE] = code;
        head[GLOBALS] = globals;
        head[FUNC] = function.0;
    }
    Ok(Some(f))
}

/// Binds call arguments into a new frame's fast slots, with Python's rules and messages.
/// `args` are positional values; `kw` (name, value) pairs. All must be rooted by the caller.
pub fn bind_args(
    vm: &mut Vm,
    frame: Value,
    function: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let code = vm.heap.get_value(function, func::CODE);
    let argcount = vm.heap.get(code, c::ARGCOUNT) as usize;
    let posonly = vm.heap.get(code, c::POSONLY) as usize;
    let kwonly = vm.heap.get(code, c::KWONLY) as usize;
    let fl = vm.heap.get(code, c::FLAGS);
    let has_varargs = fl & flags::VARARGS != 0;
    let has_varkw = fl & flags::VARKEYWORDS != 0;
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;

    let npos = args.len().min(argcount);
    for (i, a) in args.iter().take(npos).enumerate() {
        set_local(vm, frame, i, *a);
    }
    if args.len() > argcount {
        if has_varargs {
            let t = tuple::new(vm, &args[argcount..])?;
            set_local(vm, frame, varargs_slot, t);
        } else {
            return Err(too_many_positional(
                vm,
                function,
                argcount,
                args.len(),
                kw.len(),
            ));
        }
    } else if has_varargs {
        let t = tuple::new(vm, &[])?;
        set_local(vm, frame, varargs_slot, t);
    }
    let mut kwdict = Value::NULL;
    if has_varkw {
        kwdict = dict::alloc(vm, kw.len())?;
        set_local(vm, frame, varkw_slot, kwdict);
    }
    for &(name, value) in kw {
        let name_text = String::from(vm.str_text(name).unwrap_or(""));
        let slot = (0..argcount + kwonly).find(|&i| local_name(vm, code, i) == name_text);
        match slot {
            Some(i) if i >= posonly => {
                if !get_local(vm, frame, i).is_null() {
                    return Err(vm.type_error(error_msg!(
                        "multiple values for argument",
                        "{}() got multiple values for argument '{name_text}'",
                        func_qualname(vm, function)
                    )));
                }
                set_local(vm, frame, i, value);
            }
            _ if has_varkw => {
                dict::set(vm, kwdict, name, value)?;
            }
            #[cfg(not(feature = "detailed-errors"))]
            Some(_) => return Err(vm.type_error("positional-only argument passed by keyword")),
            #[cfg(feature = "detailed-errors")]
            Some(_) => {
                // CPython names every positional-only parameter passed by keyword, in order.
                let mut names: Vec<String> = Vec::new();
                for i in 0..posonly {
                    let p = String::from(local_name(vm, code, i));
                    if kw.iter().any(|&(k, _)| vm.str_text(k) == Some(p.as_str())) {
                        names.push(p);
                    }
                }
                let (fname, names) = (func_qualname(vm, function), names.join(", "));
                return Err(vm.type_error(format!(
                    "{fname}() got some positional-only arguments passed as keyword arguments: '{names}'"
                )));
            }
            None => {
                return Err(vm.type_error(error_msg!(
                    "unexpected keyword argument",
                    "{}() got an unexpected keyword argument '{name_text}'",
                    func_qualname(vm, function)
                )));
            }
        }
    }
    // Defaults for missing positional parameters.
    let defaults = vm.heap.get_value(function, func::DEFAULTS);
    let ndefaults = if defaults.is_null() {
        0
    } else {
        tuple::len(vm, defaults)
    };
    let first_default = argcount.saturating_sub(ndefaults);
    let mut missing: Vec<String> = Vec::new();
    for i in npos..argcount {
        if get_local(vm, frame, i).is_null() {
            if i >= first_default {
                let d = tuple::get(vm, defaults, i - first_default);
                set_local(vm, frame, i, d);
            } else {
                missing.push(String::from(local_name(vm, code, i)));
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, function, &missing, "positional"));
    }
    let kwdefaults = vm.heap.get_value(function, func::KWDEFAULTS);
    for i in argcount..argcount + kwonly {
        if get_local(vm, frame, i).is_null() {
            let name = String::from(local_name(vm, code, i));
            let d = if kwdefaults.is_null() {
                None
            } else {
                dict::get_str(vm, kwdefaults, &name)
            };
            match d {
                Some(d) => set_local(vm, frame, i, d),
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, function, &missing, "keyword-only"));
    }
    Ok(())
}

#[cfg(not(feature = "detailed-errors"))]
fn too_many_positional(
    vm: &mut Vm,
    _function: Value,
    _argcount: usize,
    _given: usize,
    _nkw: usize,
) -> crate::vm::PyErr {
    vm.type_error("function takes wrong number of arguments")
}

#[cfg(feature = "detailed-errors")]
fn too_many_positional(
    vm: &mut Vm,
    function: Value,
    argcount: usize,
    given: usize,
    nkw: usize,
) -> crate::vm::PyErr {
    let fname = func_qualname(vm, function);
    let defaults = vm.heap.get_value(function, func::DEFAULTS);
    let ndefaults = if defaults.is_null() {
        0
    } else {
        tuple::len(vm, defaults)
    };
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            argcount - ndefaults,
            argcount
        )
    } else if argcount == 1 {
        String::from("1 positional argument")
    } else {
        format!("{argcount} positional arguments")
    };
    let was = if given == 1 { "was" } else { "were" };
    let kwpart = if nkw > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            nkw,
            if nkw == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    if nkw > 0 {
        vm.type_error(format!(
            "{fname}() takes {takes} but {given}{kwpart} were given"
        ))
    } else {
        vm.type_error(format!("{fname}() takes {takes} but {given} {was} given"))
    }
}

#[cfg(not(feature = "detailed-errors"))]
fn missing_args(vm: &mut Vm, _function: Value, _names: &[String], _what: &str) -> crate::vm::PyErr {
    vm.type_error("function missing required argument")
}

#[cfg(feature = "detailed-errors")]
fn missing_args(vm: &mut Vm, function: Value, names: &[String], what: &str) -> crate::vm::PyErr {
    let fname = func_qualname(vm, function);
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    vm.type_error(format!(
        "{fname}() missing {} required {what} argument{s}: {list}",
        names.len()
    ))
}

#[cfg(feature = "detailed-errors")]
fn func_qualname(vm: &Vm, function: Value) -> String {
    let q = vm.heap.get_value(function, func::QUALNAME);
    String::from(vm.str_text(q).unwrap_or("?"))
}

/// The name of fast slot `i` of `code`.
pub fn local_name(vm: &Vm, code: Value, i: usize) -> &str {
    let names = vm.heap.get_value(code, c::LOCALNAMES);
    let n = tuple::get(vm, names, i);
    vm.str_text(n).unwrap_or("")
}

/// Fast slot `i`.
#[inline]
pub fn get_local(vm: &Vm, frame: Value, i: usize) -> Value {
    vm.heap.get_value(frame, LOCALSPLUS + i)
}

/// Sets fast slot `i`.
#[inline]
pub fn set_local(vm: &mut Vm, frame: Value, i: usize, v: Value) {
    vm.heap.set_value(frame, LOCALSPLUS + i, v)
}

/// `locals()` of the running frame: its namespace dict, or a snapshot of its fast locals.
pub fn locals_dict(vm: &mut Vm) -> PyResult<Value> {
    let f = vm.heap.root(crate::gc::Root::Frame);
    frame_locals(vm, f)
}

/// Frame `f`'s locals as a dict (`f_locals`): its namespace, or a snapshot of its fast slots.
/// `f` must be rooted.
pub fn frame_locals(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let locals = vm.heap.get_value(f, LOCALS);
    if !locals.is_null() {
        return Ok(locals);
    }
    let code = vm.heap.get_value(f, CODE);
    let n = vm.heap.get(f, NLOCALS) as usize;
    let nvars = vm.heap.get(code, c::NVARNAMES) as usize;
    let d = dict::alloc(vm, n)?;
    let depth = vm.heap.push_root(d);
    let r = (|| {
        for i in 0..n {
            let mut v = get_local(vm, f, i);
            if i >= nvars && vm.heap.kind(v) == Kind::Cell {
                v = vm.heap.get_value(v, 0);
            }
            if v.is_null() {
                continue;
            }
            let name = String::from(local_name(vm, code, i));
            let k = vm.intern(&name)?;
            dict::set(vm, d, k, v)?;
        }
        Ok(d)
    })();
    vm.heap.pop_roots(depth);
    r
}
