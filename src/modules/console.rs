// SPDX-License-Identifier: MIT
//! The console streams' reading side and binary layers: `sys.stdin` (`read`, `readline`,
//! `readlines`, iteration), `sys.stdin.buffer`, and `sys.stdout.buffer`/`sys.stderr.buffer`
//! (`write` of bytes). Like `sys.stdout`, each stream is a small module object whose functions
//! are these natives (no class to compile when `sys` is imported); a stream module with an
//! `__iter__` function is iterable (see `Vm::iter`).
//!
//! Input comes from `Platform::read_stdin` a byte at a time (the host's standard input is
//! buffered by `std`; a device's UART delivers bytes anyway), so reading never takes more than
//! it returns and `input()` sees the rest.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::Value;
use crate::objects::native::NativeFn;
use crate::objects::{bytes, int, iter};
use crate::vm::{PyResult, Vm};

fn read_byte(vm: &mut Vm) -> Option<u8> {
    let mut b = [0u8; 1];
    (vm.platform.read_stdin(&mut b) == 1).then_some(b[0])
}

fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    match args.first() {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => match int::as_i64(vm, v) {
            Some(n) => Ok(usize::try_from(n).ok()),
            None => Err(vm.type_error(error_msg!(
                "argument should be integer or None",
                "argument should be integer or None, not '{t}'",
                t = vm.type_name(v)
            ))),
        },
    }
}

/// Reads up to `limit` characters (bytes when `binary`), stopping after `\n` when `line`.
fn read(vm: &mut Vm, limit: Option<usize>, binary: bool, line: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut count = 0usize;
    let mut pending = 0u32;
    loop {
        if limit.is_some_and(|l| count >= l) && pending == 0 {
            break;
        }
        vm.check_interrupt()?;
        let Some(b) = read_byte(vm) else { break };
        out.push(b);
        if binary || b < 0x80 {
            count += 1;
            pending = 0;
        } else if b >= 0xc0 {
            count += 1;
            pending = match b {
                0xc0..=0xdf => 1,
                0xe0..=0xef => 2,
                _ => 3,
            };
        } else {
            pending = pending.saturating_sub(1);
        }
        if line && b == b'\n' {
            break;
        }
    }
    Ok(out)
}

fn text(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let s = String::from_utf8_lossy(data);
    vm.new_str(&s)
}

fn stdin_read(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args)?;
    let data = read(vm, n, false, false)?;
    text(vm, &data)
}

fn stdin_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args)?;
    let data = read(vm, n, false, true)?;
    text(vm, &data)
}

fn buffer_read(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args)?;
    let data = read(vm, n, true, false)?;
    bytes::new(vm, &data)
}

fn buffer_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args)?;
    let data = read(vm, n, true, true)?;
    bytes::new(vm, &data)
}

/// `__iter__` of a stdin module: `iter(readline, sentinel)`.
fn lines(vm: &mut Vm, module: &str, binary: bool) -> PyResult<Value> {
    let idx = super::find(module).unwrap_or(0);
    let Some(readline) = crate::objects::native::find_module_function(idx, "readline") else {
        return Err(vm.type_error("stream has no readline"));
    };
    let sentinel = if binary {
        bytes::new(vm, b"")?
    } else {
        vm.new_str("")?
    };
    iter::new(vm, iter::kinds::CALLABLE, readline, sentinel, Value::NULL)
}

fn stdin_iter(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    lines(vm, "_stdin", false)
}

fn buffer_iter(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    lines(vm, "_stdin_buffer", true)
}

fn readlines(vm: &mut Vm, binary: bool) -> PyResult<Value> {
    let l = crate::objects::list::alloc(vm, 0)?;
    let d = vm.heap.push_root(l);
    let r = (|| loop {
        let data = read(vm, None, binary, true)?;
        if data.is_empty() {
            return Ok(l);
        }
        let v = if binary {
            bytes::new(vm, &data)?
        } else {
            text(vm, &data)?
        };
        crate::objects::list::append(vm, l, v)?;
    })();
    vm.heap.pop_roots(d);
    r
}

fn stdin_readlines(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    readlines(vm, false)
}

fn buffer_readlines(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    readlines(vm, true)
}

fn buffer_write(vm: &mut Vm, args: &[Value], err: bool) -> PyResult<Value> {
    let data = super::file::bytes_like(vm, args.first().copied().unwrap_or(Value::NONE))?;
    if err {
        vm.platform.write_err(&data);
    } else {
        vm.platform.write(&data);
    }
    int::from_i64(vm, data.len() as i64)
}

fn stdout_buffer_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    buffer_write(vm, args, false)
}

fn stderr_buffer_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    buffer_write(vm, args, true)
}

fn flush(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn fileno_0(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(0))
}

/// MicroPython's stream `ioctl`: `MP_STREAM_POLL` (3) returns the ready subset of the
/// `select.POLL*` mask in `arg` (`POLLIN` when input is waiting); other requests are EINVAL.
fn stdin_ioctl(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let req = args.first().and_then(|v| int::as_i64(vm, *v));
    let arg = args.get(1).and_then(|v| int::as_i64(vm, *v)).unwrap_or(0);
    if args.len() != 2 || req != Some(3) {
        return Err(vm.raise_with_arg(
            crate::objects::types::TypeId::OSError,
            Value::small_int_unchecked(22),
        ));
    }
    let ready = if vm.platform.stdin_ready() { 1 } else { 0 };
    int::from_i64(vm, arg & ready)
}

/// `sys.stdin`.
pub static STDIN_FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("read", stdin_read),
    NativeFn::function("readline", stdin_readline),
    NativeFn::function("readlines", stdin_readlines),
    NativeFn::function("__iter__", stdin_iter),
    NativeFn::function("fileno", fileno_0),
    NativeFn::function("ioctl", stdin_ioctl),
];

/// `sys.stdin.buffer`.
pub static STDIN_BUFFER_FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("read", buffer_read),
    NativeFn::function("readline", buffer_readline),
    NativeFn::function("readlines", buffer_readlines),
    NativeFn::function("__iter__", buffer_iter),
    NativeFn::function("fileno", fileno_0),
    NativeFn::function("ioctl", stdin_ioctl),
];

/// `sys.stdout.buffer`.
pub static STDOUT_BUFFER_FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("write", stdout_buffer_write),
    NativeFn::function("flush", flush),
];

/// `sys.stderr.buffer`.
pub static STDERR_BUFFER_FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("write", stderr_buffer_write),
    NativeFn::function("flush", flush),
];

/// Gives the stream module `d` its `buffer` (the module `buffer_module`).
fn add_buffer(vm: &mut Vm, d: Value, buffer_module: &str) -> PyResult<()> {
    let b = super::make_module(vm, super::find(buffer_module).unwrap_or(0))?;
    let depth = vm.heap.push_root(b);
    let r = vm
        .intern("buffer")
        .and_then(|k| crate::objects::dict::set(vm, d, k, b));
    vm.heap.pop_roots(depth);
    r
}

/// `init` of `_stdin`.
pub fn stdin_init(vm: &mut Vm, d: Value) -> PyResult<()> {
    add_buffer(vm, d, "_stdin_buffer")
}

/// `init` of `_stdout`.
pub fn stdout_init(vm: &mut Vm, d: Value) -> PyResult<()> {
    add_buffer(vm, d, "_stdout_buffer")
}

/// `init` of `_stderr`.
pub fn stderr_init(vm: &mut Vm, d: Value) -> PyResult<()> {
    add_buffer(vm, d, "_stderr_buffer")
}
