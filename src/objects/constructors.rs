// SPDX-License-Identifier: MIT
//! Calling builtin types: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `range(...)`,
//! `type(...)`, `super()` and the rest, with CPython's argument rules and messages.

#[cfg(feature = "detailed-errors")]
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Root, Value};
use crate::objects::types::TypeId;
use crate::vm::{frame, PyResult, Vm};

#[cfg(feature = "set")]
use super::set;
use super::{bytes, class, dict, float, int, iter, list, range, tuple};

/// Raises TypeError unless there are no keyword arguments.
pub fn no_kwargs(vm: &mut Vm, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(error_msg!(
            "function doesn't take keyword arguments",
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Raises TypeError unless `min <= args.len() <= max`.
#[cfg(not(feature = "detailed-errors"))]
pub fn arg_count(vm: &mut Vm, _name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&args.len()) {
        return Ok(());
    }
    Err(vm.type_error("function takes wrong number of arguments"))
}

/// Raises TypeError unless `min <= args.len() <= max`.
#[cfg(feature = "detailed-errors")]
pub fn arg_count(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    // CPython's words: METH_O functions say "one", METH_NOARGS "no arguments", and the
    // argument-clinic check of a fixed count "expected N arguments".
    Err(if min == max && min == 1 {
        vm.type_error(format!("{name}() takes exactly one argument ({n} given)"))
    } else if min == max && min == 0 {
        vm.type_error(format!("{name}() takes no arguments ({n} given)"))
    } else if min == max {
        vm.type_error(format!("{name} expected {min} arguments, got {n}"))
    } else if n < min {
        let s = if min == 1 { "" } else { "s" };
        vm.type_error(format!(
            "{name} expected at least {min} argument{s}, got {n}"
        ))
    } else {
        vm.type_error(error_msg!(
            "__index__ returned non-int",
            "{name} expected at most {max} argument{s}, got {n}",
            s = if max == 1 { "" } else { "s" }
        ))
    })
}

/// Finds keyword `name` among `kw`.
pub fn kwarg(vm: &Vm, kw: &[(Value, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.str_text(*k) == Some(name))
        .map(|(_, v)| *v)
}

/// Calls builtin type `t` with `args`.
pub fn construct(vm: &mut Vm, t: TypeId, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match t {
        TypeId::Object => {
            no_kwargs(vm, "object", kw)?;
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            let o = vm.alloc(Kind::Instance, 3)?;
            vm.heap.set_value(o, 0, TypeId::Object.value());
            Ok(o)
        }
        TypeId::Type => match args.len() {
            1 => Ok(vm.type_of(args[0])),
            3 => class::type_new(vm, TypeId::Type.value(), args[0], args[1], args[2], kw),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        TypeId::NoneType | TypeId::Ellipsis | TypeId::NotImplementedType => {
            if !args.is_empty() || !kw.is_empty() {
                let n = if t == TypeId::Ellipsis {
                    "EllipsisType"
                } else {
                    t.name()
                };
                return Err(vm.type_error(error_msg!(
                    "function takes no arguments",
                    "{n} takes no arguments"
                )));
            }
            Ok(match t {
                TypeId::NoneType => Value::NONE,
                TypeId::Ellipsis => Value::ELLIPSIS,
                _ => Value::NOT_IMPLEMENTED,
            })
        }
        TypeId::Bool => {
            arg_count(vm, "bool", args, 0, 1)?;
            match args.first() {
                Some(&v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::FALSE),
            }
        }
        TypeId::Int => make_int(vm, args, kw),
        #[cfg(feature = "float")]
        TypeId::Float => make_float(vm, args),
        #[cfg(feature = "complex")]
        TypeId::Complex => super::complex::construct(vm, args),
        TypeId::Str => make_str(vm, args, kw),
        TypeId::Bytes => make_bytes(vm, t, args, kw),
        #[cfg(feature = "bytearray")]
        TypeId::ByteArray => make_bytes(vm, t, args, kw),
        TypeId::List => {
            arg_count(vm, "list", args, 0, 1)?;
            match args.first() {
                Some(&it) => vm.to_list(it),
                None => list::alloc(vm, 0),
            }
        }
        TypeId::Tuple => {
            arg_count(vm, "tuple", args, 0, 1)?;
            match args.first() {
                Some(&it) if vm.heap.kind(it) == Kind::Tuple => Ok(it),
                Some(&it) => {
                    let (items, d) = vm.rooted_items(it)?;
                    let r = tuple::new(vm, &items);
                    vm.heap.pop_roots(d);
                    r
                }
                None => tuple::new(vm, &[]),
            }
        }
        TypeId::Dict => make_dict(vm, args, kw),
        #[cfg(feature = "set")]
        TypeId::Set | TypeId::FrozenSet => {
            arg_count(vm, t.name(), args, 0, 1)?;
            let kind = if t == TypeId::Set {
                Kind::Set
            } else {
                Kind::FrozenSet
            };
            if t == TypeId::FrozenSet {
                if let Some(&a) = args.first() {
                    if vm.heap.kind(a) == Kind::FrozenSet {
                        return Ok(a);
                    }
                }
            }
            let s = set::alloc(vm, kind, 0)?;
            if let Some(&it) = args.first() {
                let d = vm.heap.push_root(s);
                let r = set::update(vm, s, it);
                vm.heap.pop_roots(d);
                r?;
            }
            Ok(s)
        }
        TypeId::Range => make_range(vm, args, kw),
        TypeId::Slice => {
            arg_count(vm, "slice", args, 1, 3)?;
            match args.len() {
                1 => range::new_slice(vm, Value::NONE, args[0], Value::NONE),
                2 => range::new_slice(vm, args[0], args[1], Value::NONE),
                _ => range::new_slice(vm, args[0], args[1], args[2]),
            }
        }
        TypeId::Enumerate => {
            let it = args.first().copied().or_else(|| kwarg(vm, kw, "iterable"));
            let Some(it) = it else {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            };
            let start = args
                .get(1)
                .copied()
                .or_else(|| kwarg(vm, kw, "start"))
                .unwrap_or(Value::small_int_unchecked(0));
            if !vm.is_int(start) {
                return Err(vm.type_error(error_msg!(
                    "can't convert to int",
                    "'{tn}' object cannot be interpreted as an integer",
                    tn = vm.type_name(start)
                )));
            }
            let i = vm.iter(it)?;
            iter::new(vm, iter::kinds::ENUMERATE, i, start, Value::NULL)
        }
        TypeId::Zip => {
            let strict = kwarg(vm, kw, "strict").unwrap_or(Value::FALSE);
            let strict = Value::bool(vm.truthy(strict)?);
            let its = list::alloc(vm, args.len())?;
            let d = vm.heap.push_root(its);
            let r = (|| {
                for a in args {
                    let i = vm.iter(*a)?;
                    list::append(vm, its, i)?;
                }
                let items = list::items(vm, its);
                let t = tuple::new(vm, &items)?;
                iter::new(vm, iter::kinds::ZIP, t, strict, Value::NULL)
            })();
            vm.heap.pop_roots(d);
            r
        }
        TypeId::Map => {
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let its = list::alloc(vm, args.len() - 1)?;
            let d = vm.heap.push_root(its);
            let r = (|| {
                for a in &args[1..] {
                    let i = vm.iter(*a)?;
                    list::append(vm, its, i)?;
                }
                let items = list::items(vm, its);
                let t = tuple::new(vm, &items)?;
                iter::new(vm, iter::kinds::MAP, args[0], t, Value::NULL)
            })();
            vm.heap.pop_roots(d);
            r
        }
        TypeId::Filter => {
            arg_count(vm, "filter", args, 2, 2)?;
            let i = vm.iter(args[1])?;
            iter::new(vm, iter::kinds::FILTER, args[0], i, Value::NULL)
        }
        TypeId::Reversed => super::iter::make_reversed(vm, args, kw),
        TypeId::Property => {
            let get = |i: usize, name: &str, vm: &Vm| {
                args.get(i)
                    .copied()
                    .or_else(|| kwarg(vm, kw, name))
                    .unwrap_or(Value::NONE)
            };
            let (fget, fset, fdel, doc) = (
                get(0, "fget", vm),
                get(1, "fset", vm),
                get(2, "fdel", vm),
                get(3, "doc", vm),
            );
            // Like CPython, a property without a doc takes its getter's docstring.
            let doc = if doc.is_none() && vm.heap.kind(fget) == Kind::Function {
                vm.heap.get_value(fget, super::function::DOC)
            } else {
                doc
            };
            let p = vm.alloc(Kind::Property, 4)?;
            vm.heap.set_value(p, 0, fget);
            vm.heap.set_value(p, 1, fset);
            vm.heap.set_value(p, 2, fdel);
            vm.heap.set_value(p, 3, doc);
            Ok(p)
        }
        TypeId::StaticMethod | TypeId::ClassMethod => {
            arg_count(vm, t.name(), args, 1, 1)?;
            let kind = if t == TypeId::StaticMethod {
                Kind::StaticMethod
            } else {
                Kind::ClassMethod
            };
            let w = vm.alloc(kind, 1)?;
            vm.heap.set_value(w, 0, args[0]);
            Ok(w)
        }
        TypeId::Super => make_super(vm, args),
        TypeId::Method => {
            // `types.MethodType(function, instance)`.
            arg_count(vm, t.name(), args, 2, 2)?;
            if crate::modules::builtins::callable(vm, &args[..1], &[])? != Value::TRUE {
                return Err(vm.type_error("first argument must be callable"));
            }
            if args[1].is_none() {
                return Err(vm.type_error("instance must not be None"));
            }
            super::function::new_bound(vm, args[1], args[0])
        }
        TypeId::MemoryView => super::memoryview::construct(vm, args),
        TypeId::Module => super::module::construct(vm, args, kw),
        _ => {
            let n = t.name();
            Err(vm.type_error(error_msg!(
                "cannot create instance",
                "cannot create '{n}' instances"
            )))
        }
    }
}

fn make_int(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let base_kw = kwarg(vm, kw, "base");
    if args.len() > 2 {
        // int() parses its arguments with Argument Clinic: this wording, not "expected at most".
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "int() takes at most 2 arguments ({n} given)",
            n = args.len()
        )));
    }
    let Some(&x) = args.first() else {
        return Ok(Value::small_int_unchecked(0));
    };
    let base = args.get(1).copied().or(base_kw);
    if let Some(b) = base {
        let Some(b) = vm.index_value(b)? else {
            return Err(vm.type_error(error_msg!(
                "can't convert to int",
                "'{tn}' object cannot be interpreted as an integer",
                tn = vm.type_name(b)
            )));
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match vm.as_str(x) {
            Some(s) => String::from(s),
            None if matches!(
                vm.heap.kind(vm.builtin_value(x)),
                Kind::Bytes | Kind::ByteArray
            ) =>
            {
                let data = bytes::data(vm, x).to_vec();
                let r = bytes::repr_as_bytes(vm, vm.builtin_value(x));
                return int::parse_bytes(vm, &data, b as u32, &r);
            }
            None => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return int::parse(vm, &text, b as u32);
    }
    if vm.heap.kind(x) == Kind::Instance {
        // A user class's conversion methods come before the number it may wrap; a subclass of
        // int or float inherits their `__int__`, so its `__index__` is not consulted.
        let wraps_number = vm.is_int(x) || float::is_float(vm, x);
        let names: &[&str] = if wraps_number {
            &["__int__"]
        } else {
            &["__int__", "__index__", "__trunc__"]
        };
        for &name in names {
            if let Some(r) = class::call_special(vm, x, name, &[])? {
                if !vm.is_int(r) {
                    return Err(vm.type_error(error_msg!(
                        "returned non-int",
                        "{name} returned non-int (type {tn})",
                        tn = vm.type_name(r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    if vm.is_int(x) {
        let b = vm.builtin_value(x);
        if b == Value::TRUE || b == Value::FALSE {
            return Ok(Value::small_int_unchecked((b == Value::TRUE) as i32));
        }
        return Ok(b);
    }
    if float::is_float(vm, x) {
        let f = float::get(vm, x);
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return match super::bigint::BigInt::from_f64(f) {
            Some(b) => int::from_big(vm, &b),
            None => Err(vm.value_error("cannot convert float to integer")),
        };
    }
    if let Some(s) = vm.as_str(x) {
        let s = String::from(s);
        return int::parse(vm, &s, 10);
    }
    if matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        let data = bytes::data(vm, x).to_vec();
        let r = bytes::repr_as_bytes(vm, vm.builtin_value(x));
        return int::parse_bytes(vm, &data, 10, &r);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = class::call_special(vm, x, name, &[])? {
            if !vm.is_int(r) {
                return Err(vm.type_error(error_msg!(
                    "returned non-int",
                    "{name} returned non-int (type {tn})",
                    tn = vm.type_name(r)
                )));
            }
            return Ok(r);
        }
    }
    Err(vm.type_error(error_msg!(
        "can't convert to int",
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'",
        tn = vm.type_name(x)
    )))
}

#[cfg(feature = "float")]
fn make_float(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    arg_count(vm, "float", args, 0, 1)?;
    let Some(&x) = args.first() else {
        return float::new(vm, 0.0);
    };
    if vm.heap.kind(x) == Kind::Instance {
        if let Some(r) = class::call_special(vm, x, "__float__", &[])? {
            if !float::is_float(vm, r) {
                return Err(vm.type_error(error_msg!(
                    "__float__ returned non-float",
                    "{tx}.__float__ returned non-float (type {tr})",
                    tx = vm.type_name(x),
                    tr = vm.type_name(r)
                )));
            }
            return Ok(r);
        }
    }
    if float::is_float(vm, x) {
        let f = float::get(vm, x);
        return float::new(vm, f);
    }
    if vm.is_int(x) {
        let f = int::to_f64(vm, x)?;
        return float::new(vm, f);
    }
    if let Some(s) = vm.as_str(x) {
        let s = String::from(s);
        return match super::float_fmt::parse(&int::ascii_digits(&s)) {
            Some(f) => float::new(vm, f),
            None => Err(vm.value_error(error_msg!(
                "can't convert to float",
                "could not convert string to float: {r}",
                r = super::str_methods::repr_text(&s)
            ))),
        };
    }
    if matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        let data = bytes::data(vm, x).to_vec();
        let parsed = core::str::from_utf8(&data)
            .ok()
            .filter(|t| t.is_ascii())
            .and_then(super::float_fmt::parse);
        return match parsed {
            Some(f) => float::new(vm, f),
            None => {
                let r = bytes::repr(vm, vm.builtin_value(x));
                Err(vm.value_error(error_msg!(
                    "can't convert to float",
                    "could not convert string to float: {r}"
                )))
            }
        };
    }
    if let Some(r) = class::call_special(vm, x, "__float__", &[])? {
        if !float::is_float(vm, r) {
            return Err(vm.type_error(error_msg!(
                "__float__ returned non-float",
                "{tx}.__float__ returned non-float (type {tr})",
                tx = vm.type_name(x),
                tr = vm.type_name(r)
            )));
        }
        return Ok(r);
    }
    if let Some(r) = class::call_special(vm, x, "__index__", &[])? {
        let f = int::to_f64(vm, r)?;
        return float::new(vm, f);
    }
    Err(vm.type_error(error_msg!(
        "can't convert to float",
        "float() argument must be a string or a real number, not '{tn}'",
        tn = vm.type_name(x)
    )))
}

fn make_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arg_count(vm, "str", args, 0, 3)?;
    let Some(&x) = args.first().or(kwarg(vm, kw, "object").as_ref()) else {
        return vm.new_str("");
    };
    let encoding = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    if encoding.is_some() || args.len() > 1 || kwarg(vm, kw, "errors").is_some() {
        let errors = args.get(2).copied().or_else(|| kwarg(vm, kw, "errors"));
        let mut texts = [String::from("utf-8"), String::from("strict")];
        for (i, (v, what)) in [(encoding, "encoding"), (errors, "errors")]
            .into_iter()
            .enumerate()
        {
            if let Some(v) = v {
                match vm.as_str(v) {
                    Some(t) => texts[i] = String::from(t),
                    None => {
                        return Err(vm.type_error(error_msg!(
                            "argument must be str",
                            "str() argument '{what}' must be str, not {tn}",
                            tn = vm.arg_type_name(v)
                        )));
                    }
                }
            }
        }
        // After the arguments' types, as CPython checks them.
        if !matches!(
            vm.heap.kind(vm.builtin_value(x)),
            Kind::Bytes | Kind::ByteArray
        ) {
            if vm.as_str(x).is_some() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            return Err(vm.type_error(error_msg!(
                "need a bytes-like object",
                "decoding to str: need a bytes-like object, {tn} found",
                tn = vm.type_name(x)
            )));
        }
        let data = bytes::data(vm, x).to_vec();
        let s = bytes::decode_bytes(vm, &data, &texts[0], &texts[1])?;
        return vm.new_str(&s);
    }
    vm.to_str(x)
}

/// `bytes.decode()` as UTF-8 (`errors` may be `strict`, `ignore`, `replace`...).
pub fn decode(vm: &mut Vm, b: Value, errors: Option<Value>) -> PyResult<Value> {
    let data = bytes::data(vm, b).to_vec();
    let mode = errors
        .and_then(|e| vm.as_str(e).map(String::from))
        .unwrap_or_else(|| String::from("strict"));
    let s = bytes::decode_bytes(vm, &data, "utf-8", &mode)?;
    vm.new_str(&s)
}

fn make_bytes(vm: &mut Vm, t: TypeId, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let kind = if t == TypeId::Bytes || !cfg!(feature = "bytearray") {
        Kind::Bytes
    } else {
        Kind::ByteArray
    };
    arg_count(vm, t.name(), args, 0, 3)?;
    let src = args.first().copied().or_else(|| kwarg(vm, kw, "source"));
    let Some(x) = src else {
        return bytes::new_kind(vm, kind, &[]);
    };
    let encoding = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    if let Some(s) = vm.as_str(x) {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let text = String::from(s);
        let enc = encoding.and_then(|e| vm.as_str(e).map(String::from));
        let Some(enc) = enc else {
            // Argument clinic's wording: None is named, not its type.
            let tn = match encoding {
                Some(e) => vm.arg_type_name(e),
                None => String::from("None"),
            };
            return Err(vm.type_error(error_msg!(
                "encoding must be str",
                "{}() argument 'encoding' must be str, not {tn}",
                t.name()
            )));
        };
        let errors = args
            .get(2)
            .copied()
            .or_else(|| kwarg(vm, kw, "errors"))
            .and_then(|e| vm.as_str(e).map(String::from))
            .unwrap_or_else(|| String::from("strict"));
        let data = bytes::encode_str(vm, &text, &enc, &errors)?;
        return bytes::new_kind(vm, kind, &data);
    }
    if let Some(e) = encoding {
        // The argument's type is checked before whether it makes sense.
        if vm.as_str(e).is_none() {
            return Err(vm.type_error(error_msg!(
                "encoding must be str",
                "{}() argument 'encoding' must be str, not {tn}",
                t.name(),
                tn = vm.arg_type_name(e)
            )));
        }
        return Err(vm.type_error("encoding without a string argument"));
    }
    if vm.heap.kind(x) == Kind::MemoryView {
        let data = super::memoryview::to_vec(vm, x);
        return bytes::new_kind(vm, kind, &data);
    }
    let plain = vm.heap.kind(x) == Kind::Instance && vm.builtin_value(x) == x;
    if plain && kind == Kind::Bytes {
        if let Some(b) = class::call_special(vm, x, "__bytes__", &[])? {
            if vm.heap.kind(b) != Kind::Bytes {
                return Err(vm.type_error(error_msg!(
                    "__bytes__ returned non-bytes",
                    "__bytes__ returned non-bytes (type {tn})",
                    tn = vm.type_name(b)
                )));
            }
            return Ok(b);
        }
    }
    let count = if plain {
        match class::call_special(vm, x, "__index__", &[])? {
            Some(n) if !vm.is_int(n) => {
                return Err(vm.type_error(error_msg!(
                    "returned non-int",
                    "__index__ returned non-int (type {tn})",
                    tn = vm.type_name(n)
                )));
            }
            Some(n) => Some(vm.builtin_value(n)),
            None => {
                let t = vm.type_of(x);
                let (it, gi) = (vm.intern("__iter__")?, vm.intern("__getitem__")?);
                if class::user_override_pub(vm, t, it)?.is_none()
                    && class::user_override_pub(vm, t, gi)?.is_none()
                {
                    return Err(vm.type_error(error_msg!(
                        "can't convert object",
                        "cannot convert '{tn}' object to {}",
                        t_name(kind),
                        tn = vm.type_name(x)
                    )));
                }
                None
            }
        }
    } else {
        None
    };
    if let Some(x) = count.or_else(|| vm.is_int(x).then_some(x)) {
        let Some(n) = int::as_i64(vm, x) else {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 28) {
            return Err(vm.memory_error());
        }
        return bytes::new_kind(vm, kind, &alloc::vec![0u8; n as usize]);
    }
    if matches!(
        vm.heap.kind(vm.builtin_value(x)),
        Kind::Bytes | Kind::ByteArray
    ) {
        let d = bytes::data(vm, x).to_vec();
        return bytes::new_kind(vm, kind, &d);
    }
    if !iter::is_iterable(vm, x) {
        return Err(vm.type_error(error_msg!(
            "can't convert object",
            "cannot convert '{tn}' object to {}",
            t.name(),
            tn = vm.type_name(x)
        )));
    }
    let (items, d) = vm.rooted_items(x)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let byte = int::as_i64(vm, v);
        match byte {
            Some(i) if (0..=255).contains(&i) => out.push(i as u8),
            // Out of range, however large (an int beyond i64 has no i64 value).
            _ if byte.is_some() || vm.is_int(v) => {
                vm.heap.pop_roots(d);
                return Err(vm.value_error(if kind == Kind::Bytes {
                    "bytes must be in range(0, 256)"
                } else {
                    "byte must be in range(0, 256)"
                }));
            }
            _ => {
                vm.heap.pop_roots(d);
                return Err(vm.type_error(error_msg!(
                    "can't convert to int",
                    "'{tn}' object cannot be interpreted as an integer",
                    tn = vm.type_name(v)
                )));
            }
        }
    }
    vm.heap.pop_roots(d);
    bytes::new_kind(vm, kind, &out)
}

#[cfg(feature = "detailed-errors")]
fn t_name(kind: Kind) -> &'static str {
    if kind == Kind::Bytes {
        "bytes"
    } else {
        "bytearray"
    }
}

fn make_dict(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "dict expected at most 1 argument, got {n}",
            n = args.len()
        )));
    }
    let d = dict::alloc(vm, kw.len())?;
    let depth = vm.heap.push_root(d);
    let r = (|| {
        if let Some(&src) = args.first() {
            fill_dict(vm, d, src)?;
        }
        for (k, v) in kw {
            dict::set(vm, d, *k, *v)?;
        }
        Ok(d)
    })();
    vm.heap.pop_roots(depth);
    r
}

/// `d.update(src)`: from a mapping (anything with `keys`) or an iterable of pairs.
pub fn fill_dict(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    let inner = vm.builtin_value(src);
    if vm.heap.kind(inner) == Kind::Dict {
        return super::dict_methods::update_from(vm, d, inner, false);
    }
    if matches!(vm.heap.kind(src), Kind::Instance) {
        let keys_name = vm.intern("keys")?;
        if vm.getattr_opt(src, keys_name)?.is_some() {
            let keys = vm.call_method(src, "keys", &[])?;
            // The keys view is only reachable from here while it is iterated.
            let depth = vm.heap.push_root(keys);
            let r = vm.rooted_items(keys).and_then(|(ks, _)| {
                ks.iter().try_for_each(|&k| {
                    let v = vm.getitem(src, k)?;
                    let dv = vm.heap.push_root(v);
                    let r = dict::set(vm, d, k, v);
                    vm.heap.pop_roots(dv);
                    r
                })
            });
            vm.heap.pop_roots(depth);
            return r;
        }
    }
    let (items, depth) = vm.rooted_items(src)?;
    for (i, item) in items.iter().enumerate() {
        let pair = match vm.collect_items(*item) {
            Ok(p) => p,
            Err(e) => {
                let p = vm.pending();
                if vm.exception_is(p, TypeId::TypeError) {
                    vm.heap.pop_roots(depth);
                    return Err(vm.type_error(error_msg!(
                        "dictionary update sequence element must be a sequence",
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                vm.heap.pop_roots(depth);
                return Err(e);
            }
        };
        if pair.len() != 2 {
            vm.heap.pop_roots(depth);
            return Err(vm.value_error(error_msg!(
                "dictionary update sequence element has wrong length",
                "dictionary update sequence element #{i} has length {n}; 2 is required",
                n = pair.len()
            )));
        }
        if let Err(e) = dict::set(vm, d, pair[0], pair[1]) {
            vm.heap.pop_roots(depth);
            return Err(e);
        }
    }
    vm.heap.pop_roots(depth);
    Ok(())
}

fn make_range(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "range", kw)?;
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    arg_count(vm, "range", args, 1, 3)?;
    let mut vals = Vec::with_capacity(3);
    let d = vm.heap.roots_depth();
    for a in args {
        let v = match vm.index_int(*a) {
            Ok(Some(v)) => vm.builtin_value(v),
            Ok(None) => {
                vm.heap.pop_roots(d);
                return Err(vm.type_error(error_msg!(
                    "can't convert to int",
                    "'{tn}' object cannot be interpreted as an integer",
                    tn = vm.type_name(*a)
                )));
            }
            Err(e) => {
                vm.heap.pop_roots(d);
                return Err(e);
            }
        };
        vm.heap.push_root(v);
        let v = if v == Value::TRUE || v == Value::FALSE {
            Value::small_int_unchecked((v == Value::TRUE) as i32)
        } else {
            v
        };
        vals.push(v);
    }
    let zero = Value::small_int_unchecked(0);
    let one = Value::small_int_unchecked(1);
    let (start, stop, step) = match vals.len() {
        1 => (zero, vals[0], one),
        2 => (vals[0], vals[1], one),
        _ => (vals[0], vals[1], vals[2]),
    };
    if int::as_i64(vm, step) == Some(0) {
        vm.heap.pop_roots(d);
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let r = range::new(vm, start, stop, step);
    vm.heap.pop_roots(d);
    r
}

fn make_super(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (cls, obj) = match args.len() {
        2 => (args[0], args[1]),
        0 => zero_arg_super(vm)?,
        n if n > 2 => {
            return Err(vm.type_error(error_msg!(
                "function takes wrong number of arguments",
                "super() expected at most 2 arguments, got {n}"
            )))
        }
        _ => (args[0], Value::NULL),
    };
    super::class::check_super_args(vm, cls, obj)?;
    if obj.is_null() {
        return Err(vm.type_error("super() takes 0 or 2 arguments"));
    }
    let s = vm.alloc(Kind::Super, 2)?;
    vm.heap.set_value(s, 0, cls);
    vm.heap.set_value(s, 1, obj);
    Ok(s)
}

/// `super()` inside a method: the `__class__` cell and the first argument of the calling frame.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let f = vm.heap.root(Root::Frame);
    let code = vm.heap.get_value(f, frame::CODE);
    let n = vm.heap.get(f, frame::NLOCALS) as usize;
    let mut cls = Value::NULL;
    for i in 0..n {
        if frame::local_name(vm, code, i) == "__class__" {
            let cell = frame::get_local(vm, f, i);
            cls = vm.heap.get_value(cell, 0);
        }
    }
    let argc = vm.heap.get(code, super::function::code::ARGCOUNT);
    if argc == 0 {
        return Err(vm.raise_new(TypeId::RuntimeError, "super(): no arguments"));
    }
    if cls.is_null() {
        return Err(vm.raise_new(TypeId::RuntimeError, "super(): __class__ cell not found"));
    }
    let mut first = frame::get_local(vm, f, 0);
    if vm.heap.kind(first) == Kind::Cell {
        // `self` captured by an inner function lives in a cell.
        let name = String::from(frame::local_name(vm, code, 0));
        for i in 0..n {
            if i > 0 && frame::local_name(vm, code, i) == name {
                first = vm.heap.get_value(frame::get_local(vm, f, i), 0);
            }
        }
    }
    if first.is_null() {
        return Err(vm.raise_new(TypeId::RuntimeError, "super(): arg[0] deleted"));
    }
    Ok((cls, first))
}
