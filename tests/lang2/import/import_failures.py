# Failing imports: module raising during import is not cached, syntax errors, missing submodules.
import sys
try:
    import broken.raises
except ValueError as e:
    print(type(e).__name__, e)
print("broken.raises" in sys.modules, "broken" in sys.modules)
try:
    import broken.raises
except ValueError as e:
    print("again:", e)
try:
    import broken.syntax_err
except SyntaxError as e:
    print(type(e).__name__, e.filename.endswith("syntax_err.py"), e.lineno)
try:
    import broken.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from broken import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import geom.vector.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    import nonexistent_pkg_xyz.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)
