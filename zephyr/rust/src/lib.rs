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
    use core::cell::UnsafeCell;
    use core::ffi::c_void;
    use core::sync::atomic::{AtomicUsize, Ordering};

    extern "C" {
        fn pyrite_port_alloc(size: usize, align: usize) -> *mut c_void;
        fn pyrite_port_free(ptr: *mut c_void, size: usize, align: usize);
    }

    /// The global allocator: the embedder's `pyrite_port_alloc`/`pyrite_port_free`, with a
    /// small static emergency arena so that running short is a `MemoryError`
    /// (`pyrite::rust_memory`) rather than an abort: a request the port cannot satisfy is
    /// served from the arena and the VM is told to stop the work at its next check, which
    /// frees what the work held.
    struct PortAlloc;

    /// What the arena must cover: the allocations the compiler makes between two checks (a
    /// node or two; the long lists it grows check for themselves).
    const EMERGENCY_BYTES: usize = 1024;

    #[repr(C, align(8))]
    struct Emergency(UnsafeCell<[u8; EMERGENCY_BYTES]>);

    // SAFETY: the arena's bytes are only reached through the pointers `emergency_alloc` hands
    // out, each range to one owner, as the global allocator's contract requires.
    unsafe impl Sync for Emergency {}

    static EMERGENCY: Emergency = Emergency(UnsafeCell::new([0; EMERGENCY_BYTES]));
    /// The arena's bump offset, and how many of its blocks are live (at 0 it starts over). The
    /// VM runs on one thread: plain loads and stores suffice (thumbv6m has no read-modify-write
    /// atomics).
    static EMERGENCY_USED: AtomicUsize = AtomicUsize::new(0);
    static EMERGENCY_LIVE: AtomicUsize = AtomicUsize::new(0);

    fn emergency_alloc(layout: Layout) -> *mut u8 {
        let base = EMERGENCY.0.get() as usize;
        let used = EMERGENCY_USED.load(Ordering::Relaxed);
        let start = (base + used).next_multiple_of(layout.align()) - base;
        let Some(end) = start.checked_add(layout.size()) else {
            return core::ptr::null_mut();
        };
        if end > EMERGENCY_BYTES {
            return core::ptr::null_mut();
        }
        EMERGENCY_USED.store(end, Ordering::Relaxed);
        let live = EMERGENCY_LIVE.load(Ordering::Relaxed);
        EMERGENCY_LIVE.store(live + 1, Ordering::Relaxed);
        EMERGENCY.0.get().cast::<u8>().wrapping_add(start)
    }

    /// Whether `ptr` is an arena block (then it is released).
    fn emergency_free(ptr: *mut u8) -> bool {
        let base = EMERGENCY.0.get() as usize;
        if !(base..base + EMERGENCY_BYTES).contains(&(ptr as usize)) {
            return false;
        }
        let live = EMERGENCY_LIVE.load(Ordering::Relaxed).saturating_sub(1);
        EMERGENCY_LIVE.store(live, Ordering::Relaxed);
        if live == 0 {
            EMERGENCY_USED.store(0, Ordering::Relaxed);
        }
        true
    }

    // SAFETY: `pyrite_port_alloc` returns NULL or a block of at least `size` bytes aligned to
    // `align`, not in use elsewhere, until it is passed to `pyrite_port_free` (pyrite.h states
    // this contract); arena blocks are disjoint, aligned ranges of a static buffer, live until
    // freed; NULL is reported to Rust as an allocation failure.
    unsafe impl GlobalAlloc for PortAlloc {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: a plain call across the C ABI with two integers.
            let block = unsafe { pyrite_port_alloc(layout.size(), layout.align()) };
            if !block.is_null() {
                return block.cast();
            }
            let block = emergency_alloc(layout);
            if !block.is_null() {
                pyrite::rust_memory::signal_low();
            }
            block
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            if emergency_free(ptr) {
                return;
            }
            // SAFETY: `ptr` came from `pyrite_port_alloc` with this layout (GlobalAlloc's
            // contract; arena blocks were handled above).
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
