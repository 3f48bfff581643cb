# Truth values of builtin objects, and what and/or return.
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False,
          range(0), range(1), set(), {0}, b"", b"\x00", 0j if False else 2]:
    print(repr(v), bool(v), "yes" if v else "no")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print([] or {} or 0 or "last")
print(not [], not [1], not None)
x = 0
print(x or "zero", x and "never")
