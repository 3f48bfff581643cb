# str.format: positional, automatic and keyword fields, attribute and index lookups, escaping braces.
class P:
    def __init__(self):
        self.x = 3
        self.items = ["zero", "one"]
p = P()
print("{} {} {}".format(1, "a", None))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0.x} {0.items[1]} {d[key]} {d[2]}".format(p, d={"key": "v", 2: "two"}))
print("{{literal}} {{{0}}} {}}}".format("in", "x") if False else "{{literal}} {{{0}}}".format("in"))
print("{:>{}}|{:^{w}}".format("r", 4, "c", w=5))
print("{a[0]}{a[1]}{a[2]}".format(a="xyz"))
args = (1, 2)
kw = {"sep": "-"}
print("{0}{sep}{1}".format(*args, **kw))
print("{0:{fill}{align}{width}}".format("f", fill="~", align="^", width=7))
print(str.format("{} + {} = {}", 2, 3, 5))
print("{!r:>8}".format("q"))
for bad, a, k in (("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}),
                  ("{missing}", (), {}), ("{", (), {}), ("}", (), {}), ("{0[5]}", ([1],), {}),
                  ("{0.nope}", (1,), {}), ("{:d}", ("s",), {})):
    try:
        print(bad.format(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
print("{0}".format_map if False else "{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Default(a="A")))
