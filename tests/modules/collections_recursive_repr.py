# Containers of collections that contain themselves print `...` inside, as reprlib's
# recursive_repr arranges in CPython.
from collections import OrderedDict, defaultdict, deque, ChainMap

o = OrderedDict()
o['o'] = o
o['l'] = [o]
print(o)
d = defaultdict(list)
d['d'] = d
print(d)
q = deque([1])
q.append(q)
print(q, repr(deque([q], maxlen=3))[:30])
c = ChainMap({})
c['c'] = c
print(c)
pair = [OrderedDict(a=1)]
pair.append(pair)
print(pair, OrderedDict(x=OrderedDict(y=2)))
