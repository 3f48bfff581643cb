// SPDX-License-Identifier: MIT
//! The `os` module: MicroPython's API, which is a subset of CPython's (files and directories,
//! `uname`, `urandom`), over the platform's filesystem services, so the same code lists a
//! directory on the host and on a Zephyr board, and raises `OSError(ENODEV)` where there is no
//! filesystem. `os.path` is Python (`frozen/os_path.py`), built into `os` at import.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::gc::{Kind, Root, Value};
use crate::hal::Errno;
use crate::objects::native::NativeFn;
use crate::objects::{bytes, dict, int, list, oserror, tuple};
use crate::vm::{PyResult, Vm};

/// A path argument: its text and whether it was `bytes` (results then are bytes too, as in
/// CPython).
fn path_arg(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<(String, bool)> {
    let r = path_text(vm, v, func)?;
    if r.0.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(r)
}

fn path_text(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<(String, bool)> {
    let Some(&v) = v else {
        return Ok((String::from("."), false));
    };
    if let Some(s) = vm.as_str(v) {
        return Ok((String::from(s), false));
    }
    let b = vm.builtin_value(v);
    if vm.heap.kind(b) == Kind::Bytes {
        return Ok((
            String::from_utf8_lossy(bytes::data(vm, b)).into_owned(),
            true,
        ));
    }
    if vm.heap.kind(v) == Kind::Instance {
        let k = vm.intern("__fspath__")?;
        if let Some(m) = crate::objects::class::lookup_special(vm, v, k)? {
            let p = vm.call(m, &[v], &[])?;
            let d = vm.heap.push_root(p);
            let r = path_arg(vm, Some(&p), func);
            vm.heap.pop_roots(d);
            return r;
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(alloc::format!(
        "{func}: path should be string, bytes or os.PathLike, not {t}"
    )))
}

/// A name as the caller's path type (str, or bytes for a bytes path).
fn name_value(vm: &mut Vm, name: &str, as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        bytes::new(vm, name.as_bytes())
    } else {
        vm.new_str(name)
    }
}

/// Runs a path operation after making buffered writes visible; errors name the path.
fn path_op(
    vm: &mut Vm,
    args: &[Value],
    func: &str,
    op: impl FnOnce(&mut dyn crate::hal::Platform, &str) -> Result<(), Errno>,
) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(alloc::format!(
            "{func}() missing required argument 'path' (pos 1)"
        )));
    };
    let (path, _) = path_arg(vm, Some(first), func)?;
    super::file::sync(vm);
    op(&mut *vm.platform, &path).map_err(|e| oserror::raise(vm, e, Some(&path)))?;
    Ok(Value::NONE)
}

/// The entries of directory `path` (never `.` and `..`).
fn list_dir(vm: &mut Vm, path: &str) -> PyResult<Vec<crate::hal::DirEntry>> {
    super::file::sync(vm);
    let h = vm
        .platform
        .fs_opendir(path)
        .map_err(|e| oserror::raise(vm, e, Some(path)))?;
    let mut out = Vec::new();
    let r = loop {
        match vm.platform.fs_readdir(h) {
            Ok(Some(e)) if e.name == "." || e.name == ".." => {}
            Ok(Some(e)) => out.push(e),
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    let _ = vm.platform.fs_closedir(h);
    r.map_err(|e| oserror::raise(vm, e, Some(path)))?;
    Ok(out)
}

fn listdir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let arg = args.first().filter(|a| !a.is_none());
    let (path, as_bytes) = path_arg(vm, arg, "listdir")?;
    let entries = list_dir(vm, &path)?;
    let l = list::alloc(vm, entries.len())?;
    let d = vm.heap.push_root(l);
    let r = (|| {
        for e in &entries {
            let n = name_value(vm, &e.name, as_bytes)?;
            list::append(vm, l, n)?;
        }
        Ok(l)
    })();
    vm.heap.pop_roots(d);
    r
}

/// `ilistdir(path='.')`: an iterator of `(name, type, inode[, size])`, type `0x4000` for a
/// directory and `0x8000` for a file (MicroPython's).
fn ilistdir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (path, as_bytes) = path_arg(vm, args.first(), "ilistdir")?;
    let entries = list_dir(vm, &path)?;
    let l = list::alloc(vm, entries.len())?;
    let d = vm.heap.push_root(l);
    let r = (|| {
        for e in &entries {
            let n = name_value(vm, &e.name, as_bytes)?;
            vm.heap.push_root(n);
            let kind = Value::small_int_unchecked(if e.is_dir { 0x4000 } else { 0x8000 });
            let ino = int::from_i64(vm, e.ino as i64)?;
            vm.heap.push_root(ino);
            let t = match e.size {
                Some(s) => {
                    let s = int::from_i64(vm, s as i64)?;
                    vm.heap.push_root(s);
                    tuple::new(vm, &[n, kind, ino, s])?
                }
                None => tuple::new(vm, &[n, kind, ino])?,
            };
            list::append(vm, l, t)?;
        }
        vm.iter(l)
    })();
    vm.heap.pop_roots(d);
    r
}

fn mkdir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    path_op(vm, args, "mkdir", |p, path| p.fs_mkdir(path))
}

fn rmdir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    path_op(vm, args, "rmdir", |p, path| p.fs_rmdir(path))
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    path_op(vm, args, "remove", |p, path| p.fs_remove(path))
}

fn unlink(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    path_op(vm, args, "unlink", |p, path| p.fs_remove(path))
}

fn chdir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    path_op(vm, args, "chdir", |p, path| p.chdir(path))
}

fn rename(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(alloc::format!(
            "rename() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (from, _) = path_arg(vm, args.first(), "rename")?;
    let (to, _) = path_arg(vm, args.get(1), "rename")?;
    super::file::sync(vm);
    let r = vm.platform.fs_rename(&from, &to);
    r.map_err(|e| oserror::raise2(vm, e, &from, &to))?;
    Ok(Value::NONE)
}

/// `stat(path)`: an `os.stat_result`, the 10-tuple `(mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime)` with `st_*` names.
fn stat(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error("stat() missing required argument 'path' (pos 1)"));
    };
    let (path, _) = path_arg(vm, Some(first), "stat")?;
    super::file::sync(vm);
    let s = vm.platform.fs_stat(&path);
    let s = s.map_err(|e| oserror::raise(vm, e, Some(&path)))?;
    let fields: [i64; 10] = [
        s.mode as i64,
        s.ino as i64,
        s.dev as i64,
        s.nlink as i64,
        s.uid as i64,
        s.gid as i64,
        s.size as i64,
        s.times[0],
        s.times[1],
        s.times[2],
    ];
    let depth = vm.heap.roots_depth();
    let r = (|| {
        let mut items = Vec::with_capacity(10);
        for f in fields {
            let v = int::from_i64(vm, f)?;
            vm.heap.push_root(v);
            items.push(v);
        }
        let t = tuple::new(vm, &items)?;
        vm.heap.push_root(t);
        let class = module_attr(vm, "stat_result")?;
        vm.call(class, &[t], &[])
    })();
    vm.heap.pop_roots(depth);
    r
}

/// An attribute of the `os` module (the classes its Python part defined).
fn module_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let modules = vm.heap.root(Root::Modules);
    let m = dict::get_str(vm, modules, "os")
        .or_else(|| dict::get_str(vm, modules, "uos"))
        .filter(|m| vm.heap.kind(*m) == Kind::Module);
    let v = m.and_then(|m| {
        let d = vm.heap.get_value(m, 1);
        dict::get_str(vm, d, name)
    });
    match v {
        Some(v) => Ok(v),
        None => Err(vm.raise_new(
            crate::objects::types::TypeId::ImportError,
            "the os module has gone from sys.modules",
        )),
    }
}

fn getcwd(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = vm.platform.getcwd();
    let cwd = r.map_err(|e| oserror::raise(vm, e, None))?;
    vm.new_str(&cwd)
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = args.first().and_then(|v| int::as_i64(vm, *v));
    let Some(n) = n else {
        return Err(vm.type_error("urandom() argument must be an integer"));
    };
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative argument not allowed"));
    };
    if n > vm.heap.free_bytes() {
        return Err(vm.memory_error());
    }
    let mut buf = alloc::vec![0u8; n];
    let r = vm.platform.urandom(&mut buf);
    r.map_err(|e| oserror::raise(vm, e, None))?;
    bytes::new(vm, &buf)
}

/// `getenv(key, default=None)`: the platform's environment (the host's; none on a device).
fn getenv(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(key) = args.first().and_then(|k| vm.as_str(*k)).map(String::from) else {
        let t = args.first().map(|k| vm.type_name(*k)).unwrap_or_default();
        return Err(vm.type_error(alloc::format!("str expected, not {t}")));
    };
    match vm.platform.getenv(&key) {
        Some(v) => vm.new_str(&v),
        None => Ok(args.get(1).copied().unwrap_or(Value::NONE)),
    }
}

/// The functions of `os`.
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("listdir", listdir),
    NativeFn::function("ilistdir", ilistdir),
    NativeFn::function("mkdir", mkdir),
    NativeFn::function("rmdir", rmdir),
    NativeFn::function("remove", remove),
    NativeFn::function("unlink", unlink),
    NativeFn::function("rename", rename),
    NativeFn::function("stat", stat),
    NativeFn::function("getcwd", getcwd),
    NativeFn::function("chdir", chdir),
    NativeFn::function("urandom", urandom),
    NativeFn::function("getenv", getenv),
];

/// The Python part of `os`: the result types, `uname`, the constants.
const PRELUDE: &str = "\
sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
linesep = '\\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

def _field(i, conv=None):
    if conv is None:
        return property(lambda self: self[i])
    return property(lambda self: conv(self[i]))

class stat_result(tuple):
    n_sequence_fields = 10
    st_mode = _field(0)
    st_ino = _field(1)
    st_dev = _field(2)
    st_nlink = _field(3)
    st_uid = _field(4)
    st_gid = _field(5)
    st_size = _field(6)
    st_atime = _field(7, float)
    st_mtime = _field(8, float)
    st_ctime = _field(9, float)
    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(n + '=' + repr(v) for n, v in zip(names, self)) + ')'

class uname_result(tuple):
    sysname = _field(0)
    nodename = _field(1)
    release = _field(2)
    version = _field(3)
    machine = _field(4)
    def __repr__(self):
        names = ('sysname', 'nodename', 'release', 'version', 'machine')
        return 'uname_result(' + ', '.join(n + '=' + repr(v) for n, v in zip(names, self)) + ')'

def uname():
    import sys
    v = sys.implementation.version
    rel = '%d.%d.%d' % (v[0], v[1], v[2])
    return uname_result(('pyrite', 'pyrite', rel, rel + ' (Python ' + sys.version.split()[0] + ')',
                         _MACHINE))

del _field
";

/// Fills the `os` namespace and builds `os.path` (registered as a module of its own).
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    let machine = vm.new_str(if cfg!(target_arch = "arm") {
        "arm"
    } else if cfg!(target_arch = "x86_64") {
        "x86_64"
    } else if cfg!(target_arch = "aarch64") {
        "aarch64"
    } else {
        "unknown"
    })?;
    let k = vm.intern("_MACHINE")?;
    dict::set(vm, d, k, machine)?;
    vm.exec_source(PRELUDE, "<os>", d, Mode::Exec)?;
    let m = vm.new_module("os.path")?;
    let depth = vm.heap.push_root(m);
    let r = (|| {
        let pd = vm.heap.get_value(m, 1);
        // Frozen bytecode (the `os` feature turns `frozen` on).
        let pyr = super::frozen::code("os.path").unwrap_or(&[]);
        vm.exec_pyr(pyr, pd)?;
        let k = vm.intern("os.path")?;
        let modules = vm.heap.root(Root::Modules);
        dict::set(vm, modules, k, m)?;
        let k = vm.intern("path")?;
        dict::set(vm, d, k, m)
    })();
    vm.heap.pop_roots(depth);
    r
}
