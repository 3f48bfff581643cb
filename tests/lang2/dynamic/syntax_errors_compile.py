# Invalid programs must raise SyntaxError at compile time (only the exception type is printed).
BAD = [
    "return 1",
    "yield 1",
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "break",
    "continue",
    "for x in y:\n    pass\nelse:\n    continue\n",
    "await x",
    "def f():\n    await x\n",
    "def f():\n    [x async for x in y]\n",
    "async def f():\n    yield from x\n",
    "[(yield x) for x in y]",
    "def f():\n    return [(yield) for _ in y]\n",
    "x = yield = 1",
    "f() = 1",
    "(a, b) += 1",
    "del 1",
    "del f()",
    "a + 1 = 2",
    "*a = [1]",
    "a, *b, *c = d",
    "print(*)",
    "f(x for x in y, 1)",
    "f(a=1, a=2)",
    "f(**k, *a)",
    "f(a=1, b)",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "lambda: (yield)" if False else "class C:\n    return 1\n",
    "class C:\n    yield 1\n",
    "def f():\n    class C:\n        nonlocal q\n",
    "x := 1",
    "[i := 0 for i in range(3)]",
    "def f(*, **k): pass",
    "def f(*): pass",
    "import",
    "from x import",
    "from . import *" if False else "def f():\n    from os import *\n",
    "if x:\npass",
    "  x = 1",
    "x = (1,\n",
    "'unterminated",
    "\"\"\"never closed",
    "0777",
    "1__000",
    "1e",
    "with a as 1:\n    pass\n",
    "try:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "f'{'",
    "f'{}'",
    "f'{x!z}'",
]
for src in BAD:
    try:
        compile(src, "<bad>", "exec")
        print("NO ERROR:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src)[:40])
GOOD = ["x = yield_ = 1", "match = 1\ncase = 2\n_ = 3", "print(*[1], **{})", "def f(a, /, b, *, c): pass",
        "lambda *a, **k: 0", "x = [y := 1, y]", "async def f():\n    return [x async for x in y]\n",
        "def g():\n    x = yield\n    return x\n", "del (a), [b]", "(a) = 1", "a = b = c = 1"]
for src in GOOD:
    compile(src, "<good>", "exec")
print("good ones compile")
