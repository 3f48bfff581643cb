// SPDX-License-Identifier: MIT
//! The less frequent instructions, kept out of the main dispatch loop: `except*`, the coroutine
//! protocol (`run_async.rs`) and pattern matching (`run_match.rs`).

use crate::bytecode::Op;
use crate::gc::Value;
use crate::objects::types::TypeId;

use super::run::Exit;
use super::{PyResult, Vm};

impl Vm {
    /// Runs an instruction the dispatch loop does not handle itself. (`_f` and `_arg` are
    /// unused in a build without the `match` and `async` features.)
    pub(crate) fn exec_rare(
        &mut self,
        _f: Value,
        _code: Value,
        op: Op,
        _arg: u32,
    ) -> PyResult<Option<Exit>> {
        let done = match op {
            #[cfg(any(feature = "match", test))]
            Op::GetLen
            | Op::MatchMapping
            | Op::MatchSequence
            | Op::MatchKeys
            | Op::CopyDictWithoutKeys
            | Op::MatchClass => self.exec_match(_f, op, _arg),
            #[cfg(any(feature = "async", test))]
            Op::GetAwaitable
            | Op::GetAiter
            | Op::GetAnext
            | Op::EndAsyncFor
            | Op::BeforeAsyncWith => self.exec_async(_f, op),
            #[cfg(any(feature = "except-star", test))]
            Op::CheckEgMatch | Op::PrepReraiseStar => Err(self.raise_new(
                TypeId::NotImplementedError,
                "except* needs ExceptionGroup, which Pyrite does not provide",
            )),
            // Verified code never gets here. The number, not `op.name()`: that would link the
            // table of instruction names (2 KiB), which only `.pyr` checks and `dis` need.
            _ => Err(self.raise_new(
                TypeId::SystemError,
                &error_msg!("unhandled opcode", "unhandled opcode {n}", n = op as u8),
            )),
        };
        done.map(|()| None)
    }
}
