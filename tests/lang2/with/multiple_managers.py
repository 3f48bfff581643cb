# Several managers in one with statement: enter order, exit in reverse, partial failure.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        if self.fail_enter:
            print("enter fails", self.name)
            raise OSError("cannot open " + self.name)
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("not reached")
except OSError as e:
    print(type(e).__name__, e)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("boom")
print("suppressed by outer")
with (CM("p1") as x,
      CM("p2") as y):
    print("parenthesized", x, y)
with CM("t") as (first):
    print(first)
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with Pair() as (one, [two, three]):
    print(one, two, three)
d = {}
with Pair() as d["k"]:
    pass
print(d)
