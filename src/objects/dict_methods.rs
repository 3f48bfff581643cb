// SPDX-License-Identifier: MIT
//! The methods of `dict` and its views.

#[cfg(feature = "dict-view-sets")]
use crate::bytecode::BinaryOp;
use crate::bytecode::CompareOp;
use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

#[cfg(feature = "detailed-errors")]
use alloc::format;

use super::constructors::{arg_count, fill_dict};
use super::list_methods::{no_args, no_kw, one_arg, self_of};
use super::native::NativeFn;
#[cfg(feature = "dict-view-sets")]
use super::set;
use super::{dict, tuple};

/// `d.update(m)` (with `merge`, `f(**m)` rules: str keys, no duplicates).
pub fn update_from(vm: &mut Vm, d: Value, m: Value, merge: bool) -> PyResult<()> {
    let inner = vm.builtin_value(m);
    if vm.heap.kind(inner) == Kind::Dict && simple_keys(vm, inner) {
        // No user code can run (hashing and comparing these keys is pure), so the pairs stay
        // alive in `m`: no snapshot needed.
        let mut pos = 0;
        while let Some((next, k, v)) = dict::next_entry(vm, inner, pos) {
            if merge {
                check_kwarg(vm, d, k)?;
            }
            dict::set(vm, d, k, v)?;
            pos = next;
        }
        return Ok(());
    }
    let pairs = if vm.heap.kind(inner) == Kind::Dict {
        // A snapshot, rooted: user `__eq__`/`__hash__` may mutate `m` meanwhile.
        let items = dict::items(vm, inner);
        let mut flat = alloc::vec::Vec::with_capacity(2 * items.len());
        for (k, v) in items {
            flat.push(k);
            flat.push(v);
        }
        let l = super::list::from_slice(vm, &flat)?;
        (flat, vm.heap.push_root(l))
    } else if vm.heap.kind(m) == Kind::Instance && {
        let keys_name = vm.intern("keys")?;
        vm.getattr_opt(m, keys_name)?.is_some()
    } {
        // A mapping: `keys()` and `m[k]`.
        let keys = vm.call_method(m, "keys", &[])?;
        let depth = vm.heap.push_root(keys);
        let l = super::list::alloc(vm, 0);
        let l = match l {
            Ok(l) => l,
            Err(e) => {
                vm.heap.pop_roots(depth);
                return Err(e);
            }
        };
        vm.heap.push_root(l);
        let r = (|| {
            let (ks, kd) = vm.rooted_items(keys)?;
            for k in ks {
                let v = vm.getitem(m, k);
                let v = v.and_then(|v| {
                    let dv = vm.heap.push_root(v);
                    let r =
                        super::list::append(vm, l, k).and_then(|_| super::list::append(vm, l, v));
                    vm.heap.pop_roots(dv);
                    r
                });
                if let Err(e) = v {
                    vm.heap.pop_roots(kd);
                    return Err(e);
                }
            }
            vm.heap.pop_roots(kd);
            Ok(())
        })();
        if let Err(e) = r {
            vm.heap.pop_roots(depth);
            return Err(e);
        }
        (super::list::items(vm, l), depth)
    } else {
        return Err(vm.type_error(error_msg!(
            "object not a mapping",
            "'{t}' object is not a mapping",
            t = vm.type_name(m)
        )));
    };
    let (flat, depth) = pairs;
    let r = (|| {
        for kv in flat.chunks(2) {
            let (k, v) = (kv[0], kv.get(1).copied().unwrap_or(Value::NONE));
            if merge {
                check_kwarg(vm, d, k)?;
            }
            dict::set(vm, d, k, v)?;
        }
        Ok(())
    })();
    vm.heap.pop_roots(depth);
    r
}

/// Are all keys of dict `m` values whose hashing and comparison run no Python code?
fn simple_keys(vm: &Vm, m: Value) -> bool {
    let mut pos = 0;
    while let Some((next, k, _)) = dict::next_entry(vm, m, pos) {
        let simple = !k.is_heap()
            || matches!(
                vm.heap.kind(k),
                Kind::Str | Kind::BigInt | Kind::Float | Kind::Bytes
            );
        if !simple {
            return false;
        }
        pos = next;
    }
    true
}

/// The `f(**m)` rules for one key: a str, not given twice.
fn check_kwarg(vm: &mut Vm, d: Value, k: Value) -> PyResult<()> {
    if vm.as_str(k).is_none() {
        return Err(vm.type_error("keywords must be strings"));
    }
    if dict::get(vm, d, k)?.is_some() {
        return Err(vm.type_error(error_msg!(
            "got multiple values for keyword argument",
            "got multiple values for keyword argument '{name}'",
            name = alloc::string::String::from(vm.as_str(k).unwrap_or(""))
        )));
    }
    Ok(())
}

/// `f(**m)`: merges mapping `m` into the keyword dict `d` of a call to `func`, with CPython's
/// messages (`__main__.f() got multiple values for keyword argument 'a'`).
pub fn merge_kwargs(vm: &mut Vm, d: Value, m: Value, func: Value) -> PyResult<()> {
    let inner = vm.builtin_value(m);
    let is_mapping = vm.heap.kind(inner) == Kind::Dict
        || (vm.heap.kind(m) == Kind::Instance && {
            let keys_name = vm.intern("keys")?;
            vm.getattr_opt(m, keys_name)?.is_some()
        });
    if !is_mapping {
        let msg = error_msg!(
            "argument after ** must be a mapping",
            "{fs} argument after ** must be a mapping, not {t}",
            fs = function_str(vm, func)?,
            t = vm.type_name(m)
        );
        return Err(vm.type_error(msg));
    }
    match update_from(vm, d, m, true) {
        Ok(()) => Ok(()),
        #[cfg(not(feature = "detailed-errors"))]
        Err(e) => Err(e),
        #[cfg(feature = "detailed-errors")]
        Err(e) => {
            let p = vm.pending();
            let text = vm.exception_str(p).unwrap_or_default();
            if vm.exception_is(p, crate::objects::types::TypeId::TypeError)
                && text.starts_with("got multiple values")
            {
                let fs = function_str(vm, func)?;
                return Err(vm.type_error(format!("{fs} {text}")));
            }
            Err(e)
        }
    }
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname()`, or `qualname()` for builtins.
#[cfg(feature = "detailed-errors")]
pub(crate) fn function_str(vm: &mut Vm, func: Value) -> PyResult<alloc::string::String> {
    let qn = vm.intern("__qualname__")?;
    let qualname = match vm.getattr_opt(func, qn)? {
        Some(q) => vm.str_string(q)?,
        None => return Ok(format!("{}()", vm.type_name(func))),
    };
    let mn = vm.intern("__module__")?;
    let module = match vm.getattr_opt(func, mn)? {
        Some(m) if vm.as_str(m).is_some() => vm.str_string(m)?,
        _ => alloc::string::String::new(),
    };
    if module.is_empty() || module == "builtins" {
        Ok(format!("{qualname}()"))
    } else {
        Ok(format!("{module}.{qualname}()"))
    }
}

/// The type of a dict view.
pub fn view_type(vm: &Vm, v: Value) -> TypeId {
    match vm.heap.get(v, 0) {
        0 => TypeId::DictKeys,
        1 => TypeId::DictValues,
        _ => TypeId::DictItems,
    }
}

/// `x in view`: keys by lookup, items by looking the key up and comparing the value, values by
/// iteration.
pub fn view_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let d = vm.heap.get_value(v, 1);
    match vm.heap.get(v, 0) {
        0 => Ok(dict::get(vm, d, x)?.is_some()),
        2 => {
            let x = vm.builtin_value(x);
            if vm.heap.kind(x) != Kind::Tuple || tuple::len(vm, x) != 2 {
                return Ok(false);
            }
            let (k, want) = (tuple::get(vm, x, 0), tuple::get(vm, x, 1));
            match dict::get(vm, d, k)? {
                Some(have) => {
                    let dh = vm.heap.push_root(have);
                    let r = if have == want {
                        Ok(true)
                    } else {
                        vm.eq(have, want)
                    };
                    vm.heap.pop_roots(dh);
                    r
                }
                None => Ok(false),
            }
        }
        _ => {
            let it = vm.iter(v)?;
            let depth = vm.heap.push_root(it);
            let r = loop {
                match vm.next(it) {
                    Ok(Some(y)) => {
                        let dy = vm.heap.push_root(y);
                        let e = if x == y { Ok(true) } else { vm.eq(y, x) };
                        vm.heap.pop_roots(dy);
                        match e {
                            Ok(true) => break Ok(true),
                            Ok(false) => {}
                            Err(e) => break Err(e),
                        }
                    }
                    Ok(None) => break Ok(false),
                    Err(e) => break Err(e),
                }
            };
            vm.heap.pop_roots(depth);
            r
        }
    }
}

/// Is `v` a keys or items view (the set-like ones)?
fn is_set_view(vm: &Vm, v: Value) -> bool {
    vm.heap.kind(v) == Kind::DictView && vm.heap.get(v, 0) != 1
}

/// A new set of the items of any iterable (`dictviews_to_set`: a keys view is read through its
/// dict, which presizes the set as CPython does).
#[cfg(feature = "dict-view-sets")]
fn new_set(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let it = if vm.heap.kind(it) == Kind::DictView && vm.heap.get(it, 0) == 0 {
        vm.heap.get_value(it, 1)
    } else {
        it
    };
    let s = set::alloc(vm, Kind::Set, 0)?;
    let d = vm.heap.push_root(s);
    let r = set::update(vm, s, it);
    vm.heap.pop_roots(d);
    r.map(|_| s)
}

/// Set operations on views (`d.keys() & other`, `other | d.items()`): a new set, as CPython's
/// `dictviews_*` build it. Values views do not support them (Ok(None)).
#[cfg(feature = "dict-view-sets")]
pub fn view_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_set_view(vm, a) && !is_set_view(vm, b) {
        return Ok(None);
    }
    let (a, b) = (vm.builtin_value(a), vm.builtin_value(b));
    match op {
        BinaryOp::And => view_intersect(vm, a, b).map(Some),
        BinaryOp::Or | BinaryOp::Sub | BinaryOp::Xor => {
            let r = new_set(vm, a)?;
            let d = vm.heap.push_root(r);
            let res = match op {
                BinaryOp::Or => set::update(vm, r, b),
                BinaryOp::Sub => set::difference_update(vm, r, b),
                _ => set::symmetric_difference_update(vm, r, b),
            };
            vm.heap.pop_roots(d);
            res.map(|_| Some(r))
        }
        _ => Ok(None),
    }
}

/// `_PyDictView_Intersect`.
#[cfg(feature = "dict-view-sets")]
fn view_intersect(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    // The view on the left.
    let (mut this, mut other) = if is_set_view(vm, a) { (a, b) } else { (b, a) };
    let len_this = vm.len(this)?;
    if vm.heap.kind(other) == Kind::Set && len_this <= set::len(vm, other) {
        return set::intersection(vm, other, this);
    }
    if is_set_view(vm, other) && vm.len(other)? > len_this {
        core::mem::swap(&mut this, &mut other);
    }
    let r = set::alloc(vm, Kind::Set, 0)?;
    let d = vm.heap.push_root(r);
    let res = (|| {
        let it = vm.iter(other)?;
        vm.heap.push_root(it);
        while let Some(x) = vm.next(it)? {
            let dx = vm.heap.push_root(x);
            let found = view_contains(vm, this, x);
            let added = match found {
                Ok(true) => set::add(vm, r, x),
                Ok(false) => Ok(()),
                Err(e) => Err(e),
            };
            vm.heap.pop_roots(dx);
            added?;
        }
        Ok(r)
    })();
    vm.heap.pop_roots(d);
    res
}

/// Is every item of `a` in `b` (`all_contained_in`)?
fn all_contained_in(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    let d = vm.heap.push_root(it);
    let r = loop {
        match vm.next(it) {
            Ok(Some(x)) => {
                let dx = vm.heap.push_root(x);
                let c = vm.contains(b, x);
                vm.heap.pop_roots(dx);
                match c {
                    Ok(true) => {}
                    Ok(false) => break Ok(false),
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(true),
            Err(e) => break Err(e),
        }
    };
    vm.heap.pop_roots(d);
    r
}

/// Comparisons of keys/items views with each other and with sets (`dictview_richcompare`);
/// Ok(None) (NotImplemented) otherwise.
pub fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Option<bool>> {
    let (a, b) = (vm.builtin_value(a), vm.builtin_value(b));
    let set_like = |vm: &Vm, v: Value| {
        is_set_view(vm, v) || matches!(vm.heap.kind(v), Kind::Set | Kind::FrozenSet)
    };
    // The view on the left (a set on the left has no comparison with a view: reflect).
    let (a, b, op) = if is_set_view(vm, a) {
        (a, b, op)
    } else {
        let reflected = match op {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
            o => o,
        };
        (b, a, reflected)
    };
    if !is_set_view(vm, a) || !set_like(vm, b) {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Some(r))
}

fn new_view(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], which: u32) -> PyResult<Value> {
    let name = ["keys", "values", "items"]
        .get(which as usize)
        .copied()
        .unwrap_or("keys");
    let d = the_dict(vm, args, name)?;
    no_args(vm, &error_msg!("dict", "dict.{name}"), args, kw)?;
    let depth = vm.heap.push_root(d);
    let v = vm.alloc(Kind::DictView, 2);
    vm.heap.pop_roots(depth);
    let v = v?;
    vm.heap.set(v, 0, which);
    vm.heap.set_value(v, 1, d);
    Ok(v)
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    new_view(vm, args, kw, 0)
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    new_view(vm, args, kw, 1)
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    new_view(vm, args, kw, 2)
}

fn the_dict(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    self_of(vm, args, Kind::Dict, "dict", name)
}

/// The arguments after `self`, checked against `min..=max` (`get expected at least 1 argument`).
fn rest<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, &error_msg!("dict", "dict.{name}"), kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    arg_count(vm, name, rest, min, max)?;
    Ok(rest)
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "get")?;
    let r = rest(vm, "get", args, kw, 1, 2)?;
    let default = r.get(1).copied().unwrap_or(Value::NONE);
    Ok(dict::get(vm, d, r[0])?.unwrap_or(default))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "setdefault")?;
    let r = rest(vm, "setdefault", args, kw, 1, 2)?;
    let default = r.get(1).copied().unwrap_or(Value::NONE);
    if let Some(v) = dict::get(vm, d, r[0])? {
        return Ok(v);
    }
    dict::set(vm, d, r[0], default)?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "pop")?;
    let r = rest(vm, "pop", args, kw, 1, 2)?;
    // As CPython, an empty dict answers without hashing the key.
    let found = if dict::len(vm, d) == 0 {
        None
    } else {
        dict::remove(vm, d, r[0])?
    };
    match found {
        Some(v) => Ok(v),
        None => match r.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(r[0])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "popitem")?;
    no_args(vm, "dict.popitem", args, kw)?;
    if dict::len(vm, d) == 0 {
        let msg = vm.new_str("popitem(): dictionary is empty")?;
        return Err(vm.key_error(msg));
    }
    // Build the pair before unlinking it, so that it is never unrooted.
    let Some((pos, k, v)) = last_entry(vm, d) else {
        let msg = vm.new_str("popitem(): dictionary is empty")?;
        return Err(vm.key_error(msg));
    };
    let t = tuple::new(vm, &[k, v])?;
    if last_entry(vm, d).map(|e| e.0) == Some(pos) {
        dict::pop_last(vm, d);
    }
    Ok(t)
}

/// The position, key and value of the last live entry.
fn last_entry(vm: &Vm, d: Value) -> Option<(usize, Value, Value)> {
    let mut e = dict::fill(vm, d);
    while e > 0 {
        e -= 1;
        let (k, v) = dict::entry(vm, d, e);
        if !k.is_null() {
            return Some((e, k, v));
        }
    }
    None
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "update")?;
    let r = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "update", r, 0, 1)?;
    if let Some(&src) = r.first() {
        fill_dict(vm, d, src)?;
    }
    for (k, v) in kw {
        dict::set(vm, d, *k, *v)?;
    }
    Ok(Value::NONE)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "copy")?;
    no_args(vm, "dict.copy", args, kw)?;
    dict::copy(vm, d)
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "clear")?;
    no_args(vm, "dict.clear", args, kw)?;
    dict::clear(vm, d)?;
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `args[0]` is the class).
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rest(vm, "fromkeys", args, kw, 1, 2)?;
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let value = r.get(1).copied().unwrap_or(Value::NONE);
    let builtin = cls.as_builtin_type().is_some() || vm.heap.kind(cls) != Kind::Class;
    let d = if builtin {
        dict::alloc(vm, 0)?
    } else {
        vm.call(cls, &[], &[])?
    };
    let depth = vm.heap.push_root(d);
    let res = (|| {
        let (keys, kd) = vm.rooted_items(r[0])?;
        let inner = vm.builtin_value(d);
        let plain = d == inner && vm.heap.kind(d) == Kind::Dict;
        for k in keys {
            let s = if plain {
                dict::set(vm, d, k, value)
            } else {
                vm.setitem(d, k, value)
            };
            if let Err(e) = s {
                vm.heap.pop_roots(kd);
                return Err(e);
            }
        }
        vm.heap.pop_roots(kd);
        Ok(d)
    })();
    vm.heap.pop_roots(depth);
    res
}

fn dict_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__contains__")?;
    let k = one_arg(vm, "dict.__contains__", args, kw)?;
    Ok(Value::bool(dict::get(vm, d, k)?.is_some()))
}

fn dict_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__getitem__")?;
    let k = one_arg(vm, "dict.__getitem__", args, kw)?;
    match dict::get(vm, d, k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k)),
    }
}

fn dict_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__setitem__")?;
    no_kw(vm, "dict.__setitem__", kw)?;
    let r = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "__setitem__", r, 2, 2)?;
    dict::set(vm, d, r[0], r[1])?;
    Ok(Value::NONE)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__delitem__")?;
    let k = one_arg(vm, "dict.__delitem__", args, kw)?;
    match dict::remove(vm, d, k)? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.key_error(k)),
    }
}

fn dict_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__len__")?;
    no_args(vm, "dict.__len__", args, kw)?;
    Ok(Value::small_int_unchecked(dict::len(vm, d) as i32))
}

fn dict_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__iter__")?;
    no_args(vm, "dict.__iter__", args, kw)?;
    vm.iter(d)
}

/// `dict.__reversed__()` (what `reversed(d)` calls; `collections.abc.Reversible` looks for it).
fn dict_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__reversed__")?;
    no_args(vm, "dict.__reversed__", args, kw)?;
    super::iter::make_reversed(vm, &[d], &[])
}

/// `__reversed__` of the three dict views.
pub(crate) fn view_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&v) = args.first().filter(|v| vm.heap.kind(**v) == Kind::DictView) else {
        return Err(vm.type_error("descriptor '__reversed__' needs a dict view"));
    };
    no_args(vm, "__reversed__", args, kw)?;
    super::iter::make_reversed(vm, &[v], &[])
}

/// The methods of `dict_values` (`dict_keys` and `dict_items` add the set operations).
pub static VALUES_METHODS: &[NativeFn] = &[NativeFn::method("__reversed__", view_reversed)];
/// The methods of keys and items views in a build without sets (`set::VIEW_METHODS` otherwise,
/// which adds the set-like `isdisjoint`).
#[cfg(not(feature = "set"))]
pub static VIEW_METHODS: &[NativeFn] = VALUES_METHODS;

/// `dict.__init__(self, [source], **kw)`: updates the dict (subclass `__init__`s call it).
fn dict_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = the_dict(vm, args, "__init__")?;
    let r = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "dict", r, 0, 1)?;
    if let Some(&src) = r.first() {
        fill_dict(vm, d, src)?;
    }
    for (k, v) in kw {
        dict::set(vm, d, *k, *v)?;
    }
    Ok(Value::NONE)
}

/// The methods of `dict`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("__init__", dict_init),
    NativeFn::method("keys", dict_keys),
    NativeFn::method("values", dict_values),
    NativeFn::method("items", dict_items),
    NativeFn::method("get", dict_get),
    NativeFn::method("setdefault", dict_setdefault),
    NativeFn::method("pop", dict_pop),
    NativeFn::method("popitem", dict_popitem),
    NativeFn::method("update", dict_update),
    NativeFn::method("copy", dict_copy),
    NativeFn::method("clear", dict_clear),
    NativeFn::classmethod("fromkeys", dict_fromkeys),
    NativeFn::method("__contains__", dict_contains),
    NativeFn::method("__getitem__", dict_getitem),
    NativeFn::method("__setitem__", dict_setitem),
    NativeFn::method("__delitem__", dict_delitem),
    NativeFn::method("__len__", dict_len),
    NativeFn::method("__iter__", dict_iter),
    NativeFn::method("__reversed__", dict_reversed),
];
