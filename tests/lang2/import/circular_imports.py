# Circular imports: a partially initialised module is visible; from-import of a missing name fails.
import circ.a
print(circ.a.use_b())
print(circ.b.b_func())
import sys
print("circ.a" in sys.modules, "circ.b" in sys.modules)
try:
    import circ.c
except ImportError as e:
    print(type(e).__name__, "partially initialized" in str(e), "circular import" in str(e))
print("circ.c" in sys.modules, "circ.d" in sys.modules)
