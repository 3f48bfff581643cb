# The minimal level has no fields on the codec exceptions a program makes (MicroPython has no
# UnicodeDecodeError at all; its UnicodeError takes any arguments): UnicodeDecodeError(encoding,
# object, start, end, reason) is an exception with those five arguments, whose str() is that of
# its arguments and which has no encoding/object/start/end/reason attributes. The VM's own codec
# errors, raised with a message, are unchanged.
e = UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "invalid start byte")
print(type(e).__name__, e.args)
print(str(e))
for name in ("encoding", "object", "start", "end", "reason"):
    try:
        print(name, getattr(e, name))
    except AttributeError as x:
        print(name, "AttributeError:", x)
e = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(type(e).__name__, len(e.args), isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    raise UnicodeTranslateError("x", 0, 1, "no")
except UnicodeError as x:
    print(type(x).__name__, x.args)
for bad in [(), ("only one",), ("utf-8", "not bytes", 0, 1, "r")]:
    try:
        print(len(UnicodeDecodeError(*bad).args))
    except TypeError as x:
        print("TypeError")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print("raised by the VM:", type(x).__name__, isinstance(x, UnicodeError))
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as x:
    print("raised by the VM:", type(x).__name__, isinstance(x, ValueError))
