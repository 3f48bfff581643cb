// SPDX-License-Identifier: MIT
//! The builtin iterators, one heap kind `[iter_kind index | a b c]`, and the iteration protocol
//! (`iter()`, `next()`) for every value.
//!
//! | kind      | a                  | b                 | c          | index              |
//! |-----------|--------------------|-------------------|------------|--------------------|
//! | SEQ       | list/tuple/bytes   |                   |            | position           |
//! | STR       | str                |                   |            | byte offset        |
//! | RANGE     | start              | step              | length     | items produced     |
//! | DICT_*    | dict               | length at start   |            | entry position     |
//! | SET       | set                | length at start   |            | slot position      |
//! | ENUMERATE | iterator           | count             |            |                    |
//! | ZIP       | tuple of iterators | strict flag       |            |                    |
//! | MAP       | function           | tuple of iterators|            |                    |
//! | FILTER    | function or None   | iterator          |            |                    |
//! | REVERSED  | sequence           |                   |            | items left         |
//! | CALLABLE  | callable           | sentinel          |            | 1 when exhausted   |
//! | GETITEM   | object with `__getitem__` |       |            | next index         |

use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

#[cfg(feature = "set")]
use super::set;
use super::{class, dict, generator, int, list, tuple};

/// Iterator kinds.
pub mod kinds {
    /// Over a list, tuple, bytes or bytearray by index.
    pub const SEQ: u32 = 0;
    /// Over a str by byte offset.
    pub const STR: u32 = 1;
    /// Over a range.
    pub const RANGE: u32 = 2;
    /// Over dict keys.
    pub const DICT_KEYS: u32 = 3;
    /// Over dict values.
    pub const DICT_VALUES: u32 = 4;
    /// Over dict items.
    pub const DICT_ITEMS: u32 = 5;
    /// Over a set.
    pub const SET: u32 = 6;
    /// `enumerate`
    pub const ENUMERATE: u32 = 7;
    /// `zip`
    pub const ZIP: u32 = 8;
    /// `map`
    pub const MAP: u32 = 9;
    /// `filter`
    pub const FILTER: u32 = 10;
    /// `reversed`
    pub const REVERSED: u32 = 11;
    /// `iter(callable, sentinel)`
    pub const CALLABLE: u32 = 12;
    /// The old sequence protocol: `obj[0]`, `obj[1]`... until IndexError.
    pub const GETITEM: u32 = 13;
    /// The awaitable of `agen.__anext__()`/`asend(v)`: a = the async generator, b = the value
    /// to send first, index = 0 fresh, 1 started, 2 finished.
    pub const ASEND: u32 = 14;
    /// The awaitable of `agen.athrow(...)`/`aclose()`: a = the async generator, b = the tuple
    /// of `athrow` arguments (NULL for `aclose`), index = 0 fresh, 1 started, 2 finished.
    pub const ATHROW: u32 = 15;
}
use kinds::*;

const KIND: usize = 0;
const INDEX: usize = 1;
const A: usize = 2;
const B: usize = 3;
const C: usize = 4;

/// A new iterator of `kind` over `a`, `b`, `c`.
pub fn new(vm: &mut Vm, kind: u32, a: Value, b: Value, c: Value) -> PyResult<Value> {
    let d = vm.heap.push_root(a);
    vm.heap.push_root(b);
    vm.heap.push_root(c);
    let it = vm.alloc(Kind::Iter, 5);
    vm.heap.pop_roots(d);
    let it = it?;
    vm.heap.set(it, KIND, kind);
    vm.heap.set_value(it, A, a);
    vm.heap.set_value(it, B, b);
    vm.heap.set_value(it, C, c);
    Ok(it)
}

/// The fields of an iterator: kind, index, a, b, c (`iter_hint` reads them).
#[cfg(feature = "length-hint")]
pub(crate) fn parts(vm: &Vm, it: Value) -> (u32, usize, Value, Value, Value) {
    (
        vm.heap.get(it, KIND),
        vm.heap.get(it, INDEX) as usize,
        vm.heap.get_value(it, A),
        vm.heap.get_value(it, B),
        vm.heap.get_value(it, C),
    )
}

/// The Python type of an iterator object: CPython's per-container iterator types.
pub fn type_id(vm: &Vm, it: Value) -> TypeId {
    let a = vm.heap.get_value(it, A);
    match vm.heap.get(it, KIND) {
        SEQ => match vm.heap.kind(a) {
            Kind::List => TypeId::ListIterator,
            Kind::Tuple => TypeId::TupleIterator,
            Kind::ByteArray => TypeId::ByteArrayIterator,
            _ => TypeId::BytesIterator,
        },
        STR => match vm.str_text(a) {
            Some(s) if !s.is_ascii() => TypeId::StrIterator,
            _ => TypeId::StrAsciiIterator,
        },
        RANGE => TypeId::RangeIterator,
        DICT_KEYS => TypeId::DictKeyIterator,
        DICT_VALUES => TypeId::DictValueIterator,
        DICT_ITEMS => TypeId::DictItemIterator,
        SET => TypeId::SetIterator,
        ENUMERATE => TypeId::Enumerate,
        ZIP => TypeId::Zip,
        MAP => TypeId::Map,
        FILTER => TypeId::Filter,
        // `c` tells a reversed dict (or view) from a list: see `reversed()`.
        REVERSED => match vm.heap.get_value(it, C) {
            Value::NULL => match vm.heap.kind(a) {
                Kind::List => TypeId::ListReverseIterator,
                Kind::Range => TypeId::RangeIterator,
                _ => TypeId::Reversed,
            },
            c if c.is_small_int() && c.as_small_int() == 1 => TypeId::DictReverseValueIterator,
            c if c.is_small_int() && c.as_small_int() == 2 => TypeId::DictReverseItemIterator,
            _ => TypeId::DictReverseKeyIterator,
        },
        CALLABLE => TypeId::CallableIterator,
        ASEND => TypeId::AsyncGenASend,
        ATHROW => TypeId::AsyncGenAThrow,
        _ => TypeId::Iterator,
    }
}

/// Is `t` one of the per-container iterator types (not a builtin name, not subclassable)?
pub fn is_iterator_type(t: TypeId) -> bool {
    t >= TypeId::ListIterator && t <= TypeId::CallableIterator
}

/// Does `iter(v)` work without calling Python code (for error messages)?
pub fn is_iterable(vm: &Vm, v: Value) -> bool {
    v.is_qstr()
        || matches!(
            vm.heap.kind(v),
            Kind::List
                | Kind::Tuple
                | Kind::Str
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Range
                | Kind::Dict
                | Kind::Set
                | Kind::FrozenSet
                | Kind::DictView
                | Kind::Iter
                | Kind::Generator
                | Kind::MemoryView
                | Kind::Instance
                | Kind::Exception
                | Kind::Class
        )
}

impl Vm {
    /// An item of the sequence protocol, or the end of the iteration if `__getitem__` raised
    /// IndexError or StopIteration (which is then cleared).
    fn item_or_end(&mut self, r: PyResult<Value>) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let p = self.pending();
                if self.exception_is(p, TypeId::IndexError)
                    || self.exception_is(p, TypeId::StopIteration)
                {
                    self.take_pending();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: Value) -> PyResult<Value> {
        if v.is_qstr() {
            return new(self, STR, v, Value::NULL, Value::NULL);
        }
        match self.heap.kind(v) {
            Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray => {
                new(self, SEQ, v, Value::NULL, Value::NULL)
            }
            Kind::Str => new(self, STR, v, Value::NULL, Value::NULL),
            Kind::Range => {
                let (start, _stop, step) = super::range::parts(self, v);
                // The length as an int of any size: `iter(range(10**30))` works.
                let len = super::range::len_value(self, v)?;
                new(self, RANGE, start, step, len)
            }
            Kind::Dict => {
                let n = Value::small_int_unchecked(dict::len(self, v) as i32);
                new(self, DICT_KEYS, v, n, Value::NULL)
            }
            Kind::DictView => {
                let d = self.heap.get_value(v, 1);
                let which = self.heap.get(v, 0);
                let n = Value::small_int_unchecked(dict::len(self, d) as i32);
                new(self, DICT_KEYS + which, d, n, Value::NULL)
            }
            #[cfg(feature = "set")]
            Kind::Set | Kind::FrozenSet => {
                let n = Value::small_int_unchecked(set::len(self, v) as i32);
                new(self, SET, v, n, Value::NULL)
            }
            Kind::Iter | Kind::Generator => Ok(v),
            Kind::MemoryView => {
                let data = super::memoryview::to_vec(self, v);
                let b = super::bytes::new(self, &data)?;
                new(self, SEQ, b, Value::NULL, Value::NULL)
            }
            Kind::Instance | Kind::Exception => class::instance_iter(self, v),
            // The console's input streams (`sys.stdin`, `sys.stdin.buffer`) are native modules
            // that iterate through their `__iter__` function; other modules are not iterable.
            Kind::Module => {
                let d = self.heap.get_value(v, 1);
                let stream = class::module_name(self, v).starts_with("_stdin");
                match dict::get_str(self, d, "__iter__").filter(|_| stream) {
                    Some(f) => self.call(f, &[], &[]),
                    None => Err(self.type_error(error_msg!(
                        "object not iterable",
                        "'{t}' object is not iterable",
                        t = self.type_name(v)
                    ))),
                }
            }
            Kind::Class => match class::meta_special(self, v, "__iter__", &[])? {
                Some(it) => Ok(it),
                None => Err(self.type_error(error_msg!(
                    "object not iterable",
                    "'{t}' object is not iterable",
                    t = self.type_name(v)
                ))),
            },
            _ => Err(self.type_error(error_msg!(
                "object not iterable",
                "'{t}' object is not iterable",
                t = self.type_name(v)
            ))),
        }
    }

    /// `next(it)`: Ok(None) when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.heap.kind(it) {
            Kind::Iter => self.iter_next(it),
            Kind::Generator => match generator::resume(self, it, Value::NONE, false)? {
                generator::Sent::Yielded(v) => Ok(Some(v)),
                generator::Sent::Returned(_) => Ok(None),
            },
            Kind::Instance | Kind::Exception => class::instance_next(self, it),
            _ => Err(self.type_error(error_msg!(
                "object not an iterator",
                "'{t}' object is not an iterator",
                t = self.type_name(it)
            ))),
        }
    }

    fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let kind = self.heap.get(it, KIND);
        let index = self.heap.get(it, INDEX) as usize;
        let a = self.heap.get_value(it, A);
        let b = self.heap.get_value(it, B);
        match kind {
            SEQ => {
                let n = self.heap.get(a, 0) as usize;
                if index >= n {
                    return Ok(None);
                }
                self.heap.set(it, INDEX, index as u32 + 1);
                match self.heap.kind(a) {
                    Kind::List | Kind::Tuple => Ok(Some(self.heap.get_value(a, 1 + index))),
                    _ => {
                        let byte = self.heap.bytes(a, 1, n).get(index).copied().unwrap_or(0);
                        Ok(Some(Value::small_int_unchecked(byte as i32)))
                    }
                }
            }
            STR => {
                let text = self.str_text(a).unwrap_or("");
                let Some(ch) = text.get(index..).and_then(|t| t.chars().next()) else {
                    return Ok(None);
                };
                self.heap.set(it, INDEX, (index + ch.len_utf8()) as u32);
                let mut buf = [0u8; 4];
                let s = ch.encode_utf8(&mut buf);
                self.intern_char(s).map(Some)
            }
            RANGE => {
                let c = self.heap.get_value(it, C);
                // A length beyond i64 is as good as endless.
                let len = int::as_i64(self, c).unwrap_or(i64::MAX);
                if index as i64 >= len {
                    return Ok(None);
                }
                self.heap.set(it, INDEX, index as u32 + 1);
                if a.is_small_int() && b.is_small_int() {
                    let v = a.as_small_int() as i64 + b.as_small_int() as i64 * index as i64;
                    return int::from_i64(self, v).map(Some);
                }
                let (Some(s), Some(st)) = (int::to_big(self, a), int::to_big(self, b)) else {
                    return Ok(None);
                };
                let v = s.add(&st.mul(&super::bigint::BigInt::from_i64(index as i64)));
                int::from_big(self, &v).map(Some)
            }
            DICT_KEYS | DICT_VALUES | DICT_ITEMS => {
                if dict::len(self, a) as i32 != b.as_small_int() {
                    self.heap.set_value(it, B, Value::small_int_unchecked(-1));
                    return Err(self.raise_new(
                        TypeId::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let Some((next, k, v)) = dict::next_entry(self, a, index) else {
                    return Ok(None);
                };
                self.heap.set(it, INDEX, next as u32);
                match kind {
                    DICT_KEYS => Ok(Some(k)),
                    DICT_VALUES => Ok(Some(v)),
                    _ => tuple::new(self, &[k, v]).map(Some),
                }
            }
            #[cfg(feature = "set")]
            SET => {
                if set::len(self, a) as i32 != b.as_small_int() {
                    return Err(
                        self.raise_new(TypeId::RuntimeError, "Set changed size during iteration")
                    );
                }
                let Some((next, k)) = set::next_entry(self, a, index) else {
                    return Ok(None);
                };
                self.heap.set(it, INDEX, next as u32);
                Ok(Some(k))
            }
            ENUMERATE => {
                let Some(v) = self.next(a)? else {
                    return Ok(None);
                };
                let d = self.heap.push_root(v);
                let count = self.heap.get_value(it, B);
                let r = tuple::new(self, &[count, v]);
                self.heap.pop_roots(d);
                let r = r?;
                let d = self.heap.push_root(r);
                let one = Value::small_int_unchecked(1);
                let next = self.binary_op(crate::bytecode::BinaryOp::Add, count, one);
                self.heap.pop_roots(d);
                self.heap.set_value(it, B, next?);
                Ok(Some(r))
            }
            ZIP => self.zip_next(it, a, b),
            MAP => {
                let iters = tuple::items(self, b);
                let acc = list::alloc(self, iters.len())?;
                let d = self.heap.push_root(acc);
                for i in iters {
                    match self.next(i) {
                        Ok(Some(v)) => {
                            if let Err(e) = list::append(self, acc, v) {
                                self.heap.pop_roots(d);
                                return Err(e);
                            }
                        }
                        Ok(None) => {
                            self.heap.pop_roots(d);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.heap.pop_roots(d);
                            return Err(e);
                        }
                    }
                }
                let args = list::items(self, acc);
                let r = self.call(a, &args, &[]);
                self.heap.pop_roots(d);
                r.map(Some)
            }
            FILTER => loop {
                let Some(v) = self.next(b)? else {
                    return Ok(None);
                };
                let d = self.heap.push_root(v);
                let keep = if a.is_none() {
                    self.truthy(v)
                } else {
                    self.call(a, &[v], &[]).and_then(|r| self.truthy(r))
                };
                self.heap.pop_roots(d);
                if keep? {
                    return Ok(Some(v));
                }
            },
            REVERSED => {
                if index == 0 {
                    return Ok(None);
                }
                self.heap.set(it, INDEX, index as u32 - 1);
                let i = Value::small_int_unchecked(index as i32 - 1);
                // As CPython's reversed(): an IndexError or StopIteration from __getitem__
                // ends the iteration (for good).
                let r = self.getitem(a, i);
                let item = self.item_or_end(r)?;
                if item.is_none() {
                    self.heap.set(it, INDEX, 0);
                }
                Ok(item)
            }
            GETITEM => {
                let i = Value::small_int_unchecked(index as i32);
                self.heap.set(it, INDEX, index as u32 + 1);
                let r = self.getitem(a, i);
                self.item_or_end(r)
            }
            #[cfg(any(feature = "async", test))]
            ASEND | ATHROW => match super::async_gen::step(self, it, Value::NONE, None)? {
                generator::Sent::Yielded(v) => Ok(Some(v)),
                generator::Sent::Returned(_) => Ok(None),
            },
            CALLABLE => {
                if index == 1 {
                    return Ok(None);
                }
                let v = self.call(a, &[], &[])?;
                if self.eq(v, b)? {
                    self.heap.set(it, INDEX, 1);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            _ => Ok(None),
        }
    }

    fn zip_next(&mut self, it: Value, iters_t: Value, strict: Value) -> PyResult<Option<Value>> {
        let iters = tuple::items(self, iters_t);
        if iters.is_empty() {
            return Ok(None);
        }
        let acc = list::alloc(self, iters.len())?;
        let d = self.heap.push_root(acc);
        let r = (|| {
            for (k, i) in iters.iter().enumerate() {
                match self.next(*i)? {
                    Some(v) => list::append(self, acc, v)?,
                    None => {
                        if strict == Value::TRUE {
                            if k > 0 {
                                return Err(self.value_error(error_msg!(
                                    "zip() argument is shorter",
                                    "zip() argument {} is shorter than argument 1",
                                    k + 1
                                )));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if self.next(*other)?.is_some() {
                                    return Err(self.value_error(error_msg!(
                                        "zip() argument is longer",
                                        "zip() argument {} is longer than argument 1",
                                        j + 1
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            let items = list::items(self, acc);
            tuple::new(self, &items).map(Some)
        })();
        self.heap.pop_roots(d);
        let _ = it;
        r
    }

    /// A one-character str (ASCII ones are interned so iteration over text does not allocate).
    fn intern_char(&mut self, s: &str) -> PyResult<Value> {
        if s.len() == 1 {
            self.intern(s)
        } else {
            self.new_str(s)
        }
    }

    /// `list(v)`: a new list of the items of any iterable.
    pub fn to_list(&mut self, v: Value) -> PyResult<Value> {
        let l = list::alloc(self, 4)?;
        let d = self.heap.push_root(l);
        let r = self.extend_list(l, v);
        self.heap.pop_roots(d);
        r.map(|_| l)
    }

    /// `l.extend(v)`.
    pub fn extend_list(&mut self, l: Value, v: Value) -> PyResult<()> {
        match self.heap.kind(v) {
            Kind::List | Kind::Tuple => {
                let items = if self.heap.kind(v) == Kind::List {
                    list::items(self, v)
                } else {
                    tuple::items(self, v)
                };
                let n = list::len(self, l);
                return list::splice(self, l, n, n, &items);
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let d = self.heap.push_root(it);
        let r = loop {
            match self.next(it) {
                Ok(Some(x)) => {
                    if let Err(e) = list::append(self, l, x) {
                        break Err(e);
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.heap.pop_roots(d);
        r
    }

    /// The items of an iterable as a rooted heap list plus a transient copy; release with
    /// `heap.pop_roots(depth)`.
    pub fn rooted_items(&mut self, v: Value) -> PyResult<(Vec<Value>, usize)> {
        let l = self.to_list(v)?;
        let depth = self.heap.push_root(l);
        Ok((list::items(self, l), depth))
    }
}

/// `reversed(seq)`: `seq.__reversed__()`, else a reverse iterator over a sequence (`__len__`
/// and `__getitem__`); dicts and their views iterate over a snapshot of their keys/values/items
/// (marked in `c` for the type name).
pub fn make_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::constructors::no_kwargs(vm, "reversed", kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(error_msg!(
            "function takes wrong number of arguments",
            "reversed expected 1 argument, got {n}",
            n = args.len()
        )));
    }
    let seq = args[0];
    let not_reversible = |vm: &mut Vm| {
        vm.type_error(error_msg!(
            "object not reversible",
            "'{tn}' object is not reversible",
            tn = vm.type_name(seq)
        ))
    };
    if vm.heap.kind(seq) == Kind::Instance {
        let t = vm.type_of(seq);
        let n = vm.intern("__reversed__")?;
        match class::user_override_pub(vm, t, n)? {
            Some(f) if f.is_none() => return Err(not_reversible(vm)),
            Some(_) => {
                if let Some(r) = class::call_special(vm, seq, "__reversed__", &[])? {
                    return Ok(r);
                }
            }
            None => {}
        }
    }
    let inner = vm.builtin_value(seq);
    let mut marker = Value::NULL;
    let seq = match vm.heap.kind(inner) {
        Kind::Dict => {
            let keys = dict::items(vm, inner)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>();
            marker = Value::small_int_unchecked(0);
            list::from_slice(vm, &keys)?
        }
        Kind::DictView => {
            marker = Value::small_int_unchecked(vm.heap.get(inner, 0) as i32);
            vm.to_list(inner)?
        }
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Range => inner,
        Kind::MemoryView => inner,
        Kind::Instance => {
            let t = vm.type_of(seq);
            let (l, g) = (vm.intern("__len__")?, vm.intern("__getitem__")?);
            let has_len = class::user_override_pub(vm, t, l)?.is_some_and(|f| !f.is_none());
            let has_get = class::user_override_pub(vm, t, g)?.is_some_and(|f| !f.is_none());
            if !(has_len && has_get) {
                return Err(not_reversible(vm));
            }
            seq
        }
        _ if inner.is_qstr() => inner,
        _ => return Err(not_reversible(vm)),
    };
    let d = vm.heap.push_root(seq);
    let r = vm.len(seq).and_then(|n| {
        let it = new(vm, REVERSED, seq, Value::NULL, marker)?;
        vm.heap.set(it, INDEX, n as u32);
        Ok(it)
    });
    vm.heap.pop_roots(d);
    r
}
