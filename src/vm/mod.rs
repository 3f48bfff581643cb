// SPDX-License-Identifier: MIT
//! The virtual machine: all interpreter state in one [`Vm`], errors as values, and the pieces
//! of execution:
//!
//! * [`load`]: turns a compiled [`CodeObject`](crate::bytecode::CodeObject) into heap objects.
//! * [`frame`]: frame layout and creation, argument binding.
//! * [`run`]: the dispatch loop (stackless: a Python call pushes a frame, never a Rust call).
//! * [`ops`]: operators, comparisons, truth, hashing, attribute and item access.
//! * [`call`]: calling any callable, and the re-entrant `call_sync` used by native code.
//! * [`error`]: raising, exception matching, tracebacks.
//! * [`import`]: the module system.
#![forbid(unsafe_code)]

pub mod arith;
pub mod attr;
pub(crate) mod caches;
pub mod call;
pub mod error;
pub mod format;
pub mod frame;
mod globals;
pub mod import;
pub mod items;
pub mod load;
pub mod ops;
mod resume;
pub mod run;
#[cfg(any(feature = "async", test))]
mod run_async;
#[cfg(any(feature = "match", test))]
mod run_match;
mod run_ops;
mod run_rare;
pub mod stack;

use alloc::boxed::Box;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::gc::{Heap, Region, Root, Value};
use crate::hal::Platform;
use crate::objects::types::TypeId;

/// An exception is pending: the exception object is in the heap root [`Root::Pending`].
/// Native code returns `Err(PyErr)` and propagates it with `?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PyErr(());

impl PyErr {
    /// The marker for an exception that is already pending (set by `Vm::raise`).
    pub(crate) fn pending() -> PyErr {
        PyErr(())
    }
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// The default recursion limit (Python frames), as CPython's.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;
/// How deeply native code may re-enter the interpreter (a `key=` function calling `sorted`
/// calling a `key=` function...). Each level costs Rust stack, so it is kept small.
#[cfg(feature = "std")]
pub const MAX_NATIVE_DEPTH: u32 = 200;
/// How deeply native code may re-enter the interpreter on a device (small thread stacks).
#[cfg(not(feature = "std"))]
pub const MAX_NATIVE_DEPTH: u32 = 24;

/// How deeply native code may recurse into nested data. Each level costs a few hundred bytes of
/// Rust stack, so the device limit is small.
#[cfg(feature = "std")]
pub const MAX_DATA_DEPTH: u32 = 1000;
/// How deeply native code may recurse into nested data on a device.
#[cfg(not(feature = "std"))]
pub const MAX_DATA_DEPTH: u32 = 60;

/// The interpreter: the heap, the platform and the execution state.
pub struct Vm {
    /// The GC heap (all Python objects).
    pub heap: Heap,
    /// The platform: console, clock, files.
    pub platform: Box<dyn Platform>,
    /// Set asynchronously (signal handler, ISR) to raise `KeyboardInterrupt` at the next check.
    pub interrupt: Option<&'static AtomicBool>,
    /// Python frame depth of the running code.
    pub(crate) depth: u32,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: u32,
    /// `sys.get_int_max_str_digits()`: the longest decimal int text `str()`/`int()` convert
    /// (0: no limit).
    pub int_max_str_digits: u32,
    /// Nesting of `call_sync` (native code calling back into Python).
    pub(crate) native_depth: u32,
    /// Instruction budget per step before checking interrupts.
    pub budget: u32,
    /// How deeply native code may re-enter the interpreter.
    pub max_native_depth: u32,
    /// Set while re-raising (a traceback entry must not be added again).
    pub(crate) reraising: bool,
    /// The hash of each interned string, by qstr index (a cache; the strings are in the heap).
    pub(crate) qstr_hashes: alloc::vec::Vec<u32>,
    /// Where the running frame's payload is (the dispatch loop's hot accesses).
    pub(crate) frame_cache: crate::gc::BlockCache,
    /// The running code object's parts: (code, its bytecode block, the collection count when
    /// this was read, its names tuple, its constants tuple), and the bytecode block's payload.
    pub(crate) code_memo: [u32; 5],
    pub(crate) code_cache: crate::gc::BlockCache,
    /// Changes whenever a class's attributes change; invalidates cached per-class hook flags.
    pub(crate) class_epoch: u32,
    /// Class attribute and global name lookup caches (see `vm/caches.rs`).
    pub(crate) caches: caches::Caches,
    /// Creation counter of user classes (orders `type.__subclasses__()`).
    pub(crate) class_serial: u32,
    /// Nesting of native recursion over data (comparing or hashing nested containers).
    pub(crate) data_depth: u32,
    /// The lowest address the Rust stack may use (0: not known; see [`stack`]).
    pub(crate) stack_limit: usize,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub(crate) repr_stack: alloc::vec::Vec<Value>,
    /// The keyboard interrupt character (`micropython.kbd_intr`; -1 disables it). The platform
    /// reads it to decide whether Ctrl-C raises `KeyboardInterrupt`.
    pub kbd_intr_char: i32,
    /// Set while scheduled callbacks run (they do not nest).
    running_scheduled: bool,
    /// `micropython.opt_level()` (kept for programs that read it back; it does not change
    /// compilation).
    pub opt_level: u8,
    /// The `random` module's generator state (0: not seeded yet).
    pub random_state: u64,
    /// The builtins module exists and its dict is `Root::BuiltinCache` (see `vm/globals.rs`).
    pub(crate) builtins_live: bool,
    /// Some globals dict was given a custom `__builtins__` (see `vm/globals.rs`).
    pub(crate) custom_builtins: bool,
    /// The source modules being executed by imports, innermost last (for the circular-import
    /// hint of `from m import name`).
    pub(crate) importing: alloc::vec::Vec<alloc::string::String>,
    /// Open files (`open()`), closed when the VM is dropped.
    pub files: crate::modules::file_table::FileTable,
}

impl Drop for Vm {
    /// Closes the files a program left open, so their buffered writes reach the platform.
    fn drop(&mut self) {
        self.files.close_all(&mut *self.platform);
    }
}

/// How many callbacks `micropython.schedule` can queue (MicroPython's `MICROPY_SCHEDULER_DEPTH`).
pub const SCHEDULE_DEPTH: usize = 8;

impl Vm {
    /// A VM whose heap is `region`, talking to the world through `platform`.
    pub fn new(region: Region, platform: Box<dyn Platform>) -> Result<Vm, crate::gc::OutOfMemory> {
        let mut vm = Vm {
            heap: Heap::new(region),
            platform,
            interrupt: None,
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            int_max_str_digits: crate::objects::int::MAX_DIGITS as u32,
            native_depth: 0,
            budget: 1000,
            max_native_depth: MAX_NATIVE_DEPTH,
            stack_limit: 0,
            reraising: false,
            repr_stack: alloc::vec::Vec::new(),
            kbd_intr_char: 3,
            running_scheduled: false,
            opt_level: 0,
            random_state: 0,
            builtins_live: false,
            custom_builtins: false,
            importing: alloc::vec::Vec::new(),
            files: crate::modules::file_table::FileTable::default(),
            data_depth: 0,
            class_epoch: 0,
            caches: caches::Caches::default(),
            class_serial: 0,
            frame_cache: crate::gc::BlockCache::default(),
            code_memo: [0; 5],
            code_cache: crate::gc::BlockCache::default(),
            qstr_hashes: alloc::vec::Vec::new(),
        };
        vm.init_roots()?;
        Ok(vm)
    }

    /// A VM with an owned heap of `bytes` bytes.
    pub fn with_heap_size(
        bytes: usize,
        platform: Box<dyn Platform>,
    ) -> Result<Vm, crate::gc::OutOfMemory> {
        Vm::new(Region::owned(bytes / 4), platform)
    }

    fn init_roots(&mut self) -> Result<(), crate::gc::OutOfMemory> {
        // The MemoryError instance is made first, so raising it never needs memory.
        let exc =
            crate::objects::exception::alloc_raw(self, TypeId::MemoryError.value(), Value::NULL)?;
        self.heap.set_root(Root::MemoryError, exc);
        crate::intern::init(self)?;
        let modules = crate::objects::dict::alloc(self, 8).map_err(|_| crate::gc::OutOfMemory)?;
        self.heap.set_root(Root::Modules, modules);
        Ok(())
    }

    /// Checks the asynchronous interrupt flag, raising `KeyboardInterrupt` if set, and the Rust
    /// allocator's (see [`crate::rust_memory`]), raising `MemoryError`.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if crate::rust_memory::is_low() {
            return Err(self.memory_error());
        }
        if let Some(flag) = self.interrupt {
            if flag.load(Ordering::Relaxed) {
                flag.store(false, Ordering::Relaxed);
                if self.kbd_intr_char < 0 {
                    // `micropython.kbd_intr(-1)`: the interrupt character is ordinary input.
                    return Ok(());
                }
                return Err(self.raise_new(TypeId::KeyboardInterrupt, ""));
            }
        }
        Ok(())
    }

    /// Python frame depth of the running code.
    pub fn depth(&self) -> u32 {
        self.depth
    }

    /// Nesting of native code calling back into Python.
    pub fn native_depth(&self) -> u32 {
        self.native_depth
    }

    /// Queues `f(arg)` to run between instructions (`micropython.schedule`); Ok(false) when the
    /// queue is full.
    pub fn schedule(&mut self, f: Value, arg: Value) -> PyResult<bool> {
        let mut q = self.heap.root(Root::Scheduled);
        if q.is_null() {
            q = crate::objects::list::alloc(self, 2 * SCHEDULE_DEPTH)?;
            self.heap.set_root(Root::Scheduled, q);
        }
        if crate::objects::list::len(self, q) >= 2 * SCHEDULE_DEPTH {
            return Ok(false);
        }
        crate::objects::list::append(self, q, f)?;
        crate::objects::list::append(self, q, arg)?;
        Ok(true)
    }

    /// Runs the queued callbacks, oldest first (called from the dispatch loop and sleeps). A
    /// callback's exception propagates; the rest stay queued.
    pub fn run_scheduled(&mut self) -> PyResult<()> {
        if self.running_scheduled {
            return Ok(());
        }
        let q = self.heap.root(Root::Scheduled);
        if q.is_null() || crate::objects::list::len(self, q) < 2 {
            return Ok(());
        }
        self.running_scheduled = true;
        let r = (|| {
            while crate::objects::list::len(self, q) >= 2 {
                let f = crate::objects::list::remove_at(self, q, 0);
                let arg = crate::objects::list::remove_at(self, q, 0);
                let d = self.heap.push_root(f);
                self.heap.push_root(arg);
                let r = self.call(f, &[arg], &[]);
                self.heap.pop_roots(d);
                r?;
            }
            Ok(())
        })();
        self.running_scheduled = false;
        r
    }

    /// Enters one level of native recursion over nested data (`==` of nested lists, `hash` of
    /// nested tuples), raising RecursionError past the limit instead of exhausting the Rust
    /// stack. Pair with [`Vm::leave_data`].
    pub fn enter_data(&mut self, what: &str) -> PyResult<()> {
        if self.data_depth >= MAX_DATA_DEPTH || self.stack_low() {
            return Err(self.raise_new(
                TypeId::RecursionError,
                &error_msg!(
                    "maximum recursion depth exceeded",
                    "maximum recursion depth exceeded {what}"
                ),
            ));
        }
        self.data_depth += 1;
        Ok(())
    }

    /// Leaves a level entered with [`Vm::enter_data`].
    pub fn leave_data(&mut self) {
        self.data_depth = self.data_depth.saturating_sub(1);
    }

    /// Writes text to standard output.
    pub fn write_out(&mut self, s: &str) {
        self.platform.write(s.as_bytes());
    }

    /// Writes text to standard error.
    pub fn write_err(&mut self, s: &str) {
        self.platform.write_err(s.as_bytes());
    }
}
