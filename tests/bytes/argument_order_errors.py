# Which argument a bytes method complains about first: CPython converts the integer
# arguments before it looks at the separators.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


for b in [b"a-b-c", bytearray(b"x y")]:
    attempt("split('-', 'x')", lambda: b.split("-", "x"))
    attempt("split(b'-', 'x')", lambda: b.split(b"-", "x"))
    attempt("split('-', 1)", lambda: b.split("-", 1))
    attempt("rsplit(2, b'-')", lambda: b.rsplit(2, b"-"))
    attempt("split(b'-', 1)", lambda: b.split(b"-", 1))
    attempt("splitlines('x')", lambda: b.splitlines("x"))
    attempt("splitlines(1)", lambda: (b + b"\n").splitlines(1))
    attempt("splitlines(True)", lambda: (b + b"\n").splitlines(True))
    attempt("hex('', ',')", lambda: b.hex("", ","))
    attempt("hex(None, ' ')", lambda: b.hex(None, " "))
    attempt("hex('--', 1)", lambda: b.hex("--", 1))
    attempt("hex(':', 2)", lambda: b.hex(":", 2))
    attempt("hex(5)", lambda: b.hex(5))
print("a\nb".splitlines(1), "a\nb".splitlines(False))
