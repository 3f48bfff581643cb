# traceback: format_exc, print_exc, format_exception (both 3.11 forms), format_exception_only,
# extract_tb/format_tb/print_tb, chained exceptions, limits, notes. The script's path is
# printed as FILE (CPython's __file__ is absolute).
import sys
import io
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def printed(func, *args, **kwargs):
    buf = io.StringIO()
    func(*args, file=buf, **kwargs)
    show(buf.getvalue())


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    show(traceback.format_exc())
    lines = traceback.format_exception(e)
    print(lines == traceback.format_exception(type(e), e, e.__traceback__), len(lines))
    print(lines[-1], end="")
    print(traceback.format_exception_only(e), traceback.format_exception_only(ValueError, e))
    summary = traceback.extract_tb(e.__traceback__)
    print(len(summary), [f.name for f in summary], [f.lineno for f in summary], summary[-1].line)
    show(repr(summary[0]) + "\n")
    print(list(summary[1])[1:], summary[2] == (__file__, 20, "inner", 'raise ValueError("bad value")'))
    show(traceback.format_tb(e.__traceback__)[1])
    show(str(traceback.format_list(summary[:1])) + str(traceback.format_tb(e.__traceback__, limit=1)) + "\n")
    printed(traceback.print_exc)
    printed(traceback.print_exception, e, limit=1)
    printed(traceback.print_tb, e.__traceback__, limit=-1)
    printed(traceback.print_exception, type(e), e, None)
print(traceback.format_exc(), end="")
print(traceback.format_exception(None), traceback.format_exception_only(ValueError, None))


def lookup(d, k):
    if k not in d:
        raise KeyError(k)


def convert():
    try:
        lookup({}, "key")
    except KeyError as e:
        raise LookupError("lookup failed") from e


try:
    convert()
except LookupError:
    printed(traceback.print_exc)
    print("---")
    printed(traceback.print_exc, chain=False)
try:
    try:
        raise OSError("disk")
    except OSError:
        raise RuntimeError("cleanup failed")
except RuntimeError:
    show("".join(traceback.format_exc()))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError("m")), traceback.format_exception_only(AppError()))
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(StopIteration()))
err = ValueError("with notes")
err.add_note("first note")
err.add_note("two\nlines")
print(traceback.format_exception(err))
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n"))))
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.print_exception(5)
except TypeError as e:
    print("TypeError:", e)


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    show(traceback.format_exc())
