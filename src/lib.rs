// SPDX-License-Identifier: MIT
//! Pyrite: a Python 3 implementation for microcontrollers.
//!
//! The pipeline, in the order source flows through it:
//!
//! * [`compile`]: lexer → parser (AST) → scope analysis → code generation. Plain Rust data.
//! * [`bytecode`]: the opcode table and [`bytecode::CodeObject`], the compiler's output.
//! * [`vm`]: loads code objects into the heap and runs them: a stackless interpreter in
//!   budgeted steps, frames, calls, exception unwinding, generators.
//! * [`gc`]: the one fixed heap region, 32-bit [`gc::Value`]s, the mark-compact collector.
//! * [`objects`]: one file per built-in type.
//! * [`intern`]: interned names (qstrs).
//! * [`modules`]: built-in modules (`builtins`, `sys`, `gc`, ...).
//! * [`repl`]: the REPL as a byte-fed state machine.
//! * [`hal`]: the platform seam (console, clock, files).
#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
// Without `detailed-errors`, `error_text!` drops its format arguments: the values computed only
// for a message are then unused (src/error_text.rs). `error_msg!` is then a `&'static str` where
// it is a `String` with the feature (so `&error_msg!(...)` borrows a reference), different
// messages become the same short text (so both arms of an `if` can read the same), and a loop
// index may be left only for indexing.
#![cfg_attr(
    not(feature = "detailed-errors"),
    allow(
        unused_variables,
        clippy::needless_borrow,
        clippy::borrow_deref_ref,
        clippy::if_same_then_else,
        clippy::needless_range_loop
    )
)]

extern crate alloc;

#[macro_use]
mod error_text;

pub mod bytecode;
pub mod compile;

/// Whether the compiler accepts float and imaginary literals: the `float` feature. A constant
/// rather than a `cfg` inside `compile/` because build.rs compiles the same compiler (for the
/// frozen modules) without the crate's features, and there floats are always accepted. The
/// compiler's own unit tests, which are full of float literals, see them in every build.
pub(crate) const FLOAT_LITERALS: bool = cfg!(any(feature = "float", test));
#[cfg(any(feature = "std", feature = "ffi"))]
pub mod ffi;
pub mod gc;
pub mod hal;
#[cfg(feature = "std")]
pub mod hal_std;
pub mod intern;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod rust_memory;
pub mod vm;
