# inspect: predicates, getmembers, getdoc/cleandoc, and signature() of functions, methods,
# classes, callables, wrapped and partial functions; Parameter kinds and bind().
import inspect
import functools
from inspect import Parameter, Signature


def f(a, b: int = 1, /, c=2, *args, d, e: 'str' = 'x', **kw) -> bool:
    """Doc line.

        indented
    """


async def co():
    pass


def gen():
    yield


class K:
    """Class doc."""

    def __init__(self, x, y=0):
        self.x = x

    def method(self, z, *, w=None):
        return z

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, s=3):
        pass

    def __call__(self, v):
        pass


sig = inspect.signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is Parameter.empty, p.annotation, str(p))
print(sig.return_annotation, list(sig.parameters))
print(inspect.signature(K), inspect.signature(K.method), inspect.signature(K(1).method))
print(inspect.signature(K.cm), inspect.signature(K.sm), inspect.signature(K(1)),
      inspect.signature(lambda *a, **k: 0))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=5):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(f, 1, 2, d=4)))
ba = inspect.signature(K(0).method).bind(1, w=2)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, d=0)
ba.apply_defaults()
print(ba.arguments)
for args, kw in [((), {}), ((1, 2, 3), {'c': 4, 'd': 1}), ((1,), {})]:
    try:
        sig.bind(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
s2 = Signature([Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('y', Parameter.KEYWORD_ONLY, default=1)])
print(s2, s2.replace(return_annotation=int), s2 == Signature.from_callable(lambda x, /, *, y=1: 0))
try:
    Parameter('a', Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print(e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(K(1).method))
print(inspect.isclass(K), inspect.ismodule(inspect), inspect.isgeneratorfunction(gen),
      inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isroutine(len))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isabstract(K))
c.close()
print(inspect.getdoc(f), repr(inspect.getdoc(K)), inspect.cleandoc('  a\n    b\n  c\n'))
print([n for n, v in inspect.getmembers(K, inspect.isfunction)], inspect.getmro(bool))
print(inspect.getfullargspec(f))
print(inspect.currentframe().f_code.co_name, inspect.unwrap(wrapped).__name__)
