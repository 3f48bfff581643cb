# `with` looks __enter__/__exit__ up on the type, not the instance, with CPython's messages.
class Enter:
    def __enter__(self):
        return "entered"
class Full(Enter):
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
class Empty:
    pass
e = Empty()
e.__enter__ = lambda: 1
e.__exit__ = lambda *a: None
for mgr in (Enter(), e, 5):
    try:
        with mgr:
            print("body")
    except TypeError as err:
        print("TypeError", err)
with Full() as v:
    print(v)
    raise ValueError("swallowed")
print("after")
class Meta(type):
    def __enter__(cls):
        return cls.__name__
    def __exit__(cls, *a):
        return False
class K(metaclass=Meta):
    pass
with K as name:
    print("class as manager", name)
class Desc:
    def __get__(self, obj, owner):
        return lambda: "via descriptor"
class Odd:
    __enter__ = Desc()
    def __exit__(self, *a):
        pass
with Odd() as r:
    print(r)
async def run():
    class A:
        async def __aenter__(self):
            return 1
    try:
        async with A():
            pass
    except TypeError as err:
        print("TypeError", err)
c = run()
try:
    c.send(None)
except StopIteration:
    pass
