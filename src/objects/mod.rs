// SPDX-License-Identifier: MIT
//! Built-in types: one file per type (numeric algorithms over plain Rust data live here too).
pub mod bigint;
pub mod bigint_fmt;
pub mod bigint_ops;
pub mod float_fmt;
pub mod float_math;
#[cfg(test)]
mod test_oracle;
