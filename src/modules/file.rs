// SPDX-License-Identifier: MIT
//! Files: the `open` builtin and `_file`, the internal module of natives under the frozen `io`
//! module's file classes (`FileIO`, `BufferedReader`/`Writer`/`Random`, `TextIOWrapper`).
//!
//! The classes are Python (argument checking, modes, decoding, the error messages); every byte
//! moves here, through the VM's [`FileTable`](super::file_table::FileTable) and the platform's
//! filesystem services. A slot number is what a Python file object holds. Platform errors
//! become `OSError` subclasses with `errno`, `strerror` and the file name.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use super::file_table::{Newline, OpenFile};
use crate::gc::{Kind, Value};
use crate::hal::{Errno, Platform};
use crate::objects::native::NativeFn;
use crate::objects::{bytes, int, memoryview, oserror, range};
use crate::vm::{PyResult, Vm};

/// EMFILE and ENFILE: out of handles, worth a collection (unreachable files get closed).
const EMFILE: Errno = 24;
const ENFILE: Errno = 23;

/// `open(...)`: `io.open`, the frozen `io` module's function (imported on first use, so a
/// program that never opens a file never compiles it).
pub fn open(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let name = vm.intern("io")?;
    let io = vm.import_name(name, Value::NULL, Value::NONE, 0)?;
    let d = vm.heap.push_root(io);
    let r = vm
        .intern("_open")
        .and_then(|k| vm.getattr(io, k))
        .and_then(|f| vm.call(f, args, kw));
    vm.heap.pop_roots(d);
    r
}

/// Closes the files whose objects a collection freed.
pub fn reap(vm: &mut Vm) {
    let freed = vm.heap.take_freed_watched();
    if !freed.is_empty() {
        vm.files.reap(&mut *vm.platform, &freed);
    }
}

/// Makes every buffered write visible to the platform (before `os` functions look at files).
pub fn sync(vm: &mut Vm) {
    reap(vm);
    vm.files.flush_all(&mut *vm.platform);
}

fn int_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    let v = args.get(i).copied().unwrap_or(Value::NONE);
    match int::as_i64(vm, v) {
        Some(n) => Ok(n),
        None => Err(vm.type_error(error_msg!(
            "can't convert to int",
            "'{t}' object cannot be interpreted as an integer",
            t = vm.type_name(v)
        ))),
    }
}

/// Runs `f` on the open file in the slot given as the first argument.
fn with_file<T>(
    vm: &mut Vm,
    args: &[Value],
    f: impl FnOnce(&mut OpenFile, &mut dyn Platform) -> Result<T, Errno>,
) -> PyResult<T> {
    let slot = int_arg(vm, args, 0)?;
    let Vm {
        files, platform, ..
    } = vm;
    let r = match usize::try_from(slot).ok().and_then(|s| files.get(s)) {
        Some(file) => f(file, &mut **platform),
        None => Err(9),
    };
    r.map_err(|e| oserror::raise(vm, e, None))
}

/// The newline code the Python side passes: -1 binary, then `None`, `''`, `'\n'`, `'\r'`,
/// `'\r\n'`.
fn newline_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<(Newline, bool)> {
    Ok(match int_arg(vm, args, i)? {
        0 => (Newline::Universal, false),
        1 => (Newline::UniversalKeep, false),
        3 => (Newline::Cr, false),
        4 => (Newline::CrLf, false),
        2 => (Newline::Lf, false),
        _ => (Newline::Lf, true),
    })
}

/// `_file.open(path, flags, owner)`: the slot of a newly opened file, closed when `owner` is
/// collected.
fn file_open(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(path) = args.first().and_then(|p| vm.as_str(*p)).map(String::from) else {
        return Err(vm.type_error("open() needs a path"));
    };
    let flags = int_arg(vm, args, 1)? as u32;
    let owner = args.get(2).copied().unwrap_or(Value::NONE);
    sync(vm);
    let mut r = vm.platform.fs_open(&path, flags);
    if matches!(r, Err(EMFILE | ENFILE)) {
        vm.heap.collect();
        reap(vm);
        r = vm.platform.fs_open(&path, flags);
    }
    match r {
        Ok(h) => {
            let slot = vm.files.insert(h, owner);
            vm.heap.watch(owner);
            Ok(Value::small_int_unchecked(slot as i32))
        }
        Err(e) => Err(oserror::raise(vm, e, Some(&path))),
    }
}

fn file_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let slot = int_arg(vm, args, 0)?;
    let Ok(slot) = usize::try_from(slot) else {
        return Ok(Value::NONE);
    };
    if let Some(f) = vm.files.get(slot) {
        let owner = f.owner;
        vm.heap.unwatch(owner);
    }
    let r = vm.files.close(&mut *vm.platform, slot);
    r.map_err(|e| oserror::raise(vm, e, None))?;
    Ok(Value::NONE)
}

/// An optional size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Option<usize>> {
    let v = args.get(i).copied().unwrap_or(Value::NONE);
    if v.is_none() {
        return Ok(None);
    }
    let n = int_arg(vm, args, i)?;
    Ok(usize::try_from(n).ok())
}

/// `_file.read(slot, size, newline)`: bytes (size in bytes for binary, characters for text).
fn file_read(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args, 1)?;
    let (nl, binary) = newline_arg(vm, args, 2)?;
    let data = with_file(vm, args, |f, p| {
        if binary || nl != Newline::Universal && n.is_none() {
            f.read_bytes(p, n)
        } else {
            f.read_text(p, n, nl, binary, false)
        }
    })?;
    bytes::new(vm, &data)
}

/// `_file.readline(slot, limit, newline)`.
fn file_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args, 1)?;
    let (nl, binary) = newline_arg(vm, args, 2)?;
    let data = with_file(vm, args, |f, p| f.read_text(p, n, nl, binary, true))?;
    bytes::new(vm, &data)
}

/// The bytes of a bytes-like object.
pub fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    let b = vm.builtin_value(v);
    match vm.heap.kind(b) {
        Kind::Bytes | Kind::ByteArray => Ok(bytes::data(vm, b).to_vec()),
        Kind::MemoryView => Ok(memoryview::to_vec(vm, b)),
        _ => Err(vm.type_error(error_msg!(
            "need a bytes-like object",
            "a bytes-like object is required, not '{t}'",
            t = vm.type_name(v)
        ))),
    }
}

/// `_file.write(slot, data)`: the number of bytes written.
fn file_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = bytes_like(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let n = with_file(vm, args, |f, p| f.write(p, &data))?;
    int::from_i64(vm, n as i64)
}

/// `_file.readinto(slot, buffer)`: fills a bytearray or writable memoryview.
fn file_readinto(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let buf = args.get(1).copied().unwrap_or(Value::NONE);
    let target = vm.builtin_value(buf);
    let len = match vm.heap.kind(target) {
        Kind::ByteArray => bytes::data(vm, target).len(),
        Kind::MemoryView => memoryview::len(vm, target),
        _ => {
            return Err(vm.type_error(error_msg!(
                "need a read-write bytes-like object",
                "readinto() argument must be read-write bytes-like object, not {t}",
                t = vm.arg_type_name(buf)
            )));
        }
    };
    let data = with_file(vm, args, |f, p| f.read_bytes(p, Some(len)))?;
    let n = data.len();
    if vm.heap.kind(target) == Kind::ByteArray {
        vm.heap.bytes_mut(target, 1, n).copy_from_slice(&data);
    } else if n > 0 {
        let d = vm.heap.push_root(target);
        let r = (|| {
            let b = bytes::new(vm, &data)?;
            vm.heap.push_root(b);
            let stop = int::from_i64(vm, n as i64)?;
            let s = range::new_slice(vm, Value::small_int_unchecked(0), stop, Value::NONE)?;
            vm.setitem(target, s, b)
        })();
        vm.heap.pop_roots(d);
        r?;
    }
    int::from_i64(vm, n as i64)
}

/// `_file.seek(slot, offset, whence)`: the new position.
fn file_seek(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let off = int_arg(vm, args, 1)?;
    let whence = int_arg(vm, args, 2)?;
    let pos = with_file(vm, args, |f, p| f.seek(p, off, whence as u8))?;
    int::from_i64(vm, pos as i64)
}

/// `_file.truncate(slot, size)`: the new length (`size` None: the current position).
fn file_truncate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let size = match args.get(1) {
        Some(v) if !v.is_none() => match u64::try_from(int_arg(vm, args, 1)?) {
            Ok(n) => Some(n),
            Err(_) => return Err(oserror::raise(vm, 22, None)),
        },
        _ => None,
    };
    let n = with_file(vm, args, |f, p| f.truncate(p, size))?;
    int::from_i64(vm, n as i64)
}

fn file_tell(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let pos = with_file(vm, args, |f, p| f.tell(p))?;
    int::from_i64(vm, pos as i64)
}

fn file_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    with_file(vm, args, |f, p| f.flush(p))?;
    Ok(Value::NONE)
}

/// `_file.fileno(slot)`: the platform's handle (on the host, the file descriptor).
fn file_fileno(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let h = with_file(vm, args, |f, _| Ok(f.handle))?;
    int::from_i64(vm, h as i64)
}

/// The functions of `_file`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("open", file_open),
    NativeFn::function("close", file_close),
    NativeFn::function("read", file_read),
    NativeFn::function("readline", file_readline),
    NativeFn::function("readinto", file_readinto),
    NativeFn::function("write", file_write),
    NativeFn::function("seek", file_seek),
    NativeFn::function("tell", file_tell),
    NativeFn::function("truncate", file_truncate),
    NativeFn::function("flush", file_flush),
    NativeFn::function("fileno", file_fileno),
];
