// SPDX-License-Identifier: MIT
//! Native (Rust) functions: builtin functions, methods of builtin types, module functions.
//!
//! Each type and module defines a `static` table of [`NativeFn`]s. A native function is the Value
//! `Value::native(owner << 8 | index)`, where `owner` is the `TypeId` of the type that defines it
//! or `MODULE_OWNER + module index` for module functions. This file is the one registry that
//! maps owners to their tables.

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::types::TypeId;

/// The signature of every native function: positional arguments (for a method, `self` first) and
/// keyword arguments as (name, value) pairs, the name a str Value.
pub type NativeFnPtr = fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// How a native function found on a type binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// An instance method: fetched from an instance it binds `self`.
    Method,
    /// A `classmethod` (`dict.fromkeys`, `int.from_bytes`): binds the type.
    Class,
    /// A `staticmethod` (`str.maketrans`) or a module function: never binds.
    Static,
}

/// One native function.
pub struct NativeFn {
    /// The Python name.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFnPtr,
    /// How it binds when found on a type.
    pub binding: Binding,
}

impl NativeFn {
    /// An instance method.
    pub const fn method(name: &'static str, f: NativeFnPtr) -> NativeFn {
        NativeFn {
            name,
            f,
            binding: Binding::Method,
        }
    }

    /// A function that never binds (module functions, staticmethods).
    pub const fn function(name: &'static str, f: NativeFnPtr) -> NativeFn {
        NativeFn {
            name,
            f,
            binding: Binding::Static,
        }
    }

    /// A classmethod.
    pub const fn classmethod(name: &'static str, f: NativeFnPtr) -> NativeFn {
        NativeFn {
            name,
            f,
            binding: Binding::Class,
        }
    }
}

/// Owner numbers at and above this are modules (`crate::modules::MODULES` index + this).
pub const MODULE_OWNER: u32 = 256;

/// The methods a builtin type defines itself (not its bases).
pub fn type_methods(t: TypeId) -> &'static [NativeFn] {
    use super::*;
    match t {
        TypeId::Object => object::METHODS,
        TypeId::Type => class::TYPE_METHODS,
        TypeId::Int | TypeId::Bool => int::METHODS,
        #[cfg(feature = "float")]
        TypeId::Float => float::METHODS,
        TypeId::MemoryView => memoryview::METHODS,
        #[cfg(feature = "complex")]
        TypeId::Complex => complex::METHODS,
        TypeId::Str => str::METHODS,
        TypeId::Bytes => bytes::BYTES_METHODS,
        #[cfg(feature = "bytearray")]
        TypeId::ByteArray => bytes::BYTEARRAY_METHODS,
        TypeId::List => list::METHODS,
        TypeId::Tuple => tuple::METHODS,
        TypeId::Dict => dict::METHODS,
        #[cfg(feature = "set")]
        TypeId::Set => set::SET_METHODS,
        #[cfg(feature = "set")]
        TypeId::FrozenSet => set::FROZENSET_METHODS,
        TypeId::Range => range::METHODS,
        TypeId::Slice => range::SLICE_METHODS,
        TypeId::Generator | TypeId::Coroutine => generator::METHODS,
        #[cfg(any(feature = "async", test))]
        TypeId::AsyncGenerator => async_gen::ASYNC_METHODS,
        #[cfg(any(feature = "async", test))]
        TypeId::AsyncGenASend | TypeId::AsyncGenAThrow => async_gen::AWAITABLE_METHODS,
        TypeId::Property => class::PROPERTY_METHODS,
        TypeId::BaseException => exception::METHODS,
        #[cfg(feature = "set")]
        TypeId::DictKeys | TypeId::DictItems => set::VIEW_METHODS,
        #[cfg(not(feature = "set"))]
        TypeId::DictKeys | TypeId::DictItems => super::dict_methods::VIEW_METHODS,
        TypeId::DictValues => super::dict_methods::VALUES_METHODS,
        #[cfg(feature = "length-hint")]
        TypeId::ListIterator
        | TypeId::TupleIterator
        | TypeId::StrIterator
        | TypeId::StrAsciiIterator
        | TypeId::BytesIterator
        | TypeId::ByteArrayIterator
        | TypeId::RangeIterator
        | TypeId::ListReverseIterator
        | TypeId::Reversed
        | TypeId::DictKeyIterator
        | TypeId::DictValueIterator
        | TypeId::DictItemIterator
        | TypeId::DictReverseKeyIterator
        | TypeId::DictReverseValueIterator
        | TypeId::DictReverseItemIterator
        | TypeId::SetIterator => super::iter_hint::METHODS,
        _ => &[],
    }
}

/// The table of an owner.
fn table(owner: u32) -> &'static [NativeFn] {
    if owner >= super::slots::SLOT_OWNER {
        &[]
    } else if owner >= MODULE_OWNER {
        crate::modules::module_functions(owner - MODULE_OWNER)
    } else {
        match TypeId::from_index(owner) {
            Some(t) => type_methods(t),
            None => &[],
        }
    }
}

/// The native function behind a `Value::native` id.
pub fn lookup(id: u32) -> Option<&'static NativeFn> {
    if id >> 8 >= super::slots::SLOT_OWNER {
        return super::slots::native(id & 0xff);
    }
    table(id >> 8).get((id & 0xff) as usize)
}

/// The Value of the `index`-th function of `owner`'s table.
pub const fn native_value(owner: u32, index: usize) -> Value {
    Value::native((owner << 8) | index as u32)
}

/// Finds `name` among the methods type `t` defines itself (its own table, then its slot
/// wrappers), as a native Value.
pub fn find_type_method(t: TypeId, name: &str) -> Option<(Value, Binding)> {
    let methods = type_methods(t);
    methods
        .iter()
        .position(|m| m.name == name)
        .map(|i| (native_value(t as u32, i), methods[i].binding))
        .or_else(|| super::slots::find(t, name))
}

/// Is native `id` a slot wrapper (`objects::slots`)?
pub fn is_slot(id: u32) -> bool {
    id >> 8 >= super::slots::SLOT_OWNER
}

/// Finds `name` in a module's function table, as a native Value.
pub fn find_module_function(module: u32, name: &str) -> Option<Value> {
    crate::modules::module_functions(module)
        .iter()
        .position(|m| m.name == name)
        .map(|i| native_value(MODULE_OWNER + module, i))
}
