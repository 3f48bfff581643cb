# Constructor checks and fields of builtin exceptions; validated exception attributes.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("SyntaxError(a, b)", lambda: SyntaxError("a", "b"))
attempt("SyntaxError(a, (1, 2))", lambda: SyntaxError("a", (1, 2)))
s = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
print(s.msg, s.filename, s.lineno, s.offset, s.text, str(s))
print(str(SyntaxError()), SyntaxError().msg, str(SyntaxError("m", ("f", 1, 2, "t"), 3)))
attempt("UnicodeDecodeError(x)", lambda: UnicodeDecodeError("x"))
attempt("UnicodeDecodeError(1, ...)", lambda: UnicodeDecodeError(1, b"", 0, 1, "r"))
attempt("UnicodeDecodeError(str obj)", lambda: UnicodeDecodeError("utf-8", "s", 0, 1, "r"))
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "r")))
print(str(UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope")))
e = AttributeError("m", name="n", obj=5)
print(e.args, e.name, e.obj)
print(NameError("m", name="n").name, NameError("m").name, AttributeError().obj)
attempt("NameError obj=", lambda: NameError("m", obj=1))
attempt("AttributeError foo=", lambda: AttributeError("m", foo=1))
attempt("ValueError x=", lambda: ValueError(x=1))
try:
    None.attr
except AttributeError as ex:
    print(ex.name, ex.obj)
try:
    undefined_name_here
except NameError as ex:
    print(ex.name, ex)
e = ValueError("v")
for attr, value in [("__cause__", 5), ("__context__", "x"), ("__traceback__", 5),
                    ("__suppress_context__", 1), ("__cause__", None), ("__cause__", KeyError())]:
    try:
        setattr(e, attr, value)
        print(attr, "set", repr(getattr(e, attr)))
    except TypeError as ex:
        print(attr, "TypeError:", ex)
attempt("with_traceback(5)", lambda: e.with_traceback(5))
attempt("raise from 5", lambda: exec("raise ValueError('x') from 5"))


def gen():
    yield 1


g = gen()
next(g)
attempt("throw(5)", lambda: g.throw(5))
attempt("throw(int)", lambda: g.throw(int))
attempt("send(1, 2)", lambda: g.send(1, 2))
print(sorted(a for a in dir(Exception()) if not a.startswith("_")))
