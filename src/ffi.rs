// SPDX-License-Identifier: MIT
//! The boundary with C, the design's only other home of `unsafe` (with `src/gc/`):
//!
//! * the host's SIGINT hook and stdin readiness check (`std` on unix);
//! * the embedding C API declared in `zephyr/include/pyrite.h` (feature `ffi`): a VM on a heap
//!   buffer the caller owns, talking to the world through a table of C callbacks. The staticlib
//!   that C links is the small crate in `zephyr/rust`, which adds the panic handler and global
//!   allocator a `no_std` target needs.
//!
//! Every `extern "C"` function here is declared in `pyrite.h`; `tests/ffi_header.rs` checks
//! the two against each other, field by field.

#[cfg(all(unix, feature = "std"))]
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

/// Is the process's standard input readable now (data or end of file waiting)? For
/// `sys.stdin.ioctl(MP_STREAM_POLL)`, behind `Platform::stdin_ready` on the host.
#[cfg(all(unix, feature = "std"))]
pub fn stdin_readable() -> bool {
    let mut fds = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: `fds` is one valid, initialised pollfd that outlives the call, and nfds is 1;
    // a zero timeout never blocks.
    let n = unsafe { libc::poll(&mut fds, 1, 0) };
    n > 0 && fds.revents & (libc::POLLIN | libc::POLLHUP) != 0
}

/// Ends the process by SIGINT, as CPython does after an uncaught `KeyboardInterrupt`, so a
/// shell sees "killed by a signal" (status 130) and can stop a script loop. Output must already
/// be flushed.
#[cfg(all(unix, feature = "std"))]
pub fn die_of_sigint() -> ! {
    // SAFETY: restoring the default disposition of a valid signal number and sending that
    // signal to our own pid are plain libc calls with no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    // The default action has ended the process; if the signal was blocked, exit as CPython's
    // fallback does.
    std::process::exit(130)
}

#[cfg(feature = "ffi")]
pub use capi::*;

/// The C API (`pyrite.h`).
#[cfg(feature = "ffi")]
mod capi {
    use alloc::boxed::Box;
    use alloc::vec::Vec;
    use core::cell::UnsafeCell;
    use core::ffi::c_void;
    use core::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

    use crate::compile::Mode;
    use crate::gc::Region;
    use crate::hal::{open_flags, DirEntry, Errno, FileStat, Platform, ENODEV, S_IFDIR, S_IFREG};
    use crate::repl::{self, Outcome, Repl, Status};
    use crate::vm::Vm;

    /// `PYRITE_OK`: success; the REPL wants more input.
    pub const PYRITE_OK: i32 = 0;
    /// `PYRITE_EXIT`: SystemExit, or Ctrl-D on an empty REPL line.
    pub const PYRITE_EXIT: i32 = 1;
    /// `PYRITE_RAN`: the REPL ran a complete input.
    pub const PYRITE_RAN: i32 = 2;
    /// `PYRITE_ERR_ARGUMENT`: a NULL or misaligned pointer, or a bad length.
    pub const PYRITE_ERR_ARGUMENT: i32 = -1;
    /// `PYRITE_ERR_NO_MEMORY`: the heap is too small to start.
    pub const PYRITE_ERR_NO_MEMORY: i32 = -2;
    /// `PYRITE_ERR_EXCEPTION`: an uncaught exception (its traceback was written).
    pub const PYRITE_ERR_EXCEPTION: i32 = -3;
    /// `PYRITE_ERR_PANIC`: the VM panicked; only `pyrite_deinit` may follow.
    pub const PYRITE_ERR_PANIC: i32 = -4;

    /// The smallest heap `pyrite_init` accepts (it still fails with `PYRITE_ERR_NO_MEMORY` if
    /// the VM's start-up objects do not fit).
    const MIN_HEAP: usize = 256;

    /// `pyrite_platform`: the embedder's callbacks (layout shared with C).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct PyritePlatform {
        /// Passed back to every callback.
        pub ctx: *mut c_void,
        /// Writes bytes to the console.
        pub write: Option<unsafe extern "C" fn(ctx: *mut c_void, buf: *const u8, len: usize)>,
        /// One received byte, or -1 when none is waiting.
        pub read_byte: Option<unsafe extern "C" fn(ctx: *mut c_void) -> i32>,
        /// Milliseconds since an arbitrary start.
        pub ticks_ms: Option<unsafe extern "C" fn(ctx: *mut c_void) -> u64>,
        /// Microseconds since an arbitrary start.
        pub ticks_us: Option<unsafe extern "C" fn(ctx: *mut c_void) -> u64>,
        /// Sleeps.
        pub sleep_ms: Option<unsafe extern "C" fn(ctx: *mut c_void, ms: u32)>,
        /// Reports a Rust panic.
        pub panic: Option<unsafe extern "C" fn(ctx: *mut c_void, msg: *const u8, len: usize)>,
        /// Hardware operations by device name (reserved, not called yet).
        pub device: Option<
            unsafe extern "C" fn(
                ctx: *mut c_void,
                name: *const u8,
                name_len: usize,
                op: u32,
                arg: u32,
                buf: *mut u8,
                buf_len: usize,
            ) -> i32,
        >,
        /// Fills a buffer with random bytes (`os.urandom`); 0 or a negative errno.
        pub random: Option<unsafe extern "C" fn(ctx: *mut c_void, buf: *mut u8, len: usize) -> i32>,
        /// Opens a file (`PYRITE_FS_O_*` flags); a handle >= 0 or a negative errno.
        pub fs_open: Option<
            unsafe extern "C" fn(
                ctx: *mut c_void,
                path: *const u8,
                path_len: usize,
                flags: u32,
            ) -> i32,
        >,
        /// Closes a file handle.
        pub fs_close: Option<unsafe extern "C" fn(ctx: *mut c_void, handle: i32) -> i32>,
        /// Reads up to `len` bytes; the count (0 at the end) or a negative errno.
        pub fs_read: Option<
            unsafe extern "C" fn(ctx: *mut c_void, handle: i32, buf: *mut u8, len: usize) -> i32,
        >,
        /// Writes up to `len` bytes; the count or a negative errno.
        pub fs_write: Option<
            unsafe extern "C" fn(ctx: *mut c_void, handle: i32, buf: *const u8, len: usize) -> i32,
        >,
        /// Moves the position; the new position or a negative errno.
        pub fs_seek: Option<
            unsafe extern "C" fn(ctx: *mut c_void, handle: i32, offset: i64, whence: i32) -> i64,
        >,
        /// Sets a file's length; 0 or a negative errno.
        pub fs_truncate:
            Option<unsafe extern "C" fn(ctx: *mut c_void, handle: i32, length: i64) -> i32>,
        /// Opens a directory listing; a handle or a negative errno.
        pub fs_opendir:
            Option<unsafe extern "C" fn(ctx: *mut c_void, path: *const u8, path_len: usize) -> i32>,
        /// The next entry: the name's length (0 at the end) or a negative errno.
        pub fs_readdir: Option<
            unsafe extern "C" fn(
                ctx: *mut c_void,
                dir: i32,
                name: *mut u8,
                name_cap: usize,
                entry_type: *mut u32,
                size: *mut u64,
            ) -> i32,
        >,
        /// Closes a directory listing.
        pub fs_closedir: Option<unsafe extern "C" fn(ctx: *mut c_void, dir: i32) -> i32>,
        /// A path's type and size; 0 or a negative errno.
        pub fs_stat: Option<
            unsafe extern "C" fn(
                ctx: *mut c_void,
                path: *const u8,
                path_len: usize,
                entry_type: *mut u32,
                size: *mut u64,
            ) -> i32,
        >,
        /// Makes a directory; 0 or a negative errno.
        pub fs_mkdir:
            Option<unsafe extern "C" fn(ctx: *mut c_void, path: *const u8, path_len: usize) -> i32>,
        /// Removes a file or an empty directory; 0 or a negative errno.
        pub fs_unlink:
            Option<unsafe extern "C" fn(ctx: *mut c_void, path: *const u8, path_len: usize) -> i32>,
        /// Renames a file or directory; 0 or a negative errno.
        pub fs_rename: Option<
            unsafe extern "C" fn(
                ctx: *mut c_void,
                from: *const u8,
                from_len: usize,
                to: *const u8,
                to_len: usize,
            ) -> i32,
        >,
    }

    /// `PYRITE_FS_O_READ` and the other open flags: Zephyr's `FS_O_*` values.
    pub const PYRITE_FS_O_READ: i32 = 1;
    /// `PYRITE_FS_O_WRITE`.
    pub const PYRITE_FS_O_WRITE: i32 = 2;
    /// `PYRITE_FS_O_CREATE`.
    pub const PYRITE_FS_O_CREATE: i32 = 16;
    /// `PYRITE_FS_O_APPEND`.
    pub const PYRITE_FS_O_APPEND: i32 = 32;
    /// `PYRITE_FS_O_TRUNC`.
    pub const PYRITE_FS_O_TRUNC: i32 = 64;
    /// `PYRITE_FS_TYPE_FILE`: Zephyr's `FS_DIR_ENTRY_FILE`.
    pub const PYRITE_FS_TYPE_FILE: i32 = 0;
    /// `PYRITE_FS_TYPE_DIR`: Zephyr's `FS_DIR_ENTRY_DIR`.
    pub const PYRITE_FS_TYPE_DIR: i32 = 1;

    /// The platform trait over the callback table.
    struct CPlatform {
        table: PyritePlatform,
        interrupt: &'static AtomicBool,
        /// The current directory (Zephyr has none): relative paths are resolved against it.
        cwd: alloc::string::String,
    }

    /// A negative errno from a callback as the trait's error (positive), or the value.
    fn errno_or<T>(r: i64, ok: impl FnOnce(i64) -> T) -> Result<T, Errno> {
        if r < 0 {
            Err(i32::try_from(-r).unwrap_or(EIO))
        } else {
            Ok(ok(r))
        }
    }

    /// EIO: a callback's result that makes no sense.
    const EIO: Errno = 5;
    /// EFBIG: a length beyond the callback's range.
    const EFBIG: Errno = 27;
    /// EEXIST, EISDIR, ENOTDIR: decided here from `fs_stat` (Zephyr's `fs_unlink` removes both
    /// kinds, and `fs_open` has no exclusive mode).
    const EEXIST: Errno = 17;
    const EISDIR: Errno = 21;
    const ENOTDIR: Errno = 20;

    impl CPlatform {
        fn read_byte(&mut self) -> Option<u8> {
            let f = self.table.read_byte?;
            // SAFETY: the embedder promised in `pyrite_init` that the callbacks and `ctx` stay
            // valid until `pyrite_deinit`; the callback takes only `ctx`.
            let c = unsafe { f(self.table.ctx) };
            u8::try_from(c).ok()
        }
    }

    impl Platform for CPlatform {
        fn write(&mut self, bytes: &[u8]) {
            if let Some(f) = self.table.write {
                if !bytes.is_empty() {
                    // SAFETY: as in `read_byte`; `bytes` is valid for `len` bytes during the
                    // call, which is all the callback may assume.
                    unsafe { f(self.table.ctx, bytes.as_ptr(), bytes.len()) }
                }
            }
        }

        fn read_line(&mut self) -> Option<Vec<u8>> {
            self.table.read_byte?;
            let mut line = Vec::new();
            loop {
                if self.interrupt.load(Ordering::Relaxed) {
                    return None;
                }
                let Some(b) = self.read_byte() else {
                    self.sleep_ms(1);
                    continue;
                };
                match b {
                    b'\r' | b'\n' => {
                        self.write(b"\r\n");
                        return Some(line);
                    }
                    0x03 | 0x04 if line.is_empty() => return None,
                    0x08 | 0x7f if line.pop().is_some() => self.write(b"\x08 \x08"),
                    b if b >= 0x20 && b != 0x7f => {
                        line.push(b);
                        self.write(&[b]);
                    }
                    _ => {}
                }
            }
        }

        fn ticks_ms(&mut self) -> u64 {
            match self.table.ticks_ms {
                // SAFETY: as in `read_byte`.
                Some(f) => unsafe { f(self.table.ctx) },
                None => 0,
            }
        }

        fn ticks_us(&mut self) -> u64 {
            match self.table.ticks_us {
                // SAFETY: as in `read_byte`.
                Some(f) => unsafe { f(self.table.ctx) },
                None => self.ticks_ms().wrapping_mul(1000),
            }
        }

        fn sleep_ms(&mut self, ms: u32) {
            if let Some(f) = self.table.sleep_ms {
                // SAFETY: as in `read_byte`.
                unsafe { f(self.table.ctx, ms) }
            }
        }

        fn read_stdin(&mut self, buf: &mut [u8]) -> usize {
            if self.table.read_byte.is_none() || buf.is_empty() {
                return 0;
            }
            loop {
                if self.interrupt.load(Ordering::Relaxed) {
                    return 0;
                }
                if let Some(b) = self.read_byte() {
                    buf[0] = b;
                    return 1;
                }
                self.sleep_ms(1);
            }
        }

        fn urandom(&mut self, buf: &mut [u8]) -> Result<(), Errno> {
            let f = self.table.random.ok_or(ENODEV)?;
            // SAFETY: as in `read_byte`; `buf` is valid for writes of `len` bytes during the call.
            let r = unsafe { f(self.table.ctx, buf.as_mut_ptr(), buf.len()) };
            errno_or(r.into(), |_| ())
        }

        fn fs_open(&mut self, path: &str, flags: u32) -> Result<i32, Errno> {
            let f = self.table.fs_open.ok_or(ENODEV)?;
            let path = self.resolve(path);
            let mut flags = flags;
            let existing = self.fs_stat(&path).ok();
            if existing.is_some_and(|s| s.mode & 0o170000 == S_IFDIR) {
                return Err(EISDIR);
            }
            if flags & open_flags::EXCL != 0 {
                if existing.is_some() {
                    return Err(EEXIST);
                }
                flags &= !open_flags::EXCL;
            }
            // SAFETY: as in `read_byte`; the path is valid for `path_len` bytes during the call.
            let r = unsafe { f(self.table.ctx, path.as_ptr(), path.len(), flags) };
            errno_or(r.into(), |h| h as i32)
        }

        fn fs_close(&mut self, h: i32) -> Result<(), Errno> {
            let f = self.table.fs_close.ok_or(ENODEV)?;
            // SAFETY: as in `read_byte`.
            let r = unsafe { f(self.table.ctx, h) };
            errno_or(r.into(), |_| ())
        }

        fn fs_read(&mut self, h: i32, buf: &mut [u8]) -> Result<usize, Errno> {
            let f = self.table.fs_read.ok_or(ENODEV)?;
            let len = buf.len().min(i32::MAX as usize);
            // SAFETY: as in `read_byte`; `buf` is valid for writes of `len` bytes.
            let r = unsafe { f(self.table.ctx, h, buf.as_mut_ptr(), len) };
            errno_or(r.into(), |n| (n as usize).min(len))
        }

        fn fs_write(&mut self, h: i32, buf: &[u8]) -> Result<usize, Errno> {
            let f = self.table.fs_write.ok_or(ENODEV)?;
            let len = buf.len().min(i32::MAX as usize);
            // SAFETY: as in `read_byte`; `buf` is valid for reads of `len` bytes.
            let r = unsafe { f(self.table.ctx, h, buf.as_ptr(), len) };
            errno_or(r.into(), |n| (n as usize).min(len))
        }

        fn fs_seek(&mut self, h: i32, offset: i64, whence: u8) -> Result<u64, Errno> {
            let f = self.table.fs_seek.ok_or(ENODEV)?;
            // SAFETY: as in `read_byte`.
            let r = unsafe { f(self.table.ctx, h, offset, whence.into()) };
            errno_or(r, |p| p as u64)
        }

        fn fs_truncate(&mut self, h: i32, len: u64) -> Result<(), Errno> {
            let f = self.table.fs_truncate.ok_or(ENODEV)?;
            let len = i64::try_from(len).map_err(|_| EFBIG)?;
            // SAFETY: as in `read_byte`.
            let r = unsafe { f(self.table.ctx, h, len) };
            errno_or(r.into(), |_| ())
        }

        fn fs_opendir(&mut self, path: &str) -> Result<i32, Errno> {
            let f = self.table.fs_opendir.ok_or(ENODEV)?;
            let path = self.resolve(path);
            // SAFETY: as in `fs_open`.
            let r = unsafe { f(self.table.ctx, path.as_ptr(), path.len()) };
            errno_or(r.into(), |h| h as i32)
        }

        fn fs_readdir(&mut self, h: i32) -> Result<Option<DirEntry>, Errno> {
            let f = self.table.fs_readdir.ok_or(ENODEV)?;
            // Zephyr's names are at most MAX_FILE_NAME (255) bytes.
            let mut name = [0u8; 256];
            let (mut kind, mut size) = (0u32, 0u64);
            // SAFETY: as in `read_byte`; `name` is valid for `name_cap` bytes and the two
            // out-pointers for one write each, during the call.
            let r = unsafe {
                f(
                    self.table.ctx,
                    h,
                    name.as_mut_ptr(),
                    name.len(),
                    &mut kind,
                    &mut size,
                )
            };
            let n = errno_or(r.into(), |n| (n as usize).min(name.len()))?;
            if n == 0 {
                return Ok(None);
            }
            Ok(Some(DirEntry {
                name: alloc::string::String::from_utf8_lossy(&name[..n]).into_owned(),
                is_dir: kind == PYRITE_FS_TYPE_DIR as u32,
                ino: 0,
                size: Some(size),
            }))
        }

        fn fs_closedir(&mut self, h: i32) -> Result<(), Errno> {
            let f = self.table.fs_closedir.ok_or(ENODEV)?;
            // SAFETY: as in `read_byte`.
            let r = unsafe { f(self.table.ctx, h) };
            errno_or(r.into(), |_| ())
        }

        fn fs_stat(&mut self, path: &str) -> Result<FileStat, Errno> {
            let f = self.table.fs_stat.ok_or(ENODEV)?;
            let path = self.resolve(path);
            let (mut kind, mut size) = (0u32, 0u64);
            // SAFETY: as in `fs_open`; the out-pointers are valid for one write each.
            let r = unsafe {
                f(
                    self.table.ctx,
                    path.as_ptr(),
                    path.len(),
                    &mut kind,
                    &mut size,
                )
            };
            errno_or(r.into(), |_| {
                let dir = kind == PYRITE_FS_TYPE_DIR as u32;
                FileStat {
                    mode: if dir { S_IFDIR } else { S_IFREG },
                    size: if dir { 0 } else { size },
                    ..FileStat::default()
                }
            })
        }

        fn fs_mkdir(&mut self, path: &str) -> Result<(), Errno> {
            let f = self.table.fs_mkdir.ok_or(ENODEV)?;
            let path = self.resolve(path);
            // SAFETY: as in `fs_open`.
            let r = unsafe { f(self.table.ctx, path.as_ptr(), path.len()) };
            errno_or(r.into(), |_| ())
        }

        fn fs_remove(&mut self, path: &str) -> Result<(), Errno> {
            if self.fs_stat(path)?.mode & 0o170000 == S_IFDIR {
                return Err(EISDIR);
            }
            self.unlink(path)
        }

        fn fs_rmdir(&mut self, path: &str) -> Result<(), Errno> {
            if self.fs_stat(path)?.mode & 0o170000 != S_IFDIR {
                return Err(ENOTDIR);
            }
            self.unlink(path)
        }

        fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
            let f = self.table.fs_rename.ok_or(ENODEV)?;
            let (from, to) = (self.resolve(from), self.resolve(to));
            // SAFETY: as in `fs_open`, for both paths.
            let r = unsafe {
                f(
                    self.table.ctx,
                    from.as_ptr(),
                    from.len(),
                    to.as_ptr(),
                    to.len(),
                )
            };
            errno_or(r.into(), |_| ())
        }

        fn getcwd(&mut self) -> Result<alloc::string::String, Errno> {
            self.table.fs_stat.ok_or(ENODEV)?;
            Ok(self.cwd.clone())
        }

        fn chdir(&mut self, path: &str) -> Result<(), Errno> {
            let path = self.resolve(path);
            if self.fs_stat(&path)?.mode & 0o170000 != S_IFDIR {
                return Err(ENOTDIR);
            }
            self.cwd = path;
            Ok(())
        }
    }

    impl CPlatform {
        /// `path` made absolute against the current directory, `.` and `..` resolved.
        fn resolve(&self, path: &str) -> alloc::string::String {
            let mut parts: Vec<&str> = Vec::new();
            let joined = if path.starts_with('/') {
                alloc::string::String::from(path)
            } else {
                alloc::format!("{}/{path}", self.cwd)
            };
            for p in joined.split('/') {
                match p {
                    "" | "." => {}
                    ".." => {
                        parts.pop();
                    }
                    p => parts.push(p),
                }
            }
            let mut out = alloc::string::String::new();
            for p in parts {
                out.push('/');
                out.push_str(p);
            }
            if out.is_empty() {
                out.push('/');
            }
            out
        }

        fn unlink(&mut self, path: &str) -> Result<(), Errno> {
            let f = self.table.fs_unlink.ok_or(ENODEV)?;
            let path = self.resolve(path);
            // SAFETY: as in `fs_open`.
            let r = unsafe { f(self.table.ctx, path.as_ptr(), path.len()) };
            errno_or(r.into(), |_| ())
        }
    }

    /// What `pyrite_vm *` points to. The interrupt flag is reached through a shared reference
    /// (from any thread or ISR); everything else only by the one thread driving the VM, through
    /// the `UnsafeCell`.
    pub struct PyriteVm {
        interrupt: AtomicBool,
        /// Set after a panic was caught: the VM's state is unknown, only deinit is allowed.
        dead: AtomicBool,
        inner: UnsafeCell<Option<Embedded>>,
    }

    struct Embedded {
        vm: Vm,
        repl: Repl,
    }

    /// The panic callback and its context, for the panic handler (which has no VM at hand).
    static PANIC_FN: AtomicPtr<c_void> = AtomicPtr::new(core::ptr::null_mut());
    static PANIC_CTX: AtomicPtr<c_void> = AtomicPtr::new(core::ptr::null_mut());

    /// The signature of the panic callback.
    type PanicFn = unsafe extern "C" fn(ctx: *mut c_void, msg: *const u8, len: usize);

    /// Passes a panic message to the embedder's panic callback (called by the staticlib's
    /// `#[panic_handler]` on `no_std`, and by the entry points after catching a panic on `std`).
    pub fn report_panic(msg: &[u8]) {
        let f = PANIC_FN.load(Ordering::Acquire);
        if f.is_null() {
            return;
        }
        // SAFETY: PANIC_FN is only ever stored (in `pyrite_init`) from a valid `PanicFn`, which
        // the embedder keeps valid while a VM exists; a data pointer and a function pointer
        // have the same size on every target we build for.
        let f: PanicFn = unsafe { core::mem::transmute::<*mut c_void, PanicFn>(f) };
        // SAFETY: the callback receives its own context and a buffer valid for the call.
        unsafe { f(PANIC_CTX.load(Ordering::Acquire), msg.as_ptr(), msg.len()) }
    }

    /// Runs `body` on the VM behind `vm`, turning NULL into `PYRITE_ERR_ARGUMENT` and a panic
    /// into `PYRITE_ERR_PANIC` (never unwinding into C).
    fn with_vm(vm: *mut PyriteVm, body: impl FnOnce(&mut Embedded) -> i32) -> i32 {
        if vm.is_null() {
            return PYRITE_ERR_ARGUMENT;
        }
        // SAFETY: a non-NULL `vm` came from `pyrite_init` and has not been passed to
        // `pyrite_deinit` (the API contract); a shared reference is sound because the only
        // field touched concurrently (by `pyrite_interrupt`) is atomic.
        let handle = unsafe { &*vm };
        if handle.dead.load(Ordering::Relaxed) {
            return PYRITE_ERR_PANIC;
        }
        // SAFETY: the contract says one thread at a time drives a VM and never re-enters it from
        // a callback, so this is the only reference to `inner` while it lives.
        let inner = unsafe { &mut *handle.inner.get() };
        let Some(e) = inner.as_mut() else {
            return PYRITE_ERR_ARGUMENT;
        };
        guard(&handle.dead, move || body(e))
    }

    /// Calls `f`, catching a panic on `std` (on `no_std` the panic handler never returns).
    #[cfg(feature = "std")]
    fn guard(dead: &AtomicBool, f: impl FnOnce() -> i32) -> i32 {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
            Ok(r) => r,
            Err(payload) => {
                dead.store(true, Ordering::Relaxed);
                let msg = if let Some(s) = payload.downcast_ref::<&str>() {
                    s
                } else if let Some(s) = payload.downcast_ref::<alloc::string::String>() {
                    s.as_str()
                } else {
                    "panic"
                };
                report_panic(msg.as_bytes());
                PYRITE_ERR_PANIC
            }
        }
    }

    #[cfg(not(feature = "std"))]
    fn guard(_dead: &AtomicBool, f: impl FnOnce() -> i32) -> i32 {
        f()
    }

    /// `pyrite_init`: see `pyrite.h`.
    ///
    /// # Safety
    /// `platform` points to a valid table whose callbacks stay valid until `pyrite_deinit`;
    /// `heap` is valid for reads and writes of `heap_len` bytes, used by nothing else, until
    /// `pyrite_deinit`; `out` is valid for a write.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_init(
        platform: *const PyritePlatform,
        heap: *mut c_void,
        heap_len: usize,
        out: *mut *mut PyriteVm,
    ) -> i32 {
        if platform.is_null()
            || heap.is_null()
            || out.is_null()
            || heap.align_offset(4) != 0
            || heap_len < MIN_HEAP
        {
            return PYRITE_ERR_ARGUMENT;
        }
        // SAFETY: checked non-NULL; the caller promises a valid table.
        let table = unsafe { *platform };
        if let Some(f) = table.panic {
            PANIC_CTX.store(table.ctx, Ordering::Release);
            PANIC_FN.store(f as *mut c_void, Ordering::Release);
        }
        // SAFETY: `heap` is non-NULL and 4-aligned, valid for `heap_len` bytes and exclusively
        // ours until `pyrite_deinit` (the caller's promise); any bit pattern is a valid u32.
        // The `'static` lifetime is bounded in practice by `pyrite_deinit`, which drops the VM
        // (the only holder of the slice) before returning.
        let words: &'static mut [u32] =
            unsafe { core::slice::from_raw_parts_mut(heap.cast::<u32>(), heap_len / 4) };
        // A fresh heap is zeroed, as `Region::owned` is: after a soft reboot the buffer still
        // holds the previous VM's objects, and nothing may depend on what they were.
        words.fill(0);
        let handle: &'static PyriteVm = Box::leak(Box::new(PyriteVm {
            interrupt: AtomicBool::new(false),
            dead: AtomicBool::new(false),
            inner: UnsafeCell::new(None),
        }));
        let raw = handle as *const PyriteVm as *mut PyriteVm;
        let made = guard(&handle.dead, || {
            let platform = CPlatform {
                table,
                interrupt: &handle.interrupt,
                cwd: alloc::string::String::from("/"),
            };
            let Ok(mut vm) = Vm::new(Region::Borrowed(words), Box::new(platform)) else {
                return PYRITE_ERR_NO_MEMORY;
            };
            vm.interrupt = Some(&handle.interrupt);
            if repl::main_globals(&mut vm).is_err() {
                return PYRITE_ERR_NO_MEMORY;
            }
            // SAFETY: `handle` was just made and is not yet shared: no other reference to
            // `inner` exists.
            unsafe {
                *handle.inner.get() = Some(Embedded {
                    vm,
                    repl: Repl::new("pyrite"),
                });
            }
            PYRITE_OK
        });
        if made != PYRITE_OK {
            // SAFETY: `raw` came from `Box::leak` above and was never given out.
            drop(unsafe { Box::from_raw(raw) });
            return made;
        }
        // SAFETY: `out` is non-NULL and valid for a write (the caller's promise).
        unsafe { *out = raw };
        PYRITE_OK
    }

    /// `pyrite_deinit`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` is NULL or came from `pyrite_init` and is not used again.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_deinit(vm: *mut PyriteVm) {
        if vm.is_null() {
            return;
        }
        // SAFETY: `vm` came from `Box::leak` in `pyrite_init` and the caller gives it up.
        let handle = unsafe { Box::from_raw(vm) };
        let inner = handle.inner.into_inner();
        // Dropping the VM may run Rust code (destructors); a panic there must not unwind into C.
        let dead = AtomicBool::new(false);
        guard(&dead, move || {
            drop(inner);
            PYRITE_OK
        });
    }

    /// `pyrite_exec`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`; `src` is valid for `len` bytes.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_exec(vm: *mut PyriteVm, src: *const u8, len: usize) -> i32 {
        if src.is_null() {
            return PYRITE_ERR_ARGUMENT;
        }
        // SAFETY: `src` is non-NULL and valid for `len` bytes (the caller's promise).
        let bytes = unsafe { core::slice::from_raw_parts(src, len) };
        with_vm(vm, |e| {
            let text = alloc::string::String::from_utf8_lossy(bytes);
            match repl::execute(&mut e.vm, &text, Mode::Exec) {
                Outcome::Done => PYRITE_OK,
                Outcome::Raised => PYRITE_ERR_EXCEPTION,
                Outcome::Exit => PYRITE_EXIT,
            }
        })
    }

    /// `pyrite_exec_pyr`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`; `data` is valid for `len` bytes.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_exec_pyr(
        vm: *mut PyriteVm,
        data: *const u8,
        len: usize,
    ) -> i32 {
        if data.is_null() {
            return PYRITE_ERR_ARGUMENT;
        }
        // SAFETY: `data` is non-NULL and valid for `len` bytes (the caller's promise).
        let bytes = unsafe { core::slice::from_raw_parts(data, len) };
        with_vm(vm, |e| match repl::execute_pyr(&mut e.vm, bytes) {
            Outcome::Done => PYRITE_OK,
            Outcome::Raised => PYRITE_ERR_EXCEPTION,
            Outcome::Exit => PYRITE_EXIT,
        })
    }

    /// `pyrite_repl_start`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`; `name` is NULL or valid for `name_len` bytes.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_repl_start(
        vm: *mut PyriteVm,
        name: *const u8,
        name_len: usize,
    ) -> i32 {
        let name: &[u8] = if name.is_null() {
            b"pyrite"
        } else {
            // SAFETY: non-NULL and valid for `name_len` bytes (the caller's promise).
            unsafe { core::slice::from_raw_parts(name, name_len) }
        };
        with_vm(vm, |e| {
            e.repl = Repl::new(&alloc::string::String::from_utf8_lossy(name));
            e.repl.start(&mut e.vm);
            PYRITE_OK
        })
    }

    /// `pyrite_repl_feed`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_repl_feed(vm: *mut PyriteVm, byte: u8) -> i32 {
        with_vm(vm, |e| match e.repl.feed(&mut e.vm, byte) {
            Status::More => PYRITE_OK,
            Status::Ran => PYRITE_RAN,
            Status::Exit => PYRITE_EXIT,
        })
    }

    /// `pyrite_interrupt`: see `pyrite.h`. Safe from an ISR: one atomic store.
    ///
    /// # Safety
    /// `vm` is NULL or came from `pyrite_init` and has not been deinitialised.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_interrupt(vm: *mut PyriteVm) {
        if vm.is_null() {
            return;
        }
        // SAFETY: a live handle (the caller's promise); only the atomic field is touched,
        // through a shared reference, which may coexist with the driving thread's access to
        // `inner` (an `UnsafeCell`).
        let handle = unsafe { &*vm };
        handle.interrupt.store(true, Ordering::Relaxed);
    }

    /// `pyrite_run_pending`: see `pyrite.h` (no scheduler yet: nothing to run).
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_run_pending(vm: *mut PyriteVm) -> i32 {
        with_vm(vm, |_| PYRITE_OK)
    }

    /// `pyrite_set_stack_limit`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`. `lowest` is only compared with addresses, never read.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_set_stack_limit(
        vm: *mut PyriteVm,
        lowest: *const c_void,
    ) -> i32 {
        with_vm(vm, |e| {
            e.vm.set_stack_limit(lowest as usize);
            PYRITE_OK
        })
    }

    /// `pyrite_heap_stats`: see `pyrite.h`.
    ///
    /// # Safety
    /// `vm` came from `pyrite_init`; each out-pointer is NULL or valid for a write.
    #[no_mangle]
    pub unsafe extern "C" fn pyrite_heap_stats(
        vm: *mut PyriteVm,
        free_bytes: *mut u32,
        used_bytes: *mut u32,
        total_bytes: *mut u32,
    ) -> i32 {
        with_vm(vm, |e| {
            let h = &e.vm.heap;
            let figures = [
                (free_bytes, h.free_bytes()),
                (used_bytes, h.used_bytes()),
                (total_bytes, h.size_bytes()),
            ];
            for (ptr, n) in figures {
                if !ptr.is_null() {
                    // SAFETY: non-NULL and valid for a write (the caller's promise).
                    unsafe { *ptr = u32::try_from(n).unwrap_or(u32::MAX) };
                }
            }
            PYRITE_OK
        })
    }
}
