# PEP 604 unions in annotations, isinstance and issubclass.
def f(x: int | None = None, y: "str | bytes" = "") -> list[int] | None:
    return x
print(f(3), int | None, int | str | None, (int | str) == (str | int), isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | float))
class A: pass
print(A | None, None | A)
u = int | str
print(u.__args__, int | int)
