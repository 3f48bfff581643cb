// SPDX-License-Identifier: MIT
//! The generic operations every part of the VM uses: allocation, type of a value, truth,
//! hashing, equality and ordering, `len`, `in`, item access. Each dispatches on the value's tag
//! or heap kind to the type's file in `objects/`, and on user classes to their special methods.

use alloc::string::String;

use crate::bytecode::CompareOp;
use crate::gc::{Kind, Value};
#[cfg(feature = "set")]
use crate::objects::set;
use crate::objects::types::TypeId;
use crate::objects::{self, bytes, dict, float, int, list, str as pystr, tuple};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// Allocates a heap block, raising `MemoryError` if the heap is full.
    pub fn alloc(&mut self, kind: Kind, payload: usize) -> PyResult<Value> {
        match self.heap.alloc(kind, payload) {
            Ok(v) => Ok(v),
            Err(_) => Err(self.memory_error()),
        }
    }

    /// A new str Value.
    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        pystr::new(self, s)
    }

    /// The text of a str or qstr (None for anything else, including str subclass instances).
    pub fn str_text(&self, v: Value) -> Option<&str> {
        if v.is_qstr() {
            Some(crate::intern::text(self, v))
        } else if self.heap.kind(v) == Kind::Str {
            Some(self.heap.str_data(v))
        } else {
            None
        }
    }

    /// The text of a str, qstr or str-subclass instance.
    pub fn as_str(&self, v: Value) -> Option<&str> {
        self.str_text(self.builtin_value(v))
    }

    /// For an instance of a user subclass of a builtin type (`class L(list)`), the builtin value
    /// it wraps; otherwise `v` itself.
    pub fn builtin_value(&self, v: Value) -> Value {
        if self.heap.kind(v) == Kind::Instance {
            let inner = self.heap.get_value(v, 2);
            if !inner.is_null() {
                return inner;
            }
        }
        v
    }

    /// The type of `v`: a builtin type Value or a user class.
    pub fn type_of(&self, v: Value) -> Value {
        match self.heap.kind(v) {
            Kind::Instance => self.heap.get_value(v, 0),
            Kind::Exception => self.heap.get_value(v, objects::exception::TYPE),
            Kind::Class => objects::class::metaclass(self, v),
            Kind::Dead => self.builtin_type_of(v).value(),
            _ => self.builtin_type_of(v).value(),
        }
    }

    /// The builtin type of `v`'s representation (for instances of user classes, the builtin
    /// type of the value they wrap, or `object`).
    pub fn builtin_type_of(&self, v: Value) -> TypeId {
        if v.is_small_int() {
            return TypeId::Int;
        }
        if v.is_qstr() {
            return TypeId::Str;
        }
        if v.is_const() {
            return match v {
                Value::NONE => TypeId::NoneType,
                Value::TRUE | Value::FALSE => TypeId::Bool,
                Value::ELLIPSIS => TypeId::Ellipsis,
                _ => TypeId::NotImplementedType,
            };
        }
        if v.as_builtin_type().is_some() {
            return TypeId::Type;
        }
        if v.as_native().is_some() {
            return TypeId::BuiltinFunction;
        }
        match self.heap.kind(v) {
            Kind::Float => TypeId::Float,
            Kind::Complex => TypeId::Complex,
            Kind::MemoryView => TypeId::MemoryView,
            Kind::BigInt => TypeId::Int,
            Kind::Str => TypeId::Str,
            Kind::Bytes | Kind::RawBytes => TypeId::Bytes,
            Kind::ByteArray => TypeId::ByteArray,
            Kind::Tuple => TypeId::Tuple,
            Kind::List => TypeId::List,
            Kind::Dict => TypeId::Dict,
            Kind::Set => TypeId::Set,
            Kind::FrozenSet => TypeId::FrozenSet,
            Kind::Range => TypeId::Range,
            Kind::Slice => TypeId::Slice,
            Kind::Cell => TypeId::Cell,
            Kind::BoundMethod => TypeId::Method,
            Kind::Function => TypeId::Function,
            Kind::Code => TypeId::Code,
            Kind::Frame => TypeId::Frame,
            Kind::Generator => objects::generator::type_id(self, v),
            Kind::Module => TypeId::Module,
            Kind::Class => TypeId::Type,
            Kind::Instance => {
                let inner = self.heap.get_value(v, 2);
                if inner.is_null() {
                    TypeId::Object
                } else {
                    self.builtin_type_of(inner)
                }
            }
            Kind::Exception => {
                objects::class::builtin_base(self, self.heap.get_value(v, objects::exception::TYPE))
            }
            Kind::Traceback => TypeId::Traceback,
            Kind::Iter => objects::iter::type_id(self, v),
            Kind::DictView => objects::dict_methods::view_type(self, v),
            Kind::NativeMethod => TypeId::BuiltinFunction,
            Kind::Property => TypeId::Property,
            Kind::StaticMethod => TypeId::StaticMethod,
            Kind::ClassMethod => TypeId::ClassMethod,
            Kind::Super => TypeId::Super,
            Kind::Array | Kind::Dead => TypeId::Object,
        }
    }

    /// The name of `type(v)`, for error messages.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        objects::class::type_name(self, t)
    }

    /// The type name as CPython's argument parsing reports a bad argument
    /// (`argument 1 must be str, not None`): `None` itself rather than `NoneType`.
    pub fn arg_type_name(&self, v: Value) -> String {
        if v.is_none() {
            String::from("None")
        } else {
            self.type_name(v)
        }
    }

    /// Is `v` an instance of the builtin type `t` (or a subclass of it)?
    pub fn isinstance_builtin(&self, v: Value, t: TypeId) -> bool {
        let bt = self.builtin_type_of(v);
        bt.is_subtype(t) || (t == TypeId::Int && bt == TypeId::Bool)
    }

    /// Is `v` an int (including bool and int subclasses)?
    pub fn is_int(&self, v: Value) -> bool {
        v.is_small_int() || v == Value::TRUE || v == Value::FALSE || {
            let b = self.builtin_value(v);
            b.is_small_int() || self.heap.kind(b) == Kind::BigInt
        }
    }

    // ---- truth ----

    /// `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_small_int() {
            return Ok(v.as_small_int() != 0);
        }
        match v {
            Value::TRUE => return Ok(true),
            Value::FALSE | Value::NONE => return Ok(false),
            _ => {}
        }
        if v.is_qstr() {
            return Ok(pystr::char_len(self, v) != 0);
        }
        match self.heap.kind(v) {
            Kind::Float => Ok(float::get(self, v) != 0.0),
            #[cfg(feature = "complex")]
            Kind::Complex => Ok(objects::complex::get(self, v) != (0.0, 0.0)),
            Kind::BigInt => Ok(true),
            Kind::Str => Ok(self.heap.get(v, 0) != 0),
            Kind::Bytes | Kind::ByteArray => Ok(self.heap.get(v, 0) != 0),
            Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet => {
                Ok(self.heap.get(v, 0) != 0)
            }
            Kind::Range => Ok(objects::range::len(self, v)? != 0),
            Kind::Instance | Kind::Exception => objects::class::instance_truthy(self, v),
            Kind::DictView => Ok(dict::len(self, self.heap.get_value(v, 1)) != 0),
            Kind::MemoryView => Ok(objects::memoryview::len(self, v) != 0),
            _ => Ok(true),
        }
    }

    // ---- hashing and equality ----

    /// `hash(v)`: TypeError for unhashable values.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small_int() {
            let i = v.as_small_int() as i64;
            return Ok(if i == -1 { -2 } else { i });
        }
        if v.is_qstr() {
            return Ok(pystr::hash(self, v) as i64);
        }
        if v.is_const() || v.is_static() {
            return Ok(match v {
                Value::FALSE => 0,
                Value::TRUE => 1,
                _ => (v.0 >> 3) as i64 + 0x1000,
            });
        }
        match self.heap.kind(v) {
            Kind::Str => Ok(pystr::hash(self, v) as i64),
            Kind::BigInt => Ok(int::hash_big(self, v)),
            #[cfg(feature = "float")]
            Kind::Float => Ok(crate::objects::float_fmt::hash_f64(float::get(self, v))),
            #[cfg(feature = "complex")]
            Kind::Complex => Ok(objects::complex::hash(self, v)),
            Kind::Bytes => Ok(bytes::hash(self, v)),
            Kind::Tuple => objects::tuple_hash(self, v),
            #[cfg(feature = "range-binop")]
            Kind::Range => objects::range::hash(self, v),
            #[cfg(feature = "set")]
            Kind::FrozenSet => set::hash(self, v),
            Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::Slice => Err(self
                .type_error(error_msg!(
                    "unhashable type",
                    "unhashable type: '{name}'",
                    name = self.type_name(v)
                ))),
            Kind::Instance | Kind::Exception => objects::class::instance_hash(self, v),
            Kind::MemoryView => objects::memoryview::hash(self, v),
            Kind::BoundMethod => {
                let (s, f) = (self.heap.get_value(v, 0), self.heap.get_value(v, 1));
                let hf = self.hash(f)?;
                Ok((s.0 as i64).wrapping_mul(1_000_003) ^ hf)
            }
            _ => Ok(v.handle_index() as i64),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b && self.heap.kind(a) != Kind::Float {
            return Ok(true);
        }
        // Fast path for dict keys: two exact strings compare by content.
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return Ok(x == y);
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        self.truthy(r)
    }

    /// A rich comparison `a op b`, with user special methods and reflection.
    pub fn compare(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
        // Fast path: two small ints.
        if a.is_small_int() && b.is_small_int() {
            let (x, y) = (a.as_small_int(), b.as_small_int());
            return Ok(Value::bool(match op {
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Eq => x == y,
                CompareOp::Ne => x != y,
                CompareOp::Gt => x > y,
                CompareOp::Ge => x >= y,
            }));
        }
        let ka = self.heap.kind(a);
        let kb = self.heap.kind(b);
        // Fast path: two exact floats.
        if ka == Kind::Float && kb == Kind::Float {
            let (x, y) = (float::get(self, a), float::get(self, b));
            return Ok(Value::bool(match op {
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Eq => x == y,
                CompareOp::Ne => x != y,
                CompareOp::Gt => x > y,
                CompareOp::Ge => x >= y,
            }));
        }
        if matches!(ka, Kind::Instance | Kind::Exception)
            || matches!(kb, Kind::Instance | Kind::Exception)
        {
            if let Some(r) = objects::class::rich_compare(self, a, b, op)? {
                return Ok(r);
            }
            return self.compare_fallback(a, b, op);
        }
        match objects::compare::builtin_compare(self, a, b, op)? {
            Some(r) => Ok(Value::bool(r)),
            None => self.compare_fallback(a, b, op),
        }
    }

    /// Identity equality for `==`/`!=`, TypeError for orderings.
    pub(crate) fn compare_fallback(
        &mut self,
        a: Value,
        b: Value,
        op: CompareOp,
    ) -> PyResult<Value> {
        match op {
            CompareOp::Eq => Ok(Value::bool(a == b)),
            CompareOp::Ne => Ok(Value::bool(a != b)),
            _ => {
                let sym = match op {
                    CompareOp::Lt => "<",
                    CompareOp::Le => "<=",
                    CompareOp::Gt => ">",
                    _ => ">=",
                };
                Err(self.type_error(error_msg!(
                    "unsupported types for comparison",
                    "'{sym}' not supported between instances of '{ta}' and '{tb}'",
                    ta = self.type_name(a),
                    tb = self.type_name(b)
                )))
            }
        }
    }

    // ---- containers ----

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if v.is_qstr() {
            return Ok(pystr::char_len(self, v));
        }
        match self.heap.kind(v) {
            Kind::Str => Ok(self.heap.get(v, 1) as usize),
            Kind::Bytes | Kind::ByteArray => Ok(self.heap.get(v, 0) as usize),
            Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet => {
                Ok(self.heap.get(v, 0) as usize)
            }
            Kind::Range => objects::range::len(self, v),
            Kind::DictView => Ok(dict::len(self, self.heap.get_value(v, 1))),
            Kind::MemoryView => Ok(objects::memoryview::len(self, v)),
            Kind::Instance => objects::class::instance_len(self, v),
            Kind::Class => match objects::class::meta_special(self, v, "__len__", &[])? {
                Some(r) => Ok(self.index_value(r)?.unwrap_or(0).max(0) as usize),
                None => Err(self.type_error(error_msg!(
                    "object has no len",
                    "object of type '{name}' has no len()",
                    name = self.type_name(v)
                ))),
            },
            _ => Err(self.type_error(error_msg!(
                "object has no len",
                "object of type '{name}' has no len()",
                name = self.type_name(v)
            ))),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let c = container;
        if c.is_qstr() || self.heap.kind(c) == Kind::Str {
            return pystr_contains(self, c, item);
        }
        match self.heap.kind(c) {
            Kind::Dict => Ok(dict::get(self, c, item)?.is_some()),
            #[cfg(feature = "set")]
            Kind::Set | Kind::FrozenSet => set::contains(self, c, item),
            Kind::DictView => objects::dict_methods::view_contains(self, c, item),
            Kind::List | Kind::Tuple => {
                let mut i = 0;
                loop {
                    let n = if self.heap.kind(c) == Kind::List {
                        list::len(self, c)
                    } else {
                        tuple::len(self, c)
                    };
                    if i >= n {
                        return Ok(false);
                    }
                    let x = self.heap.get_value(c, 1 + i);
                    if x == item || self.eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Kind::Range => objects::range::contains(self, c, item),
            Kind::Bytes | Kind::ByteArray => bytes::contains(self, c, item),
            Kind::Instance => objects::class::instance_contains(self, c, item),
            Kind::Class => match objects::class::meta_special(self, c, "__contains__", &[item])? {
                Some(r) => self.truthy(r),
                None => self.iter_contains(c, item),
            },
            _ => {
                // Fall back to iteration, as Python does.
                if !objects::iter::is_iterable(self, c) {
                    return Err(self.type_error(error_msg!(
                        "object not iterable",
                        "argument of type '{name}' is not iterable",
                        name = self.type_name(c)
                    )));
                }
                self.iter_contains(c, item)
            }
        }
    }

    /// `item in iterable` by iterating and comparing with `==` (the fallback of `in`).
    pub fn iter_contains(&mut self, iterable: Value, item: Value) -> PyResult<bool> {
        let it = self.iter(iterable)?;
        let depth = self.heap.push_root(it);
        let r = loop {
            match self.next(it) {
                Ok(Some(x)) => match self.eq(x, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.heap.pop_roots(depth);
        r
    }

    /// Raises `TypeError("<msg>")`.
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.raise_new(TypeId::TypeError, msg.as_ref())
    }

    /// Raises `ValueError("<msg>")`.
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.raise_new(TypeId::ValueError, msg.as_ref())
    }

    /// Raises `IndexError("<msg>")`.
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.raise_new(TypeId::IndexError, msg.as_ref())
    }

    /// Raises `OverflowError("<msg>")`.
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.raise_new(TypeId::OverflowError, msg.as_ref())
    }

    /// Raises `ZeroDivisionError("<msg>")`.
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.raise_new(TypeId::ZeroDivisionError, msg.as_ref())
    }

    /// Raises `AttributeError("<msg>")`.
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.raise_new(TypeId::AttributeError, msg.as_ref())
    }

    /// Raises `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.raise_with_arg(TypeId::KeyError, key)
    }
}

fn pystr_contains(vm: &mut Vm, c: Value, item: Value) -> PyResult<bool> {
    let Some(needle) = vm.as_str(item).map(String::from) else {
        return Err(vm.type_error(error_msg!(
            "'in <string>' requires string as left operand",
            "'in <string>' requires string as left operand, not {name}",
            name = vm.type_name(item)
        )));
    };
    Ok(vm.str_text(c).is_some_and(|h| h.contains(needle.as_str())))
}
