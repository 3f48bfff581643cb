// SPDX-License-Identifier: MIT
//! The methods of `list` and `tuple`, with CPython's argument rules and messages.
//!
//! Every method re-reads the list after anything that may run Python code (`__eq__`, a sort key),
//! so user code that mutates the list meanwhile can make results odd but never unsafe.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::constructors::arg_count;
use super::native::NativeFn;
use super::{list, tuple};

/// `self` of a method of `kind` (unwrapping instances of subclasses), or a TypeError.
pub(crate) fn self_of(
    vm: &mut Vm,
    args: &[Value],
    kind: Kind,
    tname: &str,
    name: &str,
) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(error_msg!(
            "unbound method needs an argument",
            "unbound method {tname}.{name}() needs an argument"
        )));
    };
    let v = vm.builtin_value(s);
    if vm.heap.kind(v) == kind {
        return Ok(v);
    }
    Err(vm.type_error(error_msg!(
        "descriptor doesn't apply",
        "descriptor '{name}' for '{tname}' objects doesn't apply to a '{t}' object",
        t = vm.type_name(s)
    )))
}

/// TypeError unless there are no keyword arguments (`list.append() takes no keyword arguments`).
pub(crate) fn no_kw(vm: &mut Vm, qual: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(error_msg!(
        "function doesn't take keyword arguments",
        "{qual}() takes no keyword arguments"
    )))
}

/// The one argument of a METH_O method (`list.append() takes exactly one argument (0 given)`).
pub(crate) fn one_arg(
    vm: &mut Vm,
    qual: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    no_kw(vm, qual, kw)?;
    match args {
        [_, x] => Ok(*x),
        _ => Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "{qual}() takes exactly one argument ({n} given)",
            n = args.len().saturating_sub(1)
        ))),
    }
}

/// Checks a METH_NOARGS method (`list.copy() takes no arguments (1 given)`).
pub(crate) fn no_args(
    vm: &mut Vm,
    qual: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    no_kw(vm, qual, kw)?;
    if args.len() <= 1 {
        return Ok(());
    }
    Err(vm.type_error(error_msg!(
        "function takes wrong number of arguments",
        "{qual}() takes no arguments ({n} given)",
        n = args.len() - 1
    )))
}

/// An integer argument (`'str' object cannot be interpreted as an integer`; OverflowError
/// beyond 64 bits, as CPython's `Py_ssize_t`).
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if vm.is_int(v) && super::int::as_i64(vm, v).is_none() {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(v)
        ))),
    }
}

/// A `start`/`stop` argument of `index`, clamped to `0..=n` as a slice bound.
fn slice_bound(vm: &mut Vm, v: Option<Value>, n: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let Some(i) = vm.index_value(v)? else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let i = if i < 0 { i + n as i64 } else { i };
    Ok(i.clamp(0, n as i64) as usize)
}

fn seq_len(vm: &Vm, s: Value) -> usize {
    if vm.heap.kind(s) == Kind::List {
        list::len(vm, s)
    } else {
        tuple::len(vm, s)
    }
}

/// The position of `x` in `s[start:stop]` (a list or tuple), re-reading `s` after each `__eq__`.
fn find_in(vm: &mut Vm, s: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop && i < seq_len(vm, s) {
        let y = vm.heap.get_value(s, 1 + i);
        if y == x || vm.eq(y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn count_in(vm: &mut Vm, s: Value, x: Value) -> PyResult<Value> {
    let mut i = 0;
    let mut n: i32 = 0;
    while i < seq_len(vm, s) {
        let y = vm.heap.get_value(s, 1 + i);
        if y == x || vm.eq(y, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::small_int_unchecked(n))
}

/// `index(x[, start[, stop]])` for lists and tuples.
fn seq_index(
    vm: &mut Vm,
    s: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Option<Value>> {
    super::constructors::no_kwargs(vm, "index", kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "index", rest, 1, 3)?;
    let x = rest[0];
    let n = seq_len(vm, s);
    let start = slice_bound(vm, rest.get(1).copied(), n, 0)?;
    let stop = slice_bound(vm, rest.get(2).copied(), n, n)?;
    Ok(find_in(vm, s, x, start, stop)?.map(|i| Value::small_int_unchecked(i as i32)))
}

// ---- list ----

fn the_list(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    self_of(vm, args, Kind::List, "list", name)
}

fn list_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "append")?;
    let v = one_arg(vm, "list.append", args, kw)?;
    list::append(vm, l, v)?;
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "extend")?;
    let v = one_arg(vm, "list.extend", args, kw)?;
    vm.extend_list(l, v)?;
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "insert")?;
    no_kw(vm, "list.insert", kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() != 2 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "insert expected 2 arguments, got {n}",
            n = rest.len()
        )));
    }
    let i = int_arg(vm, rest[0])?;
    let n = list::len(vm, l) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    list::insert(vm, l, i as usize, rest[1])?;
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "pop")?;
    no_kw(vm, "list.pop", kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "pop", rest, 0, 1)?;
    let i = match rest.first() {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let n = list::len(vm, l);
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = if i < 0 { i + n as i64 } else { i };
    if i < 0 || i >= n as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(list::remove_at(vm, l, i as usize))
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "remove")?;
    let x = one_arg(vm, "list.remove", args, kw)?;
    match find_in(vm, l, x, 0, usize::MAX)? {
        Some(i) if i < list::len(vm, l) => {
            list::remove_at(vm, l, i);
            Ok(Value::NONE)
        }
        _ => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "index")?;
    match seq_index(vm, l, args, kw)? {
        Some(i) => Ok(i),
        None => {
            let msg = error_msg!(
                "object not in list",
                "{r} is not in list",
                r = vm.repr_string(args[1])?
            );
            Err(vm.value_error(msg))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "count")?;
    let x = one_arg(vm, "list.count", args, kw)?;
    count_in(vm, l, x)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::NONE;
    let mut reverse = false;
    for &(k, v) in kw {
        match vm.str_text(k).unwrap_or("") {
            "key" => key = v,
            "reverse" => reverse = int_arg(vm, v)? != 0,
            other => {
                return Err(vm.type_error(error_msg!(
                    "unexpected keyword argument",
                    "'{other}' is an invalid keyword argument for sort()",
                    other = alloc::string::String::from(other)
                )));
            }
        }
    }
    // Sort while the list is empty, as CPython does: a key function or `__lt__` that mutates
    // the list cannot disturb the sort, and is reported afterwards. The items live in `saved`
    // (rooted) meanwhile, and the keys in `keyl`.
    let mut items = list::items(vm, l);
    let saved = list::from_slice(vm, &items)?;
    let d = vm.heap.push_root(saved);
    list::truncate(vm, l, 0);
    let r = (|| {
        let keys = if key.is_none() {
            None
        } else {
            let keyl = list::alloc(vm, items.len())?;
            vm.heap.push_root(keyl);
            for &it in &items {
                let k = vm.call(key, &[it], &[])?;
                list::append(vm, keyl, k)?;
            }
            Some(list::items(vm, keyl))
        };
        list::sort_values(vm, &mut items, keys.as_deref(), reverse)
    })();
    // Even after an error, the list gets its items back (in the order the sort reached).
    let modified = list::len(vm, l) != 0;
    let n = list::len(vm, l);
    let put = list::splice(vm, l, 0, n, &items);
    vm.heap.pop_roots(d);
    r?;
    put?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "reverse")?;
    no_args(vm, "list.reverse", args, kw)?;
    let n = list::len(vm, l);
    let p = vm.heap.payload_mut(l);
    if let Some(items) = p.get_mut(1..1 + n) {
        items.reverse();
    }
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "copy")?;
    no_args(vm, "list.copy", args, kw)?;
    let items = list::items(vm, l);
    list::from_slice(vm, &items)
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "clear")?;
    no_args(vm, "list.clear", args, kw)?;
    list::truncate(vm, l, 0);
    // Give the memory back (a failed shrink just keeps the old capacity).
    let _ = vm.heap.realloc(l, 1 + 4);
    Ok(Value::NONE)
}

fn list_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "__reversed__")?;
    no_args(vm, "list.__reversed__", args, kw)?;
    super::constructors::construct(vm, crate::objects::types::TypeId::Reversed, &[l], &[])
}

// ---- special methods shared by the containers (for `super().__getitem__(i)` and the like) ----

fn container(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&s) => Ok(vm.builtin_value(s)),
        None => Err(vm.type_error(error_msg!(
            "descriptor needs an argument",
            "descriptor '{name}' needs an argument"
        ))),
    }
}

pub(crate) fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = container(vm, args, "__len__")?;
    no_args(vm, "__len__", args, kw)?;
    let n = vm.len(c)?;
    super::int::from_i64(vm, n as i64)
}

pub(crate) fn dunder_contains(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let c = container(vm, args, "__contains__")?;
    let x = one_arg(vm, "__contains__", args, kw)?;
    vm.contains(c, x).map(Value::bool)
}

pub(crate) fn dunder_getitem(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let c = container(vm, args, "__getitem__")?;
    let x = one_arg(vm, "__getitem__", args, kw)?;
    vm.getitem(c, x)
}

pub(crate) fn dunder_setitem(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let c = container(vm, args, "__setitem__")?;
    no_kw(vm, "__setitem__", kw)?;
    let r = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "__setitem__", r, 2, 2)?;
    vm.setitem(c, r[0], r[1])?;
    Ok(Value::NONE)
}

pub(crate) fn dunder_delitem(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let c = container(vm, args, "__delitem__")?;
    let x = one_arg(vm, "__delitem__", args, kw)?;
    vm.delitem(c, x)?;
    Ok(Value::NONE)
}

pub(crate) fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = container(vm, args, "__iter__")?;
    no_args(vm, "__iter__", args, kw)?;
    vm.iter(c)
}

/// `list.__init__(self, iterable=())`: refills the list (subclass `__init__`s call it).
fn list_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = the_list(vm, args, "__init__")?;
    super::constructors::no_kwargs(vm, "list", kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    arg_count(vm, "list", rest, 0, 1)?;
    list::truncate(vm, l, 0);
    if let Some(&it) = rest.first() {
        vm.extend_list(l, it)?;
    }
    Ok(Value::NONE)
}

/// The methods of `list`.
pub static METHODS: &[NativeFn] = &[
    NativeFn::method("__init__", list_init),
    NativeFn::method("append", list_append),
    NativeFn::method("extend", list_extend),
    NativeFn::method("insert", list_insert),
    NativeFn::method("pop", list_pop),
    NativeFn::method("remove", list_remove),
    NativeFn::method("index", list_index),
    NativeFn::method("count", list_count),
    NativeFn::method("sort", list_sort),
    NativeFn::method("reverse", list_reverse),
    NativeFn::method("copy", list_copy),
    NativeFn::method("clear", list_clear),
    NativeFn::method("__reversed__", list_reversed),
    NativeFn::method("__len__", dunder_len),
    NativeFn::method("__contains__", dunder_contains),
    NativeFn::method("__getitem__", dunder_getitem),
    NativeFn::method("__setitem__", dunder_setitem),
    NativeFn::method("__delitem__", dunder_delitem),
    NativeFn::method("__iter__", dunder_iter),
];

// ---- tuple ----

fn the_tuple(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    self_of(vm, args, Kind::Tuple, "tuple", name)
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = the_tuple(vm, args, "index")?;
    match seq_index(vm, t, args, kw)? {
        Some(i) => Ok(i),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = the_tuple(vm, args, "count")?;
    let x = one_arg(vm, "tuple.count", args, kw)?;
    count_in(vm, t, x)
}

/// The methods of `tuple`.
pub static TUPLE_METHODS: &[NativeFn] = &[
    NativeFn::method("index", tuple_index),
    NativeFn::method("count", tuple_count),
    NativeFn::method("__len__", dunder_len),
    NativeFn::method("__contains__", dunder_contains),
    NativeFn::method("__getitem__", dunder_getitem),
    NativeFn::method("__iter__", dunder_iter),
];
