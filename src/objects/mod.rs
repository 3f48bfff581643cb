// SPDX-License-Identifier: MIT
//! Built-in types: one file per type, plus the numeric algorithms they use.
//!
//! Each type's file holds its layout (drawn in its `//!`), constructors and accessors; the
//! `*_methods.rs` files hold method tables. `types.rs` is the static table of builtin types and
//! `native.rs` the registry of native functions.
#![forbid(unsafe_code)]

#[cfg(any(feature = "async", test))]
pub mod async_gen;
#[cfg(feature = "bigint")]
pub mod bigint;
/// Without `bigint`, ints are 64-bit: the same interface over a fixed-width value.
#[cfg(not(feature = "bigint"))]
#[path = "bigint_fixed.rs"]
pub mod bigint;
#[cfg(feature = "bigint")]
pub mod bigint_fmt;
#[cfg(feature = "bigint")]
pub mod bigint_ops;
/// Without `bigint`: the names other modules take from the general implementation's files.
#[cfg(not(feature = "bigint"))]
pub mod bigint_fmt {
    pub(crate) use super::int_common::is_py_space;
}
/// Without `bigint`: the names other modules take from the general implementation's files.
#[cfg(not(feature = "bigint"))]
pub mod bigint_ops {
    pub use super::int_common::{DivError, ToBytesError, HASH_BITS, HASH_MODULUS};
}
pub mod bytes;
pub mod class;
pub mod class_attr;
pub mod class_build;
pub mod class_check;
pub mod compare;
#[cfg(feature = "complex")]
pub mod complex;
#[cfg(feature = "complex")]
pub mod complex_format;
pub mod constructors;
pub mod descriptors;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod exception_init;
pub mod exception_methods;
// Without the feature, `float` is a stand-in in which no value is a float (float_absent.rs).
#[cfg_attr(not(feature = "float"), path = "float_absent.rs")]
pub mod float;
#[cfg(feature = "exact-math")]
pub mod float_dd;
#[cfg(feature = "float")]
pub mod float_fmt;
#[cfg(feature = "float")]
pub mod float_gamma;
#[cfg(feature = "float")]
pub mod float_math;
#[cfg(feature = "float")]
pub mod float_methods;
pub mod function;
pub mod generator;
pub mod int;
pub mod int_common;
pub mod int_methods;
#[cfg(any(feature = "introspection", test))]
pub mod introspect;
pub mod iter;
#[cfg(feature = "length-hint")]
pub mod iter_hint;
pub mod list;
pub mod list_methods;
// Without the feature, no value is a memoryview (memoryview_absent.rs).
#[cfg_attr(not(feature = "memoryview"), path = "memoryview_absent.rs")]
pub mod memoryview;
pub mod module;
pub mod native;
pub mod object;
pub mod oserror;
pub mod range;
#[cfg(feature = "set")]
pub mod set;
#[cfg(feature = "set")]
pub mod set_methods;
pub mod slots;
pub mod str;
pub mod str_bytes;
pub mod str_bytes_args;
pub mod str_bytes_class;
pub mod str_format;
pub mod str_methods;
// Without the feature, `%` on str and bytes raises TypeError (str_percent_absent.rs).
#[cfg_attr(not(feature = "str-modulo"), path = "str_percent_absent.rs")]
pub mod str_percent;
/// The CPython oracle of the `bigint` and `float` differential tests.
#[cfg(all(test, any(feature = "bigint", feature = "float")))]
mod test_oracle;
pub mod tuple;
pub mod types;
pub mod unichar;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

/// `hash(tuple)`: CPython's xxHash-based tuple hash, so equal tuples hash equal to CPython's.
pub fn tuple_hash(vm: &mut Vm, t: Value) -> PyResult<i64> {
    vm.enter_data("while hashing")?;
    let r = tuple_hash_items(vm, t);
    vm.leave_data();
    r
}

fn tuple_hash_items(vm: &mut Vm, t: Value) -> PyResult<i64> {
    let n = tuple::len(vm, t);
    let mut h = TupleHasher::new();
    for i in 0..n {
        let item = tuple::get(vm, t, i);
        h.add(vm.hash(item)?);
    }
    Ok(h.finish())
}

/// CPython's tuple hash (xxHash's mixing over the items' hashes): tuples, and `range`, which
/// hashes as the tuple `(len, start, step)` so that equal ranges hash equal.
pub(crate) struct TupleHasher {
    acc: u64,
    n: u64,
}

impl TupleHasher {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    /// A hasher with no items yet.
    pub(crate) fn new() -> Self {
        TupleHasher {
            acc: Self::P5,
            n: 0,
        }
    }

    /// Mixes in the next item's hash.
    pub(crate) fn add(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(Self::P2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(Self::P1);
        self.n += 1;
    }

    /// The hash of the items added.
    pub(crate) fn finish(self) -> i64 {
        let r = self.acc.wrapping_add(self.n ^ (Self::P5 ^ 3527539)) as i64;
        if r == -1 {
            1546275796
        } else {
            r
        }
    }
}
