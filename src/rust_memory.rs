// SPDX-License-Identifier: MIT
//! Running short of the Rust allocator's memory as a `MemoryError`, not an abort.
//!
//! Python objects live in the GC heap, whose exhaustion is an ordinary `MemoryError`. The
//! compiler's syntax tree, the loader's buffers and a few tables use Rust's allocator instead, and
//! a failed Rust allocation aborts the program (stable Rust has no way to catch it). On a board
//! with 64 KiB of RAM a long line typed at the REPL was enough. So the embedding staticlib's
//! global allocator (`zephyr/rust`) keeps a small static emergency arena: a request the platform
//! cannot satisfy is served from it, and the allocator calls [`signal_low`]. The compiler checks
//! [`is_low`] at every node (beside its stack guard) and gives up with a memory error, which
//! frees its tree; the long lists it grows, and the REPL's input buffers, use `try_reserve`
//! and fail by themselves. The dispatch loop checks at its interrupt check
//! ([`Vm::check_interrupt`]). Raising the `MemoryError` clears the flag. A single request bigger
//! than the arena can hold still aborts.
//!
//! [`Vm::check_interrupt`]: crate::vm::Vm::check_interrupt

use core::sync::atomic::{AtomicBool, Ordering};

static LOW: AtomicBool = AtomicBool::new(false);

/// Called by the global allocator when it had to use its emergency arena.
pub fn signal_low() {
    LOW.store(true, Ordering::Relaxed);
}

/// Whether the Rust allocator ran short and the running work should stop.
pub fn is_low() -> bool {
    LOW.load(Ordering::Relaxed)
}

/// Acknowledges the condition: the `MemoryError` is being raised.
pub fn clear_low() {
    LOW.store(false, Ordering::Relaxed);
}
