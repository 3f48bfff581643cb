# __repr__, __str__, __format__ and how print, str(), repr(), f-strings and format() use them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
m = Money(1234)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:c}|{m:>10.1f}|")
print(format(m, "c"), format(m), "{0} {0!r} {0:.3f}".format(m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), f"{o}", format(o, ""))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyStr()), f"{OnlyStr()}", repr(OnlyStr()).startswith("<"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
