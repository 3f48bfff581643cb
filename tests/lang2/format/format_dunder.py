# __format__, __str__ and __repr__ on user classes drive formatting.
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        s = str(self.c // 100) + "." + str(self.c % 100).rjust(2, "0")
        if spec == "cur":
            return "$" + s
        return format(s, spec)
    def __str__(self):
        return "Money(" + str(self.c) + ")"
    def __repr__(self):
        return "M" + str(self.c)
m = Money(1234)
print(f"{m}|{m:cur}|{m:>10}|{m!s}|{m!r}", "{:cur}".format(m), format(m, "<8") + "|")
print("%s %r" % (m, m))
