// SPDX-License-Identifier: MIT
//! Making classes and instances: the `class` statement (`__build_class__`), `type.__new__`,
//! base validation and the C3 MRO, and calling a class (`__new__` then `__init__`). Split from
//! `class.rs` so the class-creation protocol (metaclasses, hooks) reads in one place.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use super::class::*;
use super::native::NativeFn;
use super::{dict, tuple};

/// `type.__new__(mcls, name, bases, ns)`: a new class whose metaclass is the most derived of
/// `mcls` and the bases' metaclasses, with a copy of `ns` as its namespace (so the class body's
/// namespace stays as it was for a metaclass `__init__`), the `__class__` cell filled, and the
/// class-creation hooks (`__set_name__`, `__init_subclass__`) run.
pub fn type_new(
    vm: &mut Vm,
    mcls: Value,
    name: Value,
    bases: Value,
    ns: Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if vm.str_text(name).is_none() {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "type.__new__() argument 1 must be str, not {t}",
            t = vm.arg_type_name(name)
        )));
    }
    if vm.heap.kind(bases) != Kind::Tuple {
        return Err(vm.type_error(error_msg!(
            "argument must be tuple",
            "type.__new__() argument 2 must be tuple, not {t}",
            t = vm.arg_type_name(bases)
        )));
    }
    let src = vm.builtin_value(ns);
    if vm.heap.kind(src) != Kind::Dict {
        return Err(vm.type_error(error_msg!(
            "argument must be dict",
            "type.__new__() argument 3 must be dict, not {t}",
            t = vm.arg_type_name(ns)
        )));
    }
    let d = vm.heap.push_root(mcls);
    let r = (|| {
        let meta = calculate_meta(vm, mcls, bases)?;
        vm.heap.push_root(meta);
        let dict = dict::copy(vm, src)?;
        vm.heap.push_root(dict);
        if dict::get_str(vm, dict, "__module__").is_none() {
            // `type(name, bases, ns)` called from Python: the caller's module.
            let f = vm.heap.root(crate::gc::Root::Frame);
            if !f.is_null() {
                let g = vm.heap.get_value(f, crate::vm::frame::GLOBALS);
                if vm.heap.kind(g) == Kind::Dict {
                    if let Some(m) = dict::get_str(vm, g, "__name__") {
                        let k = vm.intern("__module__")?;
                        dict::set(vm, dict, k, m)?;
                    }
                }
            }
        }
        let cls = new_class(vm, name, bases, dict)?;
        vm.heap.push_root(cls);
        if vm.heap.kind(meta) == Kind::Class {
            vm.heap.set_value(cls, C_META, meta);
        }
        let cc = vm.intern("__classcell__")?;
        if let Some(cell) = dict::remove(vm, dict, cc)? {
            if vm.heap.kind(cell) != Kind::Cell {
                return Err(vm.type_error(error_msg!(
                    "__classcell__ must be a nonlocal cell",
                    "__classcell__ must be a nonlocal cell, not <class '{t}'>",
                    t = vm.type_name(cell)
                )));
            }
            vm.heap.set_value(cell, 0, cls);
        }
        finish_class(vm, cls, dict, kw).map(|_| cls)
    })();
    vm.heap.pop_roots(d);
    r
}

/// The metaclass a class with `bases` gets when `meta` is asked for: the most derived of
/// `meta` and the bases' metaclasses, which must form a chain.
pub fn calculate_meta(vm: &mut Vm, meta: Value, bases: Value) -> PyResult<Value> {
    let mut winner = meta;
    for b in tuple::items(vm, bases) {
        let t = vm.type_of(b);
        if is_subclass(vm, winner, t) {
            continue;
        }
        if is_subclass(vm, t, winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Creates a class: `type(name, bases, namespace)` and the end of a `class` statement.
pub fn new_class(vm: &mut Vm, name: Value, bases: Value, ns: Value) -> PyResult<Value> {
    let base_list = tuple::items(vm, bases);
    let mut builtin = TypeId::Object;
    for b in &base_list {
        let ok = b.as_builtin_type().is_some() || vm.heap.kind(*b) == Kind::Class;
        if !ok {
            return Err(vm.type_error("bases must be types"));
        }
        if let Some(id) = b.as_builtin_type() {
            let t = TypeId::from_index(id).unwrap_or(TypeId::Object);
            if !t.is_base_type() {
                return Err(vm.type_error(error_msg!(
                    "type is not an acceptable base type",
                    "type '{n}' is not an acceptable base type",
                    n = t.name()
                )));
            }
        }
        let bb = builtin_base(vm, *b);
        if bb != TypeId::Object {
            // Exceptions share one layout, so `class E(OSError, ValueError)` is fine (the
            // first base's type makes the instances; matching walks every base).
            let both_exceptions =
                bb.is_subtype(TypeId::BaseException) && builtin.is_subtype(TypeId::BaseException);
            if builtin != TypeId::Object
                && !bb.is_subtype(builtin)
                && !builtin.is_subtype(bb)
                && !both_exceptions
            {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            if bb.is_subtype(builtin) {
                builtin = bb;
            }
        }
    }
    let d = vm.heap.push_root(name);
    vm.heap.push_root(bases);
    vm.heap.push_root(ns);
    let r = (|| {
        check_slots(vm, ns)?;
        // Defining __eq__ without __hash__ makes instances unhashable: `__hash__ = None`.
        if dict::get_str(vm, ns, "__eq__").is_some() && dict::get_str(vm, ns, "__hash__").is_none()
        {
            let k = vm.intern("__hash__")?;
            dict::set(vm, ns, k, Value::NONE)?;
        }
        // These two are implicitly classmethods, as in CPython.
        #[cfg(feature = "class-hooks")]
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = dict::get_str(vm, ns, special) {
                if vm.heap.kind(f) == Kind::Function {
                    let cm = wrap_classmethod(vm, f)?;
                    let k = vm.intern(special)?;
                    dict::set(vm, ns, k, cm)?;
                }
            }
        }
        let cls = vm.alloc(Kind::Class, CLASS_SIZE)?;
        vm.heap.push_root(cls);
        vm.heap.set_value(cls, C_NAME, name);
        let qk = vm.intern("__qualname__")?;
        let qual = match dict::remove(vm, ns, qk)? {
            Some(q) if vm.str_text(q).is_none() => {
                return Err(vm.type_error(error_msg!(
                    "__qualname__ must be a str",
                    "type __qualname__ must be a str, not {t}",
                    t = vm.type_name(q)
                )));
            }
            Some(q) => q,
            None => name,
        };
        vm.heap.set_value(cls, C_QUALNAME, qual);
        if dict::get_str(vm, ns, "__doc__").is_none() {
            // `__doc__` is not inherited: every class has its own (None by default).
            let k = vm.intern("__doc__")?;
            dict::set(vm, ns, k, Value::NONE)?;
        }
        vm.heap.set_value(cls, C_BASES, bases);
        vm.heap.set_value(cls, C_DICT, ns);
        vm.heap.set_value(cls, C_BASE, builtin.value());
        vm.class_serial = vm.class_serial.wrapping_add(1) & 0x3fff_ffff;
        vm.heap.set_value(
            cls,
            C_SERIAL,
            Value::small_int_unchecked(vm.class_serial as i32),
        );
        let module = dict::get_str(vm, ns, "__module__").unwrap_or(Value::NONE);
        vm.heap.set_value(cls, C_MODULE, module);
        for b in &base_list {
            if vm.heap.kind(*b) == Kind::Class {
                let m = vm.heap.get_value(*b, C_META);
                let cur = vm.heap.get_value(cls, C_META);
                if !m.is_null() && (cur.is_null() || is_subclass(vm, m, cur)) {
                    vm.heap.set_value(cls, C_META, m);
                }
            }
        }
        let order = compute_mro(vm, cls, &base_list)?;
        let mro_t = tuple::new(vm, &order)?;
        vm.heap.set_value(cls, C_MRO, mro_t);
        // Lookups on the half-made class (before its MRO was set) must not be remembered.
        vm.class_epoch = vm.class_epoch.wrapping_add(1);
        Ok(cls)
    })();
    vm.heap.pop_roots(d);
    r
}

/// `__slots__` must be a string or an iterable of identifier strings, none of them also a
/// class variable.
fn check_slots(vm: &mut Vm, ns: Value) -> PyResult<()> {
    if !cfg!(feature = "slots") {
        return Ok(());
    }
    let Some(slots) = dict::get_str(vm, ns, "__slots__") else {
        return Ok(());
    };
    let names = if vm.str_text(slots).is_some() {
        alloc::vec![slots]
    } else {
        vm.collect_items(slots)?
    };
    for n in names {
        let Some(text) = vm.str_text(n).map(String::from) else {
            return Err(vm.type_error(error_msg!(
                "__slots__ items must be strings",
                "__slots__ items must be strings, not '{t}'",
                t = vm.type_name(n)
            )));
        };
        if !super::str_methods::unicode::is_identifier(&text) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        // The `__doc__ = None` every class body gets by default is not a user's class variable.
        let clash = match dict::get_str(vm, ns, &text) {
            Some(v) => !(text == "__doc__" && v.is_none()),
            None => false,
        };
        if text != "__dict__" && text != "__weakref__" && clash {
            return Err(vm.value_error(error_msg!(
                "__slots__ conflicts with class variable",
                "'{text}' in __slots__ conflicts with class variable"
            )));
        }
    }
    Ok(())
}

/// C3 linearisation of `cls` with `bases`.
pub(crate) fn compute_mro(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].contains(b) {
            return Err(vm.type_error(error_msg!(
                "duplicate base class",
                "duplicate base class {n}",
                n = type_name(vm, *b)
            )));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| mro(vm, *b)).collect();
    seqs.push(bases.to_vec());
    let mut out = alloc::vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let mut chosen = None;
        for s in &seqs {
            let head = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&head)) {
                chosen = Some(head);
                break;
            }
        }
        let Some(head) = chosen else {
            return Err(vm.type_error(error_msg!(
                "cannot create a consistent method resolution order",
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                bases
                    .iter()
                    .map(|b| type_name(vm, *b))
                    .collect::<Vec<String>>()
                    .join(", ")
            )));
        };
        out.push(head);
        for s in &mut seqs {
            if s.first() == Some(&head) {
                s.remove(0);
            }
        }
    }
    if !out.contains(&TypeId::Object.value()) {
        out.push(TypeId::Object.value());
    }
    Ok(out)
}

/// Calls a user class: `__new__`, then `__init__`.
pub fn call_class(
    vm: &mut Vm,
    cls: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let newname = vm.intern("__new__")?;
    if builtin_base(vm, cls) == TypeId::Type && user_override(vm, cls, newname)?.is_none() {
        // A metaclass called without its own __new__: `type.__new__(cls, name, bases, ns)`.
        if args.len() != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
        let new_cls = type_new(vm, cls, args[0], args[1], args[2], kw)?;
        let d = vm.heap.push_root(new_cls);
        let r = init_instance(vm, cls, new_cls, args, kw);
        vm.heap.pop_roots(d);
        return r.map(|_| new_cls);
    }
    let obj = match user_override(vm, cls, newname)? {
        Some(n) => {
            let f = if vm.heap.kind(n) == Kind::StaticMethod {
                vm.heap.get_value(n, 0)
            } else {
                n
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(cls);
            full.extend_from_slice(args);
            let obj = vm.call(f, &full, kw)?;
            let t = vm.type_of(obj);
            if !is_subclass(vm, t, cls) {
                return Ok(obj);
            }
            obj
        }
        None => object_new(vm, cls, args, kw)?,
    };
    // `__init__` comes from the type of the object `__new__` made, which may be a subclass.
    let t = vm.type_of(obj);
    let d = vm.heap.push_root(obj);
    let r = init_instance(vm, t, obj, args, kw);
    vm.heap.pop_roots(d);
    r.map(|_| obj)
}

pub(crate) fn init_instance(
    vm: &mut Vm,
    cls: Value,
    obj: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let initname = vm.intern("__init__")?;
    if let Some(init) = user_override(vm, cls, initname)? {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        let r = vm.call(init, &full, kw)?;
        if !r.is_none() {
            return Err(vm.type_error(error_msg!(
                "__init__() should return None",
                "__init__() should return None, not '{t}'",
                t = vm.type_name(r)
            )));
        }
        return Ok(());
    }
    let base = builtin_base(vm, cls);
    let has_args = !args.is_empty() || !kw.is_empty();
    let newname = vm.intern("__new__")?;
    if base == TypeId::Object && has_args && user_override(vm, cls, newname)?.is_none() {
        return Err(vm.type_error(error_msg!(
            "function takes no arguments",
            "{n}() takes no arguments",
            n = type_name(vm, cls)
        )));
    }
    // A user `__new__` made the container with `super().__new__(cls)` (empty): the builtin's
    // own `__init__` fills it from the call's arguments, as `list.__init__` does in CPython.
    // (Without a user `__new__`, `object_new` already built it from the arguments.)
    let mutable = matches!(
        base,
        TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray
    );
    if mutable && has_args && user_override(vm, cls, newname)?.is_some() {
        if let Some(init) = vm.getattr_opt(base.value(), initname)? {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj);
            full.extend_from_slice(args);
            vm.call(init, &full, kw)?;
        }
    }
    Ok(())
}

/// `object.__new__(cls, ...)`: a bare instance of a user class.
pub fn object_new(
    vm: &mut Vm,
    cls: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let base = builtin_base(vm, cls);
    if base.is_exception() {
        return super::exception_init::construct(vm, cls, base, args, &[]);
    }
    let inner = if base == TypeId::Object {
        Value::NULL
    } else {
        // Mutable containers start empty and are filled by __init__ (list.__init__); immutable
        // values are made from the arguments, as their __new__ does.
        let initname = vm.intern("__init__")?;
        let has_init = user_override(vm, cls, initname)?.is_some();
        let mutable = matches!(
            base,
            TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray
        );
        if mutable && has_init {
            call_builtin_type(vm, base, &[], &[])?
        } else {
            call_builtin_type(vm, base, args, kw)?
        }
    };
    let d = vm.heap.push_root(inner);
    let obj = vm.alloc(Kind::Instance, 3);
    vm.heap.pop_roots(d);
    let obj = obj?;
    vm.heap.set_value(obj, 0, cls);
    vm.heap.set_value(obj, 2, inner);
    Ok(obj)
}

/// Calls a builtin type (`int("3")`, `list(x)`, `ValueError("m")`...).
pub fn call_builtin_type(
    vm: &mut Vm,
    t: TypeId,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if t.is_exception() {
        return super::exception_init::construct(vm, t.value(), t, args, kw);
    }
    super::constructors::construct(vm, t, args, kw)
}

/// Methods of `type` (reached from any class).
pub static TYPE_METHODS: &[NativeFn] = &[
    NativeFn::method("mro", type_mro),
    NativeFn::function("__new__", type_new_native),
    NativeFn::method("__call__", type_call_native),
    NativeFn::method("__init__", type_init_native),
    #[cfg(any(feature = "subclasses", test))]
    NativeFn::method("__subclasses__", type_subclasses),
    #[cfg(feature = "class-hooks")]
    NativeFn::classmethod("__prepare__", type_prepare),
    #[cfg(feature = "attr-hooks")]
    NativeFn::method("__setattr__", type_setattr_native),
    #[cfg(feature = "attr-hooks")]
    NativeFn::method("__delattr__", type_delattr_native),
    NativeFn::method("__instancecheck__", type_instancecheck),
    NativeFn::method("__subclasscheck__", type_subclasscheck),
];

/// `type.__instancecheck__(cls, obj)`: the MRO test without hooks (what a metaclass's own
/// `__instancecheck__` falls back to through `super()`).
fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let [cls, obj] = args else {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "type.__instancecheck__() takes exactly one argument ({n} given)",
            n = args.len().saturating_sub(1)
        )));
    };
    let t = vm.type_of(*obj);
    Ok(Value::bool(super::class::is_subclass(vm, t, *cls)))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let [cls, sub] = args else {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "type.__subclasscheck__() takes exactly one argument ({n} given)",
            n = args.len().saturating_sub(1)
        )));
    };
    if sub.as_builtin_type().is_none() && vm.heap.kind(*sub) != Kind::Class {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(super::class::is_subclass(vm, *sub, *cls)))
}

#[cfg(feature = "attr-hooks")]
fn type_setattr_native(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let [cls, name, v] = args else {
        return Err(vm.type_error("type.__setattr__ expected 3 arguments"));
    };
    let n = attr_name(vm, *name)?;
    type_setattr(vm, *cls, n, *v).map(|_| Value::NONE)
}

#[cfg(feature = "attr-hooks")]
fn type_delattr_native(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let [cls, name] = args else {
        return Err(vm.type_error("type.__delattr__ expected 2 arguments"));
    };
    let n = attr_name(vm, *name)?;
    type_setattr(vm, *cls, n, Value::NULL).map(|_| Value::NONE)
}

/// An attribute name given as an argument, interned (as the attribute opcodes pass them).
#[cfg(feature = "attr-hooks")]
fn attr_name(vm: &mut Vm, n: Value) -> PyResult<Value> {
    match vm.str_text(n).map(String::from) {
        Some(s) => vm.intern(&s),
        None => Err(vm.type_error(error_msg!(
            "attribute name must be string",
            "attribute name must be string, not '{t}'",
            t = vm.type_name(n)
        ))),
    }
}

#[cfg(feature = "class-hooks")]
fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    dict::alloc(vm, 8)
}

fn type_new_native(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match args {
        [mcls, name, bases, ns] => type_new(vm, *mcls, *name, *bases, *ns, kw),
        [_, obj] => Ok(vm.type_of(*obj)),
        _ => Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "type.__new__() takes exactly 3 arguments ({n} given)",
            n = args.len().saturating_sub(1)
        ))),
    }
}

fn type_call_native(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some((&cls, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if let Some(t) = cls.as_builtin_type() {
        let t = TypeId::from_index(t).unwrap_or(TypeId::Object);
        return call_builtin_type(vm, t, rest, kw);
    }
    call_class(vm, cls, rest, kw)
}

fn type_init_native(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

#[cfg(any(feature = "subclasses", test))]
fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&t) = args.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument"));
    };
    // Classes do not keep a list of their subclasses (it would keep every class alive): the
    // heap is scanned, after a collection so that only reachable classes are listed.
    if vm.heap.is_enabled() {
        vm.heap.collect();
    }
    let mut found: Vec<(i32, Value)> = Vec::new();
    for h in vm.heap.live_handles() {
        if vm.heap.kind(h) != Kind::Class {
            continue;
        }
        let bases = vm.heap.get_value(h, C_BASES);
        let direct = tuple::items(vm, bases).contains(&t)
            || (t == TypeId::Object.value() && tuple::len(vm, bases) == 0);
        if direct {
            found.push((vm.heap.get_value(h, C_SERIAL).as_small_int(), h));
        }
    }
    // Creation order. An insertion sort: subclass lists are short, and it costs a fraction of
    // the flash of another instantiation of the standard library's sort.
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && found[j - 1].0 > found[j].0 {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out: Vec<Value> = Vec::new();
    if let Some(id) = t.as_builtin_type() {
        // Builtin subclasses of a builtin type (`bool` of `int`, the exception tree...).
        let bt = TypeId::from_index(id).unwrap_or(TypeId::Object);
        let mut i = 0;
        while let Some(sub) = TypeId::from_index(i) {
            i += 1;
            if sub != bt && sub != TypeId::Object && sub.base() == bt {
                out.push(sub.value());
            }
        }
    }
    out.extend(found.into_iter().map(|(_, c)| c));
    super::list::from_slice(vm, &out)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = args.first().copied().unwrap_or(Value::NONE);
    let m = mro(vm, t);
    super::list::from_slice(vm, &m)
}

/// `__build_class__(body, name, *bases, **kw)`: the `class` statement, as CPython's: resolve
/// PEP 560 `__mro_entries__`, pick the metaclass, ask its `__prepare__` for the namespace, run
/// the body in it, then call the metaclass.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (args[0], args[1]);
    if vm.heap.kind(body) != Kind::Function {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if vm.str_text(name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig = tuple::new(vm, &args[2..])?;
    let d = vm.heap.push_root(orig);
    let r = update_bases(vm, orig).and_then(|bases| {
        vm.heap.push_root(bases);
        build_class_body(vm, body, name, orig, bases, kw)
    });
    vm.heap.pop_roots(d);
    r
}

/// PEP 560: bases that are not classes but have `__mro_entries__(orig_bases)` are replaced by
/// the tuple it returns. Returns `orig` itself when nothing changed.
fn update_bases(vm: &mut Vm, orig: Value) -> PyResult<Value> {
    if !cfg!(feature = "class-hooks") {
        return Ok(orig);
    }
    let items = tuple::items(vm, orig);
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    let mut changed = false;
    let d = vm.heap.roots_depth();
    let r = (|| {
        for b in items {
            if b.as_builtin_type().is_some() || vm.heap.kind(b) == Kind::Class {
                out.push(b);
                continue;
            }
            let n = vm.intern("__mro_entries__")?;
            let Some(f) = vm.getattr_opt(b, n)? else {
                out.push(b);
                continue;
            };
            let got = vm.call(f, &[orig], &[])?;
            if vm.heap.kind(got) != Kind::Tuple {
                return Err(vm.type_error("__mro_entries__ must return a tuple"));
            }
            vm.heap.push_root(got);
            out.extend(tuple::items(vm, got));
            changed = true;
        }
        if changed {
            tuple::new(vm, &out)
        } else {
            Ok(orig)
        }
    })();
    vm.heap.pop_roots(d);
    r
}

fn build_class_body(
    vm: &mut Vm,
    body: Value,
    name: Value,
    orig: Value,
    bases: Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let mut meta = Value::NULL;
    let mut other_kw: Vec<(Value, Value)> = Vec::with_capacity(kw.len());
    for &(k, v) in kw {
        if vm.str_text(k) == Some("metaclass") {
            meta = v;
        } else {
            other_kw.push((k, v));
        }
    }
    if meta.is_null() {
        meta = match tuple::items(vm, bases).first() {
            Some(&b) => vm.type_of(b),
            None => TypeId::Type.value(),
        };
    }
    if meta.as_builtin_type().is_some() || vm.heap.kind(meta) == Kind::Class {
        meta = calculate_meta(vm, meta, bases)?;
    }
    let d = vm.heap.push_root(meta);
    let r = (|| {
        let ns = prepare(vm, meta, name, bases, &other_kw)?;
        vm.heap.push_root(ns);
        let code = vm.heap.get_value(body, crate::objects::function::CODE);
        let globals = vm.heap.get_value(body, crate::objects::function::GLOBALS);
        let fr = crate::vm::frame::new(vm, code, globals, ns, body)?;
        let cell = vm.run_nested(fr)?;
        vm.heap.push_root(cell);
        if orig != bases {
            let k = vm.intern("__orig_bases__")?;
            vm.namespace_set(ns, k, orig)?;
        }
        let cls = if meta == TypeId::Type.value() {
            type_new(vm, meta, name, bases, ns, &other_kw)?
        } else {
            vm.call(meta, &[name, bases, ns], &other_kw)?
        };
        if vm.heap.kind(cell) == Kind::Cell
            && vm.heap.get_value(cell, 0).is_null()
            && vm.heap.kind(cls) == Kind::Class
        {
            // A metaclass that built the class without passing `__classcell__` on.
            vm.heap.set_value(cell, 0, cls);
        }
        Ok(cls)
    })();
    vm.heap.pop_roots(d);
    r
}

/// The namespace for a class body: `meta.__prepare__(name, bases, **kw)` when the metaclass
/// defines one (it must return a mapping), else a new dict.
fn prepare(
    vm: &mut Vm,
    meta: Value,
    name: Value,
    bases: Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if !cfg!(feature = "class-hooks") {
        return dict::alloc(vm, 8);
    }
    let n = vm.intern("__prepare__")?;
    let f = if meta.as_builtin_type().is_some() {
        None
    } else if vm.heap.kind(meta) == Kind::Class {
        match user_override(vm, meta, n)? {
            Some(_) => vm.getattr_opt(meta, n)?,
            None => None,
        }
    } else {
        vm.getattr_opt(meta, n)?
    };
    let Some(f) = f else {
        return dict::alloc(vm, 8);
    };
    let ns = vm.call(f, &[name, bases], kw)?;
    let inner = vm.builtin_value(ns);
    let is_mapping = vm.heap.kind(inner) == Kind::Dict || {
        let gi = vm.intern("__getitem__")?;
        lookup_special(vm, ns, gi)?.is_some()
    };
    if !is_mapping {
        return Err(vm.type_error(error_msg!(
            "__prepare__() must return a mapping",
            "{m}.__prepare__() must return a mapping, not {t}",
            m = if vm.heap.kind(meta) == Kind::Class {
                type_name(vm, meta)
            } else {
                String::from("<metaclass>")
            },
            t = vm.type_name(ns)
        )));
    }
    Ok(ns)
}

/// CPython 3.11 wraps an exception from `__set_name__` in a RuntimeError naming the attribute,
/// chained to the original (`__cause__`).
#[cfg(feature = "descriptors")]
fn set_name_error(
    vm: &mut Vm,
    e: crate::vm::PyErr,
    v: Value,
    k: Value,
    cls: Value,
) -> crate::vm::PyErr {
    let exc = vm.pending();
    if vm.heap.kind(exc) != Kind::Exception {
        return e;
    }
    let msg = error_msg!(
        "error calling __set_name__",
        "Error calling __set_name__ on '{t}' instance '{n}' in '{c}'",
        t = vm.type_name(v),
        n = vm.str_text(k).unwrap_or_default(),
        c = type_name(vm, cls)
    );
    let d = vm.heap.push_root(exc);
    let err = vm.raise_new(TypeId::RuntimeError, &msg);
    vm.heap.pop_roots(d);
    let new = vm.pending();
    if vm.heap.kind(new) == Kind::Exception && new != exc {
        vm.heap.set_value(new, super::exception::CAUSE, exc);
        vm.heap.set_value(new, super::exception::CONTEXT, exc);
    }
    err
}

/// `__set_name__` on the new class's attributes, then the parent's `__init_subclass__`.
#[cfg_attr(not(feature = "descriptors"), allow(unused_variables))]
pub fn finish_class(vm: &mut Vm, cls: Value, ns: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    // `ns` is the class's own dict here (type_new passes its copy).
    #[cfg(feature = "descriptors")]
    for (k, v) in dict::items(vm, ns) {
        if matches!(vm.heap.kind(v), Kind::Instance) {
            if let Err(e) = call_special(vm, v, "__set_name__", &[cls, k]) {
                return Err(set_name_error(vm, e, v, k, cls));
            }
        }
    }
    let other_kw: Vec<(Value, Value)> = kw
        .iter()
        .copied()
        .filter(|(k, _)| vm.str_text(*k) != Some("metaclass"))
        .collect();
    if !cfg!(feature = "class-hooks") {
        // No `__init_subclass__` to take the class keywords.
        if !other_kw.is_empty() {
            return Err(vm.type_error("class keyword arguments not supported in this build"));
        }
        return Ok(());
    }
    let s = vm.alloc(Kind::Super, 2)?;
    vm.heap.set_value(s, 0, cls);
    vm.heap.set_value(s, 1, cls);
    let d = vm.heap.push_root(s);
    let name = vm.intern("__init_subclass__")?;
    let r = match vm.getattr_opt(s, name) {
        Ok(Some(f)) => vm.call(f, &[], &other_kw).map(|_| ()),
        Ok(None) => Ok(()),
        Err(e) => Err(e),
    };
    vm.heap.pop_roots(d);
    r
}
