// SPDX-License-Identifier: MIT
//! The opcode table: one line per instruction with its operand and stack effect.
//!
//! Encoding: one byte of opcode; an opcode at or above [`HAVE_ARG`] is followed by a 16-bit
//! little-endian operand. Jump operands are absolute byte offsets in the same code object, so a
//! code object is at most 65,535 bytes (the compiler raises `SyntaxError: code too large`).
//!
//! Stack effects are written `[before] -> [after]`, top of stack rightmost. `NULL` is the
//! internal "no value" marker ([`crate::gc::Value::NULL`]), never visible to Python code.
//! `localsplus` is a frame's array of fast slots: `varnames ++ cellvars ++ freevars` of its code.
//!
//! The semantics follow CPython 3.11's instructions of the same names, simplified: no inline
//! caches, no `PRECALL`/`KW_NAMES`, no `lasti` on the stack, and one `BinaryOp`/`CompareOp`
//! each with an operator operand.

/// Declares the opcode enum and its metadata from one table. Operand-less opcodes come first
/// so that `op >= HAVE_ARG` tells whether an operand follows.
macro_rules! opcodes {
    (
        no_arg { $( $(#[doc = $d0:literal])* $n0:ident = $v0:literal, )* }
        with_arg { $( $(#[doc = $d1:literal])* $n1:ident = $v1:literal, )* }
    ) => {
        /// A bytecode instruction's opcode.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $d0])* $n0 = $v0, )*
            $( $(#[doc = $d1])* $n1 = $v1, )*
        }

        impl Op {
            /// Decodes an opcode byte; `None` for a byte that is not an opcode.
            #[inline]
            pub const fn from_u8(b: u8) -> Option<Op> {
                match b {
                    $( $v0 => Some(Op::$n0), )*
                    $( $v1 => Some(Op::$n1), )*
                    _ => None,
                }
            }

            /// The instruction's name as the disassembler prints it.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Op::$n0 => stringify!($n0), )*
                    $( Op::$n1 => stringify!($n1), )*
                }
            }
        }
    };
}

/// Opcodes at or above this value carry a 16-bit operand.
pub const HAVE_ARG: u8 = 64;

opcodes! {
    no_arg {
        /// Does nothing.
        Nop = 0,
        /// `[a] -> []`
        PopTop = 1,
        /// `[obj key] -> [obj[key]]`
        BinarySubscr = 2,
        /// `[value obj key] -> []`: `obj[key] = value`.
        StoreSubscr = 3,
        /// `[obj key] -> []`: `del obj[key]`.
        DeleteSubscr = 4,
        /// `[obj] -> [iter(obj)]`
        GetIter = 5,
        /// `[value] -> (returns value to the caller)`
        ReturnValue = 6,
        /// `[list] -> [tuple(list)]`
        ListToTuple = 7,
        /// `[exc] -> [prev exc]`: makes `exc` the exception being handled (`sys.exc_info()`),
        /// pushing the previously handled one (or None) below it. Starts every `except` body.
        PushExcInfo = 8,
        /// `[prev] -> []`: restores the handled exception saved by `PushExcInfo`.
        PopExcept = 9,
        /// `[exc type] -> [exc bool]`: `isinstance(exc, type)` for `except type:`; `type` may be
        /// a tuple. TypeError if `type` is not an exception class (or tuple of them).
        CheckExcMatch = 10,
        /// `[] -> [AssertionError]` (the class), for `assert`.
        LoadAssertionError = 11,
        /// `[value] -> []`: REPL echo: prints `repr(value)` unless None, and binds `_`.
        PrintExpr = 12,
        /// `[value] -> [sent]`: suspends a generator frame, yielding `value`; resumes with the
        /// value passed to `send()` (None for `next()`).
        YieldValue = 13,
        /// `[obj] -> [iter]`: `iter(obj)` for `yield from`, except a generator stays itself.
        GetYieldFromIter = 14,
        /// `[module] -> []`: `from module import *` into the current namespace (respects `__all__`,
        /// otherwise skips names starting with `_`).
        ImportStar = 15,
        /// `[] -> [__build_class__]`
        LoadBuildClass = 16,
        /// Creates `__annotations__` in the local namespace if it does not exist.
        SetupAnnotations = 17,
        /// `[mgr] -> [exit enter_result]`: looks up `type(mgr).__exit__` (bound to mgr) and calls
        /// `mgr.__enter__()`. TypeError if either is missing.
        BeforeWith = 18,
        /// `[exit prev exc] -> [exit prev exc result]`: calls `exit(type(exc), exc, exc.__traceback__)`.
        WithExceptStart = 19,
        /// `[obj] -> [obj len(obj)]` for sequence patterns.
        GetLen = 20,
        /// `[subject] -> [subject bool]`: is `subject` a mapping (dict or registered mapping).
        MatchMapping = 21,
        /// `[subject] -> [subject bool]`: is `subject` a sequence for pattern matching (not
        /// str/bytes/bytearray).
        MatchSequence = 22,
        /// `[subject keys] -> [subject keys values_or_None]`: for a mapping pattern, a tuple of the
        /// values for each key in `keys` (a tuple), or None if any key is missing.
        MatchKeys = 23,
        /// `[subject keys] -> [subject rest]`: `rest` = a new dict of subject without `keys`.
        CopyDictWithoutKeys = 24,
        /// `[obj] -> [awaitable_iter]`: for `await`.
        GetAwaitable = 25,
        /// `[obj] -> [obj.__aiter__()]`
        GetAiter = 26,
        /// `[aiter] -> [aiter awaitable]`: `aiter.__anext__()` made awaitable.
        GetAnext = 27,
        /// `[aiter exc] -> []` ends an `async for`: if `exc` is StopAsyncIteration it is swallowed,
        /// otherwise re-raised.
        EndAsyncFor = 28,
        /// `[mgr] -> [aexit awaitable_of_aenter]` for `async with`.
        BeforeAsyncWith = 29,
        /// `[] -> [locals dict]` of the current frame (class bodies, `locals()`).
        LoadLocals = 30,
        /// `[exc type] -> [rest match]` for `except* type`: splits `exc` by `type` as
        /// `ExceptionGroup.split` does (a matching non-group `exc` becomes a group of one, rest
        /// None); with no match `[exc None]`. On a match `match` becomes the handled exception
        /// (`sys.exc_info()`). TypeError if `type` is not an exception class or tuple of them,
        /// or is an `ExceptionGroup` subclass.
        CheckEgMatch = 31,
        /// `[orig list] -> [exc_or_None]` ends the `except*` clauses: `list` holds the
        /// exceptions raised in them followed by the unhandled rest (or None); the result is what
        /// to re-raise (raised ones and the rest combined as CPython's `_PyExc_PrepReraiseStar`
        /// does, keeping `orig`'s structure), or None when everything was handled.
        PrepReraiseStar = 32,
    }
    with_arg {
        /// Prefix: the next instruction's operand is `(this << 16) | its own`.
        ExtendedArg = 64,
        /// `[.. x ..(n-1 items)] -> [.. x .. x]`: pushes a copy of the n-th item (1 = top).
        Copy = 65,
        /// Swaps the top item with the n-th (n >= 2).
        Swap = 66,
        /// `[] -> [consts[i]]`
        LoadConst = 67,
        /// `[] -> [localsplus[i]]`; UnboundLocalError if unset.
        LoadFast = 68,
        /// `[v] -> []`: `localsplus[i] = v`.
        StoreFast = 69,
        /// `localsplus[i] = NULL`; UnboundLocalError if already unset.
        DeleteFast = 70,
        /// `localsplus[i] = a new empty cell`. Emitted at function start for each cellvar; a
        /// captured parameter is then copied in with `LoadFast(arg); StoreDeref(i)`.
        MakeCell = 71,
        /// Copies the function's closure tuple (n cells) into the last n slots of `localsplus`.
        CopyFreeVars = 72,
        /// `[] -> [cell contents of localsplus[i]]`; NameError/UnboundLocalError if empty.
        LoadDeref = 73,
        /// `[v] -> []`: sets the contents of the cell in `localsplus[i]`.
        StoreDeref = 74,
        /// Empties the cell in `localsplus[i]`.
        DeleteDeref = 75,
        /// `[] -> [the cell object in localsplus[i]]`, to build a closure tuple.
        LoadClosure = 76,
        /// `[] -> [v]`: class bodies: `names`-free lookup of the free variable `localsplus[i]`:
        /// first the class namespace (by the slot's name), then the cell.
        LoadClassDeref = 77,
        /// `[] -> [v]`: `names[i]` in globals, then builtins; NameError if absent.
        LoadGlobal = 78,
        /// `[v] -> []`: `globals[names[i]] = v`.
        StoreGlobal = 79,
        /// `del globals[names[i]]`; NameError if absent.
        DeleteGlobal = 80,
        /// `[] -> [v]`: `names[i]` in the local namespace, then globals, then builtins.
        LoadName = 81,
        /// `[v] -> []`: `locals[names[i]] = v` (module and class bodies).
        StoreName = 82,
        /// `del locals[names[i]]`; NameError if absent.
        DeleteName = 83,
        /// `[obj] -> [obj.names[i]]`
        LoadAttr = 84,
        /// `[v obj] -> []`: `obj.names[i] = v`.
        StoreAttr = 85,
        /// `[obj] -> []`: `del obj.names[i]`.
        DeleteAttr = 86,
        /// `[obj] -> [meth obj]` when `names[i]` is a plain function or builtin method found on
        /// `type(obj)` (no bound method is built), else `[obj] -> [NULL attr]`.
        LoadMethod = 87,
        /// `[func a1 .. an] -> [result]`: call with n positional arguments.
        Call = 88,
        /// `[func a1 .. an kwnames] -> [result]`: `kwnames` is a tuple of k names; the last k of
        /// the n arguments are passed by those keywords.
        CallKw = 89,
        /// `[A B a1 .. an] -> [result]` after `LoadMethod`: `A(B, a1..an)`, or `B(a1..an)` if A is
        /// NULL.
        CallMethod = 90,
        /// `[A B a1 .. an kwnames] -> [result]`: `CallMethod` with keywords as in `CallKw`.
        CallMethodKw = 91,
        /// `[func args_tuple] -> [result]`, or with operand 1 `[func args_tuple kwargs_dict]`.
        CallFunctionEx = 92,
        /// `[a b] -> [a op b]`; the operand is a [`BinaryOp`] as u16.
        BinaryOp = 93,
        /// `[a] -> [op a]`; the operand is a [`UnaryOp`] as u16.
        UnaryOp = 94,
        /// `[a b] -> [a op b]`; the operand is a [`CompareOp`] as u16.
        CompareOp = 95,
        /// `[a b] -> [a is b]`, or `a is not b` with operand 1.
        IsOp = 96,
        /// `[a b] -> [a in b]`, or `a not in b` with operand 1.
        ContainsOp = 97,
        /// `[start stop] -> [slice]` (n = 2) or `[start stop step] -> [slice]` (n = 3).
        BuildSlice = 98,
        /// `[a1 .. an] -> [(a1, .., an)]`
        BuildTuple = 99,
        /// `[a1 .. an] -> [[a1, .., an]]`
        BuildList = 100,
        /// `[a1 .. an] -> [{a1, .., an}]`
        BuildSet = 101,
        /// `[k1 v1 .. kn vn] -> [{k1: v1, ..}]`
        BuildMap = 102,
        /// `[s1 .. sn] -> [s1 + .. + sn]`: joins n strings (f-strings).
        BuildString = 103,
        /// `[value] -> [str]` or, if operand bit 2 is set, `[value spec] -> [str]`: `format(value,
        /// spec)` after the conversion in bits 0-1 (0 none, 1 `!s`, 2 `!r`, 3 `!a`).
        FormatValue = 104,
        /// `[.. list .. v] -> [.. list ..]`: appends v to the list that is i-th from the top
        /// after v is popped (comprehensions).
        ListAppend = 105,
        /// As `ListAppend`, adding to a set.
        SetAdd = 106,
        /// `[.. dict .. k v] -> [.. dict ..]`: `dict[k] = v`, dict i-th from the top after popping.
        MapAdd = 107,
        /// `[.. list .. iterable] -> [.. list ..]`: `list.extend(iterable)`.
        ListExtend = 108,
        /// `[.. set .. iterable] -> [.. set ..]`: `set.update(iterable)`.
        SetUpdate = 109,
        /// `[.. dict .. mapping] -> [.. dict ..]`: `dict.update(mapping)` for `{**m}`.
        DictUpdate = 110,
        /// As `DictUpdate` for `f(**m)`: TypeError on a repeated key or a non-str key.
        DictMerge = 111,
        /// `[seq] -> [vn .. v1]` (v1 on top); ValueError unless `len(seq) == n`.
        UnpackSequence = 112,
        /// `[seq] -> [after.. list before..]`: star unpacking; operand low byte = targets
        /// before the star, high byte = targets after it. First target's value on top.
        UnpackEx = 113,
        /// `[iter] -> [iter next]`, or when exhausted pops `iter` and jumps to the target.
        ForIter = 114,
        /// Jumps to the target.
        Jump = 115,
        /// `[v] -> []`, jumping if v is false.
        PopJumpIfFalse = 116,
        /// `[v] -> []`, jumping if v is true.
        PopJumpIfTrue = 117,
        /// `[v] -> []`, jumping if v is None.
        PopJumpIfNone = 118,
        /// `[v] -> []`, jumping if v is not None.
        PopJumpIfNotNone = 119,
        /// If TOS is false jump (keeping it), else pop it.
        JumpIfFalseOrPop = 120,
        /// If TOS is true jump (keeping it), else pop it.
        JumpIfTrueOrPop = 121,
        /// `[(defaults) (kwdefaults) (annotations) (closure) code] -> [function]`: each
        /// bracketed item is present when operand bit 0, 1, 2, 3 (respectively) is set.
        MakeFunction = 122,
        /// Operand 0: re-raise the handled exception. 1: `[exc] -> raise`. 2: `[exc cause]`.
        RaiseVarargs = 123,
        /// `[exc] -> re-raise`, keeping its traceback (ends a `finally` or unmatched `except`).
        Reraise = 124,
        /// `[level fromlist] -> [module]`: `__import__(names[i], globals, None, fromlist, level)`.
        ImportName = 125,
        /// `[module] -> [module attr]`: `from module import names[i]`; ImportError if absent.
        ImportFrom = 126,
        /// `[iter v] -> [iter yielded]` when the sub-iterator yields (`send(v)`, or `next()` for
        /// None); when it returns, `[iter v] -> [return_value]` and jumps to the target.
        Send = 127,
        /// `[subject cls names] -> [attrs_tuple_or_None]`: class pattern with n positional
        /// sub-patterns and the keyword names in `names` (a tuple).
        MatchClass = 128,
    }
}

/// Operands of [`Op::BinaryOp`]. The in-place forms (`+=`) are the same operator plus
/// [`BinaryOp::INPLACE`]; the order matches [`crate::compile::ast::BinOp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    /// `+`
    Add = 0,
    /// `-`
    Sub = 1,
    /// `*`
    Mul = 2,
    /// `@`
    MatMul = 3,
    /// `/`
    TrueDiv = 4,
    /// `//`
    FloorDiv = 5,
    /// `%`
    Mod = 6,
    /// `**`
    Pow = 7,
    /// `<<`
    LShift = 8,
    /// `>>`
    RShift = 9,
    /// `|`
    Or = 10,
    /// `^`
    Xor = 11,
    /// `&`
    And = 12,
}

impl BinaryOp {
    /// Added to an operator to make its in-place form.
    pub const INPLACE: u16 = 16;
    /// All operators, indexed by their value.
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::MatMul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::Or,
        BinaryOp::Xor,
        BinaryOp::And,
    ];

    /// The operator's symbol, for error messages (`unsupported operand type(s) for +`).
    pub const fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::MatMul => "@",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "** or pow()",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::And => "&",
        }
    }
}

/// Operands of [`Op::UnaryOp`] (the order of [`crate::compile::ast::UnaryOp`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    /// `~`
    Invert = 0,
    /// `not`
    Not = 1,
    /// `+`
    Pos = 2,
    /// `-`
    Neg = 3,
}

/// Operands of [`Op::CompareOp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareOp {
    /// All comparisons, indexed by their value.
    pub const ALL: [CompareOp; 6] = [
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Gt,
        CompareOp::Ge,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_round_trips() {
        for b in 0..=255u8 {
            if let Some(op) = Op::from_u8(b) {
                assert_eq!(op as u8, b);
                assert!(!op.name().is_empty());
            }
        }
        assert_eq!(Op::from_u8(Op::MatchClass as u8), Some(Op::MatchClass));
        assert!((Op::LoadAttr as u8) >= HAVE_ARG && (Op::LoadLocals as u8) < HAVE_ARG);
    }
}
