# Setting, reading and deleting attributes on builtin objects and types: each error message printed.
def attempt(label, fn):
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
def setter(obj, name, value=1):
    return lambda: setattr(obj, name, value)
attempt("int.x =", setter(5, "x"))
attempt("int.real =", setter(5, "real"))
attempt("list.append =", setter([], "append"))
attempt("str.upper =", setter("s", "upper"))
attempt("type int.x =", setter(int, "x"))
attempt("type object.x =", setter(object, "x"))
attempt("None.x =", setter(None, "x"))
attempt("func.x =", setter(len, "x"))
def user():
    pass
attempt("user func.x =", setter(user, "x"))
attempt("read int.nope", lambda: (5).nope)
attempt("read type int.nope", lambda: int.nope)
attempt("read None.nope", lambda: None.nope)
attempt("read module.nope", lambda: __import__("sys").nope)
attempt("del int.real", lambda: delattr(5, "real"))
attempt("del list.append", lambda: delattr([], "append"))
attempt("del user.x", lambda: delattr(user, "x"))
attempt("del user.missing", lambda: delattr(user, "missing"))
attempt("getattr non-str", lambda: getattr(5, 3))
attempt("setattr non-str", lambda: setattr(user, 3, 1))
attempt("hasattr int.real", lambda: hasattr(5, "real"))
attempt("(1.5).imag", lambda: (1.5).imag)
attempt("True.real", lambda: True.real)
attempt("'s'.__class__", lambda: "s".__class__)
attempt("[].__class__.__name__", lambda: [].__class__.__name__)
