# Binary operators between builtin and user types: the result or the exact TypeError message for each pair.
class U:
    def __repr__(self):
        return "U"
    def __add__(self, o):
        return "U+"
    def __rsub__(self, o):
        return "-U"
values = [1, 2.5, True, "s", [1], (1,), None, {1}, b"b", U()]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("&", lambda a, b: a & b),
       ("<<", lambda a, b: a << b), ("<", lambda a, b: a < b), ("@", lambda a, b: a @ b)]
seen = set()
for name, op in ops:
    for a in values:
        for b in values:
            try:
                r = op(a, b)
                continue
            except TypeError as e:
                msg = str(e)
            except Exception as e:
                msg = type(e).__name__ + ": " + str(e)
            if msg not in seen:
                seen.add(msg)
                print(f"{a!r} {name} {b!r}: {msg}")
print(len(seen))
