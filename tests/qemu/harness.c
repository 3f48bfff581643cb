/* SPDX-License-Identifier: MIT */
/*
 * A bare-metal Cortex-M program that runs the Pyrite REPL on a UART, using only the C API
 * (zephyr/include/pyrite.h) of the staticlib built from zephyr/rust. Built by tests/qemu/_drive.py
 * for three QEMU machines, chosen with -DBOARD_...:
 *
 *   BOARD_MPS2_AN385   Cortex-M3, CMSDK APB UART0 at 0x40004000 (Zephyr's mps2/an385)
 *   BOARD_LM3S6965EVB  Cortex-M3, Stellaris (PL011) UART0 at 0x4000C000 (qemu_cortex_m3)
 *   BOARD_MICROBIT     Cortex-M0, nRF51 UART at 0x40002000 (qemu_cortex_m0)
 *
 * Received bytes arrive by interrupt into a ring buffer that the main loop feeds to the REPL.
 * While the VM runs, a received Ctrl-C calls pyrite_interrupt() from the interrupt handler
 * instead (the ISR-safe path the C API promises). Output turns "\n" into "\r\n" unless the VM
 * already wrote "\r". Ctrl-D at an empty prompt (or SystemExit) soft-reboots the VM, as in
 * MicroPython. The Python heap's size comes from -DPY_HEAP_KB, the banner's name from -DBOARD_NAME.
 */
#include <stddef.h>
#include <stdint.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

#define REG(addr) (*(volatile uint32_t *)(addr))

/* ---- The board's UART ------------------------------------------------------------------- */

#if defined(BOARD_MPS2_AN385)
#define UART 0x40004000u
#define CPU_HZ 25000000u
static void uart_init(void) {
    REG(UART + 0x10) = 16;              /* BAUDDIV: the smallest legal divider */
    REG(UART + 0x08) = 0x1 | 0x2 | 0x8; /* CTRL: TX enable, RX enable, RX interrupt */
}
static void uart_putc(uint8_t c) {
    while (REG(UART + 0x04) & 1u) { /* STATE.TXFULL */
    }
    REG(UART + 0x00) = c;
}
static int uart_getc(void) {
    if (REG(UART + 0x04) & 2u) { /* STATE.RXFULL */
        int c = (int)(REG(UART + 0x00) & 0xffu);
        REG(UART + 0x0c) = 2u; /* INTCLEAR.RX */
        return c;
    }
    REG(UART + 0x0c) = 2u;
    return -1;
}
#elif defined(BOARD_LM3S6965EVB)
#define UART 0x4000C000u
#define CPU_HZ 12000000u
static void uart_init(void) {
    REG(UART + 0x2c) = 0x60;            /* LCRH: 8 bits, FIFO off (an interrupt per byte) */
    REG(UART + 0x38) = 0x10 | 0x40;     /* IM: receive and receive-timeout interrupts */
    REG(UART + 0x30) = 0x301;           /* CTL: UART, TX and RX enabled */
}
static void uart_putc(uint8_t c) {
    while (REG(UART + 0x18) & 0x20u) { /* FR.TXFF */
    }
    REG(UART + 0x00) = c;
}
static int uart_getc(void) {
    if (!(REG(UART + 0x18) & 0x10u)) { /* FR.RXFE clear: a byte waits */
        return (int)(REG(UART + 0x00) & 0xffu);
    }
    REG(UART + 0x44) = 0x50; /* ICR */
    return -1;
}
#elif defined(BOARD_MICROBIT)
#define UART 0x40002000u
#define CPU_HZ 16000000u
static void uart_init(void) {
    REG(UART + 0x500) = 4;   /* ENABLE */
    REG(UART + 0x304) = 0x4; /* INTENSET.RXDRDY */
    REG(UART + 0x000) = 1;   /* TASKS_STARTRX */
    REG(UART + 0x008) = 1;   /* TASKS_STARTTX */
}
static void uart_putc(uint8_t c) {
    REG(UART + 0x11c) = 0;
    REG(UART + 0x51c) = c;
    while (REG(UART + 0x11c) == 0) { /* EVENTS_TXDRDY */
    }
}
static int uart_getc(void) {
    if (REG(UART + 0x108)) { /* EVENTS_RXDRDY */
        REG(UART + 0x108) = 0;
        return (int)(REG(UART + 0x518) & 0xffu);
    }
    return -1;
}
#else
#error "define BOARD_MPS2_AN385, BOARD_LM3S6965EVB or BOARD_MICROBIT"
#endif

#ifndef BOARD_NAME
#define BOARD_NAME "qemu"
#endif

#ifndef PY_HEAP_KB
#define PY_HEAP_KB 16
#endif
#ifndef PY_HEAP_BYTES
#define PY_HEAP_BYTES (PY_HEAP_KB * 1024u)
#endif

static void uart_write(const char *s) {
    while (*s) {
        uart_putc((uint8_t)*s++);
    }
}

/* ---- Received bytes: a ring filled by the UART interrupt ---------------------------------- */

#define RING 1024u
static volatile uint8_t ring[RING];
static volatile uint32_t ring_head, ring_tail;
static pyrite_vm *volatile vm;
/* Set while the VM may be running Python code (inside pyrite_repl_feed). */
static volatile int in_vm;

static void uart_isr(void) {
    int c;
    while ((c = uart_getc()) >= 0) {
        if (c == 0x03 && in_vm && vm) {
            pyrite_interrupt(vm); /* only sets an atomic flag */
            continue;
        }
        uint32_t next = (ring_head + 1u) % RING;
        if (next != ring_tail) {
            ring[ring_head] = (uint8_t)c;
            ring_head = next;
        }
    }
}

static int ring_pop(void) {
    if (ring_tail == ring_head) {
        return -1;
    }
    int c = ring[ring_tail];
    ring_tail = (ring_tail + 1u) % RING;
    return c;
}

/* ---- Time: SysTick at 1 kHz --------------------------------------------------------------- */

static volatile uint32_t millis;

static void systick_isr(void) {
    millis++;
}

static void systick_init(void) {
    REG(0xE000E014) = CPU_HZ / 1000u - 1u; /* SYST_RVR */
    REG(0xE000E018) = 0;                   /* SYST_CVR */
    REG(0xE000E010) = 0x7;                 /* SYST_CSR: processor clock, interrupt, enable */
}

/* ---- The platform callbacks ------------------------------------------------------------- */

static uint8_t last_out;

static void on_write(void *ctx, const uint8_t *buf, size_t len) {
    (void)ctx;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n' && last_out != '\r') {
            uart_putc('\r');
        }
        uart_putc(buf[i]);
        last_out = buf[i];
    }
}

static int32_t on_read_byte(void *ctx) {
    (void)ctx;
    return ring_pop();
}

static uint64_t on_ticks_ms(void *ctx) {
    (void)ctx;
    return millis;
}

static void on_sleep_ms(void *ctx, uint32_t ms) {
    (void)ctx;
    uint32_t start = millis;
    /* Bounded even if SysTick does not run on this machine. */
    for (uint32_t spin = 0; millis - start < ms && spin < ms * 20000u; spin++) {
        __asm volatile("wfi");
    }
}

static void on_panic(void *ctx, const uint8_t *msg, size_t len) {
    (void)ctx;
    uart_write("\r\nPANIC: ");
    for (size_t i = 0; i < len; i++) {
        uart_putc(msg[i]);
    }
    uart_write("\r\n");
    for (;;) {
    }
}

/* ---- The Rust allocator's backing store: newlib's malloc over sbrk ------------------------- */

extern char end, __heap_limit;
static char *brk = &end;

void *_sbrk(ptrdiff_t incr) {
    if (incr < 0 || brk + incr > &__heap_limit) {
        return (void *)-1;
    }
    char *old = brk;
    brk += incr;
    return old;
}

void *pyrite_port_alloc(size_t size, size_t align) {
    return align <= 8 ? malloc(size) : memalign(align, size);
}

void pyrite_port_free(void *ptr, size_t size, size_t align) {
    (void)size;
    (void)align;
    free(ptr);
}

/* ---- Main ------------------------------------------------------------------------------- */

static uint32_t py_heap[PY_HEAP_BYTES / 4u];

/* ---- Stack high-water mark: the stack is painted at reset and again after each start-up, and
 * reported at each soft reboot: what the inputs since the last one used (the start-up's own
 * figure, pyrite_init's, beside it). ---- */

#define PAINT 0x5afe57acu
extern uint32_t __stack_bottom, __stack_top;

/* The lowest words of the stack, still painted unless the stack overflowed into them. Below
 * the stack is the bottom of RAM; on most chips running off it faults, but QEMU's mps2 boards
 * map the space below RAM as reads-as-zero/writes-ignored, so an overflow there reads zeros
 * (often a jump to 0 and a fault later) instead of faulting at once. The canary catches an
 * overflow that wrote into it; one frame larger than the whole remaining stack can skip it. The
 * VM's own guard (pyrite_set_stack_limit) keeps its recursion from getting that far. */
#define CANARY_WORDS 16u
static int stack_overflowed(void) {
    for (uint32_t i = 0; i < CANARY_WORDS; i++) {
        if ((&__stack_bottom)[i] != PAINT) {
            return 1;
        }
    }
    return 0;
}

static uint32_t stack_used(void) {
    const uint32_t *p = &__stack_bottom;
    while (p < &__stack_top && *p == PAINT) {
        p++;
    }
    return (uint32_t)((uintptr_t)&__stack_top - (uintptr_t)p);
}

/* Paints the free stack below this frame again (a small margin below it stays unpainted). */
__attribute__((noinline)) static void repaint(void) {
    volatile uint32_t here = 0;
    uintptr_t limit = (uintptr_t)&here - 64u;
    for (uint32_t *p = &__stack_bottom; (uintptr_t)p < limit; p++) {
        *p = PAINT;
    }
}

static uint32_t startup_used;

static void write_dec(uint32_t n) {
    char digits[11];
    int i = 10;
    digits[i] = 0;
    do {
        digits[--i] = (char)('0' + n % 10u);
        n /= 10u;
    } while (n);
    uart_write(digits + i);
}

static const pyrite_platform platform = {
    .ctx = NULL,
    .write = on_write,
    .read_byte = on_read_byte,
    .ticks_ms = on_ticks_ms,
    .ticks_us = NULL,
    .sleep_ms = on_sleep_ms,
    .panic = on_panic,
    .device = NULL,
};

static void start_vm(void) {
    pyrite_vm *v = NULL;
    if (pyrite_init(&platform, py_heap, sizeof py_heap, &v) != PYRITE_OK) {
        uart_write(stack_overflowed() ? "pyrite_init failed: STACK OVERFLOW\r\n"
                                      : "pyrite_init failed: heap too small\r\n");
        for (;;) {
        }
    }
    vm = v;
    /* The compiler and native recursion stop with an exception before reaching the bottom. */
    pyrite_set_stack_limit(v, &__stack_bottom);
    static const char name[] = BOARD_NAME;
    pyrite_repl_start(v, (const uint8_t *)name, sizeof name - 1);
}

int main(void) {
    uart_init();
    systick_init();
    REG(0xE000E100) = 0xffffffffu; /* NVIC_ISER0: the UART's interrupt, whichever line it is */
    __asm volatile("cpsie i");
    start_vm();
    startup_used = stack_used();
    repaint();
    for (;;) {
        int c = ring_pop();
        if (c < 0) {
            __asm volatile("wfi");
            continue;
        }
        in_vm = 1;
        int32_t r = pyrite_repl_feed(vm, (uint8_t)c);
        in_vm = 0;
        if (stack_overflowed()) {
            uart_write("\r\nSTACK OVERFLOW: the stack is ");
            write_dec((uint32_t)((uintptr_t)&__stack_top - (uintptr_t)&__stack_bottom));
            uart_write(" bytes; halted\r\n");
            for (;;) {
            }
        }
        if (r == PYRITE_EXIT) {
            pyrite_vm *old = vm;
            vm = NULL;
            pyrite_deinit(old);
            uart_write("stack high-water: ");
            write_dec(stack_used());
            uart_write(" bytes (start-up: ");
            write_dec(startup_used);
            uart_write(" bytes)\r\nsoft reboot\r\n");
            repaint();
            start_vm();
            startup_used = stack_used();
            repaint();
        }
    }
}

/* ---- Start-up ----------------------------------------------------------------------------- */

extern uint32_t __data_start, __data_end, __data_load, __bss_start, __bss_end;

void reset_handler(void) {
    /* Paint the stack below the current frame (a generous margin above it stays unpainted). */
    uintptr_t margin = (uintptr_t)&__stack_top - 256u;
    for (uint32_t *p = &__stack_bottom; (uintptr_t)p < margin; p++) {
        *p = PAINT;
    }
    uint32_t *src = &__data_load;
    for (uint32_t *dst = &__data_start; dst < &__data_end;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = &__bss_start; dst < &__bss_end;) {
        *dst++ = 0;
    }
#if defined(__ARM_FP)
    /* Hard-float builds (thumbv7em-none-eabihf on mps2-an386): enable the FPU (CPACR CP10/11). */
    REG(0xE000ED88) |= 0xfu << 20;
    __asm volatile("dsb\n isb");
#endif
    main();
    for (;;) {
    }
}

static void write_hex(uint32_t n) {
    uart_write("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        uart_putc((uint8_t)"0123456789abcdef"[(n >> shift) & 0xfu]);
    }
}

/* Reports a fault with the stack pointer it happened at: below (or at) the bottom of the stack
 * it is a stack overflow (the stack sits at the bottom of RAM, so running off it faults);
 * otherwise the faulting PC from the exception frame. */
__attribute__((used, noreturn)) void fault_report(uint32_t sp) {
    uintptr_t bottom = (uintptr_t)&__stack_bottom;
    if (sp < bottom + 32u || stack_overflowed()) {
        uart_write("\r\nHARDFAULT: stack overflow (the stack is ");
        write_dec((uint32_t)((uintptr_t)&__stack_top - bottom));
        uart_write(" bytes)\r\n");
    } else {
        uart_write("\r\nHARDFAULT at pc ");
        write_hex(((const uint32_t *)sp)[6]);
        uart_write("\r\n");
    }
    for (;;) {
    }
}

/* Moves to a fresh stack first: after an overflow the faulting one is unusable (pushing on it
 * faults again, which locks the CPU up). ARMv6-M instructions only (the Cortex-M0 builds). */
__attribute__((naked)) static void fault_handler(void) {
    __asm volatile(
        "mrs r0, msp\n"
        "ldr r1, =__stack_top\n"
        "mov sp, r1\n"
        "ldr r2, =fault_report\n"
        "bx r2\n"
        ".ltorg\n");
}

static void irq_handler(void) {
    uart_isr();
}

typedef void (*vector)(void);

__attribute__((section(".vectors"), used)) static const vector vectors[16 + 32] = {
    (vector)(uintptr_t)&__stack_top,
    reset_handler,
    fault_handler, /* NMI */
    fault_handler, /* HardFault */
    fault_handler, /* MemManage */
    fault_handler, /* BusFault */
    fault_handler, /* UsageFault */
    0, 0, 0, 0,
    0,             /* SVCall */
    0, 0,
    0,             /* PendSV */
    systick_isr,
    [16 ... 47] = irq_handler,
};
