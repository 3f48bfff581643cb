# The minimal level cannot keep annotations as text (PEP 563 needs the compiler's unparser):
# `from __future__ import annotations` is a clear SyntaxError; ordinary annotations work.


def compile_error(source):
    try:
        exec(source)
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, "line", e.lineno)


compile_error("from __future__ import annotations\nx: int = 1\n")
compile_error('"""doc"""\nfrom __future__ import annotations\n')
compile_error("from __future__ import annotations, braces\n")
compile_error("from __future__ import nonsense\n")
compile_error("x = 1\nfrom __future__ import annotations\n")


def f(a: int, *rest: str, key: bool = True) -> list:
    return [a, rest, key]


print(f(1, "x"), sorted(f.__annotations__.items(), key=lambda kv: kv[0]))


class Point:
    x: int
    y: int = 0


print(Point.__annotations__, Point.y)
