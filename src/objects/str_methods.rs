// SPDX-License-Identifier: MIT
//! The methods of `str`, and `repr` of text.

use alloc::string::String;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::native::NativeFn;

/// `repr()` of a string: single quotes unless the text contains `'` and no `"`, with escapes.
pub fn repr_text(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&alloc::format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&alloc::format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&alloc::format!("\\u{n:04x}"));
                } else {
                    out.push_str(&alloc::format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Characters CPython's `str.isprintable()` rejects (beyond the ASCII controls): C1 controls,
/// the separators other than the space, and unassigned/format characters we know of.
pub fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..=0xa0).contains(&n)
        || n == 0xad
        || (0x2000..=0x200f).contains(&n)
        || (0x2028..=0x202f).contains(&n)
        || (0x205f..=0x206f).contains(&n)
        || n == 0x3000
        || n == 0xfeff
        || (0xd800..=0xdfff).contains(&n)
        || (0xe000..=0xf8ff).contains(&n)
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0xfffe
        || n == 0xffff
}

fn str_join(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&sep), Some(&it)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("join() takes exactly one argument"));
    };
    let (items, depth) = vm.rooted_items(it)?;
    let mut out = String::new();
    let sep_text = String::from(vm.as_str(sep).unwrap_or(""));
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep_text);
        }
        match vm.as_str(*v) {
            Some(s) => out.push_str(s),
            None => {
                let t = vm.type_name(*v);
                vm.heap.pop_roots(depth);
                return Err(vm.type_error(alloc::format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    vm.heap.pop_roots(depth);
    vm.new_str(&out)
}

/// The methods of `str`.
pub static METHODS: &[NativeFn] = &[NativeFn::method("join", str_join)];
