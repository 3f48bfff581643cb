# user __format__, str/int/float subclasses in format(), str.format and f-strings
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = "$%d.%02d" % divmod(self.cents, 100)
        return format(text, spec) if spec else text
    def __str__(self):
        return "Money(%d)" % self.cents

m = Money(12345)
print(format(m), format(m, ">12"), f"{m}", f"{m:*<12}", "{0} {0!s} {0:^14}".format(m))

class Bad:
    def __format__(self, spec):
        return 42

try:
    format(Bad(), "")
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    def __repr__(self):
        return "Plain()"

print(format(Plain()), f"{Plain()!r:>10}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)

class MyStr(str):
    pass

class MyInt(int):
    pass

class MyFloat(float):
    pass

print(format(MyStr("ab"), ">5"), format(MyInt(255), "#x"), format(MyFloat(2.5), ".2f"), f"{MyInt(7):03}")
print("%s %d %.1f %x" % (MyStr("s"), MyInt(5), MyFloat(1.25), MyInt(255)))
print(MyStr("a,b").split(","), MyStr("abc").upper(), type(MyStr("abc").upper()).__name__)

class Spec:
    def __format__(self, spec):
        return "<" + spec + ">"

print(f"{Spec():abc}", "{0:{1}x}".format(Spec(), 5), format(Spec(), "!"), f"{Spec()!s:>3}"[:3])
print(str.__format__("ab", "^6") + "|", int.__format__(5, "03") if hasattr(int, "__format__") else "")
