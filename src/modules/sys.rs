// SPDX-License-Identifier: MIT
//! The `sys` module. `argv` and `path` live under the heap root `Root::SysState` (a tuple of the
//! two lists) so the host can set them before any `import sys`.

use alloc::string::String;

use crate::gc::{Kind, Root, Value};
use crate::objects::native::NativeFn;
use crate::objects::types::TypeId;
use crate::objects::{dict, int, list, tuple};
use crate::vm::{PyResult, Vm};

/// Version reported by `sys.version_info` (the language level Pyrite follows).
pub const PYTHON_VERSION: (i32, i32, i32) = (3, 11, 0);

fn state(vm: &mut Vm) -> PyResult<Value> {
    let s = vm.heap.root(Root::SysState);
    if !s.is_null() {
        return Ok(s);
    }
    let argv = list::alloc(vm, 1)?;
    let d = vm.heap.push_root(argv);
    let r = list::alloc(vm, 2).and_then(|path| {
        vm.heap.push_root(path);
        tuple::new(vm, &[argv, path])
    });
    vm.heap.pop_roots(d);
    let t = r?;
    vm.heap.set_root(Root::SysState, t);
    Ok(t)
}

/// `sys.path`.
pub fn path_list(vm: &mut Vm) -> PyResult<Value> {
    let s = state(vm)?;
    Ok(tuple::get(vm, s, 1))
}

/// `sys.argv`.
pub fn argv_list(vm: &mut Vm) -> PyResult<Value> {
    let s = state(vm)?;
    Ok(tuple::get(vm, s, 0))
}

/// Replaces the contents of a list with strings.
pub fn set_strings(vm: &mut Vm, l: Value, items: &[String]) -> PyResult<()> {
    list::truncate(vm, l, 0);
    for it in items {
        let s = vm.new_str(it)?;
        list::append(vm, l, s)?;
    }
    Ok(())
}

/// Writes `text` to a file object: the console streams directly, anything else by `write()`.
pub fn write_to(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    if vm.heap.kind(file) == Kind::Module {
        match crate::objects::class::module_name(vm, file).as_str() {
            "_stdout" => {
                vm.write_out(text);
                return Ok(());
            }
            "_stderr" => {
                vm.write_err(text);
                return Ok(());
            }
            _ => {}
        }
    }
    let s = vm.new_str(text)?;
    let d = vm.heap.push_root(s);
    let r = vm.call_method(file, "write", &[s]);
    vm.heap.pop_roots(d);
    r.map(|_| ())
}

/// `sys.stdout` (or `sys.stderr`) when a program has rebound it to another object
/// (`contextlib.redirect_stdout`); `None` while it is the console, or before `import sys`.
pub fn redirected(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.heap.root(Root::Modules);
    let sys = dict::get_str(vm, modules, "sys").filter(|m| vm.heap.kind(*m) == Kind::Module)?;
    let d = vm.heap.get_value(sys, 1);
    let stream = dict::get_str(vm, d, name)?;
    (!is_console(vm, stream)).then_some(stream)
}

/// Whether `file` is one of the console streams (`sys.__stdout__`, `sys.__stderr__`).
pub fn is_console(vm: &mut Vm, file: Value) -> bool {
    vm.heap.kind(file) == Kind::Module
        && matches!(
            crate::objects::class::module_name(vm, file).as_str(),
            "_stdout" | "_stderr"
        )
}

/// Fills the `sys` namespace.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    let argv = argv_list(vm)?;
    set(vm, d, "argv", argv)?;
    let path = path_list(vm)?;
    set(vm, d, "path", path)?;
    let modules = vm.heap.root(Root::Modules);
    set(vm, d, "modules", modules)?;
    let v = vm.new_str("3.11.0 (pyrite)")?;
    set(vm, d, "version", v)?;
    set_version_info(vm, d)?;
    let platform = vm.new_str(if cfg!(feature = "std") {
        "linux"
    } else {
        "pyrite"
    })?;
    set(vm, d, "platform", platform)?;
    let bo = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    })?;
    set(vm, d, "byteorder", bo)?;
    let maxsize = int::from_i64(vm, i32::MAX as i64)?;
    set(vm, d, "maxsize", maxsize)?;
    set(vm, d, "maxunicode", Value::small_int_unchecked(0x10_ffff))?;
    set_implementation(vm, d)?;
    let out = crate::modules::make_module(vm, crate::modules::find("_stdout").unwrap_or(0))?;
    set(vm, d, "stdout", out)?;
    set(vm, d, "__stdout__", out)?;
    let err = crate::modules::make_module(vm, crate::modules::find("_stderr").unwrap_or(0))?;
    set(vm, d, "stderr", err)?;
    set(vm, d, "__stderr__", err)?;
    let inp = crate::modules::make_module(vm, crate::modules::find("_stdin").unwrap_or(0))?;
    set(vm, d, "stdin", inp)?;
    Ok(())
}

/// `sys.version_info`: CPython's named 5-tuple, from the frozen `_sysinfo` module.
#[cfg(feature = "frozen")]
fn set_version_info(vm: &mut Vm, d: Value) -> PyResult<()> {
    let (a, b, c) = PYTHON_VERSION;
    let level = vm.new_str("final")?;
    let dl = vm.heap.push_root(level);
    let t = tuple::new(
        vm,
        &[
            Value::small_int_unchecked(a),
            Value::small_int_unchecked(b),
            Value::small_int_unchecked(c),
            level,
            Value::small_int_unchecked(0),
        ],
    );
    vm.heap.pop_roots(dl);
    let t = t?;
    let dt = vm.heap.push_root(t);
    let vi = crate::objects::class::call_frozen(vm, "_sysinfo", "version_info", &[t]);
    vm.heap.pop_roots(dt);
    set(vm, d, "version_info", vi?)?;
    let fi = crate::objects::class::call_frozen(vm, "_sysinfo", "float_info", &[])?;
    set(vm, d, "float_info", fi)
}

/// `sys.version_info` without frozen modules: a plain `(major, minor, micro)` tuple, as in
/// MicroPython.
#[cfg(not(feature = "frozen"))]
fn set_version_info(vm: &mut Vm, d: Value) -> PyResult<()> {
    let (a, b, c) = PYTHON_VERSION;
    let vi = tuple::new(
        vm,
        &[
            Value::small_int_unchecked(a),
            Value::small_int_unchecked(b),
            Value::small_int_unchecked(c),
        ],
    )?;
    set(vm, d, "version_info", vi)
}

/// `sys.implementation`: `name`, `version` and `cache_tag` (None: no bytecode cache), in a
/// `SimpleNamespace` from the frozen `_sysinfo` module, or a module without frozen modules.
fn set_implementation(vm: &mut Vm, d: Value) -> PyResult<()> {
    let imp = if cfg!(feature = "frozen") {
        crate::objects::class::call_frozen(vm, "_sysinfo", "SimpleNamespace", &[])?
    } else {
        vm.new_module("implementation")?
    };
    set(vm, d, "implementation", imp)?;
    let di = vm.heap.push_root(imp);
    let r = fill_implementation(vm, imp);
    vm.heap.pop_roots(di);
    r
}

fn fill_implementation(vm: &mut Vm, imp: Value) -> PyResult<()> {
    let name = vm.new_str("pyrite")?;
    set_attr(vm, imp, "name", name)?;
    let ver = tuple::new(
        vm,
        &[
            Value::small_int_unchecked(0),
            Value::small_int_unchecked(1),
            Value::small_int_unchecked(0),
        ],
    )?;
    set_attr(vm, imp, "version", ver)?;
    set_attr(vm, imp, "cache_tag", Value::NONE)
}

/// `obj.name = v`, with `v` rooted while the name is interned.
fn set_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) -> PyResult<()> {
    let dv = vm.heap.push_root(v);
    let r = vm.intern(name).and_then(|k| vm.setattr(obj, k, v));
    vm.heap.pop_roots(dv);
    r
}

fn set(vm: &mut Vm, d: Value, name: &str, v: Value) -> PyResult<()> {
    let dd = vm.heap.push_root(v);
    let r = vm.intern(name).and_then(|k| dict::set(vm, d, k, v));
    vm.heap.pop_roots(dd);
    r
}

pub(crate) fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = tuple::new(vm, args)?;
    let e = crate::objects::exception::new(vm, TypeId::SystemExit.value(), a)?;
    Err(vm.raise(e))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    int::from_i64(vm, vm.recursion_limit as i64)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(n) = args.first().and_then(|v| int::as_i64(vm, *v)) else {
        return Err(vm.type_error("an integer is required"));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n.min(1_000_000) as u32;
    Ok(Value::NONE)
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::arg_count(vm, "exception", args, 0, 0)?;
    let e = vm.heap.root(Root::Handled);
    Ok(if e.is_null() { Value::NONE } else { e })
}

#[cfg(feature = "sys-extras")]
fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::arg_count(vm, "get_int_max_str_digits", args, 0, 0)?;
    int::from_i64(vm, vm.int_max_str_digits as i64)
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640, as in CPython.
#[cfg(feature = "sys-extras")]
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = match (args, kw) {
        ([v], []) => *v,
        ([], [(k, v)]) if vm.str_text(*k) == Some("maxdigits") => *v,
        _ => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
    };
    let Some(n) = vm.index_value(v)? else {
        return Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(v)
        )));
    };
    if n != 0 && !(640..=i64::from(u32::MAX)).contains(&n) {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as u32;
    Ok(Value::NONE)
}

/// `sys.intern(s)`: the interned copy of a str.
#[cfg(feature = "sys-extras")]
fn intern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::arg_count(vm, "intern", args, 1, 1)?;
    let Some(text) = vm.as_str(args[0]).map(String::from) else {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "intern() argument must be str, not {t}",
            t = vm.type_name(args[0])
        )));
    };
    if vm.type_of(args[0]) != TypeId::Str.value() {
        return Err(vm.type_error("can't intern str subclass"));
    }
    vm.intern(&text)
}

#[cfg(feature = "sys-extras")]
fn getdefaultencoding(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::arg_count(vm, "getdefaultencoding", args, 0, 0)?;
    vm.new_str("utf-8")
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let e = vm.heap.root(Root::Handled);
    if e.is_null() || e.is_none() {
        return tuple::new(vm, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let t = vm.type_of(e);
    let tb = vm.heap.get_value(e, crate::objects::exception::TRACEBACK);
    tuple::new(vm, &[t, e, if tb.is_null() { Value::NONE } else { tb }])
}

#[cfg(any(feature = "introspection", test))]
/// `sys._getframe(depth=0)`: the running Python frame, or one of its callers.
fn getframe(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::arg_count(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(&d) => match vm.index_value(d)? {
            Some(n) => n,
            None => {
                let msg = error_msg!(
                    "can't convert to int",
                    "'{t}' object cannot be interpreted as an integer",
                    t = vm.type_name(d)
                );
                return Err(vm.type_error(msg));
            }
        },
        None => 0,
    };
    let mut f = vm.heap.root(Root::Frame);
    let mut n = depth;
    while n > 0 && !f.is_null() {
        f = vm.heap.get_value(f, crate::vm::frame::BACK);
        n -= 1;
    }
    if f.is_null() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(f)
}

fn print_exception(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&e) = args.first() else {
        return Err(vm.type_error("print_exception() missing argument"));
    };
    let text = vm.format_exception(e);
    match args.get(1) {
        Some(&f) => write_to(vm, f, &text)?,
        None => vm.write_err(&text),
    }
    Ok(Value::NONE)
}

fn stream_write(vm: &mut Vm, args: &[Value], err: bool) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    let Some(text) = vm.as_str(s).map(String::from) else {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "write() argument must be str, not {t}",
            t = vm.arg_type_name(s)
        )));
    };
    if err {
        vm.write_err(&text);
    } else {
        vm.write_out(&text);
    }
    int::from_i64(vm, text.chars().count() as i64)
}

fn stdout_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    stream_write(vm, args, false)
}

fn stderr_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    stream_write(vm, args, true)
}

fn flush(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// The functions of `sys`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("exit", exit),
    NativeFn::function("getrecursionlimit", getrecursionlimit),
    NativeFn::function("setrecursionlimit", setrecursionlimit),
    NativeFn::function("exc_info", exc_info),
    NativeFn::function("exception", exception),
    #[cfg(feature = "sys-extras")]
    NativeFn::function("get_int_max_str_digits", get_int_max_str_digits),
    #[cfg(feature = "sys-extras")]
    NativeFn::function("set_int_max_str_digits", set_int_max_str_digits),
    #[cfg(feature = "sys-extras")]
    NativeFn::function("intern", intern),
    #[cfg(feature = "sys-extras")]
    NativeFn::function("getdefaultencoding", getdefaultencoding),
    NativeFn::function("print_exception", print_exception),
    #[cfg(any(feature = "introspection", test))]
    NativeFn::function("_getframe", getframe),
];

/// `sys.stdout`'s methods (a module object stands in for the stream).
pub static STDOUT_FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("write", stdout_write),
    NativeFn::function("flush", flush),
];
/// `sys.stderr`'s methods.
pub static STDERR_FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("write", stderr_write),
    NativeFn::function("flush", flush),
];
