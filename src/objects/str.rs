// SPDX-License-Identifier: MIT
//! `str`: immutable UTF-8 text, `[byte_len char_len hash | bytes]`, or an interned qstr.
//!
//! Indexing by character is O(1) for ASCII strings (`char_len == byte_len`) and O(n) otherwise,
//! as in MicroPython: storing UTF-8 keeps most strings at one byte per character.

use alloc::string::String;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

/// A new str holding `s`.
pub fn new(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let chars = s.chars().count();
    match vm.heap.alloc_str(s, chars) {
        Ok(v) => Ok(v),
        Err(_) => Err(vm.memory_error()),
    }
}

/// A new str from a Rust `String` (convenience for formatted results).
pub fn from_string(vm: &mut Vm, s: String) -> PyResult<Value> {
    new(vm, &s)
}

/// The hash of str text: FNV-1a, never 0 except for `''` (as in CPython; 0 marks "not computed"
/// in the str header, so the empty str is simply rehashed). Qstrs and heap strs of equal text
/// hash equal.
pub fn hash_text(s: &str) -> u32 {
    if s.is_empty() {
        return 0;
    }
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    // Keep it a non-negative i32 so hash() agrees between the stored and the Python value.
    let h = h & 0x7fff_ffff;
    if h == 0 {
        1
    } else {
        h
    }
}

/// The hash of a str or qstr Value, cached in the object.
pub fn hash(vm: &mut Vm, v: Value) -> u32 {
    if v.is_qstr() {
        if let Some(&h) = vm.qstr_hashes.get(v.qstr_index() as usize) {
            return h;
        }
    }
    let obj = if v.is_qstr() {
        crate::intern::str_object(vm, v)
    } else {
        v
    };
    let cached = vm.heap.str_hash(obj);
    if cached != 0 {
        return cached;
    }
    let h = hash_text(vm.heap.str_data(obj));
    vm.heap.set_str_hash(obj, h);
    h
}

/// Number of characters of a str or qstr.
pub fn char_len(vm: &Vm, v: Value) -> usize {
    let obj = if v.is_qstr() {
        crate::intern::str_object(vm, v)
    } else {
        v
    };
    vm.heap.get(obj, 1) as usize
}

/// The methods of `str` (in `str_methods.rs`).
pub static METHODS: &[NativeFn] = super::str_methods::METHODS;
