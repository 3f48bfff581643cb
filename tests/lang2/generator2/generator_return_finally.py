# Generators interacting with try/finally and return in various ways.
def gen():
    try:
        yield "a"
        return "early"
        yield "never"
    finally:
        print("cleanup")
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def abandoned():
    try:
        yield 1
        yield 2
    finally:
        print("abandoned cleanup")
a = abandoned()
print(next(a))
a.close()
print("after close")
def raising_in_gen():
    yield 1
    raise StopIteration("inside")
try:
    list(raising_in_gen())
except RuntimeError as e:
    print("RuntimeError", e)
