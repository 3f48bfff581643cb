# str/int/float subclasses with their own __str__/__repr__/__format__: which one each conversion path uses.
class S(str):
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
s = S("raw")
print(s)
print(str(s), repr(s), f"{s}", f"{s!r}", f"{s!s}", "%s" % s, "%r" % s, "{}".format(s), format(s))
print(s + "!", s.upper(), len(s), s == "raw", [s], "".join([s, s]))
class I(int):
    def __str__(self):
        return "int-str"
    def __repr__(self):
        return "int-repr"
i = I(5)
print(i, str(i), repr(i), f"{i}", f"{i:d}", "%s" % i, "%d" % i, "%r" % i, "{}".format(i), [i], i + 1)
class F(float):
    def __repr__(self):
        return "float-repr"
f = F(2.5)
print(f, str(f), repr(f), f"{f}", f"{f:.1f}", "%s" % f, "%r" % f, "%.2f" % f, [f])
class Fmt(str):
    def __format__(self, spec):
        return f"<{spec}>"
x = Fmt("x")
print(f"{x}", f"{x:>5}", format(x, "q"), "{:abc}".format(x), "%s" % x, str(x))
