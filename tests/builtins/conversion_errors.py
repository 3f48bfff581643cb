# Argument checks that CPython makes before looking at the values.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("bytes(0, 7)", lambda: bytes(0, 7))
attempt("bytes([1], None)", lambda: bytes([1], None))
attempt("bytearray(3, b'x')", lambda: bytearray(3, b"x"))
attempt("bytes(3, 'utf-8')", lambda: bytes(3, "utf-8"))
attempt("bytes('é', 'utf-8')", lambda: bytes("é", "utf-8"))
attempt("chr(2**63)", lambda: chr(2**63))
attempt("chr(-2**40)", lambda: chr(-2**40))
attempt("chr(2**31)", lambda: chr(2**31))
attempt("chr(0x110000)", lambda: chr(0x110000))
attempt("chr(-1)", lambda: chr(-1))
attempt("complex([1], 'x')", lambda: complex([1], "x"))
attempt("complex(1, 'x')", lambda: complex(1, "x"))
attempt("complex('1', 2)", lambda: complex("1", 2))
attempt("complex(1, [])", lambda: complex(1, []))
attempt("divmod(b'x', 0.0)", lambda: divmod(b"x", 0.0))
attempt("divmod(1, 0.0)", lambda: divmod(1, 0.0))
attempt("divmod(1.5, 0)", lambda: divmod(1.5, 0))
attempt("b'x' % []", lambda: b"x" % [])
attempt("b'x' % range(3)", lambda: b"x" % range(3))
attempt("b'%s' % [1]", lambda: b"%s" % [1])
attempt("b'x' % 5", lambda: b"x" % 5)
attempt("'x' % []", lambda: "x" % [])
attempt("b'x'[2**70]", lambda: b"x"[2**70])
attempt("bytearray(b'x')[-2**70]", lambda: bytearray(b"x")[-(2**70)])
attempt("[1][2**70]", lambda: [1][2**70])
