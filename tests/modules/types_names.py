# types: SimpleNamespace, MethodType, the type names, MappingProxyType, new_class.
import types
import sys
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="x")
print(ns, SimpleNamespace(), ns == SimpleNamespace(b="x", a=1), ns != SimpleNamespace(a=1))
ns.c = [1]
del ns.a
print(ns, vars(ns), ns.b, hasattr(ns, "a"))
ns.self = ns
print(ns)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(SimpleNamespace.__hash__)


class Config(SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), SimpleNamespace))


def f():
    pass


def gen():
    yield 1


async def coro():
    pass


class K:
    def m(self):
        return self


c = coro()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.LambdaType is types.FunctionType)
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(len, types.BuiltinFunctionType))
c.close()
print(isinstance(K().m, types.MethodType), isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
print(types.NoneType, type(None) is types.NoneType, types.EllipsisType is type(...), types.NotImplementedType)
print(types.FunctionType, types.GeneratorType, types.CoroutineType, types.MethodType, types.BuiltinFunctionType)
print(isinstance(f.__code__, types.CodeType), types.CellType.__name__, types.UnionType is type(int | None))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
k = K()
bound = types.MethodType(lambda self, n: (self is k, n), k)
print(bound(5), bound.__self__ is k)
try:
    types.MethodType(5, k)
except TypeError as e:
    print("TypeError:", e)
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0), mp.copy(), mp == {"a": 1})
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)
Point = types.new_class("Point", (object,), exec_body=lambda ns: ns.update(x=1))
print(Point.__name__, Point().x, types.resolve_bases((int,)))
print(isinstance(K.__dict__, types.MappingProxyType), types.GenericAlias is type(list[int]))
print(list[int], types.GenericAlias(dict, (str, int)), list[int].__origin__, dict[str, int].__args__)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
