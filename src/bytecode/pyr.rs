// SPDX-License-Identifier: MIT
//! The `.pyr` file: a compiled module ([`CodeObject`] and everything nested in it) serialised
//! so that a board can run it without the compiler. `pyrite-cross` writes it on a PC, `import`
//! finds `name.pyr` on `sys.path`, `pyrite_exec_pyr` runs one from a C buffer, and the frozen
//! modules are stored in flash in this form (`build.rs`).
//!
//! Layout (integers are unsigned LEB128 varints unless stated):
//!
//! ```text
//! header   b"PYR" · version (1 byte) · needs (1 byte: NEED_* bits) · 0 (1 byte, reserved)
//! qstrs    count · count × (length · UTF-8 bytes)      every name and str constant, once
//! code     name qualname filename (qstr indices) · firstlineno argcount posonlyargcount
//!          kwonlyargcount flags stacksize · varnames cellvars freevars names (count · qstr
//!          indices each) · consts (count · const each) · code (length · bytes) · linetable
//!          (length · bytes) · exception table (count · 4 varints each: start end target depth)
//! const    tag byte · payload: None False True Ellipsis (no payload) · Int (zigzag varint,
//!          64 bits) · BigInt (radix byte · qstr of the digits) · Float, Imag (8 bytes, f64
//!          little-endian) · Str (qstr) · Bytes (length · bytes) · Tuple (count · consts) · Code
//! ```
//!
//! The file ends right after the top-level code object. Reading trusts nothing: every count is
//! bounded by the bytes left, nesting is bounded, strings must be UTF-8, and each code object
//! must pass [`check`] (every operand in range for its table, then the stack-depth verifier),
//! so a corrupt or hostile file is refused with a message, never run.
#![forbid(unsafe_code)]

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::code::{read_varint, write_varint, CodeObject, Const, ExceptionEntry};
use super::disasm::decode;
use super::opcode::{BinaryOp as BinOps, Op};
use super::verify::{is_jump, verify};
use crate::compile::ast::IntLit;

/// The first three bytes of every `.pyr` file.
pub const MAGIC: &[u8; 3] = b"PYR";
/// The format version this build reads and writes; files of another version are refused.
/// Bump it whenever the layout or the instruction set changes.
pub const VERSION: u8 = 1;
/// `needs` bit: the file has imaginary constants (`2j`): the `complex` feature.
pub const NEED_COMPLEX: u8 = 1;
/// `needs` bit: the file has float constants.
pub const NEED_FLOAT: u8 = 2;
/// `needs` bit: the file has integer constants beyond 64 bits.
pub const NEED_BIGINT: u8 = 4;

/// Deepest nesting of tuples and code objects in constants a file may have.
const MAX_NESTING: u32 = 48;
/// Largest code object (bytes of instructions) a file may hold.
const MAX_CODE: usize = 1 << 20;

const T_NONE: u8 = 0;
const T_FALSE: u8 = 1;
const T_TRUE: u8 = 2;
const T_ELLIPSIS: u8 = 3;
const T_INT: u8 = 4;
const T_BIGINT: u8 = 5;
const T_FLOAT: u8 = 6;
const T_IMAG: u8 = 7;
const T_STR: u8 = 8;
const T_BYTES: u8 = 9;
const T_TUPLE: u8 = 10;
const T_CODE: u8 = 11;

/// A decoded file: what it needs from the build, and its top-level code.
#[derive(Debug)]
pub struct Pyr {
    /// `NEED_*` bits.
    pub needs: u8,
    /// The module's code.
    pub code: CodeObject,
}

// ---- writing ---------------------------------------------------------------------------------

struct Writer {
    qstrs: Vec<String>,
    body: Vec<u8>,
    needs: u8,
}

impl Writer {
    fn qstr(&mut self, s: &str) {
        let i = match self.qstrs.iter().position(|q| q == s) {
            Some(i) => i,
            None => {
                self.qstrs.push(String::from(s));
                self.qstrs.len() - 1
            }
        };
        write_varint(&mut self.body, i as u32);
    }

    fn uint(&mut self, v: u32) {
        write_varint(&mut self.body, v);
    }

    fn names(&mut self, names: &[String]) {
        self.uint(names.len() as u32);
        for n in names {
            self.qstr(n);
        }
    }

    fn blob(&mut self, b: &[u8]) {
        self.uint(b.len() as u32);
        self.body.extend_from_slice(b);
    }

    fn code(&mut self, c: &CodeObject) {
        self.qstr(&c.name);
        self.qstr(&c.qualname);
        self.qstr(&c.filename);
        for v in [
            c.firstlineno,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
            c.stacksize,
        ] {
            self.uint(v);
        }
        self.names(&c.varnames);
        self.names(&c.cellvars);
        self.names(&c.freevars);
        self.names(&c.names);
        self.uint(c.consts.len() as u32);
        for k in &c.consts {
            self.konst(k);
        }
        self.blob(&c.code);
        self.blob(&c.linetable);
        self.uint(c.exceptiontable.len() as u32);
        for e in &c.exceptiontable {
            for v in [e.start, e.end, e.target, e.depth] {
                self.uint(v);
            }
        }
    }

    fn konst(&mut self, k: &Const) {
        match k {
            Const::None => self.body.push(T_NONE),
            Const::Bool(false) => self.body.push(T_FALSE),
            Const::Bool(true) => self.body.push(T_TRUE),
            Const::Ellipsis => self.body.push(T_ELLIPSIS),
            Const::Int(IntLit::Small(i)) => {
                self.body.push(T_INT);
                write_varint64(&mut self.body, ((*i << 1) ^ (*i >> 63)) as u64);
            }
            Const::Int(IntLit::Big { digits, radix }) => {
                self.needs |= NEED_BIGINT;
                self.body.push(T_BIGINT);
                self.body.push(*radix as u8);
                self.qstr(digits);
            }
            Const::Float(f) => {
                self.needs |= NEED_FLOAT;
                self.body.push(T_FLOAT);
                self.body.extend_from_slice(&f.to_le_bytes());
            }
            Const::Imag(f) => {
                self.needs |= NEED_COMPLEX | NEED_FLOAT;
                self.body.push(T_IMAG);
                self.body.extend_from_slice(&f.to_le_bytes());
            }
            Const::Str(s) => {
                self.body.push(T_STR);
                self.qstr(s);
            }
            Const::Bytes(b) => {
                self.body.push(T_BYTES);
                self.blob(b);
            }
            Const::Tuple(items) => {
                self.body.push(T_TUPLE);
                self.uint(items.len() as u32);
                for it in items {
                    self.konst(it);
                }
            }
            Const::Code(c) => {
                self.body.push(T_CODE);
                self.code(c);
            }
        }
    }
}

fn write_varint64(out: &mut Vec<u8>, mut v: u64) {
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

/// Serialises a compiled module.
pub fn write(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer {
        qstrs: Vec::new(),
        body: Vec::new(),
        needs: 0,
    };
    w.code(code);
    let mut out = Vec::with_capacity(w.body.len() + 64);
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.push(w.needs);
    out.push(0);
    write_varint(&mut out, w.qstrs.len() as u32);
    for q in &w.qstrs {
        write_varint(&mut out, q.len() as u32);
        out.extend_from_slice(q.as_bytes());
    }
    out.extend_from_slice(&w.body);
    out
}

// ---- reading ---------------------------------------------------------------------------------

#[derive(Clone)]
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// Shared, not copied, by the reader of each nested code object: a clone per nesting level
    /// was several KiB of transient Rust memory for a big module on a 64 KiB board.
    qstrs: Rc<[&'a str]>,
    /// Shallow reading: a code object's nested code objects are parsed and checked one at a
    /// time, then dropped, leaving `Const::None` in their slot and their offset in `children`
    /// (so the Rust memory needed is one code object per nesting level, not the whole tree).
    shallow: bool,
}

type R<T> = Result<T, String>;

fn truncated() -> String {
    String::from("truncated file")
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> R<u8> {
        let b = *self.data.get(self.pos).ok_or_else(truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn uint(&mut self) -> R<u32> {
        read_varint(self.data, &mut self.pos).ok_or_else(|| String::from("bad or truncated number"))
    }

    fn uint64(&mut self) -> R<u64> {
        let mut v: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift >= 64 {
                return Err(String::from("integer constant too long"));
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    /// A count of items that each take at least one byte: bounded by the bytes left, so a
    /// corrupt count cannot make us allocate more than the file's size.
    fn count(&mut self) -> R<usize> {
        let n = self.uint()? as usize;
        if n > self.data.len() - self.pos {
            return Err(truncated());
        }
        Ok(n)
    }

    fn bytes(&mut self, n: usize) -> R<&'a [u8]> {
        let end = self.pos.checked_add(n).ok_or_else(truncated)?;
        let b = self.data.get(self.pos..end).ok_or_else(truncated)?;
        self.pos = end;
        Ok(b)
    }

    fn qstr(&mut self) -> R<&'a str> {
        let i = self.uint()? as usize;
        self.qstrs
            .get(i)
            .copied()
            .ok_or_else(|| format!("name index {i} out of range"))
    }

    fn names(&mut self) -> R<Vec<String>> {
        let n = self.count()?;
        let mut v = super::verify::with_room(n)?;
        for _ in 0..n {
            v.push(String::from(self.qstr()?));
        }
        Ok(v)
    }

    fn blob(&mut self) -> R<Vec<u8>> {
        let n = self.count()?;
        let mut v = super::verify::with_room(n)?;
        v.extend_from_slice(self.bytes(n)?);
        Ok(v)
    }

    fn f64(&mut self) -> R<f64> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    fn code(&mut self, depth: u32, children: &mut Vec<(usize, usize)>) -> R<CodeObject> {
        if depth > MAX_NESTING {
            return Err(String::from("constants nested too deeply"));
        }
        let name = String::from(self.qstr()?);
        let qualname = String::from(self.qstr()?);
        let filename = String::from(self.qstr()?);
        let firstlineno = self.uint()?;
        let argcount = self.uint()?;
        let posonlyargcount = self.uint()?;
        let kwonlyargcount = self.uint()?;
        let flags = self.uint()?;
        let stacksize = self.uint()?;
        let varnames = self.names()?;
        let cellvars = self.names()?;
        let freevars = self.names()?;
        let names = self.names()?;
        let n = self.count()?;
        let mut consts = super::verify::with_room(n)?;
        for i in 0..n {
            if self.shallow && self.data.get(self.pos) == Some(&T_CODE) {
                self.pos += 1;
                let at = self.pos;
                let child = self.code(depth + 1, &mut Vec::new())?;
                check(&child)?;
                children.push((i, at));
                consts.push(Const::None);
            } else {
                consts.push(self.konst(depth + 1)?);
            }
        }
        let code = self.blob()?;
        let linetable = self.blob()?;
        let n = self.count()?;
        let mut exceptiontable = super::verify::with_room(n)?;
        for _ in 0..n {
            exceptiontable.push(ExceptionEntry {
                start: self.uint()?,
                end: self.uint()?,
                target: self.uint()?,
                depth: self.uint()?,
            });
        }
        Ok(CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            cellvars,
            freevars,
            names,
            consts,
            code,
            linetable,
            exceptiontable,
            stacksize,
        })
    }

    fn konst(&mut self, depth: u32) -> R<Const> {
        if depth > MAX_NESTING {
            return Err(String::from("constants nested too deeply"));
        }
        let at = self.pos;
        Ok(match self.byte()? {
            T_NONE => Const::None,
            T_FALSE => Const::Bool(false),
            T_TRUE => Const::Bool(true),
            T_ELLIPSIS => Const::Ellipsis,
            T_INT => {
                let z = self.uint64()?;
                Const::Int(IntLit::Small(((z >> 1) as i64) ^ -((z & 1) as i64)))
            }
            T_BIGINT => {
                let radix = self.byte()? as u32;
                let digits = self.qstr()?;
                let ok = matches!(radix, 2 | 8 | 10 | 16)
                    && !digits.is_empty()
                    && digits.chars().all(|c| c.is_digit(radix));
                if !ok {
                    return Err(format!("bad integer constant at byte {at}"));
                }
                Const::Int(IntLit::Big {
                    digits: String::from(digits),
                    radix,
                })
            }
            T_FLOAT => Const::Float(self.f64()?),
            T_IMAG => Const::Imag(self.f64()?),
            T_STR => Const::Str(String::from(self.qstr()?)),
            T_BYTES => Const::Bytes(self.blob()?),
            T_TUPLE => {
                let n = self.count()?;
                let mut items = super::verify::with_room(n)?;
                for _ in 0..n {
                    items.push(self.konst(depth + 1)?);
                }
                Const::Tuple(items)
            }
            T_CODE => Const::Code(Box::new(self.code(depth + 1, &mut Vec::new())?)),
            t => return Err(format!("unknown constant tag {t} at byte {at}")),
        })
    }
}

/// The header and the name table, leaving the reader at the top-level code object.
fn header(data: &[u8]) -> Result<(u8, Reader<'_>), String> {
    if data.len() < 6 || &data[..3] != MAGIC {
        return Err(String::from("not a .pyr file (bad magic)"));
    }
    if data[3] != VERSION {
        return Err(format!(
            "version {} of the .pyr format, this build reads version {VERSION}",
            data[3]
        ));
    }
    let needs = data[4];
    if needs & !(NEED_COMPLEX | NEED_FLOAT | NEED_BIGINT) != 0 || data[5] != 0 {
        return Err(String::from("unknown header flags"));
    }
    let mut r = Reader {
        data,
        pos: 6,
        qstrs: Rc::from(Vec::new()),
        shallow: false,
    };
    let n = r.count()?;
    let mut qstrs = super::verify::with_room(n)?;
    for _ in 0..n {
        let len = r.count()?;
        let b = r.bytes(len)?;
        qstrs.push(core::str::from_utf8(b).map_err(|_| String::from("a name is not UTF-8"))?);
    }
    r.qstrs = Rc::from(qstrs);
    Ok((needs, r))
}

/// Decodes and validates a whole `.pyr` file into one tree (tools and tests; the VM loads
/// with [`open`], which needs far less memory). The message says what is wrong.
pub fn read(data: &[u8]) -> Result<Pyr, String> {
    let (needs, mut r) = header(data)?;
    let code = r.code(0, &mut Vec::new())?;
    if r.pos != data.len() {
        return Err(String::from("trailing bytes after the code"));
    }
    check(&code)?;
    Ok(Pyr { needs, code })
}

/// A validated `.pyr` file, to be loaded one code object at a time ([`File::code_at`]).
pub struct File<'a> {
    reader: Reader<'a>,
    /// `NEED_*` bits.
    pub needs: u8,
    /// Offset of the top-level code object.
    pub top: usize,
}

/// Checks a whole `.pyr` file (everything [`read`] checks) while holding at most one code
/// object per nesting level in memory.
pub fn open(data: &[u8]) -> Result<File<'_>, String> {
    let (needs, mut r) = header(data)?;
    r.shallow = true;
    let top = r.pos;
    let code = r.code(0, &mut Vec::new())?;
    if r.pos != data.len() {
        return Err(String::from("trailing bytes after the code"));
    }
    check(&code)?;
    Ok(File {
        reader: r,
        needs,
        top,
    })
}

impl File<'_> {
    /// The code object at `offset` (the top or a child's offset) with `Const::None` in place
    /// of each nested code object, and `(const index, offset)` of those.
    pub fn code_at(&self, offset: usize) -> Result<(CodeObject, Vec<(usize, usize)>), String> {
        let mut r = self.reader.clone();
        r.pos = offset;
        let mut children = Vec::new();
        let code = r.code(0, &mut children)?;
        Ok((code, children))
    }
}

/// The flags a code object may have.
const KNOWN_FLAGS: u32 = super::code::flags::OPTIMIZED
    | super::code::flags::VARARGS
    | super::code::flags::VARKEYWORDS
    | super::code::flags::NESTED
    | super::code::flags::GENERATOR
    | super::code::flags::COROUTINE
    | super::code::flags::ASYNC_GENERATOR
    | super::code::flags::CLASS_BODY;

/// Checks that `code` (and every code object nested in it) is something the compiler could
/// have produced as far as the VM relies on it: known flags, parameters that fit the local
/// slots, every instruction decodable with its operand in range for the table it indexes,
/// exception handlers at instruction starts, and a consistent stack depth everywhere.
pub fn check(code: &CodeObject) -> Result<(), String> {
    check_one(code).map_err(|e| format!("in {}: {e}", code.qualname))?;
    for k in &code.consts {
        check_const(k)?;
    }
    verify(code).map(|_| ())
}

fn check_const(k: &Const) -> Result<(), String> {
    match k {
        Const::Code(c) => check(c),
        Const::Tuple(items) => items.iter().try_for_each(check_const),
        _ => Ok(()),
    }
}

fn check_one(code: &CodeObject) -> Result<(), String> {
    use super::code::flags;
    use Op::*;
    if code.flags & !KNOWN_FLAGS != 0 {
        return Err(format!("unknown flags {:#x}", code.flags));
    }
    if code.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
        && !cfg!(any(feature = "async", test))
    {
        return Err(String::from(
            "coroutines need the 'async' feature, not in this build",
        ));
    }
    const INPLACE: usize = BinOps::INPLACE as usize;
    let nlocals = code.nlocalsplus();
    let params = code.argcount as usize
        + code.kwonlyargcount as usize
        + (code.flags & flags::VARARGS != 0) as usize
        + (code.flags & flags::VARKEYWORDS != 0) as usize;
    if code.posonlyargcount > code.argcount || params > code.varnames.len() {
        return Err(String::from("more parameters than local variables"));
    }
    if nlocals > 0xffff || code.stacksize > 0xffff {
        return Err(String::from("frame too large"));
    }
    if code.code.is_empty() || code.code.len() > MAX_CODE {
        return Err(String::from("bad code length"));
    }
    let mut starts = Vec::new();
    let mut end = 0usize;
    for (off, op, arg) in decode(&code.code) {
        if off as usize != end {
            break;
        }
        starts.push(off);
        end = next_offset(&code.code, off as usize);
        if let Some(feature) = missing_feature(op) {
            return Err(format!(
                "{} needs the '{feature}' feature, not in this build",
                op.name()
            ));
        }
        let a = arg as usize;
        let ok = match op {
            LoadConst => a < code.consts.len(),
            LoadFast | StoreFast | DeleteFast | MakeCell | LoadDeref | StoreDeref | DeleteDeref
            | LoadClosure | LoadClassDeref => a < nlocals,
            CopyFreeVars => a <= code.freevars.len(),
            LoadGlobal | StoreGlobal | DeleteGlobal | LoadName | StoreName | DeleteName
            | LoadAttr | StoreAttr | DeleteAttr | LoadMethod | ImportName | ImportFrom => {
                a < code.names.len()
            }
            Copy => a >= 1,
            Swap => a >= 2,
            BuildSlice => a == 2 || a == 3,
            RaiseVarargs => a <= 2,
            CallFunctionEx | IsOp | ContainsOp => a <= 1,
            UnaryOp => a <= 3,
            BinaryOp => a < 2 * INPLACE && (a % INPLACE) < BinOps::ALL.len(),
            CompareOp => a < super::opcode::CompareOp::ALL.len(),
            FormatValue => a < 8,
            MakeFunction => a < 16,
            _ if is_jump(op) => a < code.code.len(),
            // Counts (stack effects the verifier checks); bounded so they cannot overflow.
            _ => a < 1 << 24,
        };
        if !ok {
            return Err(format!(
                "operand {arg} out of range for {} at {off}",
                op.name()
            ));
        }
    }
    if end != code.code.len() {
        return Err(format!("bad instruction at offset {end}"));
    }
    for e in &code.exceptiontable {
        if starts.binary_search(&e.target).is_err() || e.depth > code.stacksize {
            return Err(format!("bad exception handler {e:?}"));
        }
    }
    Ok(())
}

/// The Cargo feature an instruction belongs to, when this build was made without it (the VM
/// does not run such instructions, so a file that has them is refused on loading).
fn missing_feature(op: Op) -> Option<&'static str> {
    use Op::*;
    match op {
        GetLen | MatchMapping | MatchSequence | MatchKeys | CopyDictWithoutKeys | MatchClass
            if !cfg!(any(feature = "match", test)) =>
        {
            Some("match")
        }
        GetAwaitable | GetAiter | GetAnext | EndAsyncFor | BeforeAsyncWith
            if !cfg!(any(feature = "async", test)) =>
        {
            Some("async")
        }
        CheckEgMatch | PrepReraiseStar if !cfg!(any(feature = "except-star", test)) => {
            Some("except-star")
        }
        BuildSet | SetAdd | SetUpdate if !cfg!(any(feature = "set", test)) => Some("set"),
        _ => None,
    }
}

/// The offset after the instruction (with its `ExtendedArg` prefixes) at `off`.
fn next_offset(code: &[u8], mut off: usize) -> usize {
    while let Some(&b) = code.get(off) {
        if b < super::opcode::HAVE_ARG {
            return off + 1;
        }
        off += 3;
        if b != Op::ExtendedArg as u8 {
            break;
        }
    }
    off
}
