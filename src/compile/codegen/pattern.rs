// SPDX-License-Identifier: MIT
//! `match` statements.
#![forbid(unsafe_code)]

use super::{CResult, Compiler};
use crate::compile::ast::{Expr, MatchCase};

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, _subject: &'a Expr, _cases: &'a [MatchCase]) -> CResult {
        Err(self.error("'match' is not supported yet"))
    }
}
