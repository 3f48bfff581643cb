// SPDX-License-Identifier: MIT
//! `str.encode` (UTF-8, ASCII, Latin-1 with CPython's error handlers and messages), and
//! `str.maketrans`/`str.translate`. Split from `str_methods.rs` by concern.

use super::*;

/// The text CPython shows for one character in codec error messages (`'\xe9'`).
pub(super) fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        if (0x20..0x7f).contains(&n) {
            return format!("'{c}'");
        }
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

pub(super) fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [enc, errors, _]) = kw_args(vm, "encode", args, kw, &["encoding", "errors"])?;
    let enc = match enc {
        Some(e) => str_arg_named(vm, e, "encode", "encoding")?,
        None => String::from("utf-8"),
    };
    let errors = match errors {
        Some(e) => str_arg_named(vm, e, "encode", "errors")?,
        None => String::from("strict"),
    };
    let norm: String = enc
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let (name, limit): (&str, u32) = match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" | "utf8-sig" => {
            let mut data = Vec::with_capacity(s.len() + 3);
            if norm.ends_with("sig") {
                data.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            }
            data.extend_from_slice(s.as_bytes());
            return bytes::new(vm, &data);
        }
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let be = norm.ends_with("be");
            let mut data = Vec::with_capacity(2 * s.len() + 2);
            if norm == "utf-16" || norm == "utf16" {
                data.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf).iter() {
                    data.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
            return bytes::new(vm, &data);
        }
        "utf-32" | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let be = norm.ends_with("be");
            let mut data = Vec::with_capacity(4 * s.len() + 4);
            if norm == "utf-32" || norm == "utf32" {
                data.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                data.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return bytes::new(vm, &data);
        }
        "ascii" | "us-ascii" | "646" => ("ascii", 0x80),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => ("latin-1", 0x100),
        _ => return Err(vm.raise_new(TypeId::LookupError, &format!("unknown encoding: {enc}"))),
    };
    let mut data = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            data.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors.as_str() {
            "strict" => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|&d| d as u32 >= limit) {
                    j += 1;
                }
                let msg = if j == i + 1 {
                    format!(
                        "'{name}' codec can't encode character {} in position {i}: ordinal not in range({limit})",
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        j - 1
                    )
                };
                return Err(vm.raise_new(TypeId::UnicodeEncodeError, &msg));
            }
            "ignore" => {}
            "replace" => data.push(b'?'),
            "backslashreplace" => {
                let n = c as u32;
                let e = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                data.extend_from_slice(e.as_bytes());
            }
            "xmlcharrefreplace" => {
                data.extend_from_slice(format!("&#{};", c as u32).as_bytes());
            }
            other => {
                let msg = format!("unknown error handler name '{other}'");
                return Err(vm.raise_new(TypeId::LookupError, &msg));
            }
        }
        i += 1;
    }
    bytes::new(vm, &data)
}

pub(super) fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let n = args.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = dict::alloc(vm, 0)?;
    let depth = vm.heap.push_root(d);
    let r = maketrans_fill(vm, d, args);
    vm.heap.pop_roots(depth);
    r.map(|_| d)
}

pub(super) fn maketrans_fill(vm: &mut Vm, d: Value, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        let x = args[0];
        if vm.heap.kind(x) != Kind::Dict {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in dict::items(vm, x) {
            let key = if let Some(t) = vm.as_str(k) {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => new_int(vm, c as i64)?,
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if vm.is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dict::set(vm, d, key, v)?;
        }
        return Ok(());
    }
    let y = str_arg_n(vm, args[1], "maketrans", 2)?;
    let z = match args.get(2) {
        Some(&z) => str_arg_n(vm, z, "maketrans", 3)?,
        None => String::new(),
    };
    let Some(x) = vm.as_str(args[0]).map(String::from) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if char_len(&x) != char_len(&y) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let k = new_int(vm, a as i64)?;
        let v = new_int(vm, b as i64)?;
        dict::set(vm, d, k, v)?;
    }
    for c in z.chars() {
        let k = new_int(vm, c as i64)?;
        dict::set(vm, d, k, Value::NONE)?;
    }
    Ok(())
}

pub(super) fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, table) = one_arg(vm, "translate", args, kw)?;
    let mut out = String::with_capacity(s.len());
    let is_dict = vm.heap.kind(table) == Kind::Dict;
    for c in s.chars() {
        let key = new_int(vm, c as i64)?;
        let mapped = if is_dict {
            dict::get(vm, table, key)?
        } else {
            match vm.getitem(table, key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let exc = vm.pending();
                    if vm.exception_is(exc, TypeId::LookupError) {
                        vm.take_pending();
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if v == Value::NONE => {}
            Some(v) => {
                if let Some(t) = vm.as_str(v) {
                    out.push_str(t);
                } else if vm.is_int(v) {
                    let n = int::as_i64(vm, vm.builtin_value(v)).unwrap_or(-1);
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(ch) if n < 0x110000 => out.push(ch),
                        _ => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    result_str(vm, args[0], &s, &out)
}
