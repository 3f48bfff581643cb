# str/repr of custom exceptions; overriding __str__.
class E1(Exception):
    pass
class E2(Exception):
    def __str__(self):
        return "custom<" + ",".join(map(str, self.args)) + ">"
for e in (E1(), E1("one"), E1("a", 2), E2(1, 2), KeyError("k"), ValueError()):
    print(type(e).__name__, repr(str(e)), repr(e))
try:
    raise E2("x")
except Exception as e:
    print("caught", e)
