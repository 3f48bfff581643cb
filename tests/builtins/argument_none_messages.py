# CPython's argument parsing names None itself when it is the wrong type for an argument
# ("must be str, not None"); other messages name its type ("not NoneType").
import heapq
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "->", e)


attempt("b'a'.decode(None)", lambda: b"a".decode(None))
attempt("bytes.fromhex(None)", lambda: bytes.fromhex(None))
attempt("bytearray(b'a').ljust(3, None)", lambda: bytearray(b"a").ljust(3, None))
attempt("(1).to_bytes(1, None)", lambda: (1).to_bytes(1, None))
attempt("format(1, None)", lambda: format(1, None))
attempt("'a'.removeprefix(None)", lambda: "a".removeprefix(None))
attempt("'a'.replace(None, 'b')", lambda: "a".replace(None, "b"))
attempt("'a'.encode(None)", lambda: "a".encode(None))
attempt("super(None)", lambda: super(None))
attempt("type('A', None, {})", lambda: type("A", None, {}))
attempt("type(None, (), {})", lambda: type(None, (), {}))
attempt("sys.stdout.write(None)", lambda: sys.stdout.write(None))
attempt("compile('1', 'f', None)", lambda: compile("1", "f", None))
attempt("heapq.heappush(None, 1)", lambda: heapq.heappush(None, 1))
key = None
attempt("[1][key]", lambda: [1][key])
attempt("'a'.startswith(None)", lambda: "a".startswith(None))
attempt("len(None)", lambda: len(None))
attempt("str(b'a', None)", lambda: str(b"a", None))


def f(**kw):
    return kw


attempt("f(**None)", lambda: f(**None))
