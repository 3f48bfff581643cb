# pprint: CPython's layout of nested dicts, lists, tuples, sets, long strings and bytes,
# dataclasses, widths, depth, compact mode, sort_dicts and recursion.
import pprint
from dataclasses import dataclass, field
data = {'name': 'pyrite', 'versions': list(range(30)), 'nested': {'z': [1, 2, {'deep': 'x' * 30}], 'a': (1, 2), 'set': {3, 1, 2}},
        'text': 'lorem ipsum dolor sit amet ' * 5, 'b': b'bytes' * 20, 'empty': {}, 'f': frozenset({2, 1}), 't1': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), width=30, compact=True)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
pprint.pp({'b': 1, 'a': [1] * 40})
l = [1, 2]; l.append(l); print(pprint.pformat(l).split(" with id=")[0]); print(pprint.isrecursive(l), pprint.isreadable([1]), pprint.saferepr({'x': l})[:12])
@dataclass
class Pt:
    x: int
    y: list = field(default_factory=list)
pprint.pprint(Pt(1, list(range(40))))
pprint.pprint([Pt(2), 'a' * 100, 10**50, 1.5, None, True], width=60)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint({'k': 'line one\nline two is a bit longer than the others ' * 3})
pp = pprint.PrettyPrinter(width=20); print(pp.pformat(list('abcdefghij')))
pprint.pprint([[[[[1]]]]], depth=3)
pprint.pprint({(1, 2): 'tuple key', 3: 'int key', 'str': 's'}, width=30)
pprint.pprint({'mixed': [1, 'a', None, 2.5], 'x': set()})
