// SPDX-License-Identifier: MIT
//! The dynamic-code builtins: `exec`, `eval`, `compile` and `__import__`, with CPython's
//! argument checks and messages. They are apart from `builtins.rs` because they share the
//! handling of source text (str or bytes, null bytes, UTF-8) and of `__builtins__` in a
//! globals dict (see `vm/globals.rs` for how a custom one is honoured).

use alloc::string::String;

use crate::compile::{CompileError, ErrorKind, Mode};
use crate::gc::{Kind, Value};
use crate::objects::constructors::kwarg;
use crate::objects::{dict, int};
use crate::vm::{PyResult, Vm};

/// `compile()`'s flag for `from __future__ import annotations` (CPython's value), the only
/// flag it accepts besides 0.
#[cfg(feature = "compile-builtin")]
const CO_FUTURE_ANNOTATIONS: i64 = 0x100_0000;

/// `exec(source, globals=None, locals=None)`.
pub fn exec(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    exec_eval(vm, args, kw, Mode::Exec)
}

/// `eval(source, globals=None, locals=None)`.
pub fn eval(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    exec_eval(vm, args, kw, Mode::Eval)
}

fn exec_eval(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], mode: Mode) -> PyResult<Value> {
    let name = if mode == Mode::Eval { "eval" } else { "exec" };
    if args.is_empty() {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{name}() takes at least 1 positional argument (0 given)"
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{name} expected at most 3 arguments, got {n}",
            n = args.len()
        )));
    }
    let src = args[0];
    let g = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "globals"))
        .filter(|v| !v.is_none());
    let l = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "locals"))
        .filter(|v| !v.is_none());
    if let Some(g) = g {
        if vm.heap.kind(g) != Kind::Dict {
            let real = mode == Mode::Eval && is_mapping(vm, g)?;
            return Err(vm.type_error(if real {
                error_msg!(
                    "globals must be a dict",
                    "globals must be a real dict; try eval(expr, {{}}, mapping)"
                )
            } else if mode == Mode::Eval {
                error_msg!("globals must be a dict", "globals must be a dict")
            } else {
                error_msg!(
                    "globals must be a dict",
                    "{name}() globals must be a dict, not {t}",
                    t = vm.type_name(g)
                )
            }));
        }
    }
    if let Some(l) = l {
        if !is_mapping(vm, l)? {
            return Err(vm.type_error(if mode == Mode::Eval {
                error_msg!("locals must be a mapping", "locals must be a mapping")
            } else {
                error_msg!(
                    "locals must be a mapping",
                    "locals must be a mapping or None, not {t}",
                    t = vm.type_name(l)
                )
            }));
        }
    }
    let f = vm.heap.root(crate::gc::Root::Frame);
    let globals = match g {
        Some(g) => g,
        None => vm.heap.get_value(f, crate::vm::frame::GLOBALS),
    };
    let depth = vm.heap.push_root(globals);
    let r = (|| {
        let locals = match (l, g) {
            (Some(l), _) => l,
            (None, Some(g)) => g,
            (None, None) => crate::vm::frame::locals_dict(vm)?,
        };
        vm.heap.push_root(locals);
        let code = if vm.heap.kind(src) == Kind::Code {
            src
        } else {
            let what = error_msg!(
                "arg must be a string, bytes or code object",
                "{name}() arg 1 must be a string, bytes or code object"
            );
            let text = source_text(vm, src, &what, "<string>")?;
            let text = if mode == Mode::Eval {
                String::from(text.trim_start_matches([' ', '\t']))
            } else {
                text
            };
            vm.compile_source(&text, "<string>", mode)?
        };
        vm.heap.push_root(code);
        if g.is_some() {
            vm.prepare_globals(globals)?;
        }
        vm.run_code(code, globals, locals)
    })();
    vm.heap.pop_roots(depth);
    let v = r?;
    Ok(if mode == Mode::Eval { v } else { Value::NONE })
}

/// Does `v` support `v[key]` (CPython's `PyMapping_Check`)?
fn is_mapping(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if vm.heap.kind(v) == Kind::Dict {
        return Ok(true);
    }
    let name = vm.intern("__getitem__")?;
    Ok(vm.getattr_opt(v, name)?.is_some())
}

/// The text of a source argument: a str, or bytes decoded as UTF-8 (a SyntaxError if they are
/// not); null characters are refused as CPython refuses them.
fn source_text(vm: &mut Vm, src: Value, what: &str, file: &str) -> PyResult<String> {
    let text = match vm.as_str(src) {
        Some(s) => String::from(s),
        None if matches!(vm.heap.kind(src), Kind::Bytes | Kind::ByteArray) => {
            let data = alloc::vec::Vec::from(crate::objects::bytes::data(vm, src));
            match String::from_utf8(data) {
                Ok(s) => s,
                Err(e) => {
                    let bytes = e.as_bytes();
                    let u = e.utf8_error();
                    let pos = u.valid_up_to();
                    let b = bytes.get(pos).copied().unwrap_or(0);
                    let reason = match u.error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0x80..0xc2).contains(&b) || b >= 0xf5 => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    let msg = error_text!(
                        "(unicode error) invalid utf-8",
                        "(unicode error) 'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {reason}"
                    );
                    let err = CompileError::new(ErrorKind::Syntax, msg, 1, 0);
                    return Err(vm.syntax_error(&err, file, ""));
                }
            }
        }
        None => return Err(vm.type_error(String::from(what))),
    };
    if text.contains('\0') {
        // CPython gives this one no location.
        let msg = "source code string cannot contain null bytes";
        return Err(vm.raise_new(crate::objects::types::TypeId::SyntaxError, msg));
    }
    Ok(text)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
#[cfg(feature = "compile-builtin")]
pub fn compile(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if args.len() > NAMES.len() {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "compile() takes at most 6 arguments ({n} given)",
            n = args.len()
        )));
    }
    for (k, _) in kw {
        let k = String::from(vm.str_text(*k).unwrap_or(""));
        if !NAMES.contains(&k.as_str()) {
            return Err(vm.type_error(error_msg!(
                "unexpected keyword argument",
                "compile() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let mut vals = [None; 6];
    for (i, n) in NAMES.iter().enumerate() {
        vals[i] = args.get(i).copied().or_else(|| kwarg(vm, kw, n));
    }
    for (i, n) in NAMES.iter().enumerate().take(3) {
        if vals[i].is_none() {
            let pos = i + 1;
            return Err(vm.type_error(error_msg!(
                "function missing required argument",
                "compile() missing required argument '{n}' (pos {pos})"
            )));
        }
    }
    let (src, filename, mode) = (
        vals[0].unwrap_or(Value::NONE),
        vals[1].unwrap_or(Value::NONE),
        vals[2].unwrap_or(Value::NONE),
    );
    let file = match vm.as_str(filename) {
        Some(s) => String::from(s),
        None if vm.heap.kind(filename) == Kind::Bytes => {
            String::from_utf8_lossy(crate::objects::bytes::data(vm, filename)).into_owned()
        }
        None => {
            return Err(vm.type_error(error_msg!(
                "expected str, bytes or os.PathLike object",
                "expected str, bytes or os.PathLike object, not {t}",
                t = vm.type_name(filename)
            )));
        }
    };
    let m = match vm.as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(vm.type_error(error_msg!(
                "mode must be str",
                "compile() argument 'mode' must be str, not {t}",
                t = vm.arg_type_name(mode)
            )));
        }
    };
    if let Some(flags) = vals[3] {
        let Some(fl) = int::as_i64(vm, flags) else {
            return Err(vm.type_error(error_msg!(
                "can't convert to int",
                "'{t}' object cannot be interpreted as an integer",
                t = vm.type_name(flags)
            )));
        };
        if fl & !CO_FUTURE_ANNOTATIONS != 0 {
            return Err(vm.value_error("compile(): unrecognised flags"));
        }
    }
    if vm.heap.kind(src) == Kind::Code {
        return Ok(src);
    }
    let what = "compile() arg 1 must be a string, bytes or AST object";
    let text = source_text(vm, src, what, &file)?;
    vm.compile_source(&text, &file, m)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn import(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(name) = args.first().copied().or_else(|| kwarg(vm, kw, "name")) else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let fromlist = args
        .get(3)
        .copied()
        .or_else(|| kwarg(vm, kw, "fromlist"))
        .unwrap_or(Value::NONE);
    let level = args
        .get(4)
        .copied()
        .or_else(|| kwarg(vm, kw, "level"))
        .unwrap_or(Value::small_int_unchecked(0));
    let f = vm.heap.root(crate::gc::Root::Frame);
    let globals = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "globals"))
        .filter(|g| vm.heap.kind(*g) == Kind::Dict)
        .unwrap_or_else(|| vm.heap.get_value(f, crate::vm::frame::GLOBALS));
    let Some(text) = vm.as_str(name).map(String::from) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let Some(level) = int::as_i64(vm, level) else {
        return Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(level)
        )));
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if level == 0 && text.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    if level == 0 && text.starts_with('.') {
        // CPython looks the empty first part up and fails on it.
        return Err(vm.module_not_found(".", ""));
    }
    let n = vm.intern(&text)?;
    let level = level.min(u32::MAX as i64) as u32;
    let d = vm.heap.push_root(globals);
    let r = vm.import_name(n, globals, fromlist, level);
    vm.heap.pop_roots(d);
    r
}

impl Vm {
    /// Puts `__builtins__` into a globals dict given to `exec`/`eval` that lacks it (the
    /// builtins module's dict, as CPython does) and notes a custom one for `vm/globals.rs`.
    fn prepare_globals(&mut self, globals: Value) -> PyResult<()> {
        match dict::get_str(self, globals, "__builtins__") {
            Some(b) => {
                self.note_builtins(b)?;
            }
            None => {
                let k = self.intern("__builtins__")?;
                let b = crate::vm::import::builtins_dict(self)?;
                dict::set(self, globals, k, b)?;
            }
        }
        Ok(())
    }
}
