// SPDX-License-Identifier: MIT
//! Loading: a compiled [`CodeObject`] (plain Rust data) becomes a code object in the heap.
//! Names become qstrs; constants become heap values; nested code objects are loaded too.

use crate::bytecode::{CodeObject, Const};
use crate::compile::ast::IntLit;
use crate::gc::{Kind, Value};
use crate::objects::bigint::BigInt;
#[cfg(feature = "float")]
use crate::objects::float;
use crate::objects::function::code as c;
use crate::objects::{int, tuple};

use super::{PyResult, Vm};

impl Vm {
    /// Loads `code` into the heap, returning the code object.
    pub fn load_code(&mut self, code: &CodeObject) -> PyResult<Value> {
        let obj = self.alloc(Kind::Code, c::SIZE)?;
        let depth = self.heap.push_root(obj);
        let r = self.fill_code(obj, code);
        self.heap.pop_roots(depth);
        r.map(|_| obj)
    }

    /// Loads a `.pyr` file (see `bytecode::pyr`) into the heap, returning its module code
    /// object. A corrupt file, one of another format version, or one that needs a feature this
    /// build lacks raises `ValueError`.
    pub fn load_pyr(&mut self, data: &[u8]) -> PyResult<Value> {
        use crate::bytecode::pyr;
        if !cfg!(any(feature = "load-pyr", test)) {
            return Err(self.value_error(".pyr files not supported in this build"));
        }
        let file = match pyr::open(data) {
            Ok(f) => f,
            Err(_) if crate::rust_memory::is_low() => return Err(self.memory_error()),
            Err(e) => {
                return Err(
                    self.value_error(error_msg!("invalid .pyr file", "invalid .pyr file: {e}"))
                )
            }
        };
        if file.needs & pyr::NEED_COMPLEX != 0 && !cfg!(feature = "complex") {
            return Err(self.value_error(
                "the .pyr file needs complex numbers, which this build does not have",
            ));
        }
        if file.needs & pyr::NEED_FLOAT != 0 && !cfg!(feature = "float") {
            return Err(
                self.value_error("the .pyr file needs floats, which this build does not have")
            );
        }
        self.load_pyr_code(&file, file.top)
    }

    /// Loads the code object at `offset` of a checked file, then its nested code objects into
    /// their constant slots: the Rust memory in use is one code object per nesting level.
    fn load_pyr_code(
        &mut self,
        file: &crate::bytecode::pyr::File,
        offset: usize,
    ) -> PyResult<Value> {
        let (code, children) = match file.code_at(offset) {
            Ok(c) => c,
            Err(_) if crate::rust_memory::is_low() => return Err(self.memory_error()),
            Err(e) => {
                return Err(
                    self.value_error(error_msg!("invalid .pyr file", "invalid .pyr file: {e}"))
                )
            }
        };
        let obj = self.load_code(&code)?;
        drop(code);
        let depth = self.heap.push_root(obj);
        let r = (|| {
            for (i, at) in children {
                let child = self.load_pyr_code(file, at)?;
                let consts = self.heap.get_value(obj, c::CONSTS);
                self.heap.set_value(consts, 1 + i, child);
            }
            Ok(obj)
        })();
        self.heap.pop_roots(depth);
        r
    }

    fn fill_code(&mut self, obj: Value, code: &CodeObject) -> PyResult<()> {
        let raw = [
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.flags,
            code.nlocalsplus() as u32,
            code.varnames.len() as u32,
            code.cellvars.len() as u32,
            code.freevars.len() as u32,
            code.stacksize,
            code.firstlineno,
        ];
        for (i, w) in raw.iter().enumerate() {
            self.heap.set(obj, i, *w);
        }
        let name = self.intern(&code.name)?;
        self.heap.set_value(obj, c::NAME, name);
        // A module-level function's qualname is its name: share the interned string.
        let qualname = if code.qualname == code.name {
            name
        } else {
            self.new_str(&code.qualname)?
        };
        self.heap.set_value(obj, c::QUALNAME, qualname);
        let filename = self.intern(&code.filename)?;
        self.heap.set_value(obj, c::FILENAME, filename);
        let names = self.name_tuple(code.names.iter().map(|s| s.as_str()))?;
        self.heap.set_value(obj, c::NAMES, names);
        let local_names = self.name_tuple(
            code.varnames
                .iter()
                .chain(&code.cellvars)
                .chain(&code.freevars)
                .map(|s| s.as_str()),
        )?;
        self.heap.set_value(obj, c::LOCALNAMES, local_names);
        let bytes = self.raw_bytes(&code.code)?;
        self.heap.set_value(obj, c::CODE, bytes);
        let lines = self.raw_bytes(&code.linetable)?;
        self.heap.set_value(obj, c::LINETABLE, lines);
        let mut exc = alloc::vec::Vec::with_capacity(code.exceptiontable.len() * 16);
        for e in &code.exceptiontable {
            for w in [e.start, e.end, e.target, e.depth] {
                exc.extend_from_slice(&w.to_le_bytes());
            }
        }
        // Most code has no handlers: None reads as an empty table (no block to allocate).
        let exc = if exc.is_empty() {
            Value::NONE
        } else {
            self.raw_bytes(&exc)?
        };
        self.heap.set_value(obj, c::EXCTABLE, exc);
        let consts = self.alloc(Kind::Tuple, 1 + code.consts.len())?;
        self.heap.set(consts, 0, code.consts.len() as u32);
        self.heap.set_value(obj, c::CONSTS, consts);
        for (i, k) in code.consts.iter().enumerate() {
            let v = self.load_const(k)?;
            let consts = self.heap.get_value(obj, c::CONSTS);
            self.heap.set_value(consts, 1 + i, v);
        }
        Ok(())
    }

    fn name_tuple<'a>(&mut self, names: impl Iterator<Item = &'a str>) -> PyResult<Value> {
        let names: alloc::vec::Vec<&str> = names.collect();
        let t = self.alloc(Kind::Tuple, 1 + names.len())?;
        self.heap.set(t, 0, names.len() as u32);
        let depth = self.heap.push_root(t);
        for (i, n) in names.iter().enumerate() {
            match self.intern(n) {
                Ok(q) => self.heap.set_value(t, 1 + i, q),
                Err(e) => {
                    self.heap.pop_roots(depth);
                    return Err(e);
                }
            }
        }
        self.heap.pop_roots(depth);
        Ok(t)
    }

    /// A RawBytes block holding `data`.
    pub fn raw_bytes(&mut self, data: &[u8]) -> PyResult<Value> {
        let b = self.alloc(Kind::RawBytes, 1 + data.len().div_ceil(4))?;
        self.heap.set(b, 0, data.len() as u32);
        self.heap.bytes_mut(b, 1, data.len()).copy_from_slice(data);
        Ok(b)
    }

    /// Interns `s` as a qstr.
    pub fn intern(&mut self, s: &str) -> PyResult<Value> {
        crate::intern::intern(self, s)
    }

    /// A constant as a heap value.
    pub fn load_const(&mut self, k: &Const) -> PyResult<Value> {
        Ok(match k {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::bool(*b),
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Int(IntLit::Small(i)) => int::from_i64(self, *i)?,
            Const::Int(IntLit::Big { digits, radix }) => {
                match BigInt::from_literal_digits(digits, *radix) {
                    Some(b) => int::from_big(self, &b)?,
                    None => return Err(self.value_error("invalid integer literal")),
                }
            }
            #[cfg(feature = "float")]
            Const::Float(f) => float::new(self, *f)?,
            #[cfg(not(feature = "float"))]
            Const::Float(_) => {
                return Err(self.raise_new(
                    crate::objects::types::TypeId::SyntaxError,
                    "decimal numbers not supported",
                ))
            }
            #[cfg(feature = "complex")]
            Const::Imag(x) => crate::objects::complex::new(self, 0.0, *x)?,
            #[cfg(not(feature = "complex"))]
            Const::Imag(_) => {
                return Err(self.raise_new(
                    crate::objects::types::TypeId::SyntaxError,
                    "complex numbers are not supported in this build",
                ))
            }
            Const::Str(s) => {
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)?
                } else {
                    self.new_str(s)?
                }
            }
            Const::Bytes(b) => crate::objects::bytes::new(self, b)?,
            Const::Tuple(items) => {
                let t = self.alloc(Kind::Tuple, 1 + items.len())?;
                self.heap.set(t, 0, items.len() as u32);
                let depth = self.heap.push_root(t);
                for (i, item) in items.iter().enumerate() {
                    match self.load_const(item) {
                        Ok(v) => self.heap.set_value(t, 1 + i, v),
                        Err(e) => {
                            self.heap.pop_roots(depth);
                            return Err(e);
                        }
                    }
                }
                self.heap.pop_roots(depth);
                let _ = tuple::len(self, t);
                t
            }
            Const::Code(code) => self.load_code(code)?,
        })
    }
}
