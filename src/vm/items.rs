// SPDX-License-Identifier: MIT
//! Item access: `obj[key]`, `obj[key] = v`, `del obj[key]`, with indices and slices of every
//! builtin sequence, mappings, and user `__getitem__`/`__setitem__`/`__delitem__`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::range::{self, SliceIndices};
use crate::objects::{bytes, class, dict, int, list, tuple};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if obj.is_qstr() {
            return self.str_getitem(obj, key);
        }
        match self.heap.kind(obj) {
            Kind::List | Kind::Tuple => {
                let is_list = self.heap.kind(obj) == Kind::List;
                let n = self.heap.get(obj, 0) as usize;
                if self.heap.kind(key) == Kind::Slice {
                    let si = range::slice_indices(self, key, n)?;
                    let items: Vec<Value> =
                        si.iter().map(|i| self.heap.get_value(obj, 1 + i)).collect();
                    return if is_list {
                        list::from_slice(self, &items)
                    } else {
                        tuple::new(self, &items)
                    };
                }
                let what = if is_list { "list" } else { "tuple" };
                let i = self.seq_index(key, n, what)?;
                Ok(self.heap.get_value(obj, 1 + i))
            }
            Kind::Str => self.str_getitem(obj, key),
            Kind::Dict => match dict::get(self, obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            Kind::Bytes | Kind::ByteArray => bytes::getitem(self, obj, key),
            Kind::Range => range::getitem(self, obj, key),
            Kind::MemoryView => crate::objects::memoryview::getitem(self, obj, key),
            Kind::Instance => class::instance_getitem(self, obj, key),
            Kind::Class => class::class_getitem(self, obj, key),
            _ => {
                if obj.as_builtin_type().is_some() {
                    return class::builtin_class_getitem(self, obj, key);
                }
                Err(self.type_error(error_msg!(
                    "object not subscriptable",
                    "'{t}' object is not subscriptable",
                    t = self.type_name(obj)
                )))
            }
        }
    }

    fn str_getitem(&mut self, s: Value, key: Value) -> PyResult<Value> {
        let text = String::from(self.str_text(s).unwrap_or(""));
        let ascii = text.is_ascii();
        let n = if ascii {
            text.len()
        } else {
            text.chars().count()
        };
        if self.heap.kind(key) == Kind::Slice {
            let si = range::slice_indices(self, key, n)?;
            let out: String = if ascii {
                si.iter()
                    .filter_map(|i| text.as_bytes().get(i).map(|b| *b as char))
                    .collect()
            } else {
                let chars: Vec<char> = text.chars().collect();
                si.iter().filter_map(|i| chars.get(i).copied()).collect()
            };
            return self.new_str(&out);
        }
        let i = self.seq_index(key, n, "string")?;
        let ch = if ascii {
            text.as_bytes().get(i).map(|b| *b as char)
        } else {
            text.chars().nth(i)
        };
        let mut buf = [0u8; 4];
        let s = ch.unwrap_or(' ').encode_utf8(&mut buf);
        self.new_str(s)
    }

    /// Converts an index value for a sequence of length `n` (negative counts from the end).
    pub fn seq_index(&mut self, key: Value, n: usize, what: &str) -> PyResult<usize> {
        let Some(i) = self.index_value(key)? else {
            if what == "string" {
                return Err(self.type_error(error_msg!(
                    "indices must be integers",
                    "string indices must be integers, not '{t}'",
                    t = self.type_name(key)
                )));
            }
            // "list assignment index out of range", but "list indices must be integers".
            let what = what.strip_suffix(" assignment").unwrap_or(what);
            return Err(self.type_error(error_msg!(
                "indices must be integers",
                "{what} indices must be integers or slices, not {t}",
                t = self.type_name(key)
            )));
        };
        // index_value saturates what does not fit in an i64.
        if i == i64::MAX / 2 || i == i64::MIN / 2 {
            return Err(self.index_error(error_msg!(
                "int too big",
                "cannot fit '{t}' into an index-sized integer",
                t = self.type_name(key)
            )));
        }
        let idx = if i < 0 { i + n as i64 } else { i };
        if idx < 0 || idx >= n as i64 {
            return Err(self.index_error(error_msg!(
                "index out of range",
                "{what} index out of range"
            )));
        }
        Ok(idx as usize)
    }

    /// An int (or `__index__`) value as i64; None if `v` is not an integer; OverflowError-free:
    /// huge values saturate (they are out of range for any sequence anyway).
    pub fn index_value(&mut self, v: Value) -> PyResult<Option<i64>> {
        if v.is_small_int() {
            return Ok(Some(v.as_small_int() as i64));
        }
        if self.is_int(v) {
            return Ok(Some(match int::to_big(self, v) {
                Some(b) => b.to_i64().unwrap_or(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }),
                None => 0,
            }));
        }
        match self.index_int(v)? {
            Some(r) => self.index_value(r),
            None => Ok(None),
        }
    }

    /// `operator.index(v)` for values that are not ints themselves: the result of a user
    /// class's `__index__` (checked to be an int), None if it has none.
    pub fn index_int(&mut self, v: Value) -> PyResult<Option<Value>> {
        if self.is_int(v) {
            return Ok(Some(v));
        }
        if self.heap.kind(v) != Kind::Instance {
            return Ok(None);
        }
        let name = self.intern("__index__")?;
        let Some(m) = class::lookup_special(self, v, name)? else {
            return Ok(None);
        };
        let r = self.call(m, &[v], &[])?;
        if !self.is_int(r) {
            return Err(self.type_error(error_msg!(
                "__index__ returned non-int",
                "__index__ returned non-int (type {t})",
                t = self.type_name(r)
            )));
        }
        Ok(Some(r))
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        match self.heap.kind(obj) {
            Kind::List => {
                let n = list::len(self, obj);
                if self.heap.kind(key) == Kind::Slice {
                    return self.list_set_slice(obj, key, v);
                }
                let i = self.seq_index(key, n, "list assignment")?;
                list::set(self, obj, i, v);
                Ok(())
            }
            Kind::Dict => dict::set(self, obj, key, v),
            #[cfg(feature = "bytearray")]
            Kind::ByteArray => bytes::setitem(self, obj, key, v),
            Kind::MemoryView => crate::objects::memoryview::setitem(self, obj, key, v),
            Kind::Instance => class::instance_setitem(self, obj, key, v),
            _ => Err(self.type_error(error_msg!(
                "object doesn't support item assignment",
                "'{t}' object does not support item assignment",
                t = self.type_name(obj)
            ))),
        }
    }

    fn list_set_slice(&mut self, l: Value, key: Value, v: Value) -> PyResult<()> {
        let n = list::len(self, l);
        let si = range::slice_indices(self, key, n)?;
        let items = if v == l {
            list::items(self, l)
        } else {
            self.collect_items(v)?
        };
        if si.step == 1 {
            let stop = si.stop.max(si.start);
            return list::splice(self, l, si.start as usize, stop as usize, &items);
        }
        let targets: Vec<usize> = si.iter().collect();
        if targets.len() != items.len() {
            return Err(self.value_error(error_msg!(
                "wrong length for extended slice",
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                targets.len()
            )));
        }
        for (i, x) in targets.iter().zip(items) {
            list::set(self, l, *i, x);
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        match self.heap.kind(obj) {
            Kind::List => {
                let n = list::len(self, obj);
                if self.heap.kind(key) == Kind::Slice {
                    let si = range::slice_indices(self, key, n)?;
                    return self.list_del_slice(obj, si);
                }
                let i = self.seq_index(key, n, "list assignment")?;
                list::remove_at(self, obj, i);
                Ok(())
            }
            Kind::Dict => match dict::remove(self, obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            #[cfg(feature = "bytearray")]
            Kind::ByteArray => bytes::delitem(self, obj, key),
            Kind::Instance => class::instance_delitem(self, obj, key),
            _ => Err(self.type_error(error_msg!(
                "object doesn't support item deletion",
                "'{t}' object doesn't support item deletion",
                t = self.type_name(obj)
            ))),
        }
    }

    fn list_del_slice(&mut self, l: Value, si: SliceIndices) -> PyResult<()> {
        let mut remove: Vec<usize> = si.iter().collect();
        // A slice's indices are monotonic: ascending for a negative step after reversing.
        if remove.first() > remove.last() {
            remove.reverse();
        }
        let items = list::items(self, l);
        let kept: Vec<Value> = items
            .iter()
            .enumerate()
            .filter(|(i, _)| remove.binary_search(i).is_err())
            .map(|(_, v)| *v)
            .collect();
        let n = items.len();
        list::splice(self, l, 0, n, &kept)
    }

    /// The items of any iterable, as a transient Vec. The values are kept alive by a heap list
    /// on the temporary root stack, which the caller must release with `pop_roots` — or use
    /// this only where no allocation happens before the values are stored.
    pub fn collect_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match self.heap.kind(v) {
            Kind::List => Ok(list::items(self, v)),
            Kind::Tuple => Ok(tuple::items(self, v)),
            _ => {
                let l = self.to_list(v)?;
                Ok(list::items(self, l))
            }
        }
    }

    /// Raises the error for a missing key of a mapping.
    pub fn missing_key(&mut self, key: Value) -> PyErr {
        self.key_error(key)
    }
}
