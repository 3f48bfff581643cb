# Subclassing list: overriding append, extra methods, slicing returns list, super() calls.
class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for i in items:
            self.append(i)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)
    def total(self):
        return sum(self)
t = TypedList(int, [3, 1, 2])
t.append(10)
print(t, len(t), t.total(), t[0], t[-1], type(t).__name__)
try:
    t.append("x")
except TypeError as e:
    print(type(e).__name__, e)
t.sort()
print(t, type(t[1:3]).__name__, t[1:3], isinstance(t, list))
t.extend([4, 5])
print(t, t.kind, t == [1, 2, 3, 10, 4, 5], 10 in t)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s, len(s))
print(type(s + [9]).__name__, s + [9])
class Tracked(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return v * 10 if isinstance(i, int) else v
tr = Tracked([1, 2, 3])
tr[0] = 5
print(tr[0], tr[0:2], list(tr), sorted(tr, reverse=True))
