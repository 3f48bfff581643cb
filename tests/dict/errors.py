# dict methods: error messages.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
d = {"a": 1}
attempt("pop missing", lambda: d.pop("z"))
attempt("pop none", lambda: d.pop())
attempt("pop three", lambda: d.pop(1, 2, 3))
attempt("popitem empty", lambda: {}.popitem())
attempt("popitem arg", lambda: d.popitem(1))
attempt("get none", lambda: d.get())
attempt("get three", lambda: d.get(1, 2, 3))
attempt("get unhashable", lambda: d.get([]))
attempt("get kw", lambda: d.get(k=1))
attempt("setdefault none", lambda: d.setdefault())
attempt("setdefault unhashable", lambda: d.setdefault({}, 1))
attempt("update int", lambda: d.update(1))
attempt("update list", lambda: d.update([1]))
attempt("update len3", lambda: d.update([(1, 2, 3)]))
attempt("update two", lambda: d.update({}, {}))
attempt("fromkeys none", lambda: dict.fromkeys())
attempt("fromkeys int", lambda: dict.fromkeys(3))
attempt("keys arg", lambda: d.keys(1))
attempt("copy arg", lambda: d.copy(1))
attempt("clear arg", lambda: d.clear(1))
attempt("missing", lambda: d["zz"])
attempt("tuple key", lambda: d[(1, 2)])
attempt("unhashable key", lambda: d[[1]])
attempt("del missing", lambda: d.__delitem__("q"))
print(d)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
