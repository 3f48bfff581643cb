# StopIteration leaking from a generator becomes an uncaught RuntimeError.
def gen():
    it = iter([1])
    while True:
        yield next(it)
for v in gen():
    print("value", v)
