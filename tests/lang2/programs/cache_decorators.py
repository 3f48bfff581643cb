# Decorators: functools.wraps, lru_cache with cache_info, decorators with arguments, stacking order.
import functools
def trace(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} -> {fn.__name__}{args}")
            result = fn(*args, **kwargs)
            print(f"{prefix} <- {result!r}")
            return result
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b):
    "Add two numbers."
    return a + b
add(1, 2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info().hits > 0, paths.cache_info().currsize)
paths.cache_clear()
print(paths.cache_info().currsize)
def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            for i in range(times):
                try:
                    return fn(*a)
                except exceptions as e:
                    print(f"attempt {i + 1} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco
state = {"n": 0}
@retry(3, (ValueError,))
def unstable():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "stable"
print(unstable())
@retry(2)
def always():
    raise KeyError("k")
try:
    always()
except RuntimeError as e:
    print(type(e).__name__, e)
class cached_property_like:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = obj.__dict__[self.fn.__name__] = self.fn(obj)
        return value
class Data:
    @cached_property_like
    def total(self):
        print("summing")
        return 42
d = Data()
print(d.total, d.total, Data.total.__name__)
