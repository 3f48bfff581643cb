# OSError(errno, strerror[, filename[, winerror[, filename2]]]): fields, str, errno subclasses.
import errno

cases = [(2, "No such file"), (13, "Denied"), (17, "Exists"), (11, "Again"), (32, "Pipe"),
         (104, "Reset"), (111, "Refused"), (110, "Timeout"), (4, "Interrupted"), (99999, "odd")]
for no, msg in cases:
    e = OSError(no, msg)
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e))
e = OSError(errno.ENOENT, "missing", "data.txt")
print(type(e).__name__, e.args, str(e), e.filename, e.filename2)
e = OSError(1, "perm", "a", None, "b")
print(type(e).__name__, str(e), e.filename2)
print(str(OSError("just text")), OSError("just text").errno)
print(str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno)
print(str(OSError("a", "b")))
e = OSError(2, "x")
e.strerror = "changed"
e.filename = "f"
print(e)
print(IOError is OSError, EnvironmentError is OSError)
for cls in (ConnectionResetError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, BlockingIOError, ChildProcessError, InterruptedError,
            ProcessLookupError, TimeoutError, FileExistsError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
for w in (SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
          ResourceWarning, PendingDeprecationWarning, EncodingWarning):
    print(w.__name__, w.__mro__[1].__name__)


class AppError(OSError):
    pass


class WithPath(OSError):
    def __init__(self, path):
        super().__init__(5, "I/O error", path)


a = AppError(2, "sub")
print(type(a).__name__, a.errno, a)
w = WithPath("/tmp/x")
print(w, w.errno, w.filename, w.args)
try:
    raise ConnectionRefusedError(111, "refused")
except ConnectionError as ex:
    print("caught", repr(ex), ex.errno, isinstance(ex, OSError))
try:
    raise OSError(errno.EEXIST, "exists", "dir")
except FileExistsError as ex:
    print("FileExistsError via OSError:", ex)
