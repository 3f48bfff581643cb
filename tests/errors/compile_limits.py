# Long and deep sources: what compiles, and the errors where the compiler's limits are.


def t(name, src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(name, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, type(e).__name__)


# A long elif chain is not nesting: CPython compiles thousands.
for n in (10, 400, 1000):
    t("elif x%d" % n, "if x: pass\n" + "elif x: pass\n" * n)
ns = {}
src = "def f(x):\n    if x == 0:\n        return 0\n"
src += "".join("    elif x == %d:\n        return %d\n" % (i, i * 2) for i in range(1, 500))
src += "    else:\n        return -1\n"
exec(src, ns)
print(ns["f"](0), ns["f"](1), ns["f"](300), ns["f"](499), ns["f"](5000))

# else: if ... is the same tree as elif.
src = "def g(x):\n"
src += "".join("    " * (i + 1) + "if x == %d:\n" % i + "    " * (i + 2) + "return %d\n" % i
               + "    " * (i + 1) + "else:\n" for i in range(20))
src += "    " * 21 + "return -1\n"
exec(src, ns)
print(ns["g"](0), ns["g"](19), ns["g"](20))

t("deep parens", "(" * 300 + "1" + ")" * 300, "eval")
t("deep blocks", "".join(" " * i + "if x:\n" for i in range(150)) + " " * 150 + "pass\n")
t("many statements", "x = 1\n" * 1000)
