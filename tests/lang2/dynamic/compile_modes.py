# compile() in exec/eval/single modes, code object reuse, errors, filename in SyntaxError.
src = "total = 0\nfor i in range(5):\n    total += i\n"
code = compile(src, "<loop>", "exec")
ns = {}
exec(code, ns)
exec(code, ns)
print(ns["total"], type(code).__name__)
e = compile("3 * 7", "<e>", "eval")
print(eval(e), eval(e))
s = compile("print('single mode', 1 + 1)", "<s>", "single")
exec(s)
try:
    compile("x = ", "myfile.py", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.filename, err.lineno)
try:
    compile("a = 1", "<x>", "eval")
except SyntaxError as err:
    print(type(err).__name__)
try:
    compile("1", "<x>", "badmode")
except ValueError as err:
    print(type(err).__name__, err)
for bad in ("return 5", "break", "nonlocal q", "def f():\n    nonlocal q\n", "yield 1", "continue",
            "x += 1 = 2", "f() = 3", "del f()", "a, b += 1", "class C:\n    return 1\n"):
    try:
        compile(bad, "<bad>", "exec")
        print("compiled?!", repr(bad))
    except SyntaxError as err:
        print("SyntaxError", repr(bad))
def make_adder(n):
    code = compile(f"def add(x):\n    return x + {n}\n", "<gen>", "exec")
    ns = {}
    exec(code, ns)
    return ns["add"]
print(make_adder(3)(4), make_adder(10)(1))
