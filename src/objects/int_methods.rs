// SPDX-License-Identifier: MIT
//! The methods of `int`, `bool` and `float`.

use super::native::NativeFn;

/// The methods of `int`.
pub static METHODS: &[NativeFn] = &[];
/// The methods of `float`.
pub static FLOAT_METHODS: &[NativeFn] = &[];
