// SPDX-License-Identifier: MIT
//! Code objects as the compiler produces them: plain Rust data, before they are loaded into the
//! GC heap by the VM (`vm::load`). The `.pyr` file format serialises exactly this structure.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::ast::IntLit;

/// `flags` bits of a [`CodeObject`] (CPython's `co_flags` values where they exist).
pub mod flags {
    /// Uses fast locals (a function body). Module and class bodies use a namespace dict.
    pub const OPTIMIZED: u32 = 0x0001;
    /// Has a `*args` parameter (the slot after the positional and keyword-only ones).
    pub const VARARGS: u32 = 0x0004;
    /// Has a `**kwargs` parameter (the slot after `*args`, or after the keyword-only ones).
    pub const VARKEYWORDS: u32 = 0x0008;
    /// A function nested in another (informational).
    pub const NESTED: u32 = 0x0010;
    /// Calling it creates a generator.
    pub const GENERATOR: u32 = 0x0020;
    /// An `async def`: calling it creates a coroutine.
    pub const COROUTINE: u32 = 0x0080;
    /// An `async def` containing `yield`: calling it creates an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// A class body (NAME ops use the class namespace; `__class__` cell conventions apply).
    pub const CLASS_BODY: u32 = 0x10000;
}

/// A compiled function, class body, module or comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// `co_name`: `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, the class name...
    pub name: String,
    /// `co_qualname`: `C.f`, `f.<locals>.g`, as CPython computes it.
    pub qualname: String,
    /// The source file name (`<stdin>`, `<string>`, a path).
    pub filename: String,
    /// The line of the `def`/`class` (1 for a module).
    pub firstlineno: u32,
    /// Number of positional parameters, including positional-only ones.
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Bits from [`flags`].
    pub flags: u32,
    /// Fast local slots. Parameters come first, in order: positional (posonly then others),
    /// keyword-only, then `*args` if VARARGS, then `**kwargs` if VARKEYWORDS.
    pub varnames: Vec<String>,
    /// Names of the cells this code owns (captured by inner functions): `localsplus` slots
    /// `varnames.len() ..`.
    pub cellvars: Vec<String>,
    /// Names of the cells received from the enclosing function, in closure-tuple order: the last
    /// `freevars.len()` slots of `localsplus`.
    pub freevars: Vec<String>,
    /// Names used by global, name, attribute and import instructions.
    pub names: Vec<String>,
    /// Constants used by `LoadConst` (and nested code objects used by `MakeFunction`).
    pub consts: Vec<Const>,
    /// The instructions (see `bytecode::opcode`).
    pub code: Vec<u8>,
    /// Maps bytecode offsets to source lines (see [`LineTable`]).
    pub linetable: Vec<u8>,
    /// Exception handlers, sorted by `start`, not overlapping.
    pub exceptiontable: Vec<ExceptionEntry>,
    /// Maximum depth of the value stack; the VM sizes frames with it.
    pub stacksize: u32,
}

impl CodeObject {
    /// `varnames.len() + cellvars.len() + freevars.len()`: the number of fast slots in a frame.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The source line of the instruction at `offset`.
    pub fn line_for_offset(&self, offset: u32) -> u32 {
        LineTable::line_for_offset(&self.linetable, self.firstlineno, offset)
    }
}

/// One entry of a code object's exception table: an exception raised by an instruction whose
/// offset is in `start..end` pops the value stack down to `depth` items, pushes the exception,
/// and continues at `target`. The innermost handler of each instruction is the only one listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered instruction offset.
    pub start: u32,
    /// One past the last covered offset.
    pub end: u32,
    /// Handler offset.
    pub target: u32,
    /// Value-stack depth to unwind to before pushing the exception.
    pub depth: u32,
}

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An integer.
    Int(IntLit),
    /// A float.
    Float(f64),
    /// An imaginary number `0 + xj`.
    Imag(f64),
    /// A string.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
    /// A tuple of constants (e.g. keyword names of `CallKw`, folded tuple displays).
    Tuple(Vec<Const>),
    /// A nested code object, for `MakeFunction`.
    Code(Box<CodeObject>),
}

/// The compact line table: a sequence of `(offset delta, line delta)` pairs, both varints (the
/// line delta zigzag-encoded, since lines can go backwards). Pair `k` says that from bytecode
/// offset `sum(offset deltas[..=k])` on, the line is `firstlineno + sum(line deltas[..=k])`.
#[derive(Debug, Default, Clone)]
pub struct LineTable {
    bytes: Vec<u8>,
    last_offset: u32,
    last_line: i64,
    started: bool,
}

impl LineTable {
    /// A builder for a code object whose first line is `firstlineno`.
    pub fn new(firstlineno: u32) -> LineTable {
        LineTable {
            bytes: Vec::new(),
            last_offset: 0,
            last_line: firstlineno as i64,
            started: false,
        }
    }

    /// Records that the instruction at `offset` (non-decreasing between calls) is on `line`.
    pub fn add(&mut self, offset: u32, line: u32) {
        if self.started && line as i64 == self.last_line {
            return;
        }
        self.started = true;
        write_varint(&mut self.bytes, offset.saturating_sub(self.last_offset));
        let delta = line as i64 - self.last_line;
        write_varint(&mut self.bytes, ((delta << 1) ^ (delta >> 63)) as u32);
        self.last_offset = offset;
        self.last_line = line as i64;
    }

    /// The encoded table.
    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }

    /// Decodes: the line of the instruction at `offset`.
    pub fn line_for_offset(table: &[u8], firstlineno: u32, offset: u32) -> u32 {
        let mut pos = 0;
        let mut at: u32 = 0;
        let mut line = firstlineno as i64;
        let mut current = line;
        while pos < table.len() {
            let Some(d_off) = read_varint(table, &mut pos) else {
                break;
            };
            let Some(zz) = read_varint(table, &mut pos) else {
                break;
            };
            at = at.saturating_add(d_off);
            if at > offset {
                break;
            }
            line += ((zz >> 1) as i64) ^ -((zz & 1) as i64);
            current = line;
        }
        current.clamp(0, u32::MAX as i64) as u32
    }
}

/// Appends `v` as an unsigned LEB128 varint.
pub fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads an unsigned LEB128 varint at `*pos`, advancing it; None if truncated or too long.
pub fn read_varint(bytes: &[u8], pos: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        if shift >= 32 {
            return None;
        }
        v |= ((b & 0x7f) as u32) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_table_round_trip() {
        let mut t = LineTable::new(10);
        t.add(0, 10);
        t.add(4, 11);
        t.add(9, 11);
        t.add(12, 400);
        t.add(20, 3);
        let bytes = t.finish();
        let at = |o| LineTable::line_for_offset(&bytes, 10, o);
        assert_eq!(
            (at(0), at(3), at(4), at(11), at(12), at(19), at(20), at(99)),
            (10, 10, 11, 11, 400, 400, 3, 3)
        );
    }

    #[test]
    fn varint_rejects_truncation() {
        let mut out = Vec::new();
        write_varint(&mut out, 300_000);
        let mut pos = 0;
        assert_eq!(read_varint(&out, &mut pos), Some(300_000));
        let mut pos = 0;
        assert_eq!(read_varint(&out[..1], &mut pos), None);
    }
}
