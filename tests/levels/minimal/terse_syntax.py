# What a syntax error looks like at the minimal level (no `detailed-errors`, as MicroPython's
# terse error reporting): CPython's precise diagnostics ("expected ':'", "Perhaps you forgot a
# comma?", "Maybe you meant '=='...") are a plain "invalid syntax" where the parse failed; the
# errors of the tokenizer (unterminated strings, unclosed brackets, indentation) and of the
# later passes are short static texts. The exception type and the line are CPython's.


def check(source):
    try:
        # exec (compile() is not in this level); the one source that compiles only assigns.
        exec(source, {})
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), type(e).__name__ + ":", e.msg, "line", e.lineno)


# The grammar's extra rules: "invalid syntax" where the parse failed.
check("x = 1\nif x\n    y = 2\n")
check("x = [1, 2\n 3]\n")
check("f(a, b c)\n")
check("print 'hello'\n")
check("x = 1 if y\n")
check("f(x=1 == 2, y.z=3)\n")
check("f(y.z=3)\n")
check("f(True=1)\n")
check("(a.b := 1)\n")
check("try:\n    pass\nx = 1\n")
check("try:\n    pass\nexcept A, B:\n    pass\n")
check("from m import a,\n")
check("def f(*):\n    pass\n")
check("def f(**k, a):\n    pass\n")
check("lambda x 1\n")
check("x = 1\n\nclass\n")
check("a b\n")
# Assignment targets.
check("1 = x\n")
check("f() = 1\n")
check("x = 1\na + b = 2\n")
check("del f()\n")
check("None = 1\n")
check("__debug__ = 1\n")
check("f() += 1\n")
check("for 1 in x:\n    pass\n")
check("a, b: int\n")
check("*a = 1\n")
check("a, *b, *c = 1\n")
# Brackets and strings, found by the tokenizer.
check("x = 1\ny = (1,\n2\n")
check("x = [1,\n{2: 3}\n")
check("x = 1)\n")
check("x = (1,\n2]\n")
check("s = 'abc\n")
check("x = 1\ns = '''abc\n\nxyz")
check("s = 'a\\x4'\n")
check("s = b'\\x'\n")
check("x = \\ y\n")
# Numbers.
check("x = 0b2\n")
check("x = 0o8\n")
check("x = 1\ny = 012\n")
check("x = 1__0\n")
check("x = 0x\n")
check("x = 1abc\n")
# Indentation.
check("if x:\ny = 1\n")
check("def f():\nreturn\n")
check("x = 1\n    y = 2\n")
check("if x:\n    y\n  z\n")
check("if x:\n\ty\n        z\n")
# Rules of the language, checked after the parse.
check("f(a=1, b)\n")
check("f(**a, b)\n")
check("f(x for x in y, 1)\n")
check("f(a=1, a=2)\n")
check("def f(a=1, b):\n    pass\n")
check("def f(a, a):\n    pass\n")
check("def f():\n    nonlocal x\n")
check("def f():\n    x = 1\n    global x\n")
check("def f(x):\n    global x\n")
check("nonlocal x\n")
check("return 1\n")
check("x = 1\nyield x\n")
check("break\n")
check("[(yield x) for x in y]\n")
check("from __future__ import nonsense\n")
# And code that is fine still compiles.
check("x = [1,\n 2]\nif x:\n    y = (x\n    )\n")
