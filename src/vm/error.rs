// SPDX-License-Identifier: MIT
//! Raising exceptions, matching them, and printing tracebacks.
//!
//! An exception in flight is stored in the heap root [`Root::Pending`]; Rust code sees only the
//! zero-sized [`PyErr`] marker. Creating an exception may itself run out of memory: then the
//! preallocated `MemoryError` is raised instead, so raising never fails.

use alloc::format;
use alloc::string::String;

use crate::gc::{Kind, Root, Value};
use crate::objects::types::TypeId;
use crate::objects::{class, exception, tuple};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// Raises `exc` (an exception instance).
    pub fn raise(&mut self, exc: Value) -> PyErr {
        self.heap.set_root(Root::Pending, exc);
        PyErr(())
    }

    /// Raises a new exception of builtin type `t` with message `msg` (no args if empty).
    pub fn raise_new(&mut self, t: TypeId, msg: &str) -> PyErr {
        if t == TypeId::MemoryError && msg.is_empty() {
            return self.memory_error();
        }
        let args = if msg.is_empty() {
            tuple::new(self, &[])
        } else {
            self.new_str(msg).and_then(|s| {
                let d = self.heap.push_root(s);
                let r = tuple::new(self, &[s]);
                self.heap.pop_roots(d);
                r
            })
        };
        let Ok(args) = args else {
            return self.memory_error();
        };
        match exception::new(self, t.value(), args) {
            Ok(e) => self.raise(e),
            Err(err) => err,
        }
    }

    /// Raises a new exception of builtin type `t` with the single argument `arg`.
    pub fn raise_with_arg(&mut self, t: TypeId, arg: Value) -> PyErr {
        let d = self.heap.push_root(arg);
        let r = tuple::new(self, &[arg]).and_then(|args| exception::new(self, t.value(), args));
        self.heap.pop_roots(d);
        match r {
            Ok(e) => self.raise(e),
            Err(err) => err,
        }
    }

    /// Raises the preallocated `MemoryError` (its traceback reset). This also acknowledges a
    /// shortage of the Rust allocator's memory ([`crate::rust_memory`]), if that is the cause.
    pub fn memory_error(&mut self) -> PyErr {
        crate::rust_memory::clear_low();
        let e = self.heap.root(Root::MemoryError);
        self.heap.set_value(e, exception::TRACEBACK, Value::NONE);
        self.heap.set_value(e, exception::CONTEXT, Value::NONE);
        self.raise(e)
    }

    /// The pending exception.
    pub fn pending(&self) -> Value {
        self.heap.root(Root::Pending)
    }

    /// Takes the pending exception, clearing it.
    pub fn take_pending(&mut self) -> Value {
        let e = self.heap.root(Root::Pending);
        self.heap.set_root(Root::Pending, Value::NULL);
        e
    }

    /// Is the exception `exc` an instance of builtin exception type `t`?
    pub fn exception_is(&self, exc: Value, t: TypeId) -> bool {
        let ty = self.type_of(exc);
        class::is_subclass_of_builtin(self, ty, t)
    }

    /// Appends a traceback entry for frame `f` (running `code`, stopped at `lasti` on `line`)
    /// to `exc` (entries run from the outermost frame to the innermost, so each unwound frame
    /// goes in front). The entry keeps the frame alive for `tb_frame`, as CPython's does.
    pub fn add_traceback(
        &mut self,
        exc: Value,
        f: Value,
        code: Value,
        line: u32,
        lasti: u32,
    ) -> PyResult<()> {
        if self.heap.kind(exc) != Kind::Exception {
            return Ok(());
        }
        let d = self.heap.push_root(exc);
        self.heap.push_root(code);
        self.heap.push_root(f);
        let tb = self.alloc(Kind::Traceback, 5);
        self.heap.pop_roots(d);
        let tb = tb?;
        let next = self.heap.get_value(exc, exception::TRACEBACK);
        self.heap.set(tb, 0, line);
        self.heap.set(tb, 1, lasti);
        self.heap
            .set_value(tb, 2, if next.is_null() { Value::NONE } else { next });
        self.heap.set_value(tb, 3, code);
        self.heap.set_value(tb, 4, f);
        self.heap.set_value(exc, exception::TRACEBACK, tb);
        Ok(())
    }

    /// The text CPython prints for an uncaught exception: chained exceptions first, then
    /// `Traceback (most recent call last):`, the frames, and `Type: message`.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        self.format_chain(exc, &mut out, 0);
        out
    }

    fn format_chain(&mut self, exc: Value, out: &mut String, depth: u32) {
        if self.heap.kind(exc) != Kind::Exception {
            out.push_str("<not an exception>\n");
            return;
        }
        if depth < 16 {
            let cause = self.heap.get_value(exc, exception::CAUSE);
            let context = self.heap.get_value(exc, exception::CONTEXT);
            let suppress = self.heap.get(exc, 0) != 0;
            if self.heap.kind(cause) == Kind::Exception {
                self.format_chain(cause, out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress && self.heap.kind(context) == Kind::Exception && context != exc {
                self.format_chain(context, out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let mut tb = self.heap.get_value(exc, exception::TRACEBACK);
        if self.heap.kind(tb) == Kind::Traceback {
            out.push_str("Traceback (most recent call last):\n");
            let mut n = 0;
            while self.heap.kind(tb) == Kind::Traceback && n < 10_000 {
                let line = self.heap.get(tb, 0);
                let code = self.heap.get_value(tb, 3);
                let file = crate::objects::function::code_filename(self, code);
                let name = crate::objects::function::code_name(self, code);
                out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                tb = self.heap.get_value(tb, 2);
                n += 1;
            }
        }
        if self.exception_is(exc, TypeId::SyntaxError) {
            if let Some((msg, file, line, off, text)) =
                crate::objects::exception_methods::syntax_info(self, exc)
            {
                // CPython shows where the error is instead of "Type: str(exc)".
                out.push_str(&format!("  File \"{file}\", line {line}\n"));
                let trimmed = text.trim_start();
                if !trimmed.is_empty() {
                    let indent = text.chars().count() - trimmed.chars().count();
                    out.push_str(&format!("    {}\n", trimmed.trim_end()));
                    let caret = (off.max(1) as usize).saturating_sub(indent + 1);
                    out.push_str(&format!("    {}^\n", " ".repeat(caret)));
                }
                let name = self.type_name(exc);
                out.push_str(&format!("{name}: {msg}\n"));
                return;
            }
        }
        out.push_str(&self.exception_summary(exc));
        out.push('\n');
    }

    /// `Type: message` (or just `Type`), as the last line of a traceback.
    pub fn exception_summary(&mut self, exc: Value) -> String {
        let name = self.type_name(exc);
        let qual = class::exception_display_name(self, self.type_of(exc), &name);
        let msg = match self.exception_str(exc) {
            Ok(s) => s,
            Err(_) => {
                self.take_pending();
                String::from("<exception str() failed>")
            }
        };
        if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        }
    }

    /// `str(exc)` as Rust text.
    pub fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        let s = self.to_str(exc)?;
        Ok(String::from(self.str_text(s).unwrap_or("")))
    }

    /// Prints `exc` with its traceback to standard error.
    pub fn print_exception(&mut self, exc: Value) {
        let text = self.format_exception(exc);
        self.write_err(&text);
    }
}
