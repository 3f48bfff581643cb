/* SPDX-License-Identifier: MIT */
/*
 * The C API seen from C (tests/ffi.rs builds this with the `cc` crate and links it against the
 * host staticlib of zephyr/rust): a VM on a static buffer, code run, a REPL session fed byte by
 * byte, `while True: pass` interrupted from a second thread, the heap figures, files with no
 * filesystem (OSError ENODEV), then the filesystem callbacks over POSIX (as a Zephyr port maps
 * them onto fs_open/fs_read/...), driven by open() and os. Prints one line per check; exits 0
 * if all pass.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pyrite.h"

/* Everything the VM wrote since the last reset. */
static char out[1 << 16];
static size_t out_len;
static int failures;
static int checks;

static void on_write(void *ctx, const uint8_t *buf, size_t len) {
    (void)ctx;
    if (out_len + len >= sizeof out) {
        len = sizeof out - 1 - out_len;
    }
    memcpy(out + out_len, buf, len);
    out_len += len;
    out[out_len] = 0;
}

static uint64_t on_ticks_ms(void *ctx) {
    (void)ctx;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static void on_sleep_ms(void *ctx, uint32_t ms) {
    (void)ctx;
    usleep(ms * 1000u);
}

static void on_panic(void *ctx, const uint8_t *msg, size_t len) {
    (void)ctx;
    fprintf(stderr, "PANIC: %.*s\n", (int)len, (const char *)msg);
}

static void reset_output(void) {
    out_len = 0;
    out[0] = 0;
}

static void check(int ok, const char *what) {
    checks++;
    if (ok) {
        printf("ok   %s\n", what);
    } else {
        failures++;
        printf("FAIL %s\n     output: \"", what);
        for (size_t i = 0; i < out_len; i++) {
            unsigned char c = (unsigned char)out[i];
            if (c >= 32 && c < 127 && c != '\\') {
                putchar(c);
            } else {
                printf("\\x%02x", c);
            }
        }
        printf("\"\n");
    }
}

static int32_t run(pyrite_vm *vm, const char *src) {
    reset_output();
    return pyrite_exec(vm, (const uint8_t *)src, strlen(src));
}

static int32_t type_text(pyrite_vm *vm, const char *text) {
    int32_t last = PYRITE_OK;
    reset_output();
    for (const char *p = text; *p; p++) {
        int32_t r = pyrite_repl_feed(vm, (uint8_t)*p);
        if (r != PYRITE_OK) {
            last = r;
        }
    }
    return last;
}

static void *interrupter(void *arg) {
    usleep(300 * 1000);
    pyrite_interrupt((pyrite_vm *)arg);
    return NULL;
}

static uint32_t heap[256 * 1024 / 4];

/* ---- the filesystem callbacks over POSIX, rooted at a temporary directory ---- */

static char fs_root[256];

/* `root` + the VM's absolute path, NUL-terminated (the VM's paths are not). */
static const char *host_path(const uint8_t *path, size_t len, char *buf, size_t cap) {
    snprintf(buf, cap, "%s%.*s", fs_root, (int)len, (const char *)path);
    return buf;
}

static int32_t fs_open_cb(void *ctx, const uint8_t *path, size_t len, uint32_t flags) {
    (void)ctx;
    char p[512];
    int mode = (flags & PYRITE_FS_O_READ) && (flags & PYRITE_FS_O_WRITE) ? O_RDWR
               : (flags & PYRITE_FS_O_WRITE)                            ? O_WRONLY
                                                                        : O_RDONLY;
    if (flags & PYRITE_FS_O_CREATE) mode |= O_CREAT;
    if (flags & PYRITE_FS_O_APPEND) mode |= O_APPEND;
    if (flags & PYRITE_FS_O_TRUNC) mode |= O_TRUNC;
    int fd = open(host_path(path, len, p, sizeof p), mode, 0644);
    return fd < 0 ? -errno : fd;
}

static int32_t fs_close_cb(void *ctx, int32_t h) {
    (void)ctx;
    return close(h) < 0 ? -errno : 0;
}

static int32_t fs_read_cb(void *ctx, int32_t h, uint8_t *buf, size_t len) {
    (void)ctx;
    ssize_t n = read(h, buf, len);
    return n < 0 ? -errno : (int32_t)n;
}

static int32_t fs_write_cb(void *ctx, int32_t h, const uint8_t *buf, size_t len) {
    (void)ctx;
    ssize_t n = write(h, buf, len);
    return n < 0 ? -errno : (int32_t)n;
}

static int64_t fs_seek_cb(void *ctx, int32_t h, int64_t off, int32_t whence) {
    (void)ctx;
    off_t r = lseek(h, (off_t)off, whence);
    return r < 0 ? -errno : (int64_t)r;
}

static int32_t fs_truncate_cb(void *ctx, int32_t h, int64_t length) {
    (void)ctx;
    return ftruncate(h, (off_t)length) < 0 ? -errno : 0;
}

static DIR *dirs[8];

static int32_t fs_opendir_cb(void *ctx, const uint8_t *path, size_t len) {
    (void)ctx;
    char p[512];
    for (int i = 0; i < 8; i++) {
        if (dirs[i] == NULL) {
            dirs[i] = opendir(host_path(path, len, p, sizeof p));
            return dirs[i] == NULL ? -errno : i;
        }
    }
    return -EMFILE;
}

static int32_t fs_readdir_cb(void *ctx, int32_t d, uint8_t *name, size_t cap, uint32_t *type,
                             uint64_t *size) {
    (void)ctx;
    struct dirent *e;
    do {
        e = readdir(dirs[d]);
    } while (e != NULL && (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0));
    if (e == NULL) return 0;
    size_t n = strlen(e->d_name);
    if (n > cap) return -ENAMETOOLONG;
    memcpy(name, e->d_name, n);
    *type = e->d_type == DT_DIR ? PYRITE_FS_TYPE_DIR : PYRITE_FS_TYPE_FILE;
    *size = 0;
    return (int32_t)n;
}

static int32_t fs_closedir_cb(void *ctx, int32_t d) {
    (void)ctx;
    closedir(dirs[d]);
    dirs[d] = NULL;
    return 0;
}

static int32_t fs_stat_cb(void *ctx, const uint8_t *path, size_t len, uint32_t *type,
                          uint64_t *size) {
    (void)ctx;
    char p[512];
    struct stat st;
    if (stat(host_path(path, len, p, sizeof p), &st) < 0) return -errno;
    *type = S_ISDIR(st.st_mode) ? PYRITE_FS_TYPE_DIR : PYRITE_FS_TYPE_FILE;
    *size = (uint64_t)st.st_size;
    return 0;
}

static int32_t fs_mkdir_cb(void *ctx, const uint8_t *path, size_t len) {
    (void)ctx;
    char p[512];
    return mkdir(host_path(path, len, p, sizeof p), 0755) < 0 ? -errno : 0;
}

/* Zephyr's fs_unlink removes files and empty directories alike. */
static int32_t fs_unlink_cb(void *ctx, const uint8_t *path, size_t len) {
    (void)ctx;
    char p[512];
    host_path(path, len, p, sizeof p);
    return remove(p) < 0 ? -errno : 0;
}

static int32_t fs_rename_cb(void *ctx, const uint8_t *from, size_t from_len, const uint8_t *to,
                            size_t to_len) {
    (void)ctx;
    char a[512], b[512];
    host_path(from, from_len, a, sizeof a);
    host_path(to, to_len, b, sizeof b);
    return rename(a, b) < 0 ? -errno : 0;
}

static int32_t random_cb(void *ctx, uint8_t *buf, size_t len) {
    (void)ctx;
    for (size_t i = 0; i < len; i++) buf[i] = (uint8_t)rand();
    return 0;
}

/* A program using files and os over the callbacks, and what it must print (CPython's text for
 * each result; ilistdir is MicroPython's). */
static const char *FS_PROGRAM =
    "import os\n"
    "print(os.getcwd(), os.listdir('/'))\n"
    "os.mkdir('/data')\n"
    "os.chdir('data')\n"
    "with open('log.txt', 'w') as f:\n"
    "    print(f.write('one\\ntwo\\r\\nthree'), file=f)\n"
    "with open('/data/log.txt', 'a') as f: f.write('!')\n"
    "print(open('log.txt').readlines(), os.stat('log.txt').st_size)\n"
    "with open('log.txt', 'r+b') as f:\n"
    "    f.seek(-2, 2); print(f.read(), f.tell(), f.truncate(4), f.tell())\n"
    "os.rename('log.txt', '../moved.txt')\n"
    "print(sorted(os.listdir('..')), sorted(os.ilistdir('/'))[0][:2], os.path.isdir('/data'))\n"
    "for f, a in ((open, ('nope',)), (os.rmdir, ('/moved.txt',)), (os.remove, ('/data',)),\n"
    "             (open, ('/data',)), (open, ('/moved.txt', 'x')), (os.mkdir, ('/data',))):\n"
    "    try: f(*a)\n"
    "    except OSError as e: print(type(e).__name__, e)\n"
    "os.remove('/moved.txt'); os.chdir('/'); os.rmdir('data')\n"
    "print(os.listdir(), len(os.urandom(5)))\n";

static const char *FS_EXPECTED =
    "/ []\n"
    "['one\\n', 'two\\n', 'three14\\n', '!'] 18\n"
    "b'\\n!' 18 4 18\n"
    "['data', 'moved.txt'] ('data', 16384) True\n"
    "FileNotFoundError [Errno 2] No such file or directory: 'nope'\n"
    "NotADirectoryError [Errno 20] Not a directory: '/moved.txt'\n"
    "IsADirectoryError [Errno 21] Is a directory: '/data'\n"
    "IsADirectoryError [Errno 21] Is a directory: '/data'\n"
    "FileExistsError [Errno 17] File exists: '/moved.txt'\n"
    "FileExistsError [Errno 17] File exists: '/data'\n"
    "[] 5\n";

static void filesystem_session(pyrite_platform platform) {
    snprintf(fs_root, sizeof fs_root, "/tmp/pyrite-ffi-fs-XXXXXX");
    if (mkdtemp(fs_root) == NULL) {
        check(0, "fs: a temporary directory");
        return;
    }
    platform.random = random_cb;
    platform.fs_open = fs_open_cb;
    platform.fs_close = fs_close_cb;
    platform.fs_read = fs_read_cb;
    platform.fs_write = fs_write_cb;
    platform.fs_seek = fs_seek_cb;
    platform.fs_truncate = fs_truncate_cb;
    platform.fs_opendir = fs_opendir_cb;
    platform.fs_readdir = fs_readdir_cb;
    platform.fs_closedir = fs_closedir_cb;
    platform.fs_stat = fs_stat_cb;
    platform.fs_mkdir = fs_mkdir_cb;
    platform.fs_unlink = fs_unlink_cb;
    platform.fs_rename = fs_rename_cb;
    pyrite_vm *vm = NULL;
    check(pyrite_init(&platform, heap, sizeof heap, &vm) == PYRITE_OK, "fs: init");
    check(run(vm, FS_PROGRAM) == PYRITE_OK && strcmp(out, FS_EXPECTED) == 0,
          "fs: open(), os and os.path through the callbacks");
    pyrite_deinit(vm);
    rmdir(fs_root);
}

/* The .pyr file tests/ffi.rs wrote (argv[1]), read into `buf`; its length or 0. */
static size_t read_file(const char *path, uint8_t *buf, size_t cap) {
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f) {
        return 0;
    }
    size_t n = fread(buf, 1, cap, f);
    fclose(f);
    return n;
}

static uint8_t pyr[4096];

int main(int argc, char **argv) {
    pyrite_platform platform = {
        .ctx = NULL,
        .write = on_write,
        .read_byte = NULL,
        .ticks_ms = on_ticks_ms,
        .ticks_us = NULL,
        .sleep_ms = on_sleep_ms,
        .panic = on_panic,
        .device = NULL,
    };
    pyrite_vm *vm = NULL;

    /* Arguments are checked. */
    check(pyrite_init(NULL, heap, sizeof heap, &vm) == PYRITE_ERR_ARGUMENT, "init: NULL platform");
    check(pyrite_init(&platform, (uint8_t *)heap + 1, 1024, &vm) == PYRITE_ERR_ARGUMENT,
          "init: misaligned heap");
    check(pyrite_init(&platform, heap, 512, &vm) == PYRITE_ERR_NO_MEMORY, "init: tiny heap");
    check(pyrite_exec(NULL, (const uint8_t *)"1", 1) == PYRITE_ERR_ARGUMENT, "exec: NULL vm");

    check(pyrite_init(&platform, heap, sizeof heap, &vm) == PYRITE_OK && vm != NULL, "init");

    /* Running code. */
    check(run(vm, "print(6 * 7)") == PYRITE_OK && strcmp(out, "42\n") == 0, "exec: print");
    check(run(vm, "def sq(n):\n    return n * n\nprint([sq(i) for i in range(5)])\n") == PYRITE_OK &&
              strcmp(out, "[0, 1, 4, 9, 16]\n") == 0,
          "exec: a function");
    check(run(vm, "print(sq(12))") == PYRITE_OK && strcmp(out, "144\n") == 0,
          "exec: globals persist in __main__");

    /* Precompiled code (pyrite-cross output): runs in the same __main__, without the compiler. */
    size_t pyr_len = read_file(argc > 1 ? argv[1] : NULL, pyr, sizeof pyr);
    check(pyr_len > 6, "exec_pyr: the .pyr file was written");
    reset_output();
    check(pyrite_exec_pyr(vm, pyr, pyr_len) == PYRITE_OK &&
              strcmp(out, "pyr [0, 1, 8, 27] 9\n") == 0,
          "exec_pyr: runs a precompiled module");
    reset_output();
    check(run(vm, "print(cube(5))") == PYRITE_OK && strcmp(out, "125\n") == 0,
          "exec_pyr: its definitions stay in __main__");
    reset_output();
    check(pyrite_exec_pyr(vm, pyr, pyr_len - 3) == PYRITE_ERR_EXCEPTION &&
              strstr(out, "ValueError: invalid .pyr file: truncated file") != NULL,
          "exec_pyr: a truncated file raises ValueError");
    pyr[3] = 99;
    reset_output();
    check(pyrite_exec_pyr(vm, pyr, pyr_len) == PYRITE_ERR_EXCEPTION &&
              strstr(out, "ValueError: invalid .pyr file: version 99") != NULL,
          "exec_pyr: another format version raises ValueError");
    check(pyrite_exec_pyr(vm, NULL, 4) == PYRITE_ERR_ARGUMENT, "exec_pyr: NULL buffer");
    check(run(vm, "1/0") == PYRITE_ERR_EXCEPTION &&
              strstr(out, "Traceback (most recent call last):") != NULL &&
              strstr(out, "ZeroDivisionError: division by zero") != NULL,
          "exec: an exception prints its traceback");
    check(run(vm, "x = (") == PYRITE_ERR_EXCEPTION && strstr(out, "SyntaxError") != NULL,
          "exec: a syntax error");
    check(run(vm, "raise SystemExit") == PYRITE_EXIT, "exec: SystemExit");
    check(run(vm, "try:\n    x = [0] * 1000000000\nexcept MemoryError:\n    print('caught')\n") ==
                  PYRITE_OK &&
              strcmp(out, "caught\n") == 0,
          "exec: MemoryError is caught and the VM goes on");

    /* The stack guard: with the limit 64 KiB below this frame, deep recursion in the compiler or
     * in native code stops with an exception (a device's stack is that small or smaller). */
    {
        char here = 0;
        check(pyrite_set_stack_limit(vm, (const void *)((uintptr_t)&here - 64u * 1024u)) ==
                  PYRITE_OK,
              "stack limit: set");
        char deep[256];
        snprintf(deep, sizeof deep, "x = %.90s1%.90s",
                 "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
                 "))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))");
        check(run(vm, deep) == PYRITE_ERR_EXCEPTION &&
                  strstr(out, "SyntaxError: too many nested parentheses") != NULL,
              "stack limit: 90 nested parentheses are a SyntaxError in 64 KiB");
        check(run(vm, "f = lambda x: sorted([x], key=f)\nf(1)") == PYRITE_ERR_EXCEPTION &&
                  strstr(out, "RecursionError: maximum recursion depth exceeded") != NULL,
              "stack limit: native recursion is a RecursionError");
        check(run(vm, "print('fine')") == PYRITE_OK && strcmp(out, "fine\n") == 0,
              "stack limit: the VM goes on");
        check(pyrite_set_stack_limit(vm, NULL) == PYRITE_OK, "stack limit: removed");
    }

    /* The REPL, byte by byte. */
    reset_output();
    check(pyrite_repl_start(vm, (const uint8_t *)"host-test", 9) == PYRITE_OK &&
              strstr(out, " on host-test; ") != NULL && strstr(out, ">>> ") != NULL,
          "repl: banner and prompt");
    check(type_text(vm, "1 + 2\r") == PYRITE_RAN && strcmp(out, "1 + 2\r\n3\n>>> ") == 0,
          "repl: an expression");
    check(type_text(vm, "def f(a):\rreturn a * 2\r\r") == PYRITE_RAN &&
              strcmp(out, "def f(a):\r\n...     return a * 2\r\n...     \r\n>>> ") == 0,
          "repl: a definition over several lines, auto-indented");
    check(type_text(vm, "f(21)\r") == PYRITE_RAN && strcmp(out, "f(21)\r\n42\n>>> ") == 0,
          "repl: calling it");
    check(type_text(vm, "[1][2]\r") == PYRITE_RAN &&
              strstr(out, "IndexError: list index out of range\n>>> ") != NULL,
          "repl: an exception");
    check(type_text(vm, "\x01print('raw')\x04") == PYRITE_RAN &&
              strcmp(out, "\r\nraw REPL; CTRL-B to exit\r\n>OKraw\n\x04\x04>") == 0,
          "repl: raw REPL");
    check(type_text(vm, "\x02") == PYRITE_OK && strstr(out, ">>> ") != NULL, "repl: Ctrl-B");
    check(type_text(vm, "\x04") == PYRITE_EXIT, "repl: Ctrl-D exits");

    /* Interrupting an endless loop from another thread. */
    pthread_t t;
    pthread_create(&t, NULL, interrupter, vm);
    int32_t r = run(vm, "while True: pass");
    pthread_join(t, NULL);
    check(r == PYRITE_ERR_EXCEPTION && strstr(out, "KeyboardInterrupt") != NULL,
          "interrupt: KeyboardInterrupt from a second thread");
    check(run(vm, "print('after')") == PYRITE_OK && strcmp(out, "after\n") == 0,
          "interrupt: the VM goes on");

    /* Heap figures. */
    uint32_t free0 = 0, used0 = 0, total = 0;
    check(pyrite_heap_stats(vm, &free0, &used0, &total) == PYRITE_OK && total == sizeof heap &&
              free0 + used0 == total && used0 > 0,
          "heap: free + used == total == the buffer");
    run(vm, "big = list(range(2000))");
    uint32_t free1 = 0, used1 = 0;
    pyrite_heap_stats(vm, &free1, &used1, NULL);
    check(used1 >= used0 + 2000 * 4, "heap: a list of 2000 items uses at least 8000 bytes more");
    char src[96];
    snprintf(src, sizeof src, "import gc\nprint(gc.mem_free() + gc.mem_alloc() == %u)",
             (unsigned)total);
    check(run(vm, src) == PYRITE_OK && strcmp(out, "True\n") == 0,
          "heap: gc.mem_free() + gc.mem_alloc() is the total");
    check(pyrite_run_pending(vm) == PYRITE_OK, "run_pending (no scheduler yet)");

    /* No filesystem callbacks: files raise OSError(ENODEV), and nothing else breaks. */
    check(run(vm, "try:\n open('x')\nexcept OSError as e: print(type(e).__name__, e.errno, e)\n") ==
                  PYRITE_OK &&
              strcmp(out, "OSError 19 [Errno 19] No such device: 'x'\n") == 0,
          "fs: open() without a filesystem");
    check(run(vm, "import os\ntry:\n os.listdir()\nexcept OSError as e: print(e.errno)\n"
                  "try:\n os.urandom(2)\nexcept OSError as e: print(e.errno)\n") == PYRITE_OK &&
              strcmp(out, "19\n19\n") == 0,
          "fs: os without a filesystem");

    pyrite_deinit(vm);
    filesystem_session(platform);
    printf("ffi: %d checks, %d failed\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
