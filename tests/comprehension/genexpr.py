# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]))
log = []
def val(v):
    log.append(v)
    return v
g = (val(x) for x in range(3))
print(log)
print(next(g), log)
print(sorted((v for v in [3, 1, 2]), reverse=True), tuple(c for c in "hi"), ",".join(str(i) for i in range(3)))
print(dict((k, len(k)) for k in ["aa", "b"]), set(i % 2 for i in range(5)) == {0, 1})
