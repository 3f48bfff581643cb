# Wrong argument counts to builtins: CPython words one-argument functions "takes exactly one
# argument", fixed counts "expected N arguments", and ranges "at least"/"at most".
import heapq


def attempt(label, f, *args):
    try:
        f(*args)
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)


attempt("len()", len)
attempt("len(1, 2)", len, 1, 2)
attempt("abs('', -1)", abs, "", -1)
attempt("chr()", chr)
attempt("ord('a', 'b')", ord, "a", "b")
attempt("repr()", repr)
attempt("hash(1, 2)", hash, 1, 2)
attempt("id()", id)
attempt("callable()", callable)
attempt("divmod(1)", divmod, 1)
attempt("isinstance(1)", isinstance, 1)
attempt("issubclass()", issubclass)
attempt("setattr(1)", setattr, 1)
attempt("hasattr()", hasattr)
attempt("delattr(1)", delattr, 1)
attempt("getattr(1)", getattr, 1)
attempt("heappush()", heapq.heappush)
attempt("filter(1)", filter, 1)
attempt("iter()", iter)
attempt("next()", next)
