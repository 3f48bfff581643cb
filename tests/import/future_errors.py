# Future statements: misplaced, unknown and `braces` raise SyntaxError at compile time.
sources = [
    "x = 1\nfrom __future__ import annotations",
    "from __future__ import braces",
    "from __future__ import nope, annotations",
    '"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1',
    "import os\nfrom __future__ import annotations",
    "from __future__ import annotations as a\nprint(a)",
    "from __future__ import (generator_stop, annotations)\ndef f(x: int): pass\nprint(f.__annotations__)",
    "def f():\n    from __future__ import annotations",
]
for src in sources:
    try:
        exec(compile(src, "src", "exec"), {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


def f(x: int) -> str:
    pass


print(f.__annotations__)
