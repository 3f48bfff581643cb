// SPDX-License-Identifier: MIT
//! `object`'s methods, and the data attributes of builtin values (`x.real`, `f.__name__`,
//! `r.start`...).

#[cfg(feature = "attr-hooks")]
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::function as func;
use super::native::NativeFn;

/// Data attributes of builtin values, by name; Ok(None) if `obj` has no such attribute.
pub fn builtin_attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    // MicroPython's small ports give ints no data attributes either.
    #[cfg(feature = "int-extras")]
    if vm.is_int(obj) && !super::float::is_float(vm, obj) {
        return Ok(match name {
            "real" | "numerator" => Some(if obj == Value::TRUE || obj == Value::FALSE {
                Value::small_int_unchecked((obj == Value::TRUE) as i32)
            } else {
                obj
            }),
            "imag" => Some(Value::small_int_unchecked(0)),
            "denominator" => Some(Value::small_int_unchecked(1)),
            _ => None,
        });
    }
    match vm.heap.kind(obj) {
        #[cfg(feature = "complex")]
        Kind::Complex => {
            let (re, im) = super::complex::get(vm, obj);
            Ok(match name {
                "real" => Some(super::float::new(vm, re)?),
                "imag" => Some(super::float::new(vm, im)?),
                _ => None,
            })
        }
        Kind::Float => Ok(match name {
            "real" => Some(obj),
            "imag" => Some(super::float::new(vm, 0.0)?),
            _ => None,
        }),
        Kind::Range | Kind::Slice => Ok(match name {
            "start" => Some(vm.heap.get_value(obj, 0)),
            "stop" => Some(vm.heap.get_value(obj, 1)),
            "step" => Some(vm.heap.get_value(obj, 2)),
            _ => None,
        }),
        Kind::Function => function_attr(vm, obj, name),
        Kind::BoundMethod => Ok(match name {
            "__self__" => Some(vm.heap.get_value(obj, 0)),
            "__func__" => Some(vm.heap.get_value(obj, 1)),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = vm.heap.get_value(obj, 1);
                return builtin_attr(vm, f, name);
            }
            _ => None,
        }),
        Kind::NativeMethod => Ok(match name {
            "__self__" => Some(vm.heap.get_value(obj, 0)),
            "__name__" | "__qualname__" => {
                let f = vm.heap.get_value(obj, 1);
                let n = f
                    .as_native()
                    .and_then(super::native::lookup)
                    .map(|n| n.name)
                    .unwrap_or("?");
                Some(vm.new_str(n)?)
            }
            _ => None,
        }),
        Kind::Property => Ok(match name {
            "fget" => Some(vm.heap.get_value(obj, 0)),
            "fset" => Some(vm.heap.get_value(obj, 1)),
            "fdel" => Some(vm.heap.get_value(obj, 2)),
            "__doc__" => Some(vm.heap.get_value(obj, 3)),
            _ => return super::descriptors::attr(vm, obj, name),
        }),
        Kind::StaticMethod | Kind::ClassMethod => super::descriptors::attr(vm, obj, name),
        #[cfg(any(feature = "introspection", test))]
        Kind::Code | Kind::Traceback | Kind::Frame | Kind::Cell => {
            super::introspect::attr(vm, obj, name)
        }
        Kind::Generator => Ok(match name {
            "__name__" | "__qualname__" => {
                let f = vm.heap.get_value(obj, 2);
                return builtin_attr(vm, f, name);
            }
            #[cfg(any(feature = "introspection", test))]
            "gi_running" | "cr_running" | "ag_running" => {
                Some(Value::bool(super::generator::is_running(vm, obj)))
            }
            #[cfg(any(feature = "introspection", test))]
            "gi_frame" | "cr_frame" | "ag_frame" => {
                Some(if super::generator::is_finished(vm, obj) {
                    Value::NONE
                } else {
                    vm.heap.get_value(obj, 1)
                })
            }
            #[cfg(any(feature = "introspection", test))]
            "gi_code" | "cr_code" | "ag_code" => {
                let f = vm.heap.get_value(obj, 2);
                Some(vm.heap.get_value(f, func::CODE))
            }
            #[cfg(any(feature = "introspection", test))]
            "gi_yieldfrom" | "cr_await" => Some(super::generator::yield_from(vm, obj)),
            _ => None,
        }),
        Kind::MemoryView => super::memoryview::attr(vm, obj, name),
        Kind::DictView => Ok(match name {
            "mapping" => Some(vm.heap.get_value(obj, 1)),
            _ => None,
        }),
        _ => {
            if let Some(id) = obj.as_native() {
                if name == "__name__" || name == "__qualname__" {
                    let n = super::native::lookup(id).map(|n| n.name).unwrap_or("?");
                    return Ok(Some(vm.new_str(n)?));
                }
                if name == "__module__" {
                    return Ok(Some(vm.new_str("builtins")?));
                }
            }
            Ok(None)
        }
    }
}

fn function_attr(vm: &mut Vm, f: Value, name: &str) -> PyResult<Option<Value>> {
    let slot = match name {
        "__name__" => func::NAME,
        "__qualname__" => func::QUALNAME,
        "__doc__" => func::DOC,
        "__module__" => func::MODULE,
        "__code__" => func::CODE,
        "__globals__" => func::GLOBALS,
        "__defaults__" => func::DEFAULTS,
        "__kwdefaults__" => func::KWDEFAULTS,
        "__closure__" => func::CLOSURE,
        "__annotations__" => {
            let a = vm.heap.get_value(f, func::ANNOTATIONS);
            if a.is_null() || vm.heap.kind(a) == Kind::Tuple {
                // MakeFunction stores the compiler's flat (name, value, ...) tuple; the dict is
                // made on first access.
                let items = if a.is_null() {
                    alloc::vec::Vec::new()
                } else {
                    super::tuple::items(vm, a)
                };
                let d = super::dict::alloc(vm, items.len() / 2)?;
                vm.heap.set_value(f, func::ANNOTATIONS, d);
                // The tuple (holding the values) stays rooted while the dict is filled.
                let depth = vm.heap.push_root(a);
                let r = (|| {
                    for pair in items.chunks_exact(2) {
                        super::dict::set(vm, d, pair[0], pair[1])?;
                    }
                    Ok(())
                })();
                vm.heap.pop_roots(depth);
                r?;
                return Ok(Some(d));
            }
            return Ok(Some(a));
        }
        "__dict__" => {
            let d = vm.heap.get_value(f, func::DICT);
            if d.is_null() {
                let nd = super::dict::alloc(vm, 0)?;
                vm.heap.set_value(f, func::DICT, nd);
                return Ok(Some(nd));
            }
            return Ok(Some(d));
        }
        _ => {
            let d = vm.heap.get_value(f, func::DICT);
            if d.is_null() {
                return Ok(None);
            }
            return Ok(super::dict::get_str(vm, d, name));
        }
    };
    let v = vm.heap.get_value(f, slot);
    Ok(Some(if v.is_null() { Value::NONE } else { v }))
}

/// Names that are data attributes (not methods) of a builtin value, so `LoadMethod` must not
/// treat them as methods.
pub fn builtin_attr_names(vm: &Vm, obj: Value) -> &'static [&'static str] {
    match vm.heap.kind(obj) {
        Kind::Function => &[
            "__name__",
            "__qualname__",
            "__doc__",
            "__module__",
            "__code__",
            "__dict__",
        ],
        _ => &["__class__"],
    }
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&o) = args.first() else {
        return Err(vm.type_error("__repr__ needs an argument"));
    };
    let t = vm.type_of(o);
    let name = super::class::type_qualname_for_repr(vm, t);
    let s = alloc::format!("<{name} object at {}>", crate::vm::format::addr(o));
    vm.new_str(&s)
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&o) = args.first() else {
        return Err(vm.type_error("__str__ needs an argument"));
    };
    vm.repr(o)
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&a), Some(&b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    Ok(if a == b {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&a), Some(&b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    Ok(if a == b {
        Value::FALSE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&a) = args.first() else {
        return Err(vm.type_error("expected 0 arguments"));
    };
    Ok(Value::small_int_unchecked((a.0 >> 3) as i32 & 0x0fff_ffff))
}

#[cfg(feature = "attr-hooks")]
fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&o), Some(&n), Some(&v)) = (args.first(), args.get(1), args.get(2)) else {
        return Err(vm.type_error("__setattr__ expected 2 arguments"));
    };
    let n = intern_name(vm, n)?;
    if matches!(vm.heap.kind(o), Kind::Instance | Kind::Exception) {
        super::class::generic_setattr(vm, o, n, v)?;
    } else {
        vm.setattr(o, n, v)?;
    }
    Ok(Value::NONE)
}

#[cfg(feature = "attr-hooks")]
fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&o), Some(&n)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__getattribute__ expected 1 argument"));
    };
    let n = intern_name(vm, n)?;
    let r = if matches!(vm.heap.kind(o), Kind::Instance | Kind::Exception) {
        super::class::generic_getattr(vm, o, n)?
    } else if vm.heap.kind(o) == Kind::Class {
        super::class_attr::class_getattr_plain(vm, o, n)?
    } else {
        vm.getattr_opt(o, n)?
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(o, n)),
    }
}

#[cfg(feature = "attr-hooks")]
fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&o), Some(&n)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__delattr__ expected 1 argument"));
    };
    let n = intern_name(vm, n)?;
    let d = if vm.heap.kind(o) == Kind::Instance {
        vm.heap.get_value(o, 1)
    } else {
        Value::NULL
    };
    if d.is_null() || super::dict::remove(vm, d, n)?.is_none() {
        return Err(vm.no_attribute(o, n));
    }
    Ok(Value::NONE)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&o), Some(&spec)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__format__ expected 1 argument"));
    };
    // Builtin values (and instances of builtin subclasses) reached through `object.__format__`
    // (`int.__format__(5, "03")`, `super().__format__(spec)`) format as their type does.
    let inner = vm.builtin_value(o);
    if !matches!(vm.heap.kind(inner), Kind::Instance | Kind::Exception) || inner.is_const() {
        if let Some(text) = vm.as_str(spec).map(alloc::string::String::from) {
            return super::str_format::format_value(vm, inner, &text);
        }
    }
    if vm.as_str(spec).is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(error_msg!(
            "unsupported format string",
            "unsupported format string passed to {t}.__format__",
            t = vm.type_name(o)
        )));
    }
    vm.to_str(o)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if cls.as_builtin_type().is_none() && vm.heap.kind(cls) != Kind::Class {
        return Err(vm.type_error(error_msg!(
            "not a type object",
            "object.__new__(X): X is not a type object ({t})",
            t = vm.type_name(cls)
        )));
    }
    // A builtin type with a `__new__` of its own must be made by it (CPython's "is not safe"
    // check); the types without one share this function as their `__new__`.
    let own = super::class::builtin_base(vm, cls);
    let mut base = own;
    while base != TypeId::Object {
        if super::native::type_methods(base)
            .iter()
            .any(|f| f.name == "__new__")
        {
            return Err(vm.type_error(error_msg!(
                "object.__new__() is not safe",
                "object.__new__({n}) is not safe, use {b}.__new__()",
                n = super::class::type_name(vm, cls),
                b = own.name()
            )));
        }
        base = base.base();
    }
    if let Some(t) = cls.as_builtin_type() {
        let t = TypeId::from_index(t).unwrap_or(TypeId::Object);
        return super::class::call_builtin_type(vm, t, &args[1..], kw);
    }
    // Shared by every builtin type: `tuple.__new__(cls, items)` builds the tuple it wraps.
    super::class::object_new(vm, cls, &args[1..], kw)
}

#[cfg(feature = "class-hooks")]
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // Class keywords nobody consumed end here (`class B(A, colour="red")`).
    if !kw.is_empty() {
        let n = match args.first() {
            Some(&c) => super::class::type_name(vm, c),
            None => alloc::string::String::from("object"),
        };
        return Err(vm.type_error(error_msg!(
            "function doesn't take keyword arguments",
            "{n}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

#[cfg(feature = "attr-hooks")]
fn intern_name(vm: &mut Vm, n: Value) -> PyResult<Value> {
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

/// The methods of `object`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("__init__", object_init),
    NativeFn::method("__repr__", object_repr),
    NativeFn::method("__str__", object_str),
    NativeFn::method("__eq__", object_eq),
    NativeFn::method("__ne__", object_ne),
    NativeFn::method("__hash__", object_hash),
    #[cfg(feature = "attr-hooks")]
    NativeFn::method("__setattr__", object_setattr),
    #[cfg(feature = "attr-hooks")]
    NativeFn::method("__getattribute__", object_getattribute),
    #[cfg(feature = "attr-hooks")]
    NativeFn::method("__delattr__", object_delattr),
    NativeFn::method("__format__", object_format),
    NativeFn::function("__new__", object_new),
    #[cfg(feature = "class-hooks")]
    NativeFn::classmethod("__init_subclass__", object_init_subclass),
];
