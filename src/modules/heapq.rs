// SPDX-License-Identifier: MIT
//! The `heapq` module: a binary min-heap over a plain list, compared with `<`. The sift
//! functions follow CPython's C implementation step for step (same swaps, same comparisons), so
//! a heap's list reads the same as under CPython. `nlargest`/`nsmallest` are small Python
//! functions over `sorted` (their documented equivalent), made at import.

use alloc::format;

use crate::bytecode::CompareOp;
use crate::compile::Mode;
use crate::gc::{Kind, Value};
use crate::objects::constructors::{arg_count, no_kwargs};
use crate::objects::list;
use crate::objects::native::NativeFn;
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

/// The heap argument, which must be a list.
fn heap_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let l = vm.builtin_value(args[0]);
    if vm.heap.kind(l) != Kind::List {
        let tn = vm.arg_type_name(args[0]);
        let which = if args.len() == 1 { "" } else { " 1" };
        return Err(vm.type_error(format!("{name}() argument{which} must be list, not {tn}")));
    }
    Ok(l)
}

/// `a < b`, both kept rooted while user comparison code runs.
fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let d = vm.heap.push_root(a);
    vm.heap.push_root(b);
    let r = vm.compare(a, b, CompareOp::Lt).and_then(|r| vm.truthy(r));
    vm.heap.pop_roots(d);
    r
}

fn changed(vm: &mut Vm) -> crate::vm::PyErr {
    vm.raise_new(TypeId::RuntimeError, "list changed size during iteration")
}

fn swap(vm: &mut Vm, l: Value, i: usize, j: usize) {
    let (a, b) = (list::get(vm, l, i), list::get(vm, l, j));
    list::set(vm, l, i, b);
    list::set(vm, l, j, a);
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, l: Value, start: usize, mut pos: usize) -> PyResult<()> {
    let size = list::len(vm, l);
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, p) = (list::get(vm, l, pos), list::get(vm, l, parent));
        let lt = less(vm, item, p)?;
        if size != list::len(vm, l) {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        swap(vm, l, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up until `pos` reaches a leaf, then sifts the item back down.
fn sift_up(vm: &mut Vm, l: Value, mut pos: usize) -> PyResult<()> {
    let end = list::len(vm, l);
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (list::get(vm, l, child), list::get(vm, l, child + 1));
            let lt = less(vm, a, b)?;
            if !lt {
                child += 1;
            }
            if end != list::len(vm, l) {
                return Err(changed(vm));
            }
        }
        swap(vm, l, child, pos);
        pos = child;
    }
    sift_down(vm, l, start, pos)
}

fn heappush(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "heappush", kw)?;
    arg_count(vm, "heappush", args, 2, 2)?;
    let l = heap_arg(vm, "heappush", args)?;
    list::append(vm, l, args[1])?;
    let n = list::len(vm, l);
    sift_down(vm, l, 0, n - 1)?;
    Ok(Value::NONE)
}

/// Replaces the top with `item` and restores the heap; returns the old top (rooted meanwhile).
fn replace_top(vm: &mut Vm, l: Value, item: Value) -> PyResult<Value> {
    let top = list::get(vm, l, 0);
    list::set(vm, l, 0, item);
    let d = vm.heap.push_root(top);
    let r = sift_up(vm, l, 0);
    vm.heap.pop_roots(d);
    r.map(|_| top)
}

fn heappop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "heappop", kw)?;
    arg_count(vm, "heappop", args, 1, 1)?;
    let l = heap_arg(vm, "heappop", args)?;
    let n = list::len(vm, l);
    if n == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let last = list::remove_at(vm, l, n - 1);
    if n == 1 {
        return Ok(last);
    }
    replace_top(vm, l, last)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "heapreplace", kw)?;
    arg_count(vm, "heapreplace", args, 2, 2)?;
    let l = heap_arg(vm, "heapreplace", args)?;
    if list::len(vm, l) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    replace_top(vm, l, args[1])
}

fn heappushpop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "heappushpop", kw)?;
    arg_count(vm, "heappushpop", args, 2, 2)?;
    let l = heap_arg(vm, "heappushpop", args)?;
    let item = args[1];
    if list::len(vm, l) == 0 {
        return Ok(item);
    }
    let top = list::get(vm, l, 0);
    if !less(vm, top, item)? {
        return Ok(item);
    }
    if list::len(vm, l) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    replace_top(vm, l, item)
}

fn heapify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "heapify", kw)?;
    arg_count(vm, "heapify", args, 1, 1)?;
    let l = heap_arg(vm, "heapify", args)?;
    let n = list::len(vm, l);
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i)?;
    }
    Ok(Value::NONE)
}

/// The functions of `heapq`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("heappush", heappush),
    NativeFn::function("heappop", heappop),
    NativeFn::function("heapify", heapify),
    NativeFn::function("heapreplace", heapreplace),
    NativeFn::function("heappushpop", heappushpop),
];

const PYTHON_PART: &str = "\
def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]
def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
class _MergeEntry:
    __slots__ = ('k', 'o', 'v', 'it', 'rev')
    def __lt__(self, other):
        a, b = (other.k, self.k) if self.rev else (self.k, other.k)
        if a < b:
            return True
        if b < a:
            return False
        return self.o < other.o
def merge(*iterables, key=None, reverse=False):
    h = []
    for o, it in enumerate(map(iter, iterables)):
        for v in it:
            e = _MergeEntry()
            e.k, e.o, e.v, e.it, e.rev = (v if key is None else key(v)), o, v, it, reverse
            h.append(e)
            break
    heapify(h)
    while h:
        e = h[0]
        yield e.v
        for v in e.it:
            e.v, e.k = v, (v if key is None else key(v))
            heapreplace(h, e)
            break
        else:
            heappop(h)
";

/// Defines `nlargest`, `nsmallest` and `merge` (lazy, stable, as CPython's).
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(PYTHON_PART, "<heapq>", d, Mode::Exec)?;
    Ok(())
}
