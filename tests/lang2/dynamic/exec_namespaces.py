# exec with globals and locals dicts: where assignments go, builtins injection, functions defined inside.
g = {}
exec("x = 1\ny = x + 1\ndef f(a):\n    return a * y\n", g)
print(g["x"], g["y"], g["f"](5), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
gl, lo = {"base": 10}, {}
exec("z = base + 1\nw = z * 2", gl, lo)
print(sorted(lo.items()), "z" in gl)
exec("counter = 0")
print(counter)
def in_function():
    d = {}
    exec("local_var = 99", globals(), d)
    return "local_var" in d, d.get("local_var"), "local_var" in globals()
print(in_function())
ns = {"__builtins__": {"len": len}}
exec("r = len('abc')", ns)
print(ns["r"])
try:
    exec("r = print", ns)
except NameError as e:
    print(type(e).__name__, e)
code = compile("result = a ** 2", "<sq>", "exec")
for a in (2, 3):
    env = {"a": a}
    exec(code, env)
    print(env["result"])
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
exec("class K:\n    v = 3\n", g)
print(g["K"].v, g["K"].__name__)
print(exec("5"))
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
