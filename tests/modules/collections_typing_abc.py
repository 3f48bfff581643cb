# collections (namedtuple, defaultdict, deque, OrderedDict), typing and abc: frozen modules.
from collections import namedtuple, OrderedDict, deque, defaultdict
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
d = defaultdict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(sorted(d.items()), d["zz"], len(d))
c = defaultdict(int)
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()))
q = deque([1, 2, 3], maxlen=3)
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], q.maxlen)
q.rotate(1)
print(q, q.pop(), q.popleft(), q)
od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
od.move_to_end("x")
print(list(od), od.popitem(), od.popitem(last=False), od)
r = deque()
for i in range(100):
    r.append(i)
for i in range(90):
    r.popleft()
print(list(r), sum(r))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
from typing import List, Optional
def f(a: List[int], b: Optional[str] = None) -> int:
    return len(a)
print(f([1, 2]))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
