# functools.total_ordering, cmp_to_key, singledispatch(method) and cached_property.
from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod
from functools import cached_property


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]))
try:
    a > 3
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __ge__(self, other):
        return self.kg >= other.kg


print(Weight(3) < Weight(4), Weight(3) > Weight(4), Weight(3) <= Weight(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(by_len_then_alpha)
print(K("ab") < K("abc"), K("b") == K("b"), K("b") >= K("a"))
try:
    K("a") < "b"
except TypeError as e:
    print("TypeError:", e)
print(K.__hash__)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


def describe_str(obj):
    return f"str {obj!r}"


describe.register(str, describe_str)


@describe.register
def _(obj: float | complex):
    return f"number {obj}"


class Base:
    pass


class Derived(Base):
    pass


describe.register(Base, lambda o: "a " + type(o).__name__)
print(describe(3), describe(True), describe("s"), describe(2.5), describe(None))
print(describe([1, "a", [2.0]]))
print(describe(Derived()), describe.dispatch(Derived).__name__ if False else "")
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(dict) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(lambda x: x)
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
try:
    describe.register(5, describe_str)
except TypeError as e:
    print("TypeError:", e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"

    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"

    @fmt.register(str)
    def _(self, arg):
        return arg.upper()


f = Formatter()
print(f.fmt(7), f.fmt("x"), f.fmt(1.5))


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        "Sum of 0..n."
        print("computing total")
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.__dict__)
d.total = 1
print(d.total)
del d.total
print(d.total)
print(Data.total.__doc__, type(Data.total).__name__, Data.total.attrname)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(d, Data)
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        x = cp
        y = cp
except (TypeError, RuntimeError):
    print("same cached_property under two names fails")
