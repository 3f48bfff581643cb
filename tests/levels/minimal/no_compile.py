# The minimal level has no compile() builtin (MicroPython's MICROPY_PY_BUILTINS_COMPILE):
# the name is not defined; exec and eval of source text remain.

try:
    compile("1 + 1", "<s>", "eval")
except NameError as e:
    print("NameError:", e)
g = {}
exec("x = 6 * 7\ndef f(a):\n    return a + x", g)
print(g["x"], g["f"](1), eval("x - 2", g), eval("[i * i for i in range(4)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
