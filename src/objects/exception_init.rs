// SPDX-License-Identifier: MIT
//! Constructing builtin exceptions with CPython's argument rules and derived attributes:
//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])` (with the subclass picked by
//! errno, `OSError(2, "x")` → `FileNotFoundError`), the details tuple of `SyntaxError`, the
//! five fields of `UnicodeDecodeError`/`UnicodeEncodeError`, and the `name=`/`obj=` keywords of
//! `AttributeError`/`NameError`; and the `str()` of the exceptions whose text is built from
//! those fields.
//!
//! The fields live in the exception's instance dict (made only for these types), so a program
//! can reassign them and `str()` follows, as in CPython where they are plain members.

use alloc::format;
use alloc::string::String;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyErr, PyResult, Vm};

use super::{class, dict, exception, tuple};

/// The OSError subclass CPython picks for an errno: none in a build without them.
#[cfg(not(feature = "exceptions-extra"))]
fn subclass_for_errno(_errno: i64) -> Option<TypeId> {
    None
}

/// The OSError subclass CPython picks for an errno (Linux numbers, as in the `errno` module).
#[cfg(feature = "exceptions-extra")]
fn subclass_for_errno(errno: i64) -> Option<TypeId> {
    Some(match errno {
        1 | 13 => TypeId::PermissionError,
        2 => TypeId::FileNotFoundError,
        3 => TypeId::ProcessLookupError,
        4 => TypeId::InterruptedError,
        10 => TypeId::ChildProcessError,
        11 | 114 | 115 => TypeId::BlockingIOError,
        17 => TypeId::FileExistsError,
        20 => TypeId::NotADirectoryError,
        21 => TypeId::IsADirectoryError,
        32 | 108 => TypeId::BrokenPipeError,
        103 => TypeId::ConnectionAbortedError,
        104 => TypeId::ConnectionResetError,
        110 => TypeId::TimeoutError,
        111 => TypeId::ConnectionRefusedError,
        _ => return None,
    })
}

/// Calls builtin exception type `t` (or makes an instance of user class `cls` whose builtin
/// base is `t`, with `kw` already handled by its `__init__`).
pub fn construct(
    vm: &mut Vm,
    cls: Value,
    t: TypeId,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let builtin = cls.as_builtin_type().is_some();
    if builtin {
        check_args(vm, t, args, kw)?;
    }
    let mut cls = cls;
    if cls == TypeId::OSError.value() && (2..=5).contains(&args.len()) {
        if let Some(sub) = super::int::as_i64(vm, args[0]).and_then(subclass_for_errno) {
            cls = sub.value();
        }
    }
    let a = tuple::new(vm, args)?;
    let e = exception::new(vm, cls, a)?;
    let d = vm.heap.push_root(e);
    let r = fill_fields(vm, e, t, args).and_then(|_| {
        if builtin {
            keyword_fields(vm, e, t, kw)
        } else {
            Ok(())
        }
    });
    vm.heap.pop_roots(d);
    r.map(|_| e)
}

/// `BaseException.__init__(e, *args)` for the types whose fields come from the arguments.
/// `args` must be rooted by the caller.
pub fn reinit(vm: &mut Vm, e: Value, args: &[Value]) -> PyResult<()> {
    let t = class::builtin_base(vm, exception::type_of(vm, e));
    let a = tuple::new(vm, args)?;
    vm.heap.set_value(e, exception::ARGS, a);
    fill_fields(vm, e, t, args)
}

fn check_args(vm: &mut Vm, t: TypeId, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    let n = args.len();
    if t.is_subtype(TypeId::SyntaxError) && n == 2 {
        let info = args[1];
        let given = if vm.heap.kind(info) == Kind::Tuple {
            tuple::len(vm, info)
        } else {
            1
        };
        if !(4..=6).contains(&given) {
            return Err(vm.type_error(error_msg!(
                "function takes wrong number of arguments",
                "function takes {m} arguments ({given} given)",
                m = if given < 4 { "at least 4" } else { "at most 6" }
            )));
        }
    }
    #[cfg(feature = "unicode-error-fields")]
    if is_unicode_error(t) {
        let want = if t == TypeId::UnicodeTranslateError {
            4
        } else {
            5
        };
        if n != want {
            return Err(vm.type_error(error_msg!(
                "function takes wrong number of arguments",
                "function takes exactly {want} arguments ({n} given)"
            )));
        }
        check_unicode_args(vm, t, args)?;
    }
    if !kw.is_empty() {
        let allowed: &[&str] = if t.is_subtype(TypeId::ImportError) {
            &["name", "path"]
        } else if t.is_subtype(TypeId::AttributeError) {
            &["name", "obj"]
        } else if t.is_subtype(TypeId::NameError) {
            &["name"]
        } else {
            return Err(vm.type_error(error_msg!(
                "function doesn't take keyword arguments",
                "{name}() takes no keyword arguments",
                name = t.name()
            )));
        };
        for (k, _) in kw {
            let k = String::from(vm.str_text(*k).unwrap_or(""));
            if !allowed.contains(&k.as_str()) {
                return Err(vm.type_error(error_msg!(
                    "unexpected keyword argument",
                    "'{k}' is an invalid keyword argument for {name}()",
                    name = t.name()
                )));
            }
        }
    }
    Ok(())
}

#[cfg(feature = "unicode-error-fields")]
fn check_unicode_args(vm: &mut Vm, t: TypeId, args: &[Value]) -> PyResult<()> {
    let translate = t == TypeId::UnicodeTranslateError;
    let (obj_at, ints) = if translate { (0, 1) } else { (1, 2) };
    if !translate && vm.str_text(args[0]).is_none() {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "argument 1 must be str, not {tn}",
            tn = vm.arg_type_name(args[0])
        )));
    }
    let obj = args[obj_at];
    if t == TypeId::UnicodeDecodeError {
        if !matches!(vm.heap.kind(obj), Kind::Bytes | Kind::ByteArray) {
            return Err(vm.type_error(error_msg!(
                "need a bytes-like object",
                "a bytes-like object is required, not '{tn}'",
                tn = vm.type_name(obj)
            )));
        }
    } else if vm.str_text(obj).is_none() {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "argument {pos} must be str, not {tn}",
            tn = vm.arg_type_name(obj),
            pos = obj_at + 1
        )));
    }
    for i in ints..ints + 2 {
        if super::int::as_i64(vm, args[i]).is_none() || super::float::is_float(vm, args[i]) {
            return Err(vm.type_error(error_msg!(
                "can't convert to int",
                "'{tn}' object cannot be interpreted as an integer",
                tn = vm.type_name(args[i])
            )));
        }
    }
    let reason = args[ints + 2];
    if vm.str_text(reason).is_none() {
        return Err(vm.type_error(error_msg!(
            "argument must be str",
            "argument {pos} must be str, not {tn}",
            tn = vm.arg_type_name(reason),
            pos = ints + 3
        )));
    }
    Ok(())
}

/// Stores field `name` in the exception's dict (no `__setattr__` hooks: these are CPython's
/// struct members).
fn set_field(vm: &mut Vm, e: Value, name: &str, v: Value) -> PyResult<()> {
    let d = vm.heap.push_root(v);
    let r = (|| {
        let mut dd = vm.heap.get_value(e, exception::DICT);
        if dd.is_null() {
            dd = dict::alloc(vm, 4)?;
            vm.heap.set_value(e, exception::DICT, dd);
        }
        let k = vm.intern(name)?;
        dict::set(vm, dd, k, v)
    })();
    vm.heap.pop_roots(d);
    r
}

fn fill_fields(vm: &mut Vm, e: Value, t: TypeId, args: &[Value]) -> PyResult<()> {
    if t.is_subtype(TypeId::OSError) && (2..=5).contains(&args.len()) {
        set_field(vm, e, "errno", args[0])?;
        set_field(vm, e, "strerror", args[1])?;
        if let Some(&f) = args.get(2) {
            set_field(vm, e, "filename", f)?;
            if let Some(&f2) = args.get(4) {
                set_field(vm, e, "filename2", f2)?;
            }
            // CPython keeps only (errno, strerror) as args once a filename is given.
            let a = tuple::new(vm, &args[..2])?;
            vm.heap.set_value(e, exception::ARGS, a);
        }
        return Ok(());
    }
    #[cfg(feature = "unicode-error-fields")]
    if is_unicode_error(t) {
        let names: &[&str] = if t == TypeId::UnicodeTranslateError {
            &["object", "start", "end", "reason"]
        } else {
            &["encoding", "object", "start", "end", "reason"]
        };
        if args.len() == names.len() {
            for (name, v) in names.iter().zip(args) {
                let v = if *name == "object" && vm.heap.kind(*v) == Kind::ByteArray {
                    // CPython keeps a bytes copy of a bytearray.
                    let data = alloc::vec::Vec::from(super::bytes::data(vm, *v));
                    super::bytes::new_kind(vm, Kind::Bytes, &data)?
                } else {
                    *v
                };
                set_field(vm, e, name, v)?;
            }
        }
    }
    Ok(())
}

/// The exceptions with the five (four) fields of CPython's codecs.
#[cfg(feature = "unicode-error-fields")]
fn is_unicode_error(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::UnicodeDecodeError | TypeId::UnicodeEncodeError | TypeId::UnicodeTranslateError
    )
}

fn keyword_fields(vm: &mut Vm, e: Value, t: TypeId, kw: &[(Value, Value)]) -> PyResult<()> {
    let _ = t;
    for (k, v) in kw {
        let k = String::from(vm.str_text(*k).unwrap_or(""));
        set_field(vm, e, &k, *v)?;
    }
    Ok(())
}

/// The default of a field that was never set: None for every field this file knows.
pub fn default_field(vm: &Vm, e: Value, name: &str) -> Option<Value> {
    let known = match name {
        "errno" | "strerror" | "filename" | "filename2" => vm.exception_is(e, TypeId::OSError),
        "name" => {
            vm.exception_is(e, TypeId::AttributeError) || vm.exception_is(e, TypeId::NameError)
        }
        "obj" => vm.exception_is(e, TypeId::AttributeError),
        _ => false,
    };
    known.then_some(Value::NONE)
}

fn field(vm: &Vm, e: Value, name: &str) -> Value {
    let d = vm.heap.get_value(e, exception::DICT);
    if d.is_null() {
        return Value::NONE;
    }
    dict::get_str(vm, d, name).unwrap_or(Value::NONE)
}

/// `str(e)` for OSError and the Unicode errors when their fields make the text; None for the
/// default (`BaseException.__str__`).
pub fn special_str(vm: &mut Vm, e: Value) -> PyResult<Option<String>> {
    if vm.exception_is(e, TypeId::OSError) {
        let (errno, strerror) = (field(vm, e, "errno"), field(vm, e, "strerror"));
        let (file, file2) = (field(vm, e, "filename"), field(vm, e, "filename2"));
        if !file.is_none() {
            let (en, se, f) = (
                vm.str_string(errno)?,
                vm.str_string(strerror)?,
                vm.repr_string(file)?,
            );
            if !file2.is_none() {
                let f2 = vm.repr_string(file2)?;
                return Ok(Some(format!("[Errno {en}] {se}: {f} -> {f2}")));
            }
            return Ok(Some(format!("[Errno {en}] {se}: {f}")));
        }
        if !errno.is_none() && !strerror.is_none() {
            let (en, se) = (vm.str_string(errno)?, vm.str_string(strerror)?);
            return Ok(Some(format!("[Errno {en}] {se}")));
        }
        return Ok(None);
    }
    #[cfg(not(feature = "unicode-error-fields"))]
    return Ok(None);
    #[cfg(feature = "unicode-error-fields")]
    unicode_error_str(vm, e)
}

/// `str(e)` of a Unicode error made with its fields (`UnicodeDecodeError('utf-8', b'\xff', 0, 1,
/// 'invalid start byte')`); the VM raises them with their message alone.
#[cfg(feature = "unicode-error-fields")]
fn unicode_error_str(vm: &mut Vm, e: Value) -> PyResult<Option<String>> {
    let t = class::builtin_base(vm, exception::type_of(vm, e));
    let verb = match t {
        TypeId::UnicodeDecodeError => "decode",
        TypeId::UnicodeEncodeError => "encode",
        TypeId::UnicodeTranslateError => "translate",
        _ => return Ok(None),
    };
    let obj = field(vm, e, "object");
    if obj.is_none() {
        return Ok(None);
    }
    let start = super::int::as_i64(vm, field(vm, e, "start")).unwrap_or(0);
    let end = super::int::as_i64(vm, field(vm, e, "end")).unwrap_or(0);
    let reason = vm.str_string(field(vm, e, "reason"))?;
    let head = if t == TypeId::UnicodeTranslateError {
        String::from("can't translate")
    } else {
        let enc = vm.str_string(field(vm, e, "encoding"))?;
        format!("'{enc}' codec can't {verb}")
    };
    if end == start + 1 && start >= 0 {
        let one = if t == TypeId::UnicodeDecodeError {
            super::bytes::data(vm, obj)
                .get(start as usize)
                .map(|b| format!("byte 0x{b:02x}"))
        } else {
            vm.str_text(obj)
                .and_then(|s| s.chars().nth(start as usize))
                .map(|c| {
                    let c = c as u32;
                    let esc = if c < 0x100 {
                        format!("\\x{c:02x}")
                    } else if c < 0x10000 {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    format!("character '{esc}'")
                })
        };
        if let Some(one) = one {
            return Ok(Some(format!("{head} {one} in position {start}: {reason}")));
        }
    }
    let what = if t == TypeId::UnicodeDecodeError {
        "bytes"
    } else {
        "characters"
    };
    let last = end - 1;
    Ok(Some(format!(
        "{head} {what} in position {start}-{last}: {reason}"
    )))
}

/// Raises `OSError(errno, strerror[, filename])` as CPython's C code does: the subclass is
/// picked by errno (`FileNotFoundError` for ENOENT...).
pub fn raise_os_error(vm: &mut Vm, errno: i32, strerror: &str, filename: Option<&str>) -> PyErr {
    let r = (|| {
        let se = vm.new_str(strerror)?;
        let d = vm.heap.push_root(se);
        let r = match filename {
            Some(f) => vm.new_str(f).and_then(|f| {
                vm.heap.push_root(f);
                let args = [Value::small_int_unchecked(errno), se, f];
                construct(vm, TypeId::OSError.value(), TypeId::OSError, &args, &[])
            }),
            None => {
                let args = [Value::small_int_unchecked(errno), se];
                construct(vm, TypeId::OSError.value(), TypeId::OSError, &args, &[])
            }
        };
        vm.heap.pop_roots(d);
        r
    })();
    match r {
        Ok(e) => vm.raise(e),
        Err(err) => err,
    }
}

/// Sets fields (`name`, `obj`) on the pending exception, as CPython does when it raises
/// AttributeError or NameError itself; returns `err` unchanged. Out of memory here only loses
/// the fields.
pub fn annotate_pending(vm: &mut Vm, err: PyErr, fields: &[(&str, Value)]) -> PyErr {
    let e = vm.pending();
    if vm.heap.kind(e) != Kind::Exception {
        return err;
    }
    let d = vm.heap.push_root(e);
    for (_, v) in fields {
        vm.heap.push_root(*v);
    }
    for (k, v) in fields {
        if set_field(vm, e, k, *v).is_err() {
            break;
        }
    }
    vm.heap.pop_roots(d);
    vm.raise(e)
}
