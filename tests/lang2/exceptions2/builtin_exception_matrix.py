# Every common builtin exception class: its base chain, str/repr with 0, 1 and 2 arguments, catchability by base.
import builtins
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "FileNotFoundError", "FileExistsError", "PermissionError", "TimeoutError", "IsADirectoryError",
         "NotADirectoryError", "InterruptedError", "ConnectionError", "BrokenPipeError", "ReferenceError",
         "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError", "TabError",
         "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
         "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning"]
for n in names:
    cls = getattr(builtins, n, None)
    if cls is None:
        print(n, "MISSING")
        continue
    chain = [c.__name__ for c in cls.__mro__[1:-1]]
    try:
        samples = [repr(str(cls())), repr(cls("msg")), str(cls("a", "b"))]
    except TypeError as e:
        samples = ["TypeError: " + str(e)]
    print(n, "<", "/".join(chain), "|", " ".join(samples))
print(EnvironmentError is OSError, IOError is OSError)
