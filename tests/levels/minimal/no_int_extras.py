# The minimal level leaves out int's number-protocol extras, as MicroPython's small ports do:
# bit_count, as_integer_ratio, conjugate and the attributes real, imag, numerator and
# denominator are AttributeErrors. The rest of int's methods work.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except AttributeError as e:
        print(label, "->", "AttributeError:", e)


n = 10
attempt("bit_count", lambda: n.bit_count())
attempt("as_integer_ratio", lambda: n.as_integer_ratio())
attempt("conjugate", lambda: n.conjugate())
attempt("real", lambda: n.real)
attempt("imag", lambda: n.imag)
attempt("numerator", lambda: True.numerator)
attempt("denominator", lambda: n.denominator)
print(hasattr(int, "bit_count"), hasattr(5, "real"))
attempt("bit_length", lambda: (n.bit_length(), (-255).bit_length()))
attempt("to_bytes", lambda: (1000).to_bytes(2, "big"))
attempt("from_bytes", lambda: int.from_bytes(b"\x01\x00", "little"))
attempt("int ops", lambda: (int("ff", 16), divmod(-7, 2), pow(3, 4), abs(-3), round(1234, -2)))
