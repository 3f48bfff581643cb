// SPDX-License-Identifier: MIT
//! The kinds of heap block, each with its payload layout. The layout tells the collector which
//! payload words are [`Value`](super::Value)s; the `objects/` file of each kind owns the
//! meaning of the words. Layouts are written `[raw words | value words]`.

/// How the collector finds the values in a block's payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// No values (numbers, string bytes).
    Raw,
    /// The first `n` words are raw, every later word is a Value (unused capacity is NULL).
    ValuesAfter(usize),
    /// A hash table: `prefix` raw words (the third of which is the index-table capacity), the
    /// index table, then entries of `stride` words: a raw hash followed by values.
    Table {
        /// Raw words before the index table.
        prefix: usize,
        /// Words per entry.
        stride: usize,
    },
}

macro_rules! kinds {
    ($( $(#[doc = $d:literal])* $name:ident = $n:literal => $layout:expr, )*) => {
        /// The kind of a heap block.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind {
            $( $(#[doc = $d])* $name = $n, )*
        }

        impl Kind {
            /// Decodes a kind number (unknown numbers read as `Dead`).
            pub const fn from_u8(b: u8) -> Kind {
                match b {
                    $( $n => Kind::$name, )*
                    _ => Kind::Dead,
                }
            }

            /// The payload layout of this kind.
            pub const fn layout(self) -> Layout {
                match self {
                    $( Kind::$name => $layout, )*
                }
            }
        }
    };
}

kinds! {
    /// Not an object: a freed or abandoned block (or a Value that is not a heap handle).
    Dead = 0 => Layout::Raw,
    /// `[lo hi]`: an f64.
    Float = 1 => Layout::Raw,
    /// `[negative digit0 digit1 ...]`: an int beyond 31 bits, base 2^32 little-endian digits.
    BigInt = 2 => Layout::Raw,
    /// `[byte_len char_len hash bytes...]`: an immutable UTF-8 string (hash 0 = not computed).
    Str = 3 => Layout::Raw,
    /// `[len bytes...]`: an immutable bytes object.
    Bytes = 4 => Layout::Raw,
    /// `[len bytes... (capacity)]`: a bytearray.
    ByteArray = 5 => Layout::Raw,
    /// `[len | items...]`
    Tuple = 6 => Layout::ValuesAfter(1),
    /// `[len | items... (capacity, NULL beyond len)]`
    List = 7 => Layout::ValuesAfter(1),
    /// `[len fill idx_cap | index table | (hash key value)*]`, insertion ordered.
    Dict = 8 => Layout::Table { prefix: 3, stride: 3 },
    /// `[len fill idx_cap | index table | (hash key)*]`
    Set = 9 => Layout::Table { prefix: 3, stride: 2 },
    /// As `Set`, immutable.
    FrozenSet = 10 => Layout::Table { prefix: 3, stride: 2 },
    /// `[| start stop step]`
    Range = 11 => Layout::ValuesAfter(0),
    /// `[| start stop step]`
    Slice = 12 => Layout::ValuesAfter(0),
    /// `[| contents]`
    Cell = 13 => Layout::ValuesAfter(0),
    /// `[| self function]`
    BoundMethod = 14 => Layout::ValuesAfter(0),
    /// `[| code globals name qualname defaults kwdefaults closure dict annotations module doc]`
    Function = 15 => Layout::ValuesAfter(0),
    /// `[10 raw counts | name qualname filename consts names localsplusnames code linetable
    /// exctable]`
    Code = 16 => Layout::ValuesAfter(10),
    /// `[ip sp flags stackbase | code globals locals function back generator exc_saved |
    /// localsplus... stack...]`
    Frame = 17 => Layout::ValuesAfter(4),
    /// `[state | frame name qualname yieldfrom]`
    Generator = 18 => Layout::ValuesAfter(1),
    /// `[| name dict]`
    Module = 19 => Layout::ValuesAfter(0),
    /// `[flags | name qualname bases mro dict base_type]`: a class made by `class`.
    Class = 20 => Layout::ValuesAfter(1),
    /// `[| class dict builtin_value]`: an instance of a user class.
    Instance = 21 => Layout::ValuesAfter(0),
    /// `[suppress_context | type args traceback cause context dict]`
    Exception = 22 => Layout::ValuesAfter(1),
    /// `[lineno lasti | next code frame]`
    Traceback = 23 => Layout::ValuesAfter(2),
    /// `[iter_kind index | a b c]`: the builtin iterators (see `objects::iter`).
    Iter = 24 => Layout::ValuesAfter(2),
    /// `[which | dict]`: `dict.keys()`, `values()`, `items()`.
    DictView = 25 => Layout::ValuesAfter(1),
    /// `[| self native]`: a builtin method bound to its object.
    NativeMethod = 26 => Layout::ValuesAfter(0),
    /// `[| fget fset fdel doc]`
    Property = 27 => Layout::ValuesAfter(0),
    /// `[| function]`
    StaticMethod = 28 => Layout::ValuesAfter(0),
    /// `[| function]`
    ClassMethod = 29 => Layout::ValuesAfter(0),
    /// `[| type object]`: `super()`.
    Super = 30 => Layout::ValuesAfter(0),
    /// `[len bytes...]`: raw bytes owned by the VM (bytecode, line tables).
    RawBytes = 31 => Layout::Raw,
    /// `[| items...]`: an internal fixed array of values.
    Array = 32 => Layout::ValuesAfter(0),
    /// `[re_lo re_hi im_lo im_hi]`: a complex number.
    Complex = 33 => Layout::Raw,
    /// `[start len step released | object]`: a memoryview.
    MemoryView = 34 => Layout::ValuesAfter(4),
}
