// SPDX-License-Identifier: MIT
//! The methods of `set`, `frozenset` and the set-like dict views, following CPython's
//! `setobject.c` algorithm by algorithm so that results iterate (and print) in CPython's order.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::list_methods::{no_args, no_kw, one_arg};
use super::native::NativeFn;
use super::set;

/// `self` of a set method: a set (or, for `frozen`, a set or frozenset), unwrapped from a
/// subclass instance.
fn the_set(vm: &mut Vm, args: &[Value], name: &str, frozen: bool) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(error_msg!(
            "unbound method needs an argument",
            "unbound method {owner}.{name}() needs an argument",
            owner = if frozen { "frozenset" } else { "set" }
        )));
    };
    let v = vm.builtin_value(s);
    let k = vm.heap.kind(v);
    if k == Kind::Set || (frozen && k == Kind::FrozenSet) {
        return Ok(v);
    }
    let t = vm.type_name(s);
    let owner = if frozen && k != Kind::Set {
        "frozenset"
    } else {
        "set"
    };
    Err(vm.type_error(error_msg!(
        "descriptor doesn't apply",
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"
    )))
}

/// The method's name for argument-count messages (`frozenset.union`).
fn qual(vm: &Vm, s: Value, name: &str) -> alloc::string::String {
    error_text!(
        "set",
        "{owner}.{name}",
        owner = if vm.heap.kind(s) == Kind::FrozenSet {
            "frozenset"
        } else {
            "set"
        }
    )
}

/// The other operands of a set method: unwraps subclass instances of builtin containers.
fn operand(vm: &Vm, v: Value) -> Value {
    let b = vm.builtin_value(v);
    if matches!(vm.heap.kind(b), Kind::Set | Kind::FrozenSet | Kind::Dict) {
        b
    } else {
        v
    }
}

fn set_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "add", false)?;
    let v = one_arg(vm, "set.add", args, kw)?;
    set::add(vm, s, v)?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "remove", false)?;
    let v = one_arg(vm, "set.remove", args, kw)?;
    if set::discard(vm, s, v)? {
        Ok(Value::NONE)
    } else {
        Err(vm.key_error(v))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "discard", false)?;
    let v = one_arg(vm, "set.discard", args, kw)?;
    set::discard(vm, s, v)?;
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "pop", false)?;
    no_args(vm, "set.pop", args, kw)?;
    match set::pop(vm, s) {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set")?;
            Err(vm.key_error(msg))
        }
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "clear", false)?;
    no_args(vm, "set.clear", args, kw)?;
    set::clear(vm, s)?;
    Ok(Value::NONE)
}

fn set_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "copy", true)?;
    let q = qual(vm, s, "copy");
    no_args(vm, &q, args, kw)?;
    let kind = vm.heap.kind(s);
    if kind == Kind::FrozenSet && args.first() == Some(&s) {
        return Ok(s);
    }
    set::copy_of(vm, kind, s)
}

fn set_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "update", false)?;
    no_kw(vm, "set.update", kw)?;
    for &o in args.get(1..).unwrap_or(&[]) {
        let o = operand(vm, o);
        set::update(vm, s, o)?;
    }
    Ok(Value::NONE)
}

fn set_union(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "union", true)?;
    let q = qual(vm, s, "union");
    no_kw(vm, &q, kw)?;
    let kind = vm.heap.kind(s);
    let r = set::copy_of(vm, kind, s)?;
    let d = vm.heap.push_root(r);
    let res = (|| {
        for &o in args.get(1..).unwrap_or(&[]) {
            let o = operand(vm, o);
            if o != s {
                set::update(vm, r, o)?;
            }
        }
        Ok(r)
    })();
    vm.heap.pop_roots(d);
    res
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, s: Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        let kind = vm.heap.kind(s);
        return set::copy_of(vm, kind, s);
    }
    let depth = vm.heap.roots_depth();
    let mut r = s;
    let mut res = Ok(());
    for &o in others {
        let o = operand(vm, o);
        match set::intersection(vm, r, o) {
            Ok(n) => {
                r = n;
                vm.heap.push_root(n);
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.heap.pop_roots(depth);
    res.map(|_| r)
}

fn set_intersection(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "intersection", true)?;
    let q = qual(vm, s, "intersection");
    no_kw(vm, &q, kw)?;
    intersection_multi(vm, s, args.get(1..).unwrap_or(&[]))
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "intersection_update", false)?;
    no_kw(vm, "set.intersection_update", kw)?;
    let r = intersection_multi(vm, s, args.get(1..).unwrap_or(&[]))?;
    if r != s {
        let d = vm.heap.push_root(r);
        let res = set::replace_with(vm, s, r);
        vm.heap.pop_roots(d);
        res?;
    }
    Ok(Value::NONE)
}

fn set_difference(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "difference", true)?;
    let q = qual(vm, s, "difference");
    no_kw(vm, &q, kw)?;
    let others = args.get(1..).unwrap_or(&[]);
    let Some((&first, rest)) = others.split_first() else {
        let kind = vm.heap.kind(s);
        return set::copy_of(vm, kind, s);
    };
    let first = operand(vm, first);
    let r = set::difference(vm, s, first)?;
    let d = vm.heap.push_root(r);
    let res = (|| {
        for &o in rest {
            let o = operand(vm, o);
            set::difference_update(vm, r, o)?;
        }
        Ok(r)
    })();
    vm.heap.pop_roots(d);
    res
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "difference_update", false)?;
    no_kw(vm, "set.difference_update", kw)?;
    for &o in args.get(1..).unwrap_or(&[]) {
        let o = operand(vm, o);
        set::difference_update(vm, s, o)?;
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "symmetric_difference", true)?;
    let q = qual(vm, s, "symmetric_difference");
    let o = one_arg(vm, &q, args, kw)?;
    let o = operand(vm, o);
    set::symmetric_difference(vm, s, o)
}

fn set_symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = the_set(vm, args, "symmetric_difference_update", false)?;
    let o = one_arg(vm, "set.symmetric_difference_update", args, kw)?;
    let o = operand(vm, o);
    set::symmetric_difference_update(vm, s, o)?;
    Ok(Value::NONE)
}

fn set_issubset(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "issubset", true)?;
    let q = qual(vm, s, "issubset");
    let o = one_arg(vm, &q, args, kw)?;
    let o = operand(vm, o);
    set::is_subset(vm, s, o).map(Value::bool)
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "issuperset", true)?;
    let q = qual(vm, s, "issuperset");
    let o = one_arg(vm, &q, args, kw)?;
    let o = operand(vm, o);
    set::is_superset(vm, s, o).map(Value::bool)
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "isdisjoint", true)?;
    let q = qual(vm, s, "isdisjoint");
    let o = one_arg(vm, &q, args, kw)?;
    let o = operand(vm, o);
    set::is_disjoint(vm, s, o).map(Value::bool)
}

fn set_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "__contains__", true)?;
    let q = qual(vm, s, "__contains__");
    let o = one_arg(vm, &q, args, kw)?;
    set::contains(vm, s, o).map(Value::bool)
}

fn set_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "__len__", true)?;
    let q = qual(vm, s, "__len__");
    no_args(vm, &q, args, kw)?;
    Ok(Value::small_int_unchecked(set::len(vm, s) as i32))
}

fn set_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "__iter__", true)?;
    let q = qual(vm, s, "__iter__");
    no_args(vm, &q, args, kw)?;
    vm.iter(s)
}

/// `set.__init__(self, iterable=())`: refills the set (subclass `__init__`s call it).
fn set_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = the_set(vm, args, "__init__", false)?;
    super::constructors::no_kwargs(vm, "set", kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    super::constructors::arg_count(vm, "set", rest, 0, 1)?;
    set::clear(vm, s)?;
    if let Some(&it) = rest.first() {
        let it = operand(vm, it);
        set::update(vm, s, it)?;
    }
    Ok(Value::NONE)
}

/// The methods of `set`.
pub static SET_METHODS: &[NativeFn] = &[
    NativeFn::method("__init__", set_init),
    NativeFn::method("add", set_add),
    NativeFn::method("remove", set_remove),
    NativeFn::method("discard", set_discard),
    NativeFn::method("pop", set_pop),
    NativeFn::method("clear", set_clear),
    NativeFn::method("copy", set_copy),
    NativeFn::method("update", set_update),
    NativeFn::method("union", set_union),
    NativeFn::method("intersection", set_intersection),
    NativeFn::method("intersection_update", set_intersection_update),
    NativeFn::method("difference", set_difference),
    NativeFn::method("difference_update", set_difference_update),
    NativeFn::method("symmetric_difference", set_symmetric_difference),
    NativeFn::method(
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    NativeFn::method("issubset", set_issubset),
    NativeFn::method("issuperset", set_issuperset),
    NativeFn::method("isdisjoint", set_isdisjoint),
    NativeFn::method("__contains__", set_contains),
    NativeFn::method("__len__", set_len),
    NativeFn::method("__iter__", set_iter),
];

/// The methods of `frozenset`.
pub static FROZENSET_METHODS: &[NativeFn] = &[
    NativeFn::method("copy", set_copy),
    NativeFn::method("union", set_union),
    NativeFn::method("intersection", set_intersection),
    NativeFn::method("difference", set_difference),
    NativeFn::method("symmetric_difference", set_symmetric_difference),
    NativeFn::method("issubset", set_issubset),
    NativeFn::method("issuperset", set_issuperset),
    NativeFn::method("isdisjoint", set_isdisjoint),
    NativeFn::method("__contains__", set_contains),
    NativeFn::method("__len__", set_len),
    NativeFn::method("__iter__", set_iter),
];

/// `view.isdisjoint(other)` (`dictviews_isdisjoint`).
#[cfg(feature = "dict-view-sets")]
fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    if vm.heap.kind(v) != Kind::DictView {
        return Err(vm.type_error("isdisjoint() requires a dict view"));
    }
    let o = one_arg(vm, "isdisjoint", args, kw)?;
    if o == v {
        let d = vm.heap.get_value(v, 1);
        return Ok(Value::bool(super::dict::len(vm, d) == 0));
    }
    // Iterate over the shorter one when both are set-like.
    let (mut this, mut other) = (v, o);
    let set_like = matches!(vm.heap.kind(o), Kind::Set | Kind::FrozenSet)
        || (vm.heap.kind(o) == Kind::DictView && vm.heap.get(o, 0) != 1);
    if set_like && vm.len(o)? > vm.len(v)? {
        core::mem::swap(&mut this, &mut other);
    }
    let it = vm.iter(other)?;
    let d = vm.heap.push_root(it);
    let r = loop {
        match vm.next(it) {
            Ok(Some(x)) => {
                let dx = vm.heap.push_root(x);
                let c = vm.contains(this, x);
                vm.heap.pop_roots(dx);
                match c {
                    Ok(true) => break Ok(Value::FALSE),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(Value::TRUE),
            Err(e) => break Err(e),
        }
    };
    vm.heap.pop_roots(d);
    r
}

/// The set-like methods of dict views.
pub static VIEW_METHODS: &[NativeFn] = &[
    #[cfg(feature = "dict-view-sets")]
    NativeFn::method("isdisjoint", view_isdisjoint),
    NativeFn::method("__reversed__", super::dict_methods::view_reversed),
];
