# An int that is not a byte is a ValueError however large it is; a non-int is a TypeError.
def attempt(label, f):
    try:
        print(label, "->", f())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


attempt("2**70 in b'x'", lambda: 2**70 in b"x")
attempt("-2**70 in bytearray(b'x')", lambda: -2**70 in bytearray(b"x"))
attempt("300 in b'x'", lambda: 300 in b"x")
attempt("120 in b'x'", lambda: 120 in b"x")
attempt("1.5 in b'x'", lambda: 1.5 in b"x")
attempt("'x' in b'x'", lambda: "x" in b"x")
attempt("b'x'.count(2**70)", lambda: b"x".count(2**70))
attempt("b'xy'.find(121)", lambda: b"xy".find(121))
attempt("b'x'.find(300)", lambda: b"x".find(300))
attempt("append(2**70)", lambda: bytearray(b"x").append(2**70))
attempt("append(-1)", lambda: bytearray(b"x").append(-1))
attempt("append('a')", lambda: bytearray(b"x").append("a"))
attempt("bytes([2**70])", lambda: bytes([2**70]))
attempt("bytearray([256])", lambda: bytearray([256]))
