# collections as typical code uses it: namedtuple records, defaultdict grouping, OrderedDict moves, deque rotation.
from collections import namedtuple, defaultdict, OrderedDict, deque
Point = namedtuple("Point", "x y")
Person = namedtuple("Person", ["name", "age", "city"], defaults=["?"])
p = Point(1, 2)
print(p, p.x + p.y, p[0], tuple(p), p._replace(x=9), Point._fields, p == (1, 2))
x, y = p
print(x, y, Person("ann", 30), Person("bob", 4, "rome")._asdict())
people = [Person("ann", 30, "oslo"), Person("cy", 25, "rome"), Person("bo", 41, "oslo")]
by_city = defaultdict(list)
for person in people:
    by_city[person.city].append(person.name)
print(dict(by_city), sorted(by_city), by_city["nowhere"], len(by_city))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
od = OrderedDict()
for k in "cab":
    od[k] = ord(k)
od.move_to_end("c")
print(list(od), od.popitem(last=False), list(od))
d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
d.rotate(1)
print(d, d.popleft(), d.pop(), len(d), list(reversed(d)))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
