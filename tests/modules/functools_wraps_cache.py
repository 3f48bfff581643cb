# functools.wraps/update_wrapper and lru_cache/cache: copied attributes, cache_info, typed.
import functools
from functools import wraps, lru_cache, cache, update_wrapper


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    "Add two numbers."
    return a + b


add.__dict__  # noqa
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__annotations__)


def original():
    "orig doc"


original.tag = "T"


def shell():
    pass


r = update_wrapper(shell, original)
print(r is shell, shell.__name__, shell.__doc__, shell.tag, shell.__wrapped__ is original)
update_wrapper(shell, original, assigned=(), updated=())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n


print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info(), fact.__name__, fact.__wrapped__(3) if False else "")


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())
print(lru_cache(maxsize=-5)(abs).cache_info())


@lru_cache()
def kw(a, b=1, *, c=2):
    return a + b + c


print(kw(1), kw(1, b=1), kw(1), kw(a=1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=8)
    def area(self):
        print("area of", self.r)
        return 3 * self.r * self.r


c = Circle(2)
print(c.area(), c.area(), Circle.area.cache_info())
