// SPDX-License-Identifier: MIT
//! `str.maketrans` and `str.translate` (feature `str-extras`, absent at `minimal` as on
//! MicroPython's small ports). Split from `str_methods.rs` by concern.

use super::*;
use crate::objects::types::TypeId;

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
