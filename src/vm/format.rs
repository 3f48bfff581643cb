// SPDX-License-Identifier: MIT
//! `repr()`, `str()`, `ascii()` and `format()` of every value. Containers print recursively
//! (guarded against self-reference with `[...]` and against deep nesting with RecursionError).

use alloc::format;
use alloc::string::String;
#[cfg(feature = "set")]
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
#[cfg(feature = "float")]
use crate::objects::float;
#[cfg(feature = "set")]
use crate::objects::set;
use crate::objects::types::TypeId;
use crate::objects::{class, dict, int, range, str_methods};

use super::{PyResult, Vm};

/// How deeply `repr` may recurse into nested containers before RecursionError.
const MAX_REPR_DEPTH: usize = 200;

impl Vm {
    /// `repr(v)` as a str Value.
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        if v.is_qstr() || self.heap.kind(v) == Kind::Str {
            let s = str_methods::repr_text(self.str_text(v).unwrap_or(""));
            return self.new_str(&s);
        }
        let s = self.repr_string(v)?;
        self.new_str(&s)
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if v.is_small_int() {
            return Ok(format!("{}", v.as_small_int()));
        }
        if let Some(s) = self.str_text(v) {
            return Ok(str_methods::repr_text(s));
        }
        match v {
            Value::NONE => return Ok(String::from("None")),
            Value::TRUE => return Ok(String::from("True")),
            Value::FALSE => return Ok(String::from("False")),
            Value::ELLIPSIS => return Ok(String::from("Ellipsis")),
            Value::NOT_IMPLEMENTED => return Ok(String::from("NotImplemented")),
            _ => {}
        }
        if self.heap.kind(v) == Kind::Class {
            if let Some(r) = crate::objects::class::meta_special(self, v, "__repr__", &[])? {
                return Ok(String::from(self.str_text(r).unwrap_or("")));
            }
        }
        if v.as_builtin_type().is_some() || self.heap.kind(v) == Kind::Class {
            let name = class::type_qualname_for_repr(self, v);
            return Ok(format!("<class '{name}'>"));
        }
        if let Some(id) = v.as_native() {
            let name = crate::objects::native::lookup(id)
                .map(|n| n.name)
                .unwrap_or("?");
            if let Some(t) = crate::objects::slots::method_owner(id) {
                let t = t.name();
                if crate::objects::slots::is_slot_name(name) {
                    return Ok(format!("<slot wrapper '{name}' of '{t}' objects>"));
                }
                return Ok(format!("<method '{name}' of '{t}' objects>"));
            }
            return Ok(format!("<built-in function {name}>"));
        }
        match self.heap.kind(v) {
            #[cfg(feature = "float")]
            Kind::Float => Ok(float::repr(self, v)),
            #[cfg(feature = "complex")]
            Kind::Complex => Ok(crate::objects::complex::repr(self, v)),
            Kind::BigInt => int::to_decimal_checked(self, v),
            Kind::Bytes | Kind::ByteArray => Ok(crate::objects::bytes::repr(self, v)),
            Kind::List
            | Kind::Tuple
            | Kind::Dict
            | Kind::Set
            | Kind::FrozenSet
            | Kind::DictView => self.container_repr(v),
            Kind::Range => range::repr(self, v),
            Kind::MemoryView => Ok(crate::objects::memoryview::repr(v)),
            Kind::Slice => range::slice_repr(self, v),
            Kind::Function => {
                let q = self.heap.get_value(v, crate::objects::function::QUALNAME);
                let q = String::from(self.str_text(q).unwrap_or("?"));
                Ok(format!("<function {q} at {}>", addr(v)))
            }
            Kind::BoundMethod => {
                let f = self.heap.get_value(v, 1);
                let s = self.heap.get_value(v, 0);
                let q = self.heap.get_value(f, crate::objects::function::QUALNAME);
                let q = String::from(self.str_text(q).unwrap_or("?"));
                let sr = self.repr_string(s)?;
                Ok(format!("<bound method {q} of {sr}>"))
            }
            Kind::NativeMethod => {
                let s = self.heap.get_value(v, 0);
                let f = self.heap.get_value(v, 1);
                let name = f
                    .as_native()
                    .and_then(crate::objects::native::lookup)
                    .map(|n| n.name)
                    .unwrap_or("?");
                let t = self.type_name(s);
                if crate::objects::slots::is_slot_name(name) && t != "type" {
                    return Ok(format!(
                        "<method-wrapper '{name}' of {t} object at {}>",
                        addr(s)
                    ));
                }
                Ok(format!(
                    "<built-in method {name} of {t} object at {}>",
                    addr(s)
                ))
            }
            Kind::Module => {
                let name = class::module_name(self, v);
                Ok(format!("<module '{name}'>"))
            }
            Kind::Generator => crate::objects::generator::repr(self, v),
            Kind::Instance | Kind::Exception => class::instance_repr(self, v),
            Kind::Cell => Ok(format!("<cell at {}>", addr(v))),
            Kind::Code => {
                let n = crate::objects::function::code_name(self, v);
                Ok(format!("<code object {n} at {}>", addr(v)))
            }
            _ => {
                let t = self.type_name(v);
                Ok(format!("<{t} object at {}>", addr(v)))
            }
        }
    }

    fn container_repr(&mut self, v: Value) -> PyResult<String> {
        if self.repr_stack.contains(&v) {
            return Ok(String::from(match self.heap.kind(v) {
                Kind::List => "[...]",
                Kind::Dict => "{...}",
                Kind::DictView => "...",
                _ => "(...)",
            }));
        }
        if self.repr_stack.len() >= MAX_REPR_DEPTH || self.stack_low() {
            return Err(self.raise_new(
                TypeId::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(v);
        let r = self.container_repr_inner(v);
        self.repr_stack.pop();
        r
    }

    fn container_repr_inner(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        match self.heap.kind(v) {
            Kind::List | Kind::Tuple => {
                let is_list = self.heap.kind(v) == Kind::List;
                out.push(if is_list { '[' } else { '(' });
                let mut i = 0;
                while i < self.heap.get(v, 0) as usize {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let item = self.heap.get_value(v, 1 + i);
                    out.push_str(&self.repr_string(item)?);
                    i += 1;
                }
                if !is_list && i == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            Kind::Dict => {
                out.push('{');
                let mut pos = 0;
                let mut first = true;
                while let Some((next, k, val)) = dict::next_entry(self, v, pos) {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    out.push_str(&self.repr_string(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr_string(val)?);
                    pos = next;
                }
                out.push('}');
            }
            #[cfg(feature = "set")]
            Kind::Set | Kind::FrozenSet => {
                let items = set::items(self, v);
                let frozen = self.heap.kind(v) == Kind::FrozenSet;
                if items.is_empty() {
                    return Ok(String::from(if frozen { "frozenset()" } else { "set()" }));
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                let parts = self.repr_all(&items)?;
                out.push_str(&parts.join(", "));
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            Kind::DictView => {
                let d = self.heap.get_value(v, 1);
                let which = self.heap.get(v, 0);
                let name = ["dict_keys", "dict_values", "dict_items"]
                    .get(which as usize)
                    .copied()
                    .unwrap_or("dict_keys");
                out.push_str(name);
                out.push_str("([");
                let mut pos = 0;
                let mut first = true;
                while let Some((next, k, val)) = dict::next_entry(self, d, pos) {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match which {
                        0 => out.push_str(&self.repr_string(k)?),
                        1 => out.push_str(&self.repr_string(val)?),
                        _ => {
                            out.push('(');
                            out.push_str(&self.repr_string(k)?);
                            out.push_str(", ");
                            out.push_str(&self.repr_string(val)?);
                            out.push(')');
                        }
                    }
                    pos = next;
                }
                out.push_str("])");
            }
            _ => {}
        }
        Ok(out)
    }

    #[cfg(feature = "set")]
    fn repr_all(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string(*it)?);
        }
        Ok(parts)
    }

    /// `str(v)` as a str Value.
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if v.is_qstr() || self.heap.kind(v) == Kind::Str {
            return Ok(v);
        }
        match self.heap.kind(v) {
            Kind::Instance | Kind::Exception => class::instance_str(self, v),
            _ => self.repr(v),
        }
    }

    /// `str(v)` as Rust text.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        let s = self.to_str(v)?;
        Ok(String::from(self.str_text(s).unwrap_or("")))
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for ch in r.chars() {
            let c = ch as u32;
            if c < 0x80 {
                out.push(ch);
            } else if c <= 0xff {
                out.push_str(&format!("\\x{c:02x}"));
            } else if c <= 0xffff {
                out.push_str(&format!("\\u{c:04x}"));
            } else {
                out.push_str(&format!("\\U{c:08x}"));
            }
        }
        self.new_str(&out)
    }

    /// `format(v, spec)` (spec NULL or a str).
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let spec_text = if spec.is_null() {
            String::new()
        } else {
            match self.as_str(spec) {
                Some(s) => String::from(s),
                None => {
                    return Err(self.type_error(error_msg!(
                        "format spec must be str",
                        "format() argument 2 must be str, not {}",
                        if spec == Value::NONE {
                            String::from("None")
                        } else {
                            self.type_name(spec)
                        }
                    )));
                }
            }
        };
        crate::objects::str_format::format_value(self, v, &spec_text)
    }
}

/// A stable fake address for reprs (`0x...`), derived from the handle.
pub fn addr(v: Value) -> String {
    format!("{:#x}", 0x7f00_0000u32.wrapping_add(v.0))
}

/// `id()` of a value.
pub fn id_of(v: Value) -> i64 {
    0x7f00_0000i64 + v.0 as i64
}
