// SPDX-License-Identifier: MIT
//! printf-style `%` formatting in a build without the `str-modulo` feature (MicroPython's
//! `MICROPY_PY_BUILTINS_STR_OP_MODULO` off): `'%d' % 5` and `b'%d' % 5` raise `TypeError`, so
//! the engine (flags, conversions, padding, the mapping form) is not linked. `str.format` remains.

use crate::gc::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn absent(vm: &mut Vm) -> PyErr {
    vm.type_error("%-formatting not supported in this build (use str.format)")
}

/// `text % args`.
pub fn percent_format(vm: &mut Vm, _text: Value, _args: Value) -> PyResult<Value> {
    Err(absent(vm))
}

/// `b % args` for bytes and bytearray `b`.
pub fn percent_format_bytes(vm: &mut Vm, _b: Value, _args: Value) -> PyResult<Value> {
    Err(absent(vm))
}
