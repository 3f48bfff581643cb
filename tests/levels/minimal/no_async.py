# The minimal level has no coroutines (as MicroPython without MICROPY_PY_ASYNC_AWAIT): each
# coroutine construct is a clear SyntaxError; generators, `yield from` and `with` still work.


def compile_error(source):
    try:
        exec(source)
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, "line", e.lineno)


compile_error("async def f():\n    pass\n")
compile_error("@staticmethod\nasync def f():\n    return 1\n")
compile_error("def f():\n    return await g()\n")
compile_error("x = 1\nasync def f():\n    async for x in y:\n        pass\n")
compile_error("async def f():\n    async with m:\n        pass\n")
compile_error("def f(xs):\n    return [x async for x in xs]\n")
compile_error("class C:\n    async def m(self):\n        yield 1\n")
compile_error("await x")

# Names that look alike are fine, and the generator machinery remains.
asynchronous = awaiting = 3
print(asynchronous + awaiting)


def inner():
    got = yield 1
    print("inner got", got)
    return "inner done"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield 2


g = outer()
print(next(g), g.send("hello"))


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


with Manager():
    raise ValueError("suppressed")
print([x * x for x in range(4)], list(x for x in "ab"))
