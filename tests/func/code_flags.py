# co_flags carries CPython's bits: OPTIMIZED|NEWLOCALS for functions, VARARGS, VARKEYWORDS,
# NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR.
import sys


def f(a, *args, **kw):
    def inner():
        return a
    return inner


async def co():
    pass


async def ag():
    yield 1


def gen():
    yield 1


print(hex(f.__code__.co_flags), hex(f(1).__code__.co_flags), hex(co.__code__.co_flags))
print(hex(ag.__code__.co_flags), hex(gen.__code__.co_flags), hex((lambda: 0).__code__.co_flags))
print(hex(sys._getframe(0).f_code.co_flags))


class C:
    flags = sys._getframe(0).f_code.co_flags


print(hex(C.flags))
