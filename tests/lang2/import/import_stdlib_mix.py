# Importing the standard modules Pyrite ships, in every import form, and using them together.
import math, json as js
from heapq import heappush, heappop, nsmallest
from io import StringIO
import collections
from collections import namedtuple as nt, deque
import typing
from enum import Enum, auto
from dataclasses import dataclass
import sys
print(math.floor(math.pi * 100) / 100, math.gcd(84, 36), math.isclose(0.1 + 0.2, 0.3), math.sqrt(16))
data = js.loads('{"b": [3, 1, 2], "a": null}')
print(data, js.dumps(data, sort_keys=True), js.dumps([1.5, "é"]))
h = []
for v in data["b"] + [0]:
    heappush(h, v)
print(heappop(h), nsmallest(2, [5, 1, 4]), h)
s = StringIO()
print("to a stream", end="!", file=s)
print(repr(s.getvalue()))
Pair = nt("Pair", "left right")
q = deque([Pair(1, 2)])
print(q[0].left, collections.OrderedDict(a=1), type(typing.Optional[int]).__name__ != "")
class Mode(Enum):
    FAST = auto()
    SAFE = auto()
@dataclass
class Job:
    mode: Mode
    cost: float = 0.0
print(Job(Mode.SAFE, 2.5), [m.name for m in Mode])
print(sorted(m for m in ("math", "json", "heapq", "io", "collections", "enum", "dataclasses") if m in sys.modules))
