import micropython
from micropython import const
X = const(42)
print(X, const("s"), micropython.const((1, 2)))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
micropython.alloc_emergency_exception_buf(100)
print(micropython.heap_locked())
micropython.heap_lock()
depth = micropython.heap_locked()
try:
    x = [1, 2, 3] * 100
    r = micropython.heap_unlock()
    print("allocated")
except MemoryError:
    r = micropython.heap_unlock()
print("locked depth", depth, "then", r)
a = b = None  # bound before locking: a new global could grow the module dict
micropython.heap_lock()
micropython.heap_lock()
a = micropython.heap_unlock()
b = micropython.heap_unlock()
print(a, b, micropython.heap_locked())
print([1, 2] * 3)
print(type(micropython.stack_use()).__name__)
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print(callable(micropython.mem_info), callable(micropython.qstr_info))
