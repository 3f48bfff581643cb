# PEP 604 unions: `int | None` in annotations (evaluated at def time), isinstance/issubclass with unions, reprs.
def parse(text: str, default: int | None = None) -> int | None:
    try:
        return int(text)
    except ValueError:
        return default
print(parse("12"), parse("x"), parse("x", -1))
print(parse.__annotations__["default"], parse.__annotations__["return"] == (int | None))
class Config:
    port: int | str = 8080
    host: str | None = None
print(Config.__annotations__["port"], Config.port, Config.host)
Number = int | float
print(Number, isinstance(3, Number), isinstance(2.5, Number), isinstance("3", Number))
print(issubclass(bool, int | str), issubclass(str, int | float), isinstance(None, int | None))
print((int | str) == (str | int), (int | int) is int, int | str | None)
def describe(v: int | str | list[int]) -> str:
    match v:
        case int() | str():
            return f"scalar {v!r}"
        case list():
            return f"list of {len(v)}"
    return "other"
print(describe(1), describe("a"), describe([1, 2]), describe(None))
try:
    int | 5
except TypeError as e:
    print(type(e).__name__, e)
