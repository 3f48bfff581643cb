// SPDX-License-Identifier: MIT
//! Exception attributes (`args`, `__traceback__`, `__cause__`, `value` of StopIteration...),
//! `str()` and `repr()` of exceptions, and `BaseException`'s methods.

use alloc::format;
use alloc::string::String;

use crate::gc::Value;
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::exception::{self, ARGS, CAUSE, CONTEXT, TRACEBACK};
use super::native::NativeFn;
use super::tuple;

fn none_if_null(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

/// The builtin attributes of an exception instance.
pub fn exception_attr(vm: &mut Vm, e: Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "args" => exception::args(vm, e)?,
        "__traceback__" => none_if_null(vm.heap.get_value(e, TRACEBACK)),
        "__cause__" => none_if_null(vm.heap.get_value(e, CAUSE)),
        "__context__" => none_if_null(vm.heap.get_value(e, CONTEXT)),
        "__suppress_context__" => Value::bool(vm.heap.get(e, 0) != 0),
        "value" if vm.exception_is(e, TypeId::StopIteration) => {
            let a = exception::args(vm, e)?;
            let v = tuple::get(vm, a, 0);
            none_if_null(v)
        }
        "code" if vm.exception_is(e, TypeId::SystemExit) => {
            let a = exception::args(vm, e)?;
            match tuple::len(vm, a) {
                0 => Value::NONE,
                1 => tuple::get(vm, a, 0),
                _ => a,
            }
        }
        "errno" | "strerror" if vm.exception_is(e, TypeId::OSError) => {
            // An OSError made without the constructor (by native code) with (errno, strerror).
            let a = exception::args(vm, e)?;
            if tuple::len(vm, a) == 2 {
                tuple::get(vm, a, if name == "errno" { 0 } else { 1 })
            } else {
                Value::NONE
            }
        }
        "msg" | "filename" | "lineno" | "offset" | "text"
            if vm.exception_is(e, TypeId::SyntaxError) =>
        {
            let Some((msg, file, line, off, text)) = syntax_info(vm, e) else {
                let a = exception::args(vm, e)?;
                let msg = if name == "msg" && tuple::len(vm, a) > 0 {
                    tuple::get(vm, a, 0)
                } else {
                    Value::NONE
                };
                return Ok(Some(msg));
            };
            match name {
                "msg" => vm.new_str(&msg)?,
                "filename" => vm.new_str(&file)?,
                "lineno" => super::int::from_i64(vm, line)?,
                "offset" => super::int::from_i64(vm, off)?,
                _ => vm.new_str(&text)?,
            }
        }
        "name" | "path" if vm.exception_is(e, TypeId::ImportError) => {
            let d = vm.heap.get_value(e, exception::DICT);
            let found = if d.is_null() {
                None
            } else {
                super::dict::get_str(vm, d, name)
            };
            found.unwrap_or(Value::NONE)
        }
        _ => return Ok(super::exception_init::default_field(vm, e, name)),
    }))
}

/// Sets a builtin attribute of an exception; false if `name` is not one.
pub fn set_exception_attr(vm: &mut Vm, e: Value, name: &str, v: Value) -> PyResult<bool> {
    match name {
        "args" => {
            let items = vm.collect_items(v)?;
            let t = tuple::new(vm, &items)?;
            vm.heap.set_value(e, ARGS, t);
        }
        "__traceback__" => {
            check_traceback(vm, v)?;
            vm.heap.set_value(e, TRACEBACK, v);
        }
        "__cause__" => {
            if !v.is_none() && vm.heap.kind(v) != crate::gc::Kind::Exception {
                return Err(
                    vm.type_error("exception cause must be None or derive from BaseException")
                );
            }
            vm.heap.set_value(e, CAUSE, v);
            vm.heap.set(e, 0, 1);
        }
        "__context__" => {
            if !v.is_none() && vm.heap.kind(v) != crate::gc::Kind::Exception {
                return Err(
                    vm.type_error("exception context must be None or derive from BaseException")
                );
            }
            vm.heap.set_value(e, CONTEXT, v)
        }
        "__suppress_context__" => {
            if v != Value::TRUE && v != Value::FALSE {
                return Err(vm.type_error("attribute value type must be bool"));
            }
            vm.heap.set(e, 0, (v == Value::TRUE) as u32);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `str(exc)`: the single argument's str, `''` for none, the args tuple otherwise.
pub fn exception_str(vm: &mut Vm, e: Value) -> PyResult<Value> {
    let a = exception::args(vm, e)?;
    let n = tuple::len(vm, a);
    if vm.exception_is(e, TypeId::KeyError) && n == 1 {
        let k = tuple::get(vm, a, 0);
        return vm.repr(k);
    }
    if let Some(text) = super::exception_init::special_str(vm, e)? {
        return vm.new_str(&text);
    }
    if vm.exception_is(e, TypeId::SyntaxError) {
        if let Some((msg, file, line, _, _)) = syntax_info(vm, e) {
            return vm.new_str(&format!("{msg} ({file}, line {line})"));
        }
        // CPython shows `msg` (None without arguments).
        let first = if n > 0 {
            tuple::get(vm, a, 0)
        } else {
            Value::NONE
        };
        return vm.to_str(first);
    }
    match n {
        0 => vm.new_str(""),
        1 => {
            let x = tuple::get(vm, a, 0);
            vm.to_str(x)
        }
        _ => vm.repr(a),
    }
}

/// The parts of a SyntaxError: (msg, filename, lineno, offset, text), from its args
/// `(msg, (filename, lineno, offset, text))`.
pub fn syntax_info(vm: &Vm, e: Value) -> Option<(String, String, i64, i64, String)> {
    let a = vm.heap.get_value(e, ARGS);
    if vm.heap.kind(a) != crate::gc::Kind::Tuple || tuple::len(vm, a) != 2 {
        return None;
    }
    let msg = String::from(vm.str_text(tuple::get(vm, a, 0))?);
    let info = tuple::get(vm, a, 1);
    if vm.heap.kind(info) != crate::gc::Kind::Tuple {
        return None;
    }
    let file = String::from(vm.str_text(tuple::get(vm, info, 0)).unwrap_or("<unknown>"));
    let line = super::int::as_i64(vm, tuple::get(vm, info, 1)).unwrap_or(0);
    let off = super::int::as_i64(vm, tuple::get(vm, info, 2)).unwrap_or(0);
    let text = String::from(vm.str_text(tuple::get(vm, info, 3)).unwrap_or(""));
    Some((msg, file, line, off, text))
}

/// `repr(exc)`: `ValueError('msg')`.
pub fn exception_repr(vm: &mut Vm, e: Value) -> PyResult<String> {
    let name = vm.type_name(e);
    let a = exception::args(vm, e)?;
    let n = tuple::len(vm, a);
    if n == 1 {
        let x = tuple::get(vm, a, 0);
        let r = vm.repr_string(x)?;
        return Ok(format!("{name}({r})"));
    }
    let r = vm.repr_string(a)?;
    if n == 0 {
        return Ok(format!("{name}()"));
    }
    Ok(format!("{name}{r}"))
}

fn with_traceback(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&e), Some(&tb)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("with_traceback() takes exactly one argument"));
    };
    check_traceback(vm, tb)?;
    vm.heap.set_value(e, TRACEBACK, tb);
    Ok(e)
}

fn check_traceback(vm: &mut Vm, tb: Value) -> PyResult<()> {
    if tb.is_none() || vm.heap.kind(tb) == crate::gc::Kind::Traceback {
        Ok(())
    } else {
        Err(vm.type_error("__traceback__ must be a traceback or None"))
    }
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&e) = args.first() else {
        return Ok(Value::NONE);
    };
    if vm.heap.kind(e) != crate::gc::Kind::Exception {
        return Ok(Value::NONE);
    }
    super::exception_init::reinit(vm, e, &args[1..])?;
    Ok(Value::NONE)
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&e), Some(&note)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("add_note() takes exactly one argument"));
    };
    if vm.as_str(note).is_none() {
        return Err(vm.type_error(error_msg!(
            "note must be a str",
            "note must be a str, not '{t}'",
            t = vm.type_name(note)
        )));
    }
    let name = vm.intern("__notes__")?;
    let notes = match super::class::generic_getattr(vm, e, name)? {
        Some(n) => n,
        None => {
            let l = super::list::alloc(vm, 1)?;
            super::class::generic_setattr(vm, e, name, l)?;
            l
        }
    };
    super::list::append(vm, notes, note)?;
    Ok(Value::NONE)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&e) = args.first() else {
        return Err(vm.type_error("__str__ needs an argument"));
    };
    if vm.heap.kind(e) != crate::gc::Kind::Exception {
        return vm.to_str(e);
    }
    exception_str(vm, e)
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&e) = args.first() else {
        return Err(vm.type_error("__repr__ needs an argument"));
    };
    if vm.heap.kind(e) != crate::gc::Kind::Exception {
        return vm.repr(e);
    }
    let s = exception_repr(vm, e)?;
    vm.new_str(&s)
}

/// The methods of `BaseException`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("__str__", exc_str),
    NativeFn::method("__repr__", exc_repr),
    NativeFn::method("with_traceback", with_traceback),
    NativeFn::method("__init__", exc_init),
    NativeFn::method("add_note", add_note),
];
