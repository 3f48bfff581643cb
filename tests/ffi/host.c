/* SPDX-License-Identifier: MIT */
/*
 * The C API seen from C (tests/ffi.rs builds this with the `cc` crate and links it against the
 * host staticlib of zephyr/rust): a VM on a static buffer, code run, a REPL session fed byte by
 * byte, `while True: pass` interrupted from a second thread, the heap figures. Prints one line
 * per check; exits 0 if all pass.
 */
#include <pthread.h>
#include <stdint.h>
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

    pyrite_deinit(vm);
    printf("ffi: %d checks, %d failed\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
