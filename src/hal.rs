// SPDX-License-Identifier: MIT
//! The platform seam: everything the VM needs from the world. The host command implements it
//! over `std`; the C API implements it over a table of callbacks from the embedder.
#![forbid(unsafe_code)]

use alloc::vec::Vec;

/// What a platform provides. Every method has a harmless default so small ports implement only
/// what they have.
pub trait Platform {
    /// Writes bytes to standard output (the console).
    fn write(&mut self, bytes: &[u8]);

    /// Writes bytes to standard error (defaults to standard output, as on a UART).
    fn write_err(&mut self, bytes: &[u8]) {
        self.write(bytes);
    }

    /// Reads one line from standard input for `input()`, without the newline; None at end of
    /// input.
    fn read_line(&mut self) -> Option<Vec<u8>> {
        None
    }

    /// Milliseconds from an arbitrary start (wraps).
    fn ticks_ms(&mut self) -> u64 {
        0
    }

    /// Microseconds from an arbitrary start (wraps).
    fn ticks_us(&mut self) -> u64 {
        self.ticks_ms().wrapping_mul(1000)
    }

    /// Seconds since the Unix epoch, if the platform has a clock.
    fn time_ns(&mut self) -> u64 {
        self.ticks_us().wrapping_mul(1000)
    }

    /// Sleeps (the VM calls it in short slices so interrupts are seen).
    fn sleep_ms(&mut self, _ms: u32) {}

    /// Reads a whole file (module source for `import`, `open()` reads); None if absent.
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }

    /// Is `path` a directory (a package, for `import`)?
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
}
