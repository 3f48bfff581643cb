// SPDX-License-Identifier: MIT
//! The `builtins` module: the builtin functions, and name lookup for everything builtin
//! (functions, types, exception classes). All static: looking a builtin up allocates nothing.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::constructors::{arg_count, kwarg, no_kwargs};
use crate::objects::native::{native_value, NativeFn, MODULE_OWNER};
use crate::objects::types::{TypeId, ALL_TYPES};
use crate::objects::{class, float, int, list, tuple};
use crate::vm::{PyResult, Vm};

/// The module's index in `modules::MODULES`.
pub const INDEX: u32 = 0;

/// `__build_class__`, for `LoadBuildClass`.
pub fn build_class_value() -> Value {
    let i = FUNCTIONS
        .iter()
        .position(|f| f.name == "__build_class__")
        .unwrap_or(0);
    native_value(MODULE_OWNER + INDEX, i)
}

/// Looks up a builtin name: a function, a type or an exception class.
pub fn lookup(_vm: &Vm, name: &str) -> Option<Value> {
    if let Some(i) = FUNCTIONS.iter().position(|f| f.name == name) {
        return Some(native_value(MODULE_OWNER + INDEX, i));
    }
    match name {
        "NotImplemented" => return Some(Value::NOT_IMPLEMENTED),
        "Ellipsis" => return Some(Value::ELLIPSIS),
        "__debug__" => return Some(Value::TRUE),
        // CPython's old names for OSError are the same class.
        "EnvironmentError" | "IOError" => return Some(TypeId::OSError.value()),
        _ => {}
    }
    let t = ALL_TYPES
        .iter()
        .find(|t| t.name() == name && is_public_type(**t))?;
    Some(t.value())
}

fn is_public_type(t: TypeId) -> bool {
    // The number types a build leaves out are not defined at all (as in MicroPython).
    if (t == TypeId::Float && !cfg!(feature = "float"))
        || (t == TypeId::Complex && !cfg!(feature = "complex"))
        || (t == TypeId::MemoryView && !cfg!(feature = "memoryview"))
        || (t == TypeId::ByteArray && !cfg!(feature = "bytearray"))
        || (matches!(t, TypeId::Set | TypeId::FrozenSet) && !cfg!(feature = "set"))
    {
        return false;
    }
    !crate::objects::iter::is_iterator_type(t)
        && !matches!(
            t,
            TypeId::NoneType
                | TypeId::Function
                | TypeId::BuiltinFunction
                | TypeId::Method
                | TypeId::Code
                | TypeId::Cell
                | TypeId::Generator
                | TypeId::Coroutine
                | TypeId::AsyncGenerator
                | TypeId::AsyncGenASend
                | TypeId::AsyncGenAThrow
                | TypeId::Module
                | TypeId::Ellipsis
                | TypeId::NotImplementedType
                | TypeId::Iterator
                | TypeId::DictKeys
                | TypeId::DictValues
                | TypeId::DictItems
                | TypeId::Frame
                | TypeId::Traceback
        )
}

fn print(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut sep = String::from(" ");
    let mut end = String::from("\n");
    let mut file = Value::NONE;
    let mut flush = false;
    for (k, v) in kw {
        let name = String::from(vm.str_text(*k).unwrap_or(""));
        match name.as_str() {
            "sep" | "end" => {
                let text = if v.is_none() {
                    String::from(if name == "sep" { " " } else { "\n" })
                } else {
                    match vm.as_str(*v) {
                        Some(s) => String::from(s),
                        None => {
                            return Err(vm.type_error(error_msg!(
                                "must be None or a string",
                                "{name} must be None or a string, not {t}",
                                t = vm.type_name(*v)
                            )));
                        }
                    }
                };
                if name == "sep" {
                    sep = text;
                } else {
                    end = text;
                }
            }
            "file" => file = *v,
            "flush" => flush = vm.truthy(*v)?,
            _ => {
                return Err(vm.type_error(error_msg!(
                    "unexpected keyword argument",
                    "'{name}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    if file.is_none() {
        file = crate::modules::sys::redirected(vm, "stdout").unwrap_or(Value::NONE);
    }
    if !file.is_none() && !crate::modules::sys::is_console(vm, file) {
        // A Python file object sees one write() per piece, as in CPython.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                crate::modules::sys::write_to(vm, file, &sep)?;
            }
            let s = vm.str_string(*a)?;
            crate::modules::sys::write_to(vm, file, &s)?;
        }
        crate::modules::sys::write_to(vm, file, &end)?;
        return Ok(Value::NONE);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_string(*a) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                // CPython writes each piece as it goes: what came before the failing argument
                // has been printed when its str() raises.
                if file.is_none() {
                    vm.write_out(&out);
                } else {
                    crate::modules::sys::write_to(vm, file, &out)?;
                }
                return Err(e);
            }
        }
    }
    out.push_str(&end);
    if file.is_none() {
        vm.write_out(&out);
    } else {
        crate::modules::sys::write_to(vm, file, &out)?;
        if flush {
            vm.call_method(file, "flush", &[])?;
        }
    }
    Ok(Value::NONE)
}

fn len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "len", kw)?;
    arg_count(vm, "len", args, 1, 1)?;
    let n = vm.len(args[0])?;
    int::from_i64(vm, n as i64)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "repr", args, 1, 1)?;
    vm.repr(args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "ascii", args, 1, 1)?;
    vm.ascii(args[0])
}

fn format_builtin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "format", args, 1, 2)?;
    let spec = args.get(1).copied().unwrap_or(Value::NULL);
    vm.format(args[0], spec)
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    int::from_i64(vm, h)
}

fn id(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "id", args, 1, 1)?;
    int::from_i64(vm, crate::vm::format::id_of(args[0]))
}

fn abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "abs", args, 1, 1)?;
    let x = args[0];
    if vm.heap.kind(x) == crate::gc::Kind::Instance {
        if let Some(r) = class::call_special(vm, x, "__abs__", &[])? {
            return Ok(r);
        }
    }
    if vm.is_int(x) {
        let b = int::to_big(vm, x).unwrap_or_default();
        return int::from_big(vm, &b.abs());
    }
    if float::is_float(vm, x) {
        let f = float::get(vm, x);
        return float::new(vm, f.abs());
    }
    #[cfg(feature = "complex")]
    if crate::objects::complex::is_complex(vm, x) {
        return crate::objects::complex::abs(vm, x);
    }
    if let Some(r) = class::call_special(vm, x, "__abs__", &[])? {
        return Ok(r);
    }
    Err(vm.type_error(error_msg!(
        "unsupported type for operator",
        "bad operand type for abs(): '{t}'",
        t = vm.type_name(x)
    )))
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "isinstance", args, 2, 2)?;
    crate::objects::class_check::isinstance(vm, args[0], args[1]).map(Value::bool)
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "issubclass", args, 2, 2)?;
    crate::objects::class_check::issubclass(vm, args[0], args[1]).map(Value::bool)
}

impl Vm {
    /// `except T:` matching (T a class or tuple of classes).
    pub fn exception_matches(&mut self, exc: Value, spec: Value) -> PyResult<bool> {
        let items = if self.heap.kind(spec) == Kind::Tuple {
            tuple::items(self, spec)
        } else {
            alloc::vec![spec]
        };
        for s in &items {
            if !class::is_exception_class(self, *s) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        let t = self.type_of(exc);
        Ok(items.iter().any(|s| class::is_subclass(self, t, *s)))
    }
}

pub(crate) fn callable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let r = v.is_static()
        || matches!(
            vm.heap.kind(v),
            Kind::Function
                | Kind::BoundMethod
                | Kind::NativeMethod
                | Kind::Class
                | Kind::StaticMethod
        )
        || (matches!(vm.heap.kind(v), Kind::Instance | Kind::Exception) && {
            let n = vm.intern("__call__")?;
            class::lookup_special(vm, v, n)?.is_some()
        });
    Ok(Value::bool(r))
}

fn ord(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "ord", args, 1, 1)?;
    let x = args[0];
    if let Some(s) = vm.as_str(x) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::small_int_unchecked(c as i32)),
            _ => Err(vm.type_error(error_msg!(
                "ord() expected a character",
                "ord() expected a character, but string of length {n} found",
                n = s.chars().count()
            ))),
        };
    }
    if matches!(vm.heap.kind(x), Kind::Bytes | Kind::ByteArray) {
        let d = crate::objects::bytes::data(vm, x);
        if d.len() == 1 {
            return Ok(Value::small_int_unchecked(d[0] as i32));
        }
        return Err(vm.type_error(error_msg!(
            "ord() expected a character",
            "ord() expected a character, but string of length {n} found",
            n = d.len()
        )));
    }
    Err(vm.type_error(error_msg!(
        "ord() expected a character",
        "ord() expected string of length 1, but {t} found",
        t = vm.type_name(x)
    )))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "chr", args, 1, 1)?;
    let Some(i) = vm.index_value(args[0])? else {
        return Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(args[0])
        )));
    };
    if i32::try_from(i).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            vm.new_str(s)
        }
        None if (0..=0x10ffff).contains(&i) => {
            Err(vm.value_error("surrogate characters are not supported"))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    arg_count(vm, name, args, 1, 1)?;
    let x = args[0];
    let b = match vm.index_int(x)? {
        Some(r) => int::to_big(vm, r),
        None => None,
    };
    let Some(b) = b else {
        return Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(x)
        )));
    };
    let digits = b.abs().to_str_radix(base, true);
    let s = if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    vm.new_str(&s)
}

fn hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let is_instance = |v: Value, vm: &Vm| vm.heap.kind(v) == crate::gc::Kind::Instance;
    if is_instance(a, vm) || is_instance(b, vm) {
        // A user class's own __divmod__/__rdivmod__ first, then the numbers it wraps.
        if let Some(r) = class::call_special(vm, a, "__divmod__", &[b])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        if let Some(r) = class::call_special(vm, b, "__rdivmod__", &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    let (ia, ib) = (vm.builtin_value(a), vm.builtin_value(b));
    if vm.is_int(ia) && vm.is_int(ib) || float::is_float(vm, ia) || float::is_float(vm, ib) {
        if let Ok(t) = crate::objects::int_methods::divmod_values(vm, ia, ib) {
            return Ok(t);
        }
        let p = vm.pending();
        if !vm.exception_is(p, TypeId::TypeError) {
            return Err(crate::vm::PyErr::pending());
        }
        vm.take_pending();
    }
    if let Some(r) = class::call_special(vm, a, "__divmod__", &[b])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if let Some(r) = class::call_special(vm, b, "__rdivmod__", &[a])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    Err(vm.type_error(error_msg!(
        "unsupported types for operator",
        "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'",
        ta = vm.type_name(a),
        tb = vm.type_name(b)
    )))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let base = args.first().copied().or_else(|| kwarg(vm, kw, "base"));
    let exp = args.get(1).copied().or_else(|| kwarg(vm, kw, "exp"));
    let m = args.get(2).copied().or_else(|| kwarg(vm, kw, "mod"));
    let Some(b) = base else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(e) = exp else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match m {
        Some(m) if !m.is_none() => {
            if !cfg!(feature = "pow3") {
                return Err(vm.type_error("pow() with 3 arguments not supported in this build"));
            }
            if !(vm.is_int(b) && vm.is_int(e) && vm.is_int(m)) {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            int::pow_mod(vm, b, e, m)
        }
        _ => vm.binary_op(crate::bytecode::BinaryOp::Pow, b, e),
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "round() takes at most 2 arguments ({n} given)",
            n = args.len()
        )));
    }
    let x = args.first().copied().or_else(|| kwarg(vm, kw, "number"));
    let Some(x) = x else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "ndigits"))
        .filter(|v| !v.is_none());
    let extra: Vec<Value> = nd.into_iter().collect();
    if let Some(r) = class::call_special(vm, x, "__round__", &extra)? {
        return Ok(r);
    }
    #[cfg(feature = "float")]
    if float::is_float(vm, x) {
        let f = float::get(vm, x);
        return crate::objects::float_methods::round_float(vm, f, nd);
    }
    if vm.is_int(x) {
        return crate::objects::int_methods::round_int(vm, x, nd);
    }
    Err(vm.type_error(error_msg!(
        "type doesn't define __round__",
        "type {t} doesn't define __round__ method",
        t = vm.type_name(x)
    )))
}

fn iter_builtin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if callable(vm, &args[..1], &[])? != Value::TRUE {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return crate::objects::iter::new(
            vm,
            crate::objects::iter::kinds::CALLABLE,
            args[0],
            args[1],
            Value::NULL,
        );
    }
    vm.iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "next", args, 1, 2)?;
    let it = args[0];
    if !matches!(
        vm.heap.kind(it),
        Kind::Iter | Kind::Generator | Kind::Instance | Kind::Exception
    ) {
        return Err(vm.type_error(error_msg!(
            "object not an iterator",
            "'{t}' object is not an iterator",
            t = vm.type_name(it)
        )));
    }
    if vm.heap.kind(it) == Kind::Generator {
        // A generator's return value travels in the StopIteration.
        return match crate::objects::generator::resume(vm, it, Value::NONE, false)? {
            crate::objects::generator::Sent::Yielded(v) => Ok(v),
            crate::objects::generator::Sent::Returned(r) => match args.get(1) {
                Some(d) => Ok(*d),
                None if r.is_none() => Err(vm.raise_new(TypeId::StopIteration, "")),
                None => Err(vm.raise_with_arg(TypeId::StopIteration, r)),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(vm.raise_new(TypeId::StopIteration, "")),
        },
    }
}

fn attr_name(vm: &mut Vm, n: Value) -> PyResult<Value> {
    match vm.as_str(n) {
        Some(s) => {
            let s = String::from(s);
            vm.intern(&s)
        }
        None => Err(vm.type_error(error_msg!(
            "attribute name must be string",
            "attribute name must be string, not '{t}'",
            t = vm.type_name(n)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr_opt(args[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(2) {
            Some(d) => Ok(*d),
            None => Err(vm.no_attribute(args[0], name)),
        },
        Err(e) => {
            let p = vm.pending();
            match args.get(2) {
                Some(d) if vm.exception_is(p, TypeId::AttributeError) => {
                    vm.take_pending();
                    Ok(*d)
                }
                _ => Err(e),
            }
        }
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.setattr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr_opt(args[0], name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) => {
            let p = vm.pending();
            if vm.exception_is(p, TypeId::AttributeError) {
                vm.take_pending();
                Ok(Value::FALSE)
            } else {
                Err(e)
            }
        }
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.delattr(args[0], name)?;
    Ok(Value::NONE)
}

fn any_all(vm: &mut Vm, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    arg_count(vm, name, args, 1, 1)?;
    let it = vm.iter(args[0])?;
    let d = vm.heap.push_root(it);
    let r = loop {
        match vm.next(it) {
            Ok(Some(v)) => match vm.truthy(v) {
                Ok(t) if t == want => break Ok(Value::bool(want)),
                Ok(_) => {}
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(Value::bool(!want)),
            Err(e) => break Err(e),
        }
    };
    vm.heap.pop_roots(d);
    r
}

fn any(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn all(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "sum() takes at most 2 arguments ({n} given)",
            n = args.len()
        )));
    }
    let start = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "start"))
        .unwrap_or(Value::small_int_unchecked(0));
    let it = vm.iter(args[0])?;
    if vm.as_str(start).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let d = vm.heap.push_root(it);
    let acc_slot = vm.heap.push_root(start);
    let r = loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let acc = vm.heap.temp_root(acc_slot);
                match vm.binary_op(crate::bytecode::BinaryOp::Add, acc, v) {
                    Ok(n) => vm.heap.set_temp_root(acc_slot, n),
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(vm.heap.temp_root(acc_slot)),
            Err(e) => break Err(e),
        }
    };
    vm.heap.pop_roots(d);
    r
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    op: crate::bytecode::CompareOp,
) -> PyResult<Value> {
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kw, "default");
    for (k, _) in kw {
        let n = vm.str_text(*k).unwrap_or("");
        if n != "key" && n != "default" {
            return Err(vm.type_error(error_msg!(
                "unexpected keyword argument",
                "'{n}' is an invalid keyword argument for {name}()",
                n = String::from(n)
            )));
        }
    }
    if args.is_empty() {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let src = if args.len() == 1 {
        args[0]
    } else {
        if default.is_some() {
            return Err(vm.type_error(error_msg!(
                "can't specify a default with multiple positional arguments",
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        tuple::new(vm, args)?
    };
    let d = vm.heap.push_root(src);
    let (items, d2) = match vm.rooted_items(src) {
        Ok(x) => x,
        Err(e) => {
            vm.heap.pop_roots(d);
            return Err(e);
        }
    };
    let _ = d2;
    let r = (|| {
        if items.is_empty() {
            return match default {
                Some(v) => Ok(v),
                None => Err(vm.value_error(error_msg!(
                    "arg is an empty sequence",
                    "{name}() arg is an empty sequence"
                ))),
            };
        }
        let keys = list::alloc(vm, items.len())?;
        vm.heap.push_root(keys);
        for it in &items {
            let k = match key {
                Some(f) => vm.call(f, &[*it], &[])?,
                None => *it,
            };
            list::append(vm, keys, k)?;
        }
        let mut best = 0;
        for i in 1..items.len() {
            let (a, b) = (list::get(vm, keys, i), list::get(vm, keys, best));
            let c = vm.compare(a, b, op)?;
            if vm.truthy(c)? {
                best = i;
            }
        }
        Ok(items[best])
    })();
    vm.heap.pop_roots(d);
    r
}

fn min(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kw, "min", crate::bytecode::CompareOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kw, "max", crate::bytecode::CompareOp::Gt)
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "sorted expected 1 argument, got {n}",
            n = args.len()
        )));
    }
    let l = vm.to_list(args[0])?;
    let d = vm.heap.push_root(l);
    let r = sort_list(vm, l, kw);
    vm.heap.pop_roots(d);
    r.map(|_| l)
}

/// `l.sort(key=..., reverse=...)` (shared by `sorted` and `list.sort`).
pub fn sort_list(vm: &mut Vm, l: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    let mut key = Value::NONE;
    let mut reverse = false;
    for (k, v) in kw {
        match vm.str_text(*k).unwrap_or("") {
            "key" => key = *v,
            "reverse" => reverse = crate::objects::list_methods::int_arg(vm, *v)? != 0,
            other => {
                return Err(vm.type_error(error_msg!(
                    "unexpected keyword argument",
                    "'{other}' is an invalid keyword argument for sort()",
                    other = String::from(other)
                )));
            }
        }
    }
    let mut items = list::items(vm, l);
    let keys = if key.is_none() {
        None
    } else {
        let kl = list::alloc(vm, items.len())?;
        let d = vm.heap.push_root(kl);
        // The items stay rooted through `l`; the keys through `kl`.
        for it in &items {
            match vm.call(key, &[*it], &[]) {
                Ok(k) => {
                    if let Err(e) = list::append(vm, kl, k) {
                        vm.heap.pop_roots(d);
                        return Err(e);
                    }
                }
                Err(e) => {
                    vm.heap.pop_roots(d);
                    return Err(e);
                }
            }
        }
        Some((list::items(vm, kl), d))
    };
    let r = list::sort_values(
        vm,
        &mut items,
        keys.as_ref().map(|(k, _)| k.as_slice()),
        reverse,
    );
    if let Some((_, d)) = keys {
        vm.heap.pop_roots(d);
    }
    r?;
    let n = list::len(vm, l);
    list::splice(vm, l, 0, n, &items)
}

fn input(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "input", args, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = vm.str_string(p)?;
        vm.write_out(&s);
    }
    match vm.platform.read_line() {
        Some(line) => {
            let s = String::from_utf8_lossy(&line).into_owned();
            vm.new_str(&s)
        }
        None => Err(vm.raise_new(TypeId::EOFError, "EOF when reading a line")),
    }
}

fn build_class(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    class::build_class(vm, args, kw)
}

fn globals(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "globals", args, 0, 0)?;
    let f = vm.heap.root(crate::gc::Root::Frame);
    Ok(vm.heap.get_value(f, crate::vm::frame::GLOBALS))
}

fn locals(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "locals", args, 0, 0)?;
    crate::vm::frame::locals_dict(vm)
}

fn vars(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => crate::vm::frame::locals_dict(vm),
        Some(&o) => {
            let n = vm.intern("__dict__")?;
            match vm.getattr_opt(o, n)? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "dir", args, 0, 1)?;
    let names = match args.first() {
        None => {
            let d = crate::vm::frame::locals_dict(vm)?;
            crate::objects::dict::items(vm, d)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
        }
        Some(&o) => match class::user_dir(vm, o)? {
            Some(l) => return Ok(l),
            None => dir_names(vm, o)?,
        },
    };
    let l = list::from_slice(vm, &names)?;
    let d = vm.heap.push_root(l);
    let r = sort_list(vm, l, &[]);
    vm.heap.pop_roots(d);
    r.map(|_| l)
}

fn dir_names(vm: &mut Vm, o: Value) -> PyResult<Vec<Value>> {
    let mut texts: Vec<String> = Vec::new();
    let add_dict = |vm: &Vm, d: Value, texts: &mut Vec<String>| {
        for (k, _) in crate::objects::dict::items(vm, d) {
            if let Some(s) = vm.str_text(k) {
                texts.push(String::from(s));
            }
        }
    };
    match vm.heap.kind(o) {
        Kind::Module => match crate::objects::module::dir_hook(vm, o)? {
            // PEP 562: the module's own `__dir__` decides.
            Some(names) => {
                let d = vm.heap.push_root(names);
                // The list stays rooted while its strings are interned.
                let r = vm.collect_items(names).and_then(|items| {
                    let mut out = Vec::new();
                    for v in items {
                        let Some(t) = vm.str_text(v).map(String::from) else {
                            return Err(vm.type_error("__dir__() must return str items"));
                        };
                        out.push(vm.intern(&t)?);
                    }
                    Ok(out)
                });
                vm.heap.pop_roots(d);
                return r;
            }
            None => add_dict(vm, vm.heap.get_value(o, 1), &mut texts),
        },
        Kind::Instance | Kind::Exception => {
            let di = if vm.heap.kind(o) == Kind::Instance {
                1
            } else {
                crate::objects::exception::DICT
            };
            let d = vm.heap.get_value(o, di);
            if !d.is_null() {
                add_dict(vm, d, &mut texts);
            }
            if di == crate::objects::exception::DICT {
                // BaseException's data descriptors.
                for n in [
                    "args",
                    "__cause__",
                    "__context__",
                    "__suppress_context__",
                    "__traceback__",
                ] {
                    texts.push(String::from(n));
                }
            }
        }
        _ => {}
    }
    let t = if o.as_builtin_type().is_some() || vm.heap.kind(o) == Kind::Class {
        o
    } else {
        vm.type_of(o)
    };
    for c in class::mro(vm, t) {
        if let Some(id) = c.as_builtin_type() {
            let bt = TypeId::from_index(id).unwrap_or(TypeId::Object);
            for m in bt.methods() {
                texts.push(String::from(m.name));
            }
            texts.extend(crate::objects::slots::names(bt).map(String::from));
        } else {
            add_dict(vm, vm.heap.get_value(c, class::C_DICT), &mut texts);
        }
    }
    class::implicit_dir_names(vm, o, &mut texts);
    crate::compile::sorted_map::insertion_sort(&mut texts);
    texts.dedup();
    let mut out = Vec::with_capacity(texts.len());
    for t in texts {
        out.push(vm.intern(&t)?);
    }
    Ok(out)
}

/// `help()`, `help('modules')` and `help(obj)`, as MicroPython prints them.
#[cfg(any(feature = "help", test))]
fn help(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&obj) = args.first() else {
        vm.write_out(
            "Welcome to Pyrite, Python 3 for microcontrollers.\n\n\
             Control commands:\n  CTRL-C        -- interrupt a running program\n  \
             CTRL-D        -- on a blank line, exit or soft reset\n  \
             CTRL-E        -- on a blank line, enter paste mode\n\n\
             For a list of available modules, type help('modules')\n\
             For further help on a specific object, type help(obj)\n",
        );
        return Ok(Value::NONE);
    };
    if vm.as_str(obj) == Some("modules") {
        // Strings, so that the sort is the one `dir()` already uses (one copy in flash).
        let mut names: Vec<String> = crate::modules::MODULES
            .iter()
            .map(|m| String::from(m.name))
            .filter(|n| !n.starts_with('_'))
            .collect();
        names.extend(
            crate::modules::frozen::FROZEN_PYR
                .iter()
                .map(|(n, _)| String::from(*n))
                .filter(|n| !n.starts_with('_')),
        );
        crate::compile::sorted_map::insertion_sort(&mut names);
        let mut out = String::new();
        for chunk in names.chunks(4) {
            for n in chunk {
                out.push_str(&format!("{n:<20}"));
            }
            out.push('\n');
        }
        out.push_str("Plus any modules on the filesystem\n");
        vm.write_out(&out);
        return Ok(Value::NONE);
    }
    let r = vm.repr_string(obj)?;
    let t = vm.type_name(obj);
    let mut out = format!("object {r} is of type {t}\n");
    for name in dir_names(vm, obj)? {
        let Some(n) = vm.str_text(name).map(String::from) else {
            continue;
        };
        if n.starts_with("__") {
            continue;
        }
        let v = match vm.getattr_opt(obj, name) {
            // MicroPython's short forms: no addresses, which would only be noise here.
            Ok(Some(v))
                if v.as_native().is_some()
                    || matches!(
                        vm.heap.kind(v),
                        Kind::Function | Kind::BoundMethod | Kind::NativeMethod
                    ) =>
            {
                String::from("<function>")
            }
            Ok(Some(v)) => vm.repr_string(v).unwrap_or_default(),
            _ => String::new(),
        };
        out.push_str(&format!("  {n} -- {v}\n"));
    }
    vm.write_out(&out);
    Ok(Value::NONE)
}

/// The builtin functions (types such as `int` are found through the type table).
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("print", print),
    NativeFn::function("len", len),
    NativeFn::function("repr", repr),
    NativeFn::function("ascii", ascii),
    NativeFn::function("format", format_builtin),
    NativeFn::function("hash", hash),
    NativeFn::function("id", id),
    NativeFn::function("abs", abs),
    NativeFn::function("isinstance", isinstance),
    NativeFn::function("issubclass", issubclass),
    NativeFn::function("callable", callable),
    NativeFn::function("ord", ord),
    NativeFn::function("chr", chr),
    NativeFn::function("hex", hex),
    NativeFn::function("oct", oct),
    NativeFn::function("bin", bin),
    NativeFn::function("divmod", divmod),
    NativeFn::function("pow", pow),
    NativeFn::function("round", round),
    NativeFn::function("iter", iter_builtin),
    NativeFn::function("next", next),
    NativeFn::function("getattr", getattr),
    NativeFn::function("setattr", setattr),
    NativeFn::function("hasattr", hasattr),
    NativeFn::function("delattr", delattr),
    NativeFn::function("any", any),
    NativeFn::function("all", all),
    NativeFn::function("sum", sum),
    NativeFn::function("min", min),
    NativeFn::function("max", max),
    NativeFn::function("sorted", sorted),
    NativeFn::function("input", input),
    // Files are the frozen `io` module's classes: without frozen modules there is no `open`.
    #[cfg(feature = "frozen")]
    NativeFn::function("open", crate::modules::file::open),
    NativeFn::function("__build_class__", build_class),
    NativeFn::function("globals", globals),
    NativeFn::function("locals", locals),
    NativeFn::function("vars", vars),
    NativeFn::function("dir", dir),
    NativeFn::function("exec", super::builtins_dynamic::exec),
    NativeFn::function("eval", super::builtins_dynamic::eval),
    // MicroPython's small ports leave `compile` out too (`MICROPY_PY_BUILTINS_COMPILE`).
    #[cfg(feature = "compile-builtin")]
    NativeFn::function("compile", super::builtins_dynamic::compile),
    NativeFn::function("__import__", super::builtins_dynamic::import),
    #[cfg(any(feature = "help", test))]
    NativeFn::function("help", help),
    // CPython's site module adds these; scripts call them to stop.
    NativeFn::function("exit", super::sys::exit),
    NativeFn::function("quit", super::sys::exit),
];
