# The minimal level has no memoryview (MicroPython's MICROPY_PY_BUILTINS_MEMORYVIEW is off in
# its small ports): the name is not defined; bytes work without it.

try:
    memoryview(b"abc")
except NameError as e:
    print("NameError:", e)
import builtins
print(hasattr(builtins, "memoryview"))
b = b"h" + b"EL" + b"lo"
print(b, bytes(b[1:4]), b == b"hELlo", len(b), list(b"ab"))
print(bytes(b"xy"), b"a" + b"b", b"abc"[::-1])
