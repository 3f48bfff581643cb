// SPDX-License-Identifier: MIT
//! `OSError` as the filesystem raises it: glibc's message for an error number, and the
//! exception built exactly as `OSError(errno, strerror, filename[, None, filename2])` from
//! Python would be (`exception_init` picks the subclass, keeps the fields and makes `str()`
//! `[Errno 2] No such file or directory: 'x'`), so native and Python-raised errors agree.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;

use crate::gc::Value;
use crate::objects::exception_init;
use crate::objects::types::TypeId;
use crate::vm::{PyErr, PyResult, Vm};

/// The message glibc gives for an error number (the text CPython shows on Linux).
pub fn strerror(errno: i32) -> String {
    let s = match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        11 => "Resource temporarily unavailable",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        16 => "Device or resource busy",
        17 => "File exists",
        18 => "Invalid cross-device link",
        19 => "No such device",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        23 => "Too many open files in system",
        24 => "Too many open files",
        27 => "File too large",
        28 => "No space left on device",
        29 => "Illegal seek",
        30 => "Read-only file system",
        36 => "File name too long",
        38 => "Function not implemented",
        39 => "Directory not empty",
        40 => "Too many levels of symbolic links",
        95 => "Operation not supported",
        110 => "Connection timed out",
        _ => return format!("Unknown error {errno}"),
    };
    String::from(s)
}

/// Raises the `OSError` subclass for `errno` with its message and, if given, the file name.
pub fn raise(vm: &mut Vm, errno: i32, filename: Option<&str>) -> PyErr {
    match make(vm, errno, filename, None) {
        Ok(e) => vm.raise(e),
        Err(e) => e,
    }
}

/// As [`raise`], for an operation on two paths (`rename`): `[Errno 2] ...: 'a' -> 'b'`.
pub fn raise2(vm: &mut Vm, errno: i32, filename: &str, filename2: &str) -> PyErr {
    match make(vm, errno, Some(filename), Some(filename2)) {
        Ok(e) => vm.raise(e),
        Err(e) => e,
    }
}

fn make(
    vm: &mut Vm,
    errno: i32,
    filename: Option<&str>,
    filename2: Option<&str>,
) -> PyResult<Value> {
    let mut args = alloc::vec![Value::small_int_unchecked(errno)];
    let depth = vm.heap.push_root(Value::NONE);
    let r = (|| {
        let msg = vm.new_str(&strerror(errno))?;
        vm.heap.push_root(msg);
        args.push(msg);
        if let Some(f) = filename {
            let f = vm.new_str(f)?;
            vm.heap.push_root(f);
            args.push(f);
        }
        if let Some(f2) = filename2 {
            let f2 = vm.new_str(f2)?;
            vm.heap.push_root(f2);
            args.extend_from_slice(&[Value::NONE, f2]);
        }
        exception_init::construct(vm, TypeId::OSError.value(), TypeId::OSError, &args, &[])
    })();
    vm.heap.pop_roots(depth);
    r
}
