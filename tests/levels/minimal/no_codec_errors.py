# The minimal level has only the 'strict' error handler for str.encode and bytes.decode
# (MicroPython's MICROPY_PY_BUILTINS_BYTES_DECODE_ERRORS is off below EXTRA_FEATURES): text the
# codec cannot handle raises LookupError for 'ignore', 'replace', 'backslashreplace',
# 'xmlcharrefreplace'... Text the codec handles converts whatever the handler's name.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except LookupError as e:
        print(label, "->", "LookupError:", e)
    except UnicodeError as e:
        print(label, "->", type(e).__name__)


for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape", "bogus"):
    attempt("decode utf-8 " + errors, lambda: b"a\xffb".decode("utf-8", errors))
    attempt("decode ascii " + errors, lambda: b"a\xe9".decode("ascii", errors=errors))
    attempt("str() " + errors, lambda: str(b"\xc3(", "utf-8", errors))
for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    attempt("encode ascii " + errors, lambda: "caf\xe9".encode("ascii", errors))
    attempt("encode latin-1 " + errors, lambda: "\u20ac1".encode("latin-1", errors))

# Valid text: every handler name is accepted, as in CPython (a handler is looked up on error).
print(b"ok".decode("ascii", "ignore"), "\xe9".encode("utf-8", "replace"), "abc".encode("latin-1", "x"))
print(b"\xc3\xa9".decode(), b"\xe9".decode("latin-1"), "caf\xe9".encode(), "x".encode("ascii"))
try:
    b"\xff".decode("utf-8", "ignore")
except LookupError as e:
    print("LookupError caught:", isinstance(e, LookupError))
