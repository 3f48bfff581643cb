# Code run by exec: closures over exec'd names, classes whose methods see exec globals, recursion.
ns = {}
exec('''
factor = 3
def scale(x):
    return x * factor
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, factor {factor}"
class Square(Shape):
    sides = 4
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
''', ns)
print(ns["scale"](5))
ns["factor"] = 10
print(ns["scale"](5), ns["Square"]().describe())
c = ns["make_counter"]()
print(c(), c(), ns["fact"](10))
print(ns["scale"].__globals__ is ns, ns["Square"].__module__ if "__module__" in dir(ns["Square"]) else "-")
loc = {}
exec("def g():\n    return h()\ndef h():\n    return 'h found'\n", {}, loc)
try:
    print(loc["g"]())
except NameError as e:
    print(type(e).__name__, e)
glob = {}
exec("def g():\n    return h()\ndef h():\n    return 'h found'\n", glob)
print(glob["g"]())
def run_snippets(snippets):
    env = {}
    for s in snippets:
        try:
            exec(s, env)
        except Exception as e:
            print("error in", repr(s), "->", type(e).__name__, e)
    return sorted(k for k in env if not k.startswith("__"))
print(run_snippets(["a = 1", "b = a + 1", "c = d", "import sys", "e = sys.maxsize > 0", "1/0"]))
