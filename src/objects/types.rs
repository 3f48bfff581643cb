// SPDX-License-Identifier: MIT
//! The builtin types: one static table (flash, not RAM) with each type's name, base and
//! method table. A builtin type is the Value `Value::builtin_type(TypeId as u32)`.

use crate::gc::Value;

use super::native::NativeFn;

macro_rules! builtin_types {
    ($( $(#[$attr:meta])* $id:ident = $name:literal : $base:ident , )*) => {
        /// Every builtin type, in table order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        #[repr(u16)]
        #[allow(missing_docs)]
        pub enum TypeId {
            $( $(#[$attr])* $id, )*
        }

        /// The Python names of the builtin types, by `TypeId`.
        pub static TYPE_NAMES: &[&str] = &[ $( $(#[$attr])* $name, )* ];
        /// The base of each builtin type, by `TypeId` (`object`'s base is itself).
        pub static TYPE_BASES: &[TypeId] = &[ $( $(#[$attr])* TypeId::$base, )* ];
        /// All type ids, by index.
        pub static ALL_TYPES: &[TypeId] = &[ $( $(#[$attr])* TypeId::$id, )* ];
    };
}

builtin_types! {
    Object = "object": Object,
    Type = "type": Object,
    NoneType = "NoneType": Object,
    Bool = "bool": Int,
    Int = "int": Object,
    Float = "float": Object,
    Complex = "complex": Object,
    Str = "str": Object,
    Bytes = "bytes": Object,
    ByteArray = "bytearray": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    FrozenSet = "frozenset": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Code = "code": Object,
    Cell = "cell": Object,
    Generator = "generator": Object,
    Coroutine = "coroutine": Object,
    AsyncGenerator = "async_generator": Object,
    AsyncGenASend = "async_generator_asend": Object,
    AsyncGenAThrow = "async_generator_athrow": Object,
    Module = "module": Object,
    Ellipsis = "ellipsis": Object,
    NotImplementedType = "NotImplementedType": Object,
    Iterator = "iterator": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    Property = "property": Object,
    StaticMethod = "staticmethod": Object,
    ClassMethod = "classmethod": Object,
    Super = "super": Object,
    Frame = "frame": Object,
    Traceback = "traceback": Object,
    Enumerate = "enumerate": Object,
    Zip = "zip": Object,
    Map = "map": Object,
    Filter = "filter": Object,
    Reversed = "reversed": Object,
    MemoryView = "memoryview": Object,
    // The exception hierarchy (CPython's, less the platform-specific leaves).
    BaseException = "BaseException": Object,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    StopIteration = "StopIteration": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    // The OSError subclasses and the warning categories, which MicroPython's small ports lack.
    #[cfg(feature = "exceptions-extra")]
    BlockingIOError = "BlockingIOError": OSError,
    #[cfg(feature = "exceptions-extra")]
    ChildProcessError = "ChildProcessError": OSError,
    #[cfg(feature = "exceptions-extra")]
    ConnectionError = "ConnectionError": OSError,
    #[cfg(feature = "exceptions-extra")]
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    #[cfg(feature = "exceptions-extra")]
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    #[cfg(feature = "exceptions-extra")]
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    #[cfg(feature = "exceptions-extra")]
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    #[cfg(feature = "exceptions-extra")]
    FileExistsError = "FileExistsError": OSError,
    #[cfg(feature = "exceptions-extra")]
    FileNotFoundError = "FileNotFoundError": OSError,
    #[cfg(feature = "exceptions-extra")]
    InterruptedError = "InterruptedError": OSError,
    #[cfg(feature = "exceptions-extra")]
    IsADirectoryError = "IsADirectoryError": OSError,
    #[cfg(feature = "exceptions-extra")]
    NotADirectoryError = "NotADirectoryError": OSError,
    #[cfg(feature = "exceptions-extra")]
    PermissionError = "PermissionError": OSError,
    #[cfg(feature = "exceptions-extra")]
    ProcessLookupError = "ProcessLookupError": OSError,
    #[cfg(feature = "exceptions-extra")]
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    #[cfg(feature = "exceptions-extra")]
    Warning = "Warning": Exception,
    #[cfg(feature = "exceptions-extra")]
    UserWarning = "UserWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    DeprecationWarning = "DeprecationWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    SyntaxWarning = "SyntaxWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    RuntimeWarning = "RuntimeWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    FutureWarning = "FutureWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    ImportWarning = "ImportWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    UnicodeWarning = "UnicodeWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    BytesWarning = "BytesWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    ResourceWarning = "ResourceWarning": Warning,
    #[cfg(feature = "exceptions-extra")]
    EncodingWarning = "EncodingWarning": Warning,
    // The iterators of the builtin containers (`objects::iter`), named as in CPython.
    ListIterator = "list_iterator": Object,
    ListReverseIterator = "list_reverseiterator": Object,
    TupleIterator = "tuple_iterator": Object,
    StrAsciiIterator = "str_ascii_iterator": Object,
    StrIterator = "str_iterator": Object,
    BytesIterator = "bytes_iterator": Object,
    ByteArrayIterator = "bytearray_iterator": Object,
    RangeIterator = "range_iterator": Object,
    DictKeyIterator = "dict_keyiterator": Object,
    DictValueIterator = "dict_valueiterator": Object,
    DictItemIterator = "dict_itemiterator": Object,
    DictReverseKeyIterator = "dict_reversekeyiterator": Object,
    DictReverseValueIterator = "dict_reversevalueiterator": Object,
    DictReverseItemIterator = "dict_reverseitemiterator": Object,
    SetIterator = "set_iterator": Object,
    CallableIterator = "callable_iterator": Object,
}

impl TypeId {
    /// The type's Python name.
    pub fn name(self) -> &'static str {
        TYPE_NAMES.get(self as usize).copied().unwrap_or("?")
    }

    /// The type's base (object's is object).
    pub fn base(self) -> TypeId {
        TYPE_BASES
            .get(self as usize)
            .copied()
            .unwrap_or(TypeId::Object)
    }

    /// The type as a Value.
    pub const fn value(self) -> Value {
        Value::builtin_type(self as u32)
    }

    /// The type of a `Value::builtin_type` id.
    pub fn from_index(i: u32) -> Option<TypeId> {
        ALL_TYPES.get(i as usize).copied()
    }

    /// Is `self` the same as or derived from `other` (builtin chain only)?
    pub fn is_subtype(self, other: TypeId) -> bool {
        let mut t = self;
        loop {
            if t == other {
                return true;
            }
            if t == TypeId::Object {
                return false;
            }
            t = t.base();
        }
    }

    /// Is this an exception type?
    pub fn is_exception(self) -> bool {
        self.is_subtype(TypeId::BaseException)
    }

    /// Can `class C(this)` derive from it?
    pub fn is_base_type(self) -> bool {
        !super::iter::is_iterator_type(self)
            && !matches!(
                self,
                TypeId::Bool
                    | TypeId::NoneType
                    | TypeId::Range
                    | TypeId::Slice
                    | TypeId::Function
                    | TypeId::BuiltinFunction
                    | TypeId::Method
                    | TypeId::Code
                    | TypeId::Cell
                    | TypeId::Generator
                    | TypeId::Coroutine
                    | TypeId::AsyncGenerator
                    | TypeId::AsyncGenASend
                    | TypeId::AsyncGenAThrow
                    | TypeId::Ellipsis
                    | TypeId::NotImplementedType
                    | TypeId::Iterator
                    | TypeId::DictKeys
                    | TypeId::DictValues
                    | TypeId::DictItems
                    | TypeId::Frame
                    | TypeId::Traceback
                    | TypeId::Enumerate
                    | TypeId::Zip
                    | TypeId::Map
                    | TypeId::Filter
                    | TypeId::Reversed
                    | TypeId::MemoryView
                    | TypeId::Module
            )
    }

    /// The methods defined directly on this type.
    pub fn methods(self) -> &'static [NativeFn] {
        super::native::type_methods(self)
    }
}
