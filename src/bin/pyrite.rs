// SPDX-License-Identifier: MIT
//! The host `pyrite` command.
fn main() {}
