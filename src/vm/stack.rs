// SPDX-License-Identifier: MIT
//! A guard for the Rust stack on devices.
//!
//! Python calls run in the stackless dispatch loop, but the compiler's recursive descent and
//! native code re-entering the interpreter (`sorted(key=...)`, `__eq__` of nested data, a
//! generator driven by `sum`) recurse in Rust. Their depth limits ([`super::MAX_NATIVE_DEPTH`],
//! [`super::MAX_DATA_DEPTH`], the parser's nesting limit) count levels, but a level costs a
//! different number of bytes on each target and build, and a device's stack is a few KiB: on a
//! Cortex-M0 with a 7 KiB stack, nesting a few calls in one source line was enough to run off the
//! stack (a HardFault, or on a board without memory protection below the stack, silent
//! corruption). An embedder that knows where its stack ends tells the VM
//! ([`Vm::set_stack_limit`], `pyrite_set_stack_limit` in the C API); the recursive paths then
//! measure the distance to that limit (the address of a local: safe code, no platform call) and
//! raise `RecursionError` (or the compiler's "too many nested parentheses" `SyntaxError`) while
//! [`STACK_RESERVE`] bytes are still free for raising and reporting it. Without a limit nothing
//! changes (the host's main thread has megabytes).

use super::Vm;

/// The stack kept free below a guarded level: what one native level runs between checks (a
/// dispatch loop and the builtin it calls, about 1.5 KiB on a Cortex-M0 `print('hello')`),
/// or what raising the error and printing its traceback needs.
pub const STACK_RESERVE: usize = 2048;

/// The stack kept free below the compiler's budget: the passes check at every operand,
/// statement and node, so what runs unchecked past the budget is one operand's descent (about
/// 1 KiB on a Cortex-M0: a call's argument down to an atom) and the error's construction; the
/// error is reported after the recursion has unwound.
pub const COMPILE_RESERVE: usize = 1536;

/// The address of a local of the caller's frame: how deep the Rust stack is (it grows down on
/// every supported target).
#[inline(never)]
pub fn stack_address() -> usize {
    let probe = 0u8;
    core::hint::black_box(core::ptr::addr_of!(probe)) as usize
}

impl Vm {
    /// Tells the VM the lowest address its Rust stack may use (0: unknown, no guard). Deeper
    /// native recursion then raises `RecursionError` (or `SyntaxError` while compiling) with
    /// [`STACK_RESERVE`] bytes left, instead of overflowing.
    pub fn set_stack_limit(&mut self, lowest: usize) {
        self.stack_limit = lowest;
    }

    /// The bytes of stack between here and the limit (`usize::MAX` with no limit).
    pub(crate) fn stack_room(&self) -> usize {
        if self.stack_limit == 0 {
            return usize::MAX;
        }
        stack_address().saturating_sub(self.stack_limit)
    }

    /// Whether a native level entered now could overflow the stack (see [`STACK_RESERVE`]).
    pub(crate) fn stack_low(&self) -> bool {
        self.stack_room() < 2 * STACK_RESERVE
    }

    /// The stack budget of a compile started here: what the parser and code generator may use
    /// for their recursion (see `compile::parser::parse_with_stack_budget`).
    pub(crate) fn compile_stack_budget(&self) -> usize {
        let room = self.stack_room();
        if room == usize::MAX {
            crate::compile::parser::DEFAULT_STACK_BUDGET
        } else {
            room.saturating_sub(COMPILE_RESERVE)
        }
    }
}
