// SPDX-License-Identifier: MIT
//! `OSError` as the filesystem raises it: the subclass an error number selects
//! (`FileNotFoundError` for `ENOENT`...), `args == (errno, strerror)`, the file name kept
//! beside the args (in the instance dict, as CPython keeps it outside `args`), and
//! `str()` = `[Errno 2] No such file or directory: 'x'`.
//!
//! Kept apart from `exception_methods.rs` so the general exception machinery (constructing
//! `OSError(2, ...)` from Python, which also picks the subclass) can grow without touching it.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;

use crate::gc::Value;
use crate::objects::types::TypeId;
use crate::objects::{class, exception, tuple};
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

/// The `OSError` subclass CPython raises for an error number (PEP 3151).
pub fn subclass(errno: i32) -> TypeId {
    match errno {
        2 => TypeId::FileNotFoundError,
        17 => TypeId::FileExistsError,
        20 => TypeId::NotADirectoryError,
        21 => TypeId::IsADirectoryError,
        1 | 13 => TypeId::PermissionError,
        110 => TypeId::TimeoutError,
        _ => TypeId::OSError,
    }
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
    let msg = vm.new_str(&strerror(errno))?;
    let d = vm.heap.push_root(msg);
    let r = (|| {
        let args = tuple::new(vm, &[Value::small_int_unchecked(errno), msg])?;
        let e = exception::new(vm, subclass(errno).value(), args)?;
        vm.heap.push_root(e);
        for (name, f) in [("filename", filename), ("filename2", filename2)] {
            if let Some(f) = f {
                let k = vm.intern(name)?;
                let v = vm.new_str(f)?;
                class::generic_setattr(vm, e, k, v)?;
            }
        }
        Ok(e)
    })();
    vm.heap.pop_roots(d);
    r
}

/// An attribute stored in the exception's instance dict.
fn dict_attr(vm: &Vm, e: Value, name: &str) -> Option<Value> {
    let d = vm.heap.get_value(e, exception::DICT);
    if d.is_null() || vm.heap.kind(d) != crate::gc::Kind::Dict {
        return None;
    }
    crate::objects::dict::get_str(vm, d, name)
}

/// The attributes `OSError` adds: `strerror` (the second of two or more args) and
/// `filename`/`filename2` (None unless set).
pub fn attr(vm: &mut Vm, e: Value, name: &str) -> PyResult<Option<Value>> {
    match name {
        "strerror" => {
            let a = exception::args(vm, e)?;
            Ok(Some(if tuple::len(vm, a) >= 2 {
                tuple::get(vm, a, 1)
            } else {
                Value::NONE
            }))
        }
        "filename" | "filename2" => Ok(Some(dict_attr(vm, e, name).unwrap_or(Value::NONE))),
        _ => Ok(None),
    }
}

/// `str(e)` for an `OSError` with an error number: `[Errno 2] No such file or directory: 'x'`
/// (None if the exception has another shape, for the general rule).
pub fn str_of(vm: &mut Vm, e: Value) -> PyResult<Option<String>> {
    let a = exception::args(vm, e)?;
    if tuple::len(vm, a) != 2 {
        return Ok(None);
    }
    let (num, msg) = (tuple::get(vm, a, 0), tuple::get(vm, a, 1));
    let num = vm.str_string(num)?;
    let msg = vm.str_string(msg)?;
    let file = dict_attr(vm, e, "filename").filter(|f| !f.is_none());
    let file2 = dict_attr(vm, e, "filename2").filter(|f| !f.is_none());
    Ok(Some(match (file, file2) {
        (Some(f), Some(f2)) => {
            let r = vm.repr_string(f)?;
            let r2 = vm.repr_string(f2)?;
            format!("[Errno {num}] {msg}: {r} -> {r2}")
        }
        (Some(f), None) => {
            let r = vm.repr_string(f)?;
            format!("[Errno {num}] {msg}: {r}")
        }
        _ => format!("[Errno {num}] {msg}"),
    }))
}
