# The minimal level has no bytearray (MicroPython's MICROPY_PY_BUILTINS_BYTEARRAY is off in
# its small ports): the name is not defined and bytes, which is immutable, has no item
# assignment; bytes and its methods work as in CPython.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (NameError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("bytearray(b'ab')", lambda: bytearray(b"ab"))
import builtins
print(hasattr(builtins, "bytearray"), "bytearray" in dir(builtins))


def assign():
    b = b"abc"
    b[0] = 65


def delete():
    b = b"abc"
    del b[0]


attempt("b[0] = 65", assign)
attempt("del b[0]", delete)
attempt("b'abc'.append(1)", lambda: hasattr(b"abc", "append"))

# What remains: bytes, built, joined, concatenated, decoded, searched.
b = b"ab" + b"cd"
b += b"e"
print(b, b[1], b[1:3], b[::-1], b * 2, len(b), list(b), b"c" in b, 99 in b)
print(b"-".join([b, b"x", b""]), b.decode(), "é".encode(), b"\xc3\xa9".decode())
print(bytes(3), bytes([1, 255]), bytes(range(3)), bytes("hi", "ascii"), bytes(b"q"))
print(b.upper(), b.split(b"c"), b.find(b"d"), b.replace(b"b", b"B"), b.startswith(b"ab"))
print(b == b"abcde", b < b"b", hash(b) == hash(b"abcde"), sorted([b"b", b"a"]), {b: 1}[b"abcde"])
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), repr(b"'\""))
