# Scope rules inside exec'd code: global/nonlocal statements, locals dicts, comprehensions, class bodies.
g = {"x": 1}
l = {}
exec("global x\nx = 2\ny = 3", g, l)
print(g["x"], l, "y" in g)
exec("z = [x + i for i in range(3)]", g, l)
print(l["z"])
exec("def f():\n    return x\nr = f()", g, l)
print(l["r"], "f" in l, "f" in g)
exec("class K:\n    a = x\n    b = [a for _ in range(1)] if False else a\n", g, l)
print(l["K"].a, l["K"].b)
def func():
    a = 1
    ns = {}
    exec("b = a + 1", globals(), {"a": a, **ns})
    exec("c = a * 10", None, ns)
    return ns
try:
    print(func())
except NameError as e:
    print(type(e).__name__, e)
code = "total = sum(v for v in values)"
env = {"values": [1, 2, 3]}
exec(code, env)
print(env["total"])
loc = {"values": [4, 5]}
try:
    exec(code, {}, loc)
    print(loc["total"])
except NameError as e:
    print(type(e).__name__, e)
src = "nonlocal q"
try:
    exec(src)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
ns = {}
exec("import sys as m\nfrom sys import maxsize", ns)
print(ns["m"].__name__, ns["maxsize"] > 0)
