// SPDX-License-Identifier: MIT
//! The methods only `bytearray` has: those that change it in place (`append`, `extend`,
//! `insert`, `pop`, `remove`, `reverse`, `clear`, item assignment and deletion) and `copy`.

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::*;

pub(super) fn ba_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "append")?;
    let [x, ..] = check(vm, args, kw, "append", Style::One)?;
    let x = x.unwrap_or(Value::NONE);
    let x = byte_value(vm, x)?;
    crate::objects::bytes::push_bytes(vm, b, &[x])?;
    Ok(Value::NONE)
}

pub(super) fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "extend")?;
    let [x, ..] = check(vm, args, kw, "extend", Style::One)?;
    let x = x.unwrap_or(Value::NONE);
    if vm.as_str(x).is_none()
        && bytes_like(vm, x).is_none()
        && !crate::objects::iter::is_iterable(vm, x)
    {
        return Err(vm.type_error(error_msg!(
            "can't extend bytearray",
            "can't extend bytearray with {t}",
            t = vm.type_name(x)
        )));
    }
    if vm.as_str(x).is_some() {
        return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
    }
    crate::objects::bytes::extend_iterable(vm, b, x)?;
    Ok(Value::NONE)
}

pub(super) fn ba_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "insert")?;
    check(vm, args, kw, "insert", Style::Clinic(2, 2))?;
    if args.len() != 3 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = crate::objects::list_methods::int_arg(vm, args[1])?;
    let x = byte_value(vm, args[2])?;
    let mut d = data(vm, b).to_vec();
    let n = d.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.insert(pos, x);
    set_data(vm, b, &d)?;
    Ok(Value::NONE)
}

pub(super) fn ba_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "pop")?;
    check(vm, args, kw, "pop", Style::Clinic(0, 1))?;
    let mut d = data(vm, b).to_vec();
    let i = match args.get(1) {
        Some(&v) => crate::objects::list_methods::int_arg(vm, v)?,
        None => -1,
    };
    if d.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = d.remove(idx as usize);
    set_data(vm, b, &d)?;
    Ok(Value::small_int_unchecked(x as i32))
}

pub(super) fn ba_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "remove")?;
    let [x, ..] = check(vm, args, kw, "remove", Style::One)?;
    let x = x.unwrap_or(Value::NONE);
    let x = byte_value(vm, x)?;
    let mut d = data(vm, b).to_vec();
    let Some(pos) = d.iter().position(|&c| c == x) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    d.remove(pos);
    set_data(vm, b, &d)?;
    Ok(Value::NONE)
}

pub(super) fn ba_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "reverse")?;
    check(vm, args, kw, "reverse", Style::NoArgs)?;
    let mut d = data(vm, b).to_vec();
    d.reverse();
    set_data(vm, b, &d)?;
    Ok(Value::NONE)
}

pub(super) fn ba_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "clear")?;
    check(vm, args, kw, "clear", Style::NoArgs)?;
    set_data(vm, b, &[])?;
    Ok(Value::NONE)
}

pub(super) fn ba_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "copy")?;
    check(vm, args, kw, "copy", Style::NoArgs)?;
    let d = data(vm, b).to_vec();
    new_kind(vm, Kind::ByteArray, &d)
}

pub(super) fn ba_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "__setitem__")?;
    check(vm, args, kw, "__setitem__", Style::Slot(2))?;
    let (Some(&key), Some(&v)) = (args.get(1), args.get(2)) else {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    crate::objects::bytes::setitem(vm, b, key, v)?;
    Ok(Value::NONE)
}

pub(super) fn ba_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this_mut(vm, args, "__delitem__")?;
    let [key, ..] = check(vm, args, kw, "__delitem__", Style::Slot(1))?;
    let key = key.unwrap_or(Value::NONE);
    crate::objects::bytes::delitem(vm, b, key)?;
    Ok(Value::NONE)
}
