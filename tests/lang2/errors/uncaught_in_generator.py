# An uncaught exception raised inside a generator, consumed by a for loop.
def numbers():
    yield 1
    yield 2
    raise ValueError("bad item 3")
for n in numbers():
    print("item", n)
