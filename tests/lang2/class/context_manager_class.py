# __enter__/__exit__ on classes: resource tracking, suppression, exceptions seen by __exit__.
class Resource:
    open_count = 0
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        Resource.open_count += 1
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.open_count -= 1
        print("close", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Resource("a") as r:
    print("using", r.name, Resource.open_count)
with Resource("b", suppress=True):
    raise KeyError("k")
print("after b")
try:
    with Resource("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name, Resource.open_count)
print(Resource.open_count)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)
def f():
    with Resource("ret"):
        return "returned"
print(f())
