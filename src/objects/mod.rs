// SPDX-License-Identifier: MIT
//! Built-in types: one file per type (numeric algorithms over plain Rust data live here too).
pub mod bigint;
pub mod bigint_fmt;
pub mod bigint_ops;
pub mod float_fmt;
#[cfg(test)]
mod test_oracle;
