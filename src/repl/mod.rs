// SPDX-License-Identifier: MIT
//! The REPL as a state machine fed one byte at a time (design decision 9). It never blocks on
//! input, so the same code serves a host terminal, a UART interrupt and the Zephyr shell's bypass
//! callback: the embedder passes each received byte to [`Repl::feed`], which echoes, edits, and
//! runs a complete input before returning.
//!
//! It speaks MicroPython's protocols (`shared/runtime/pyexec.c`), byte for byte where a tool
//! depends on them:
//!
//! * **Friendly mode**: `>>> ` and `... ` prompts, echo, backspace/DEL, auto-indent (4 spaces
//!   after a line ending in `:`; backspace over leading spaces removes a level), Ctrl-C cancels the
//!   input, Ctrl-D on an empty line exits (MicroPython's soft reset), Ctrl-B reprints the banner.
//!   Enter on a continuation line holding only spaces ends a compound statement (MicroPython needs
//!   the auto-indent deleted first; accepting it is friendlier and what CPython does). Up and
//!   down arrows recall the last 8 lines. No tab completion yet (Tab inserts 4 spaces).
//! * **Paste mode** (Ctrl-E): `=== ` prompts, no auto-indent, Ctrl-D runs, Ctrl-C cancels.
//! * **Raw REPL** (Ctrl-A): no echo; Ctrl-D answers `OK`, runs the input, then writes `\x04`,
//!   the traceback if any, `\x04` and `>`. Ctrl-D on empty input exits; Ctrl-B returns to
//!   friendly mode.
//! * **Raw-paste mode** (`\x05A\x01` in the raw REPL, as `mpremote` sends): answers `R\x01`, the
//!   window size (2 bytes, little-endian) and `\x01`, then sends one `\x01` per window of bytes
//!   received; Ctrl-D ends the input (answered with `\x04`) and the code runs as in the raw REPL.
//!
//! The REPL's own output uses `\r\n` line ends, as a serial terminal needs; program output is
//! whatever the platform makes of `\n`.
#![forbid(unsafe_code)]

mod line;

use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::Ordering;

use crate::compile::Mode;
use crate::gc::{Root, Value};
use crate::objects::types::TypeId;
use crate::vm::{PyResult, Vm};

use line::{Edit, LineEditor};

const CTRL_A: u8 = 0x01;
const CTRL_B: u8 = 0x02;
const CTRL_C: u8 = 0x03;
const CTRL_D: u8 = 0x04;
const CTRL_E: u8 = 0x05;

/// The raw-paste flow-control window in bytes: half of the 256-byte input buffer MicroPython
/// assumes, so the host may have two windows in flight. Our buffer grows in the Rust heap, so
/// the figure only paces the host.
const RAW_PASTE_WINDOW: u16 = 128;

/// What [`Repl::feed`] did with a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The byte was consumed; the REPL waits for more input.
    More,
    /// The byte completed an input, which was executed (its output and any traceback written).
    Ran,
    /// Exit requested: Ctrl-D on an empty line, or `SystemExit` (MicroPython's soft reset).
    Exit,
}

/// Which protocol the REPL is speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Friendly,
    Paste,
    Raw,
    RawPaste { window_left: u16 },
}

/// The REPL's state between bytes.
pub struct Repl {
    state: State,
    /// The input gathered so far: completed lines (each ending in `\n`) in friendly mode, the
    /// whole text in paste and raw modes.
    input: Vec<u8>,
    /// The line being typed (friendly mode).
    editor: LineEditor,
    /// Friendly mode: the input already has lines and this is a `... ` line.
    continuing: bool,
    /// The previous byte was `\r` (a `\n` right after it is the same line end).
    after_cr: bool,
    /// The banner's machine description (`... on <machine>`).
    machine: String,
    /// The input outgrew what the Rust allocator could give and was dropped: it is reported as
    /// a `MemoryError` when it would have run.
    lost: bool,
}

impl Repl {
    /// A REPL in friendly mode; `machine` names the board in the banner.
    pub fn new(machine: &str) -> Repl {
        Repl {
            state: State::Friendly,
            input: Vec::new(),
            editor: LineEditor::new(),
            continuing: false,
            after_cr: false,
            machine: String::from(machine),
            lost: false,
        }
    }

    /// Prints the banner and the first prompt.
    pub fn start(&mut self, vm: &mut Vm) {
        self.banner(vm);
        self.restart(vm);
    }

    /// Is the REPL in the raw REPL (or raw-paste) protocol?
    pub fn is_raw(&self) -> bool {
        matches!(self.state, State::Raw | State::RawPaste { .. })
    }

    /// Feeds one received byte.
    pub fn feed(&mut self, vm: &mut Vm, byte: u8) -> Status {
        match self.state {
            State::Friendly => self.feed_friendly(vm, byte),
            State::Paste => self.feed_paste(vm, byte),
            State::Raw => self.feed_raw(vm, byte),
            State::RawPaste { window_left } => self.feed_raw_paste(vm, byte, window_left),
        }
    }

    fn banner(&mut self, vm: &mut Vm) {
        out(vm, "Pyrite ");
        out(vm, env!("CARGO_PKG_VERSION"));
        out(vm, " on ");
        let machine = core::mem::take(&mut self.machine);
        out(vm, &machine);
        self.machine = machine;
        out(vm, "; Python 3 for microcontrollers\r\n");
        // As MicroPython's banner: the line only where `help` exists.
        if cfg!(any(feature = "help", test)) {
            out(vm, "Type \"help()\" for more information.\r\n");
        }
    }

    /// Back to an empty friendly-mode input with a fresh `>>> ` prompt.
    fn restart(&mut self, vm: &mut Vm) {
        self.state = State::Friendly;
        self.input.clear();
        self.lost = false;
        self.continuing = false;
        self.editor.reset(Vec::new());
        out(vm, ">>> ");
    }

    /// Swallows the `\n` of a `\r\n` pair; true if `byte` is that `\n`.
    fn skip_lf(&mut self, byte: u8) -> bool {
        let skip = self.after_cr && byte == b'\n';
        self.after_cr = byte == b'\r';
        skip
    }

    fn feed_friendly(&mut self, vm: &mut Vm, byte: u8) -> Status {
        if self.skip_lf(byte) {
            return Status::More;
        }
        let empty = self.editor.is_empty();
        match byte {
            CTRL_C => {
                out(vm, "\r\n");
                self.restart(vm);
            }
            CTRL_A if empty && !self.continuing => {
                out(vm, "\r\n");
                self.enter_raw(vm);
            }
            CTRL_B if empty && !self.continuing => {
                out(vm, "\r\n");
                self.banner(vm);
                self.restart(vm);
            }
            CTRL_D if empty && !self.continuing => {
                out(vm, "\r\n");
                self.input.clear();
                return Status::Exit;
            }
            CTRL_D if empty => {
                // Ends a compound statement early.
                out(vm, "\r\n");
                return self.run_friendly(vm);
            }
            CTRL_E if empty && !self.continuing => {
                out(
                    vm,
                    "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
                );
                self.input.clear();
                self.state = State::Paste;
            }
            b'\r' | b'\n' => return self.end_line(vm),
            _ => {
                let edit = self.editor.edit(byte);
                write_edit(vm, edit);
                if let Edit::Replace(_) = edit {
                    let line = self.editor.line().to_vec();
                    vm.platform.write(&line);
                }
            }
        }
        Status::More
    }

    /// Enter: the line joins the input, which runs if complete.
    fn end_line(&mut self, vm: &mut Vm) -> Status {
        out(vm, "\r\n");
        self.lost |= self.editor.lost;
        let line = self.editor.take();
        if self.lost {
            report_lost_input(vm);
            self.restart(vm);
            return Status::Ran;
        }
        self.editor.remember(&line);
        let blank = line.iter().all(|&b| b == b' ' || b == b'\t');
        if !self.continuing && blank {
            self.restart(vm);
            return Status::More;
        }
        if !blank {
            self.append(&line);
        }
        self.append(b"\n");
        if self.lost {
            report_lost_input(vm);
            self.restart(vm);
            return Status::Ran;
        }
        let text = String::from_utf8_lossy(&self.input);
        let budget = vm.compile_stack_budget();
        if crate::compile::parser::input_is_incomplete_with_stack_budget(&text, budget) {
            self.continuing = true;
            let indent = line::auto_indent(&line);
            out(vm, "... ");
            vm.platform.write(&indent);
            self.editor.reset(indent);
            return Status::More;
        }
        self.run_friendly(vm)
    }

    fn run_friendly(&mut self, vm: &mut Vm) -> Status {
        // Borrowed, not copied, when the input is UTF-8: on a small board the source text may
        // be a good part of the memory the compiler has.
        let text = String::from_utf8_lossy(&self.input);
        let outcome = execute(vm, &text, Mode::Single);
        drop(text);
        if outcome == Outcome::Exit {
            self.input.clear();
            return Status::Exit;
        }
        self.restart(vm);
        Status::Ran
    }

    fn feed_paste(&mut self, vm: &mut Vm, byte: u8) -> Status {
        if self.skip_lf(byte) {
            return Status::More;
        }
        match byte {
            CTRL_C => {
                out(vm, "\r\n");
                self.restart(vm);
                Status::More
            }
            CTRL_D => {
                out(vm, "\r\n");
                if self.lost {
                    report_lost_input(vm);
                    self.restart(vm);
                    return Status::Ran;
                }
                let text = String::from_utf8_lossy(&self.input);
                let outcome = execute(vm, &text, Mode::Exec);
                drop(text);
                if outcome == Outcome::Exit {
                    self.input.clear();
                    return Status::Exit;
                }
                self.restart(vm);
                Status::Ran
            }
            b'\r' | b'\n' => {
                self.append(b"\n");
                out(vm, "\r\n=== ");
                Status::More
            }
            _ => {
                self.append(&[byte]);
                vm.platform.write(&[byte]);
                Status::More
            }
        }
    }

    fn enter_raw(&mut self, vm: &mut Vm) {
        self.state = State::Raw;
        self.input.clear();
        out(vm, "raw REPL; CTRL-B to exit\r\n>");
    }

    fn feed_raw(&mut self, vm: &mut Vm, byte: u8) -> Status {
        match byte {
            CTRL_A if self.input == [CTRL_E, b'A'] => {
                // Raw-paste mode: acknowledge, then announce the window (two windows free).
                self.input.clear();
                let w = RAW_PASTE_WINDOW.to_le_bytes();
                vm.platform.write(&[b'R', 0x01, w[0], w[1], 0x01]);
                self.state = State::RawPaste {
                    window_left: RAW_PASTE_WINDOW,
                };
            }
            CTRL_A if self.input.len() == 2 && self.input[0] == CTRL_E => {
                // An unknown raw-paste command: refuse it, stay in the raw REPL.
                self.input.clear();
                vm.platform.write(b"R\x00>");
            }
            CTRL_A => self.enter_raw(vm),
            CTRL_B => {
                out(vm, "\r\n");
                self.banner(vm);
                self.restart(vm);
            }
            CTRL_C => {
                self.input.clear();
                self.lost = false;
            }
            CTRL_D => {
                out(vm, "OK");
                if self.input.is_empty() {
                    out(vm, "\r\n");
                    return Status::Exit;
                }
                return self.run_raw(vm);
            }
            _ => self.append(&[byte]),
        }
        Status::More
    }

    fn feed_raw_paste(&mut self, vm: &mut Vm, byte: u8, window_left: u16) -> Status {
        match byte {
            CTRL_D => {
                vm.platform.write(&[CTRL_D]);
                self.run_raw(vm)
            }
            CTRL_C => {
                // Cancelled: end the transfer and report the interruption like a run would.
                vm.platform.write(b"\x04\x04KeyboardInterrupt: \r\n\x04>");
                self.input.clear();
                self.state = State::Raw;
                Status::More
            }
            _ => {
                self.append(&[byte]);
                let left = if window_left <= 1 {
                    vm.platform.write(&[0x01]);
                    RAW_PASTE_WINDOW
                } else {
                    window_left - 1
                };
                self.state = State::RawPaste { window_left: left };
                Status::More
            }
        }
    }

    /// Runs the raw input: output, `\x04`, traceback, `\x04`, then the `>` prompt.
    fn run_raw(&mut self, vm: &mut Vm) -> Status {
        self.state = State::Raw;
        let status = if core::mem::take(&mut self.lost) {
            vm.platform.write(&[CTRL_D]);
            report_lost_input(vm);
            vm.platform.write(&[CTRL_D]);
            Status::Ran
        } else {
            let text = String::from_utf8_lossy(&self.input);
            let status = execute_raw(vm, &text);
            drop(text);
            status
        };
        self.input.clear();
        if status == Status::Exit {
            return Status::Exit;
        }
        vm.platform.write(b">");
        Status::Ran
    }
}

impl Repl {
    /// Appends to the input; when the Rust allocator cannot grow it, the input is dropped
    /// (freeing it) and marked lost instead of the VM aborting.
    fn append(&mut self, bytes: &[u8]) {
        if self.lost || self.input.try_reserve(bytes.len()).is_err() {
            self.lost = true;
            self.input = Vec::new();
            return;
        }
        self.input.extend_from_slice(bytes);
    }
}

/// Prints the `MemoryError` for input that did not fit in memory.
fn report_lost_input(vm: &mut Vm) {
    let _ = vm.memory_error();
    outcome(vm, false);
}

/// Writes REPL text.
fn out(vm: &mut Vm, s: &str) {
    vm.platform.write(s.as_bytes());
}

/// Shows a line-editor change on the terminal.
fn write_edit(vm: &mut Vm, edit: Edit) {
    match edit {
        Edit::None => {}
        Edit::Echo(b) => vm.platform.write(&[b]),
        Edit::Spaces(n) => {
            for _ in 0..n {
                vm.platform.write(b" ");
            }
        }
        Edit::Erase(n) => {
            for _ in 0..n {
                vm.platform.write(b"\x08 \x08");
            }
        }
        Edit::Replace(n) => {
            for _ in 0..n {
                vm.platform.write(b"\x08 \x08");
            }
        }
    }
}

/// The `__main__` module's dict, the namespace REPL input and `pyrite_exec` run in; made on
/// first use (and registered in `sys.modules`).
pub fn main_globals(vm: &mut Vm) -> PyResult<Value> {
    let g = vm.heap.root(Root::MainGlobals);
    if !g.is_null() {
        return Ok(g);
    }
    let m = vm.new_main_module()?;
    let d = vm.heap.push_root(m);
    let globals = vm.heap.get_value(m, 1);
    vm.heap.set_root(Root::MainGlobals, globals);
    let key = vm.intern("__main__");
    let r = key.and_then(|key| {
        let modules = vm.heap.root(Root::Modules);
        crate::objects::dict::set(vm, modules, key, m)
    });
    vm.heap.pop_roots(d);
    r.map(|_| globals)
}

/// How running a piece of source ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It ran to its end.
    Done,
    /// An uncaught exception; its traceback was printed.
    Raised,
    /// It raised `SystemExit`.
    Exit,
}

/// Runs `text` in `__main__` and prints an uncaught exception's traceback.
pub fn execute(vm: &mut Vm, text: &str, mode: Mode) -> Outcome {
    // A Ctrl-C that arrived while nothing ran must not interrupt this input.
    if let Some(flag) = vm.interrupt {
        flag.store(false, Ordering::Relaxed);
    }
    let ok = match main_globals(vm) {
        Ok(globals) => vm.exec_source(text, "<stdin>", globals, mode).is_ok(),
        Err(_) => false,
    };
    outcome(vm, ok)
}

/// Runs a `.pyr` file (made by `pyrite-cross`) as a module in `__main__`, as [`execute`]
/// runs source; an invalid file raises ValueError.
pub fn execute_pyr(vm: &mut Vm, data: &[u8]) -> Outcome {
    if let Some(flag) = vm.interrupt {
        flag.store(false, Ordering::Relaxed);
    }
    let ok = match main_globals(vm) {
        Ok(globals) => vm.exec_pyr(data, globals).is_ok(),
        Err(_) => false,
    };
    outcome(vm, ok)
}

/// Done, or prints the pending exception's traceback (SystemExit: Exit).
fn outcome(vm: &mut Vm, ok: bool) -> Outcome {
    if ok {
        return Outcome::Done;
    }
    let exc = vm.take_pending();
    if vm.exception_is(exc, TypeId::SystemExit) {
        return Outcome::Exit;
    }
    let d = vm.heap.push_root(exc);
    vm.print_exception(exc);
    vm.heap.pop_roots(d);
    Outcome::Raised
}

/// Runs raw-REPL input: output, `\x04`, traceback (if any), `\x04`.
fn execute_raw(vm: &mut Vm, text: &str) -> Status {
    if let Some(flag) = vm.interrupt {
        flag.store(false, Ordering::Relaxed);
    }
    let ok = match main_globals(vm) {
        Ok(globals) => vm.exec_source(text, "<stdin>", globals, Mode::Exec).is_ok(),
        Err(_) => false,
    };
    vm.platform.write(&[CTRL_D]);
    if !ok {
        let exc = vm.take_pending();
        if vm.exception_is(exc, TypeId::SystemExit) {
            vm.platform.write(&[CTRL_D]);
            return Status::Exit;
        }
        let d = vm.heap.push_root(exc);
        vm.print_exception(exc);
        vm.heap.pop_roots(d);
    }
    vm.platform.write(&[CTRL_D]);
    Status::Ran
}

#[cfg(test)]
mod tests;
