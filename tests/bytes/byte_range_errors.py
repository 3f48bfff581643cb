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
ba = bytearray(b"abc")
for key, value in [(7, 300), (7, 1), (0, 300), ("x", 300), (-4, -1), (1, "a"), (9, "a")]:
    try:
        ba[key] = value
        print(key, value, "->", ba)
    except (ValueError, TypeError, IndexError) as e:
        print(key, value, "->", type(e).__name__, e)
for label, f in [("insert(2**70)", lambda: bytearray(b"x").insert(2**70, 1)),
                 ("pop(2**70)", lambda: bytearray(b"x").pop(2**70)),
                 ("pop(-2**70)", lambda: bytearray(b"x").pop(-(2**70))),
                 ("insert(-9)", lambda: bytearray(b"xy").insert(-9, 65))]:
    try:
        print(label, "->", f())
    except (OverflowError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
