# generator.throw and generator.close, with finally and GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("recovered from", e)
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
w.close()
try:
    w.send(3)
except StopIteration:
    print("closed generator raises StopIteration")
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(list(f))
