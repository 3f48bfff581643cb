# set methods: add/remove/discard/pop/clear/copy and their errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
s = {3, 1, 2}
print(s.add(4), s.add(1), s)
print(s.remove(4), s.discard(10), s.discard(3), s)
attempt("remove missing", lambda: s.remove(99))
attempt("remove str", lambda: s.remove("k"))
attempt("remove tuple", lambda: s.remove((1, 2)))
attempt("add list", lambda: s.add([1]))
attempt("add none", lambda: s.add())
attempt("discard dict", lambda: s.discard({}))
attempt("pop empty", lambda: set().pop())
attempt("pop arg", lambda: s.pop(1))
attempt("union kw", lambda: s.union(x=1))
attempt("union int", lambda: s.union(5))
attempt("issubset none", lambda: s.issubset())
attempt("symdiff two", lambda: s.symmetric_difference({1}, {2}))
c = s.copy()
c.add(100)
print(s, c, c is s)
t = {5, 6, 7, 8}
print(t.pop(), t.pop(), t)
t.clear()
print(t, len(t))
fs = frozenset([1, 2])
print(fs.copy() is fs, fs.union([3]), type(fs.union([3])).__name__)
attempt("frozen add", lambda: fs.add(1))
nested = {frozenset({1}), frozenset({1, 2})}
print({1} in nested, frozenset({2, 1}) in nested, {3} in nested)
nested.discard({1})
print(len(nested))
nested.remove({1, 2})
print(nested)
e = set()
for i in range(20):
    e.add(i % 7)
print(e, len(e))
while e:
    x = e.pop()
    if x == 3:
        break
print(e)
p = set(range(10))
out = [p.pop() for _ in range(10)]
print(out, p)
