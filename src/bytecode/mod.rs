// SPDX-License-Identifier: MIT
//! Bytecode: the opcode table, code objects as the compiler emits them, and the line table.
//!
//! Sits between `compile` (which writes it) and `vm` (which loads and runs it).
#![forbid(unsafe_code)]

pub mod code;
pub mod disasm;
pub mod opcode;
pub mod pyr;
pub mod verify;

pub use code::{CodeObject, Const, ExceptionEntry, LineTable};
pub use opcode::{BinaryOp, CompareOp, Op, UnaryOp, HAVE_ARG};
