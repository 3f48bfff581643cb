// SPDX-License-Identifier: MIT
//! `libpyrite.a`: the Pyrite VM and its C API (`zephyr/include/pyrite.h`, implemented in the root
//! crate's `src/ffi.rs`) as a staticlib for C. This crate adds only what a `no_std` target needs
//! from a final artifact:
//!
//! * a `#[global_allocator]` for the VM's transient Rust buffers (the compiler's syntax tree, the
//!   REPL's line), forwarded to the embedder's `pyrite_port_alloc`/`pyrite_port_free` (Zephyr: a
//!   `k_heap`; the QEMU harness: newlib's `memalign`). Python objects never use it: they live in
//!   the heap buffer handed to `pyrite_init`.
//! * a `#[panic_handler]` that formats the message into a stack buffer (no allocation) and hands
//!   it to the platform's `panic` callback, then spins: a panic never unwinds into C (the
//!   embedded profile builds with `panic = "abort"`).
//!
//! With the `std` feature (the host C test) both come from `std`, and the C API catches panics.
#![cfg_attr(not(feature = "std"), no_std)]

pub use pyrite::ffi::*;

#[cfg(not(feature = "std"))]
mod port {
    use core::alloc::{GlobalAlloc, Layout};
    use core::ffi::c_void;

    extern "C" {
        fn pyrite_port_alloc(size: usize, align: usize) -> *mut c_void;
        fn pyrite_port_free(ptr: *mut c_void, size: usize, align: usize);
    }

    /// The global allocator: the embedder's `pyrite_port_alloc`/`pyrite_port_free`.
    struct PortAlloc;

    // SAFETY: `pyrite_port_alloc` returns NULL or a block of at least `size` bytes aligned to
    // `align`, not in use elsewhere, until it is passed to `pyrite_port_free` (pyrite.h states
    // this contract); NULL is reported to Rust as an allocation failure.
    unsafe impl GlobalAlloc for PortAlloc {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: a plain call across the C ABI with two integers.
            unsafe { pyrite_port_alloc(layout.size(), layout.align()).cast() }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: `ptr` came from `alloc` with this layout (GlobalAlloc's contract).
            unsafe { pyrite_port_free(ptr.cast(), layout.size(), layout.align()) }
        }
    }

    #[global_allocator]
    static ALLOCATOR: PortAlloc = PortAlloc;

    /// Formats into a fixed buffer, truncating.
    struct Buf {
        bytes: [u8; 160],
        len: usize,
    }

    impl core::fmt::Write for Buf {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            for &b in s.as_bytes() {
                if let Some(slot) = self.bytes.get_mut(self.len) {
                    *slot = b;
                    self.len += 1;
                }
            }
            Ok(())
        }
    }

    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo) -> ! {
        use core::fmt::Write;
        let mut buf = Buf {
            bytes: [0; 160],
            len: 0,
        };
        let _ = write!(buf, "pyrite panic: {info}");
        pyrite::ffi::report_panic(buf.bytes.get(..buf.len).unwrap_or(&[]));
        loop {
            core::hint::spin_loop();
        }
    }
}
