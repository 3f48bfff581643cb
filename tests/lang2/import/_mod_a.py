# Helper module (not a test: file names starting with _ are skipped).
import _mod_b
def a():
    return "a" + _mod_b.b()
