# BaseException vs Exception: what `except Exception` catches, SystemExit/KeyboardInterrupt/GeneratorExit.
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit, ValueError, StopIteration, ArithmeticError):
    print(exc.__name__, issubclass(exc, Exception), issubclass(exc, BaseException))
def catch(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
for exc in (SystemExit(3), KeyboardInterrupt(), ValueError("v"), GeneratorExit()):
    print(catch(exc))
try:
    raise SystemExit(2)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("code", repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit()", e.code)
print(ZeroDivisionError.__mro__[1].__name__, [c.__name__ for c in KeyError.__mro__])
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
print(issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
