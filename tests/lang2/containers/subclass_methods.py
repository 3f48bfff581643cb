# Methods of builtin containers called on instances of subclasses.
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(5)
l.extend([0])
l.sort()
print(l, l.total(), len(l), l.pop(), l.index(2), l.count(1), type(l).__name__)
l.reverse()
print(l, l.copy(), type(l.copy()).__name__, isinstance(l, list))
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
d.update(b=2)
print(d["a"], d["zz"], d.get("zz"), sorted(d.keys()), d.pop("a"), d.setdefault("c", 3), d)
print(D.fromkeys("xy", 0), type(D.fromkeys("xy")).__name__, dict.fromkeys("ab"))
class S(set):
    pass
s = S([1, 2, 3])
s.add(4)
s.discard(1)
print(sorted(s), sorted(s | {9}), sorted(s.union([7])), s.issubset(range(10)), len(s))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st, len(st))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()), max(c, key=c.get))
class T(tuple):
    pass
t = T((1, 2, 1))
print(t.count(1), t.index(2), len(t), t)
class L2(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return super().__len__() + 100
x = L2([1, 2])
print(x[0], x[1], len(x), list.__len__(x), x.__contains__(2))
