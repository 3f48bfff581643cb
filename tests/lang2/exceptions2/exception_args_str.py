# args and str(e) for builtin exceptions with zero, one or many arguments; attributes of specific errors.
for e in (Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(("t",)),
          ValueError(""), KeyError("k"), KeyError(""), IndexError(3), OSError(2, "No such file")):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    int("12x")
except ValueError as e:
    print(e.args)
try:
    None.attr
except AttributeError as e:
    print(e.args, getattr(e, "name", "?"))
try:
    undefined_thing
except NameError as e:
    print(e.args, getattr(e, "name", "?"))
try:
    import no_such_module_here
except ImportError as e:
    print(e.args, e.name)
e = StopIteration(5)
print(e.value, e.args)
e = SystemExit(3)
print(e.code, e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.start, e.end, e.reason, str(e))
e = Exception("x")
e.args = (1, 2, 3)
print(str(e), e.args)
e.custom = "attr"
print(e.custom)
try:
    raise Exception("with", "tuple")
except Exception as err:
    a, b = err.args
    print(a, b)
