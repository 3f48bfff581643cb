/* SPDX-License-Identifier: MIT */
/*
 * pyrite.h: the C API of the Pyrite VM (a Python 3 for microcontrollers).
 *
 * The only way in and out of the VM for C (design decision 10). Only fixed-width integers,
 * pointers and lengths cross this boundary: no enums, no floats, no RTOS types.
 *
 * Use:
 *   static uint32_t heap[16 * 1024 / 4];
 *   pyrite_vm *vm;
 *   if (pyrite_init(&platform, heap, sizeof heap, &vm) == PYRITE_OK) {
 *       pyrite_exec(vm, (const uint8_t *)"print('hi')", 11);
 *       pyrite_repl_start(vm, (const uint8_t *)"my-board", 8);
 *       for (;;) { int c = next_byte(); if (pyrite_repl_feed(vm, c) == PYRITE_EXIT) break; }
 *       pyrite_deinit(vm);
 *   }
 *
 * Threads: all functions of one VM must be called from one thread at a time, and never from
 * inside a platform callback, except pyrite_interrupt(), which only stores a flag and may be
 * called from any thread or interrupt handler while the VM exists.
 *
 * Memory: every Python object lives in the heap buffer given to pyrite_init(). Transient Rust
 * buffers (the compiler's syntax tree, the REPL line) use the Rust global allocator, which the
 * embedding staticlib (zephyr/rust) routes to pyrite_port_alloc()/pyrite_port_free() on bare
 * metal and Zephyr (see those declarations below).
 *
 * Output: program output, REPL echo and prompts, and tracebacks of uncaught exceptions all go
 * through the write callback. The REPL writes "\r\n" line ends; Python's print writes "\n"
 * (a UART port usually turns "\n" into "\r\n" as MicroPython's mp_hal_stdout_tx_strn_cooked).
 */
#ifndef PYRITE_H
#define PYRITE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Return codes. */
#define PYRITE_OK 0              /* success; pyrite_repl_feed: wants more input */
#define PYRITE_EXIT 1            /* SystemExit, or Ctrl-D on an empty REPL line (soft reset) */
#define PYRITE_RAN 2             /* pyrite_repl_feed: an input was complete and has run */
#define PYRITE_ERR_ARGUMENT (-1) /* a NULL or misaligned pointer, or a length out of range */
#define PYRITE_ERR_NO_MEMORY (-2) /* the heap is too small to start the VM */
#define PYRITE_ERR_EXCEPTION (-3) /* uncaught Python exception; its traceback was written */
#define PYRITE_ERR_PANIC (-4)    /* the VM panicked (a bug): the panic callback ran; only deinit */

/* Open flags for fs_open (Zephyr's FS_O_READ, FS_O_WRITE, FS_O_CREATE, FS_O_APPEND,
 * FS_O_TRUNC). */
#define PYRITE_FS_O_READ 1
#define PYRITE_FS_O_WRITE 2
#define PYRITE_FS_O_CREATE 16
#define PYRITE_FS_O_APPEND 32
#define PYRITE_FS_O_TRUNC 64
/* Entry types for fs_readdir and fs_stat (Zephyr's FS_DIR_ENTRY_FILE, FS_DIR_ENTRY_DIR). */
#define PYRITE_FS_TYPE_FILE 0
#define PYRITE_FS_TYPE_DIR 1

/* An opaque VM instance. */
typedef struct pyrite_vm pyrite_vm;

/*
 * The platform: callbacks the VM uses to reach the world. `ctx` is passed back to each of them.
 * Any callback may be NULL: output is then dropped, input is absent, clocks read 0, sleep
 * returns at once, files and os.urandom raise OSError(ENODEV). New callbacks are appended, so
 * zero-initialise the table ({0}) and set what the port has.
 */
typedef struct pyrite_platform {
    void *ctx;
    /* Write `len` bytes to the console. */
    void (*write)(void *ctx, const uint8_t *buf, size_t len);
    /* One received byte (0..255), or -1 if none is waiting. Never blocks. Used by input(). */
    int32_t (*read_byte)(void *ctx);
    /* Milliseconds / microseconds since an arbitrary start (wrapping). */
    uint64_t (*ticks_ms)(void *ctx);
    uint64_t (*ticks_us)(void *ctx);
    /* Sleep for `ms` milliseconds (the VM sleeps in short slices so interrupts are seen). */
    void (*sleep_ms)(void *ctx, uint32_t ms);
    /* The VM hit a bug (a Rust panic): `msg` says where. Should not return; if it does, the
     * call that panicked returns PYRITE_ERR_PANIC (host builds) or spins (bare metal). */
    void (*panic)(void *ctx, const uint8_t *msg, size_t len);
    /* Hardware operations by device name ("led0", "i2c0"); reserved for the machine module,
     * not called yet. Returns a negative errno on failure. */
    int32_t (*device)(void *ctx, const uint8_t *name, size_t name_len, uint32_t op,
                      uint32_t arg, uint8_t *buf, size_t buf_len);
    /* Fill `buf` with `len` random bytes (os.urandom; Zephyr: sys_csrand_get). 0 or -errno.
     * NULL: os.urandom raises OSError(ENODEV). */
    int32_t (*random)(void *ctx, uint8_t *buf, size_t len);

    /*
     * The filesystem, for open() and the os module. Each call maps onto one of Zephyr's fs API
     * (fs_open, fs_close, fs_read, fs_write, fs_seek + fs_tell, fs_truncate, fs_opendir, fs_readdir,
     * fs_closedir, fs_stat, fs_mkdir, fs_unlink, fs_rename). A NULL callback means "no
     * filesystem": the Python operation raises OSError(ENODEV) (errno 19).
     *
     * Paths are UTF-8, absolute ("/lfs/data.txt": the VM resolves relative paths against its
     * own current directory, os.chdir) and NOT NUL-terminated: copy `path_len` bytes into a
     * buffer before calling Zephyr. Handles are small integers >= 0 the embedder chooses (an
     * index into its table of struct fs_file_t / fs_dir_t). Errors are negative errno values in
     * Linux numbering (the numbers of Python's errno module): Zephyr's agree for 1..34 (ENOENT,
     * EEXIST, EISDIR, ENOSPC...); translate the others, e.g. Zephyr's ENOTEMPTY (90) to 39,
     * ENAMETOOLONG (91) to 36, ENOTSUP (134) to 95. EMFILE/ENFILE (24/23) for a full handle
     * table make the VM collect unreachable file objects and retry once.
     */
    /* Open with PYRITE_FS_O_* flags (Zephyr's FS_O_* values; PYRITE_FS_O_TRUNC is
     * FS_O_TRUNC, or fs_truncate(zfp, 0) after opening on Zephyr versions without it).
     * Returns a handle >= 0 or -errno. */
    int32_t (*fs_open)(void *ctx, const uint8_t *path, size_t path_len, uint32_t flags);
    int32_t (*fs_close)(void *ctx, int32_t handle);
    /* Bytes read (0 at the end of the file) or written, or -errno. */
    int32_t (*fs_read)(void *ctx, int32_t handle, uint8_t *buf, size_t len);
    int32_t (*fs_write)(void *ctx, int32_t handle, const uint8_t *buf, size_t len);
    /* fs_seek (whence 0 set, 1 current, 2 end, as FS_SEEK_*) then fs_tell: the new position,
     * or -errno. */
    int64_t (*fs_seek)(void *ctx, int32_t handle, int64_t offset, int32_t whence);
    /* fs_truncate: cut or zero-extend the file to `length` bytes; 0 or -errno. */
    int32_t (*fs_truncate)(void *ctx, int32_t handle, int64_t length);
    /* A directory listing: a handle >= 0 or -errno. */
    int32_t (*fs_opendir)(void *ctx, const uint8_t *path, size_t path_len);
    /* The next entry: copies its name (no NUL needed) into `name`, sets `*entry_type`
     * (PYRITE_FS_TYPE_FILE or _DIR, Zephyr's fs_dirent.type) and `*size`; returns the name's
     * length, 0 at the end of the listing (Zephyr: entry.name[0] == 0), or -errno. */
    int32_t (*fs_readdir)(void *ctx, int32_t dir, uint8_t *name, size_t name_cap,
                          uint32_t *entry_type, uint64_t *size);
    int32_t (*fs_closedir)(void *ctx, int32_t dir);
    /* fs_stat: sets the type and size; 0 or -errno (-ENOENT when absent). */
    int32_t (*fs_stat)(void *ctx, const uint8_t *path, size_t path_len, uint32_t *entry_type,
                       uint64_t *size);
    /* fs_mkdir, fs_unlink (a file or an empty directory), fs_rename: 0 or -errno. */
    int32_t (*fs_mkdir)(void *ctx, const uint8_t *path, size_t path_len);
    int32_t (*fs_unlink)(void *ctx, const uint8_t *path, size_t path_len);
    int32_t (*fs_rename)(void *ctx, const uint8_t *from, size_t from_len, const uint8_t *to,
                         size_t to_len);
} pyrite_platform;

/*
 * Starts a VM whose Python heap is `heap` (`heap_len` bytes, 4-byte aligned; the VM uses
 * heap_len / 4 whole words). The buffer and the platform table's callbacks must stay valid until
 * pyrite_deinit(); the table itself is copied. On success stores the VM in `*out`.
 * Returns PYRITE_OK, PYRITE_ERR_ARGUMENT or PYRITE_ERR_NO_MEMORY.
 */
int32_t pyrite_init(const pyrite_platform *platform, void *heap, size_t heap_len,
                    pyrite_vm **out);

/* Stops the VM and frees what it allocated outside the heap buffer. `vm` may be NULL. */
void pyrite_deinit(pyrite_vm *vm);

/*
 * Compiles and runs `len` bytes of Python source (UTF-8) as a module in `__main__`.
 * Returns PYRITE_OK, PYRITE_EXIT (SystemExit), PYRITE_ERR_EXCEPTION (its traceback was written),
 * PYRITE_ERR_ARGUMENT or PYRITE_ERR_PANIC.
 */
int32_t pyrite_exec(pyrite_vm *vm, const uint8_t *src, size_t len);

/*
 * Runs a precompiled module: `len` bytes of a `.pyr` file made by `pyrite-cross` (no compiler
 * runs). The buffer is only read during the call (it may be in flash). A corrupt file, one of
 * another format version or one needing a feature this build lacks raises ValueError (its
 * traceback is written), as does every file in a build without the `load-pyr` feature (the
 * `minimal` level). Returns as pyrite_exec().
 */
int32_t pyrite_exec_pyr(pyrite_vm *vm, const uint8_t *data, size_t len);

/*
 * Prints the REPL banner (naming the machine `name`) and the first prompt. The REPL speaks
 * MicroPython's protocols: friendly mode, paste mode (Ctrl-E), raw REPL (Ctrl-A) and raw-paste.
 */
int32_t pyrite_repl_start(pyrite_vm *vm, const uint8_t *name, size_t name_len);

/*
 * Feeds one received byte to the REPL. If it completes an input, the input runs before this
 * returns (a running program is stopped with pyrite_interrupt()).
 * Returns PYRITE_OK (wants more input), PYRITE_RAN, PYRITE_EXIT (leave the REPL; a new
 * pyrite_repl_start() re-enters it), PYRITE_ERR_ARGUMENT or PYRITE_ERR_PANIC.
 */
int32_t pyrite_repl_feed(pyrite_vm *vm, uint8_t byte);

/*
 * Asks the running code to raise KeyboardInterrupt at its next check (within a few thousand
 * bytecodes). Only stores an atomic flag: safe from an interrupt handler or another thread.
 */
void pyrite_interrupt(pyrite_vm *vm);

/*
 * Runs callbacks scheduled from interrupt handlers (micropython.schedule). A documented no-op
 * returning PYRITE_OK until the VM has a scheduler.
 */
int32_t pyrite_run_pending(pyrite_vm *vm);

/*
 * Tells the VM the lowest address its stack may reach (the bottom of the thread's stack, which
 * grows down; NULL: unknown). The compiler's recursion and native code re-entering the
 * interpreter then stop with SyntaxError ("too many nested parentheses") or RecursionError
 * while 1.5 KiB (compiling) or 4 KiB are still free, instead of overflowing the stack.
 * Without it only their level counts guard the stack. Call it from the thread that runs the
 * VM, after pyrite_init().
 * Returns PYRITE_OK or PYRITE_ERR_ARGUMENT.
 */
int32_t pyrite_set_stack_limit(pyrite_vm *vm, const void *lowest);

/* The heap figures, in bytes: free and used (as gc.mem_free()/gc.mem_alloc()) and total. */
int32_t pyrite_heap_stats(pyrite_vm *vm, uint32_t *free_bytes, uint32_t *used_bytes,
                          uint32_t *total_bytes);

/*
 * Provided by the embedder on no_std targets (not on the host): the Rust global allocator's
 * backing store for transient buffers (the compiler's syntax tree, the REPL's line). Return NULL
 * when out of memory: the VM then finishes the request from a 1 KiB emergency arena of its own
 * and raises MemoryError at its next check (source too big for the memory is a MemoryError, as
 * is a REPL line that cannot grow). Only a single request bigger than the arena can still abort
 * through the panic callback, so give it a few KiB beyond the largest source compiled at once.
 */
void *pyrite_port_alloc(size_t size, size_t align);
void pyrite_port_free(void *ptr, size_t size, size_t align);

#ifdef __cplusplus
}
#endif

#endif /* PYRITE_H */
