// SPDX-License-Identifier: MIT
//! `set` and `frozenset`: open addressing as CPython's setobject, so that iteration order (and so
//! printing) matches CPython for the same insertions.
//!
//! ```text
//! payload: [len fill 0 | (hash key) * table_size | finger]     table_size a power of two (>= 8)
//! key NULL: empty slot; key DUMMY_KEY: deleted slot
//! ```
//! Probing: up to `LINEAR_PROBES` neighbouring slots, then perturbation (CPython's scheme). The
//! table is resized when `fill * 5 >= mask * 3`.

use alloc::vec::Vec;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

const LEN: usize = 0;
const FILL: usize = 1;
const PREFIX: usize = 3;
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
/// Marks a deleted slot (a value no real object has: the constant index 31).
const DUMMY_KEY: Value = Value((31 << 3) | 0b110);

fn table_size(vm: &Vm, s: Value) -> usize {
    vm.heap.payload(s).len().saturating_sub(PREFIX) / 2
}

/// The payload size of a table of `size` slots: the prefix (whose word 2 must stay 0: the
/// collector reads it as a dict's index size), the slots, and a last word, not traced, where
/// `pop` resumes its scan (CPython's `finger`).
fn payload_for(size: usize) -> usize {
    PREFIX + 2 * size + 1
}

fn finger(vm: &Vm, s: Value) -> u32 {
    vm.heap.get(s, PREFIX + 2 * table_size(vm, s))
}

fn set_finger(vm: &mut Vm, s: Value, f: u32) {
    let i = PREFIX + 2 * table_size(vm, s);
    vm.heap.set(s, i, f);
}

/// A new empty set (`kind` Set or FrozenSet) with room for `n` items.
pub fn alloc(vm: &mut Vm, kind: Kind, n: usize) -> PyResult<Value> {
    let mut size = MIN_SIZE;
    while size * 3 < n * 5 + 3 {
        size *= 2;
    }
    vm.alloc(kind, payload_for(size))
}

/// Number of items.
pub fn len(vm: &Vm, s: Value) -> usize {
    vm.heap.get(s, LEN) as usize
}

fn slot_key(vm: &Vm, s: Value, i: usize) -> Value {
    vm.heap.get_value(s, PREFIX + 2 * i + 1)
}

/// Finds `key` (full hash `h`): Ok((slot, found)); slot is where it is, or where to insert
/// (CPython's `set_add_entry` probing: the last deleted slot seen is reused). A user `__eq__`
/// that changes the table restarts the search, as in CPython.
fn lookup(vm: &mut Vm, s: Value, key: Value, h: u64) -> PyResult<(usize, bool)> {
    'restart: loop {
        let size = table_size(vm, s);
        let mask = size.wrapping_sub(1);
        if size == 0 {
            return Ok((0, false));
        }
        let mut perturb = h;
        let mut i = h as usize & mask;
        let mut free: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let slot = i + j;
                let k = slot_key(vm, s, slot);
                if k.is_null() {
                    return Ok((free.unwrap_or(slot), false));
                }
                if k == DUMMY_KEY {
                    free = Some(slot);
                    continue;
                }
                if k == key {
                    return Ok((slot, true));
                }
                if vm.heap.get(s, PREFIX + 2 * slot) == h as u32
                    && !(k.is_small_int() && key.is_small_int())
                {
                    let d = vm.heap.push_root(k);
                    let eq = vm.eq(k, key);
                    vm.heap.pop_roots(d);
                    if eq? {
                        return Ok((slot, true));
                    }
                    if table_size(vm, s) != size || slot_key(vm, s, slot) != k {
                        continue 'restart;
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

/// The first empty slot for hash `h` in a table without dummies (resizing).
fn insert_clean(vm: &mut Vm, s: Value, h: u64, key: Value) {
    let mask = table_size(vm, s) - 1;
    let mut perturb = h;
    let mut i = h as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            if slot_key(vm, s, i + j).is_null() {
                vm.heap.set(s, PREFIX + 2 * (i + j), h as u32);
                vm.heap.set_value(s, PREFIX + 2 * (i + j) + 1, key);
                return;
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// `s.add(key)`.
pub fn add(vm: &mut Vm, s: Value, key: Value) -> PyResult<()> {
    let h = vm.hash(key)? as u64;
    let (slot, found) = lookup(vm, s, key, h)?;
    if found {
        return Ok(());
    }
    let was_empty = slot_key(vm, s, slot).is_null();
    vm.heap.set(s, PREFIX + 2 * slot, h as u32);
    vm.heap.set_value(s, PREFIX + 2 * slot + 1, key);
    vm.heap.set(s, LEN, len(vm, s) as u32 + 1);
    if was_empty {
        let fill = vm.heap.get(s, FILL) as usize + 1;
        vm.heap.set(s, FILL, fill as u32);
        let mask = table_size(vm, s) - 1;
        if fill * 5 >= mask * 3 {
            let used = len(vm, s);
            resize(vm, s, if used > 50_000 { used * 2 } else { used * 4 })?;
        }
    }
    Ok(())
}

fn resize(vm: &mut Vm, s: Value, min_used: usize) -> PyResult<()> {
    let mut size = MIN_SIZE;
    while size <= min_used {
        size *= 2;
    }
    let old = items(vm, s);
    // The keys stay reachable through `s` until it is rewritten below (a growing realloc copies
    // them, a shrinking one allocates nothing). Only keys whose `__hash__` may run Python code
    // (which could remove them from `s`) need a rooting list.
    let depth = vm.heap.push_root(s);
    let user = old.iter().any(|k| {
        k.is_heap()
            && !matches!(
                vm.heap.kind(*k),
                Kind::Str | Kind::BigInt | Kind::Float | Kind::Bytes
            )
    });
    if user {
        let l = super::list::from_slice(vm, &old)?;
        vm.heap.push_root(l);
    }
    // The full hashes decide the probe sequence, so they are recomputed (only the low 32 bits
    // are stored); the keys were hashable when added.
    let mut hashes = Vec::with_capacity(old.len());
    for k in &old {
        match vm.hash(*k) {
            Ok(h) => hashes.push(h as u64),
            Err(e) => {
                vm.heap.pop_roots(depth);
                return Err(e);
            }
        }
    }
    let finger = finger(vm, s);
    let r = vm.heap.realloc(s, payload_for(size));
    vm.heap.pop_roots(depth);
    if r.is_err() {
        return Err(vm.memory_error());
    }
    for w in vm.heap.payload_mut(s).iter_mut() {
        *w = 0;
    }
    set_finger(vm, s, finger);
    for (h, k) in hashes.iter().zip(&old) {
        insert_clean(vm, s, *h, *k);
    }
    vm.heap.set(s, LEN, old.len() as u32);
    vm.heap.set(s, FILL, old.len() as u32);
    Ok(())
}

/// `key in s`.
pub fn contains(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    if vm.heap.kind(key) == Kind::Set {
        // `{1} in s` looks for `frozenset({1})`, as CPython does.
        let f = frozen_key(vm, key)?;
        let d = vm.heap.push_root(f);
        let r = contains(vm, s, f);
        vm.heap.pop_roots(d);
        return r;
    }
    // `[1] in {1}`: an unhashable probe is a TypeError in Python too.
    let h = vm.hash(key)? as u64;
    Ok(lookup(vm, s, key, h)?.1)
}

/// A frozenset copy of set `key`, to probe for it.
fn frozen_key(vm: &mut Vm, key: Value) -> PyResult<Value> {
    copy_of(vm, Kind::FrozenSet, key)
}

/// Removes `key`; false if absent.
pub fn discard(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    if vm.heap.kind(key) == Kind::Set {
        let f = frozen_key(vm, key)?;
        let d = vm.heap.push_root(f);
        let r = discard(vm, s, f);
        vm.heap.pop_roots(d);
        return r;
    }
    let h = vm.hash(key)? as u64;
    let (slot, found) = lookup(vm, s, key, h)?;
    if !found {
        return Ok(false);
    }
    vm.heap.set_value(s, PREFIX + 2 * slot + 1, DUMMY_KEY);
    vm.heap.set(s, LEN, len(vm, s) as u32 - 1);
    Ok(true)
}

/// `key in s` without the set-to-frozenset retry (CPython's `set_contains_key`, used by the
/// set algebra).
fn has(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    let h = vm.hash(key)? as u64;
    Ok(lookup(vm, s, key, h)?.1)
}

/// Removes `key` without the set-to-frozenset retry (`set_discard_key`); false if absent.
fn discard_strict(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    let h = vm.hash(key)? as u64;
    let (slot, found) = lookup(vm, s, key, h)?;
    if !found {
        return Ok(false);
    }
    vm.heap.set_value(s, PREFIX + 2 * slot + 1, DUMMY_KEY);
    vm.heap.set(s, LEN, len(vm, s) as u32 - 1);
    Ok(true)
}

/// The next live slot at or after `pos`: (next pos, key).
pub fn next_entry(vm: &Vm, s: Value, mut pos: usize) -> Option<(usize, Value)> {
    let size = table_size(vm, s);
    while pos < size {
        let k = slot_key(vm, s, pos);
        if !k.is_null() && k != DUMMY_KEY {
            return Some((pos + 1, k));
        }
        pos += 1;
    }
    None
}

/// The items, in table order.
pub fn items(vm: &Vm, s: Value) -> Vec<Value> {
    let mut out = Vec::with_capacity(len(vm, s));
    let mut pos = 0;
    while let Some((next, k)) = next_entry(vm, s, pos) {
        out.push(k);
        pos = next;
    }
    out
}

/// A new set of `kind` holding `keys` (added one by one, as CPython's `set(list)`).
pub fn from_items(vm: &mut Vm, kind: Kind, keys: &[Value]) -> PyResult<Value> {
    let s = alloc(vm, kind, 0)?;
    let d = vm.heap.push_root(s);
    let mut r = Ok(s);
    for k in keys {
        if let Err(e) = add(vm, s, *k) {
            r = Err(e);
            break;
        }
    }
    vm.heap.pop_roots(d);
    r
}

/// A set display `{a, b, c}`, built as CPython builds it so that it iterates in CPython's order:
/// three or more constants become a folded `frozenset` constant (itself rebuilt once by the
/// compiler's constant merging) that is merged into a new set; anything else is added in order.
pub fn build_literal(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    if items.len() < 3 || !items.iter().all(|v| is_constant(vm, *v, 0)) {
        return from_items(vm, Kind::Set, items);
    }
    let f1 = from_items(vm, Kind::FrozenSet, items)?;
    let d = vm.heap.push_root(f1);
    let order = self::items(vm, f1);
    let r = from_items(vm, Kind::FrozenSet, &order).and_then(|f2| {
        vm.heap.push_root(f2);
        copy_of(vm, Kind::Set, f2)
    });
    vm.heap.pop_roots(d);
    r
}

/// Could `v` have been a compile-time constant (int, float, str, bytes, None, bool, or a tuple
/// of those)?
fn is_constant(vm: &Vm, v: Value, depth: usize) -> bool {
    if v.is_small_int() || v.is_qstr() || v.is_const() {
        return true;
    }
    match vm.heap.kind(v) {
        Kind::BigInt | Kind::Float | Kind::Str | Kind::Bytes => true,
        Kind::Tuple if depth < 4 => super::tuple::items(vm, v)
            .iter()
            .all(|x| is_constant(vm, *x, depth + 1)),
        _ => false,
    }
}

fn is_set(vm: &Vm, v: Value) -> bool {
    matches!(vm.heap.kind(v), Kind::Set | Kind::FrozenSet)
}

/// The keys of set `s` in table order, kept alive by a fresh list pushed on the root stack
/// (release with `pop_roots(depth)`): user `__eq__`/`__hash__` may mutate `s` meanwhile.
pub fn rooted_keys(vm: &mut Vm, s: Value) -> PyResult<(Vec<Value>, usize)> {
    let keys = items(vm, s);
    if keys.iter().all(|k| !k.is_heap()) {
        // Small ints and interned strings need no rooting.
        return Ok((keys, vm.heap.roots_depth()));
    }
    let l = super::list::from_slice(vm, &keys)?;
    let depth = vm.heap.push_root(l);
    Ok((keys, depth))
}

/// The keys of any iterable: a set's in table order, else iteration order; rooted as
/// [`rooted_keys`].
fn rooted_iter_keys(vm: &mut Vm, other: Value) -> PyResult<(Vec<Value>, usize)> {
    if is_set(vm, other) {
        rooted_keys(vm, other)
    } else {
        any_items(vm, other)
    }
}

/// The items of any iterable, rooted as [`rooted_keys`]. A list or tuple of values whose
/// hashing and comparison run no Python code is read in place (it keeps them alive), which
/// saves a copy on the heap.
fn any_items(vm: &mut Vm, it: Value) -> PyResult<(Vec<Value>, usize)> {
    if matches!(vm.heap.kind(it), Kind::List | Kind::Tuple) {
        let items = super::list::items(vm, it);
        let pure = items.iter().all(|k| {
            !k.is_heap()
                || matches!(
                    vm.heap.kind(*k),
                    Kind::Str | Kind::BigInt | Kind::Float | Kind::Bytes
                )
        });
        if pure {
            return Ok((items, vm.heap.roots_depth()));
        }
    }
    vm.rooted_items(it)
}

/// Runs `f` over `keys`, then pops the roots at `depth`.
fn each(
    vm: &mut Vm,
    keys: Vec<Value>,
    depth: usize,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<bool> {
    let mut r = Ok(true);
    for k in keys {
        match f(vm, k) {
            Ok(true) => {}
            other => {
                r = other;
                break;
            }
        }
    }
    vm.heap.pop_roots(depth);
    r
}

fn mask(vm: &Vm, s: Value) -> usize {
    table_size(vm, s) - 1
}

fn fill(vm: &Vm, s: Value) -> usize {
    vm.heap.get(s, FILL) as usize
}

/// `set_merge`: adds the keys of set `other` to `s` (CPython's presizing and fast paths).
fn merge(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        return Ok(());
    }
    let n = len(vm, other);
    if n == 0 {
        return Ok(());
    }
    if (fill(vm, s) + n) * 5 >= mask(vm, s) * 3 {
        let used = len(vm, s);
        resize(vm, s, (used + n) * 2)?;
    }
    if fill(vm, s) == 0 && table_size(vm, s) == table_size(vm, other) && fill(vm, other) == n {
        // Same geometry, no dummies: copy the table.
        let size = table_size(vm, other);
        let words = vm
            .heap
            .payload(other)
            .get(PREFIX..PREFIX + 2 * size)
            .unwrap_or(&[])
            .to_vec();
        let p = vm.heap.payload_mut(s);
        for (dst, w) in p.iter_mut().skip(PREFIX).zip(words) {
            *dst = w;
        }
        vm.heap.set(s, LEN, n as u32);
        vm.heap.set(s, FILL, n as u32);
        return Ok(());
    }
    let (keys, depth) = rooted_keys(vm, other)?;
    if fill(vm, s) == 0 {
        let mut hashes = Vec::with_capacity(keys.len());
        for k in &keys {
            match vm.hash(*k) {
                Ok(h) => hashes.push(h as u64),
                Err(e) => {
                    vm.heap.pop_roots(depth);
                    return Err(e);
                }
            }
        }
        // Re-check: hashing may have run Python code.
        if fill(vm, s) == 0 && (keys.len() * 5) < mask(vm, s) * 3 {
            for (h, k) in hashes.iter().zip(&keys) {
                insert_clean(vm, s, *h, *k);
            }
            vm.heap.set(s, LEN, keys.len() as u32);
            vm.heap.set(s, FILL, keys.len() as u32);
            vm.heap.pop_roots(depth);
            return Ok(());
        }
    }
    each(vm, keys, depth, |vm, k| add(vm, s, k).map(|_| true)).map(|_| ())
}

/// `set_update_internal`: adds every item of an iterable to `s`.
pub fn update(vm: &mut Vm, s: Value, it: Value) -> PyResult<()> {
    if is_set(vm, it) {
        return merge(vm, s, it);
    }
    if vm.heap.kind(it) == Kind::Dict {
        let n = super::dict::len(vm, it);
        if (fill(vm, s) + n) * 5 >= mask(vm, s) * 3 {
            let used = len(vm, s);
            resize(vm, s, (used + n) * 2)?;
        }
    }
    let (keys, depth) = any_items(vm, it)?;
    each(vm, keys, depth, |vm, k| add(vm, s, k).map(|_| true)).map(|_| ())
}

/// A new set of `a`'s kind with the items of `a` (`set_copy`).
pub fn copy_of(vm: &mut Vm, kind: Kind, a: Value) -> PyResult<Value> {
    let r = alloc(vm, kind, 0)?;
    let d = vm.heap.push_root(r);
    let res = merge(vm, r, a);
    vm.heap.pop_roots(d);
    res.map(|_| r)
}

/// Is `key` in any iterable set-like `other` (a set, or a dict's keys)?
fn contains_in(vm: &mut Vm, other: Value, key: Value) -> PyResult<bool> {
    match vm.heap.kind(other) {
        Kind::Dict => Ok(super::dict::get(vm, other, key)?.is_some()),
        _ => has(vm, other, key),
    }
}

/// `a.intersection(b)` for one iterable `b` (a new set of `a`'s kind).
pub fn intersection(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let kind = vm.heap.kind(a);
    if a == b {
        return copy_of(vm, kind, a);
    }
    let r = alloc(vm, kind, 0)?;
    let d = vm.heap.push_root(r);
    if !is_set(vm, b) && !matches!(vm.heap.kind(b), Kind::List | Kind::Tuple) {
        // Any other iterable is read lazily, and only until every item of `a` has been seen
        // (as CPython does): `{0, 3}.intersection(range(2**40))` needs six steps.
        let res = intersect_iterable(vm, a, b, r);
        vm.heap.pop_roots(d);
        return res.map(|_| r);
    }
    let res = (|| {
        let (big, small) = if is_set(vm, b) && len(vm, b) > len(vm, a) {
            (b, a)
        } else {
            (a, b)
        };
        let (keys, depth) = rooted_iter_keys(vm, small)?;
        each(vm, keys, depth, |vm, k| {
            if has(vm, big, k)? {
                add(vm, r, k)?;
            }
            Ok(true)
        })
    })();
    vm.heap.pop_roots(d);
    res.map(|_| r)
}

/// Adds to `r` the items of the iterable `b` that are in `a`, stopping once `r` holds all of
/// `a` (`r` is rooted by the caller).
fn intersect_iterable(vm: &mut Vm, a: Value, b: Value, r: Value) -> PyResult<()> {
    let it = vm.iter(b)?;
    let d = vm.heap.push_root(it);
    let res = (|| {
        let want = len(vm, a);
        while len(vm, r) < want {
            let Some(k) = vm.next(it)? else {
                break;
            };
            let dk = vm.heap.push_root(k);
            let found = has(vm, a, k);
            let added = match found {
                Ok(true) => add(vm, r, k),
                Ok(false) => Ok(()),
                Err(e) => Err(e),
            };
            vm.heap.pop_roots(dk);
            added?;
        }
        Ok(())
    })();
    vm.heap.pop_roots(d);
    res
}

/// `set_difference_update_internal`: removes the items of an iterable from `s`.
pub fn difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        return clear(vm, s);
    }
    let (keys, depth) = rooted_iter_keys(vm, other)?;
    each(vm, keys, depth, |vm, k| {
        discard_strict(vm, s, k).map(|_| true)
    })?;
    if fill(vm, s) - len(vm, s) <= mask(vm, s) / 4 {
        return Ok(());
    }
    let used = len(vm, s);
    resize(vm, s, if used > 50_000 { used * 2 } else { used * 4 })
}

/// `a.difference(b)` for one iterable `b` (a new set of `a`'s kind).
pub fn difference(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let kind = vm.heap.kind(a);
    let other_size = match vm.heap.kind(b) {
        Kind::Set | Kind::FrozenSet => Some(len(vm, b)),
        Kind::Dict => Some(super::dict::len(vm, b)),
        _ => None,
    };
    let small = match other_size {
        Some(n) => (len(vm, a) >> 2) <= n,
        None => false,
    };
    if !small {
        let r = copy_of(vm, kind, a)?;
        let d = vm.heap.push_root(r);
        let res = difference_update(vm, r, b);
        vm.heap.pop_roots(d);
        return res.map(|_| r);
    }
    let r = alloc(vm, kind, 0)?;
    let d = vm.heap.push_root(r);
    let res = (|| {
        let (keys, depth) = rooted_keys(vm, a)?;
        each(vm, keys, depth, |vm, k| {
            if !contains_in(vm, b, k)? {
                add(vm, r, k)?;
            }
            Ok(true)
        })
    })();
    vm.heap.pop_roots(d);
    res.map(|_| r)
}

/// `s.symmetric_difference_update(other)`.
pub fn symmetric_difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        return clear(vm, s);
    }
    let (keys, depth) = if vm.heap.kind(other) == Kind::Dict || is_set(vm, other) {
        rooted_iter_keys(vm, other)?
    } else {
        let kind = vm.heap.kind(s);
        let o = alloc(vm, kind, 0)?;
        let depth = vm.heap.push_root(o);
        update(vm, o, other).inspect_err(|_| vm.heap.pop_roots(depth))?;
        (items(vm, o), depth)
    };
    each(vm, keys, depth, |vm, k| {
        if !discard_strict(vm, s, k)? {
            add(vm, s, k)?;
        }
        Ok(true)
    })
    .map(|_| ())
}

/// `a.symmetric_difference(b)`: a new set of `a`'s kind.
pub fn symmetric_difference(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let kind = vm.heap.kind(a);
    let r = alloc(vm, kind, 0)?;
    let d = vm.heap.push_root(r);
    let res = update(vm, r, b).and_then(|_| symmetric_difference_update(vm, r, a));
    vm.heap.pop_roots(d);
    res.map(|_| r)
}

/// Is every item of set `a` in `b` (any iterable)?
pub fn is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if !is_set(vm, b) {
        let t = alloc(vm, Kind::Set, 0)?;
        let d = vm.heap.push_root(t);
        let r = update(vm, t, b).and_then(|_| is_subset(vm, a, t));
        vm.heap.pop_roots(d);
        return r;
    }
    if len(vm, a) > len(vm, b) {
        return Ok(false);
    }
    let (keys, depth) = rooted_keys(vm, a)?;
    each(vm, keys, depth, |vm, k| has(vm, b, k))
}

/// Is every item of `b` (any iterable) in set `a`?
pub fn is_superset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if is_set(vm, b) {
        return is_subset(vm, b, a);
    }
    let (keys, depth) = any_items(vm, b)?;
    each(vm, keys, depth, |vm, k| has(vm, a, k))
}

/// Do `a` (a set) and `b` (any iterable) have no item in common?
pub fn is_disjoint(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(len(vm, a) == 0);
    }
    let (big, small) = if is_set(vm, b) && len(vm, b) > len(vm, a) {
        (b, a)
    } else {
        (a, b)
    };
    let (keys, depth) = rooted_iter_keys(vm, small)?;
    each(vm, keys, depth, |vm, k| Ok(!has(vm, big, k)?))
}

/// `s.pop()`: an arbitrary item (CPython's: the next one after a moving finger); None if empty.
pub fn pop(vm: &mut Vm, s: Value) -> Option<Value> {
    if len(vm, s) == 0 {
        return None;
    }
    let size = table_size(vm, s);
    let mut i = finger(vm, s) as usize & (size - 1);
    for _ in 0..size {
        let k = slot_key(vm, s, i);
        if !k.is_null() && k != DUMMY_KEY {
            vm.heap.set_value(s, PREFIX + 2 * i + 1, DUMMY_KEY);
            vm.heap.set(s, LEN, len(vm, s) as u32 - 1);
            set_finger(vm, s, (i + 1) as u32);
            return Some(k);
        }
        i = (i + 1) & (size - 1);
    }
    None
}

/// Makes `a` hold exactly the items (and table) of `b` (`set_swap_bodies`, one way).
fn take_body(vm: &mut Vm, a: Value, b: Value) -> PyResult<()> {
    let words = vm.heap.payload(b).to_vec();
    let finger = finger(vm, a);
    if vm.heap.realloc(a, words.len()).is_err() {
        return Err(vm.memory_error());
    }
    let p = vm.heap.payload_mut(a);
    for (dst, w) in p.iter_mut().zip(words) {
        *dst = w;
    }
    set_finger(vm, a, finger);
    Ok(())
}

/// `a op b` for sets: a new set of `a`'s kind.
pub fn binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
    let (a, b) = (vm.builtin_value(a), vm.builtin_value(b));
    match op {
        BinaryOp::Or => {
            let kind = vm.heap.kind(a);
            let r = copy_of(vm, kind, a)?;
            let d = vm.heap.push_root(r);
            let res = update(vm, r, b);
            vm.heap.pop_roots(d);
            res.map(|_| r)
        }
        BinaryOp::And => intersection(vm, a, b),
        BinaryOp::Sub => difference(vm, a, b),
        _ => symmetric_difference(vm, a, b),
    }
}

/// `a op= b` for sets.
pub fn inplace(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<()> {
    let (a, b) = (vm.builtin_value(a), vm.builtin_value(b));
    match op {
        BinaryOp::Or => update(vm, a, b),
        BinaryOp::And => {
            let r = intersection(vm, a, b)?;
            let d = vm.heap.push_root(r);
            let res = take_body(vm, a, r);
            vm.heap.pop_roots(d);
            res
        }
        BinaryOp::Sub => difference_update(vm, a, b),
        _ => symmetric_difference_update(vm, a, b),
    }
}

/// Replaces the contents of `a` with those of set `b` (`intersection_update`).
pub fn replace_with(vm: &mut Vm, a: Value, b: Value) -> PyResult<()> {
    take_body(vm, a, b)
}

/// Removes every item.
pub fn clear(vm: &mut Vm, s: Value) -> PyResult<()> {
    let finger = finger(vm, s);
    if vm.heap.realloc(s, payload_for(MIN_SIZE)).is_err() {
        return Err(vm.memory_error());
    }
    for w in vm.heap.payload_mut(s).iter_mut() {
        *w = 0;
    }
    set_finger(vm, s, finger);
    Ok(())
}

/// `hash(frozenset)`: CPython's algorithm (order independent).
pub fn hash(vm: &mut Vm, s: Value) -> PyResult<i64> {
    let mut h: u64 = 0;
    for k in items(vm, s) {
        let kh = vm.hash(k)? as u64;
        h ^= ((kh ^ 89869747) ^ (kh << 16)).wrapping_mul(3644798167);
    }
    h ^= (len(vm, s) as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    Ok(if r == -1 { 590923713 } else { r })
}

/// Methods of `set` (in `set_methods.rs`).
pub static SET_METHODS: &[NativeFn] = super::set_methods::SET_METHODS;
/// Methods of `frozenset`.
pub static FROZENSET_METHODS: &[NativeFn] = super::set_methods::FROZENSET_METHODS;
/// Methods of `dict_keys`/`dict_items` views (set operations).
pub static VIEW_METHODS: &[NativeFn] = super::set_methods::VIEW_METHODS;
