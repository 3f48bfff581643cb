# The minimal level cannot load precompiled .pyr files (as MicroPython's small ports, built
# without MICROPY_PERSISTENT_CODE_LOAD): importing one is a clear ValueError. Source modules
# still import, and the compiler is on board.
import sys

try:
    import precompiled

    print("imported", precompiled)
except ValueError as e:
    print(type(e).__name__ + ":", e)

print("precompiled" in sys.modules)
try:
    import precompiled
except ValueError as e:
    print("again:", e)

namespace = {}
exec("x = 6 * 7", namespace)
print(namespace["x"])
