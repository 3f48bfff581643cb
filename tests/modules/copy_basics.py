# copy.copy and copy.deepcopy: built-in containers, user classes, cycles, __copy__/__deepcopy__,
# __reduce__, __getstate__/__setstate__, subclasses of built-in containers, named tuples.
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

data = {'a': [1, [2, 3]], 'b': (4, [5]), 'c': {6}, 'd': 'text'}
sh = copy.copy(data)
dp = copy.deepcopy(data)
print(sh == data, sh is data, sh['a'] is data['a'], dp['a'] is data['a'], dp['a'][1] is data['a'][1])
print(dp == data, dp['b'] is data['b'], dp['b'][1] is data['b'][1])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy([t])[0] is t)
for atom in [None, 1, 2.5, 'abc', b'b', True, range(3), len, print, int]:
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, c2[0])
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ['t']

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
q.tags.append('q')
print(p, q, r, type(r) is Point, r.tags is p.tags)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


cu = Custom([1])
print(copy.copy(cu).v, copy.deepcopy(cu).v is cu.v)


class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None


s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


print(copy.copy(Reduced(2)).n, copy.deepcopy(Reduced(3)).n)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.extra = 'e'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.extra, ml2[1] is ml[1], type(copy.copy(ml)).__name__)
P = namedtuple('P', 'x y')
pt = P(1, [2])
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)
od = OrderedDict(a=1, b=2)
print(copy.copy(od), copy.deepcopy(defaultdict(list, {'k': [1]})), copy.copy(Counter('aab')))
print(copy.deepcopy(deque([1, [2]], maxlen=5)), copy.copy(bytearray(b'xy')), copy.deepcopy({1, 2}))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
