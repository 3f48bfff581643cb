// SPDX-License-Identifier: MIT
//! The boundary with C. Today: the host's SIGINT hook; the embedding C API
//! (`zephyr/include/pyrite.h`) joins it here, as the design's only other home of `unsafe`.

use core::sync::atomic::{AtomicBool, Ordering};

/// The flag the SIGINT handler sets (a signal handler can reach only static data).
#[cfg(all(unix, feature = "std"))]
static SIGINT_FLAG: AtomicBool = AtomicBool::new(false);

#[cfg(all(unix, feature = "std"))]
extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    SIGINT_FLAG.store(true, Ordering::Relaxed);
}

/// Makes Ctrl-C (SIGINT) set a flag that the VM turns into `KeyboardInterrupt`; returns the
/// flag to hand to `Vm::interrupt`.
#[cfg(all(unix, feature = "std"))]
pub fn install_sigint_handler() -> &'static AtomicBool {
    let handler = on_sigint as extern "C" fn(libc::c_int);
    // SAFETY: `signal` is given a valid `extern "C" fn(c_int)` handler whose body performs only
    // an atomic store, which is async-signal-safe; SIGINT is a valid signal number.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
    &SIGINT_FLAG
}
