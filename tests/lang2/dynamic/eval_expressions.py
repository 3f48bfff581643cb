# eval with globals/locals, expression-only restriction, and a safe calculator.
print(eval("1 + 2 * 3"), eval("[i * i for i in range(4)]"), eval("'ab' * 2"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x * k", None, {"k": 3}))
def scope():
    local = 5
    return eval("local * 2"), eval("x + local")
print(scope())
for bad in ("x = 1", "import os", "def f(): pass", "1 +", ""):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, repr(bad))
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
SAFE = {"__builtins__": {}, "abs": abs, "min": min, "max": max}
def calc(expr, **vars):
    return eval(expr, SAFE, vars)
print(calc("abs(a - b)", a=3, b=10), calc("max(a, b, 7)", a=1, b=2))
try:
    calc("len('x')")
except NameError as e:
    print(type(e).__name__, e)
print(eval(" 1 + 1 "), eval("\t2"))
c = compile("a + b", "<expr>", "eval")
print(eval(c, {"a": 1, "b": 2}), eval(c, {}, {"a": "x", "b": "y"}))
print(eval("lambda q: q + 1")(1), eval("(1, 2)"), eval("{'k': [1]}"))
try:
    eval(123)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
