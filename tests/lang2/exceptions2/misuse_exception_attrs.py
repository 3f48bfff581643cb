# Bad values assigned to exception attributes, raising non-exceptions, and SystemExit with odd codes.
def attempt(label, fn):
    try:
        fn()
        print(f"{label}: no error")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
e = ValueError("v")
attempt("__cause__ = 5", lambda: setattr(e, "__cause__", 5))
attempt("__context__ = 'x'", lambda: setattr(e, "__context__", "x"))
attempt("__traceback__ = 5", lambda: setattr(e, "__traceback__", 5))
attempt("__cause__ = None", lambda: setattr(e, "__cause__", None))
attempt("__suppress_context__ = 1", lambda: setattr(e, "__suppress_context__", 1))
print(e.__suppress_context__)
attempt("args = 5", lambda: setattr(e, "args", 5))
print(e.args)
def raise_(x):
    raise x
attempt("raise None", lambda: raise_(None))
attempt("raise int class", lambda: raise_(int))
attempt("raise instance of non-exception", lambda: raise_(object()))
def gen():
    yield
attempt("throw(None)", lambda: gen().throw(None))
attempt("throw(str)", lambda: gen().throw(str))
for code in (2 ** 100, -1, 256, "msg", None, 3.5):
    try:
        raise SystemExit(code)
    except SystemExit as se:
        print("SystemExit code", repr(se.code))
class BadStr(Exception):
    def __str__(self):
        raise ValueError("str failed")
try:
    str(BadStr())
except ValueError as err:
    print(type(err).__name__, err)
print(repr(BadStr("a")))
