// SPDX-License-Identifier: MIT
//! `__length_hint__` of the builtin iterators over sized containers (what
//! `operator.length_hint` and CPython's list building consult): the number of items left.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::iter::{kinds::*, parts};
use super::native::NativeFn;
#[cfg(feature = "set")]
use super::set;
use super::{dict, int};

/// Items an iterator of one of the sized kinds has left, if it is one.
fn remaining(vm: &Vm, it: Value) -> Option<i64> {
    let (kind, index, a, b, c) = parts(vm, it);
    Some(match kind {
        SEQ => (vm.heap.get(a, 0) as i64 - index as i64).max(0),
        STR => vm
            .str_text(a)
            .and_then(|t| t.get(index..))
            .map_or(0, |t| t.chars().count() as i64),
        RANGE => (int::as_i64(vm, c).unwrap_or(i64::MAX) - index as i64).max(0),
        REVERSED => index as i64,
        DICT_KEYS | DICT_VALUES | DICT_ITEMS => {
            if dict::len(vm, a) as i32 != b.as_small_int() {
                return Some(0);
            }
            let mut n = 0;
            let mut pos = index;
            while let Some((next, _, _)) = dict::next_entry(vm, a, pos) {
                n += 1;
                pos = next;
            }
            n
        }
        #[cfg(feature = "set")]
        SET => {
            if set::len(vm, a) as i32 != b.as_small_int() {
                return Some(0);
            }
            let mut n = 0;
            let mut pos = index;
            while let Some((next, _)) = set::next_entry(vm, a, pos) {
                n += 1;
                pos = next;
            }
            n
        }
        _ => return None,
    })
}

fn length_hint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let it = args.first().copied().unwrap_or(Value::NONE);
    if vm.heap.kind(it) != Kind::Iter || args.len() != 1 {
        return Err(vm.type_error("__length_hint__() takes no arguments"));
    }
    match remaining(vm, it) {
        Some(n) => int::from_i64(vm, n),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// The methods of the iterators over sized containers.
pub static METHODS: &[NativeFn] = &[NativeFn::method("__length_hint__", length_hint)];
