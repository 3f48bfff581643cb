# collections.abc: isinstance/issubclass of built-in and user types (structural hooks and
# registration), abstract-method errors, and the mixin methods of Mapping, Sequence, Set.
import collections.abc as abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Collection, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Generator, Reversible, KeysView, ItemsView,
                             ValuesView)


def g():
    yield 1


values = [[], (), '', b'', bytearray(), {}, set(), frozenset(), range(3), 5, 2.5, None, len,
          iter([]), g(), {}.keys(), {}.items(), {}.values(), lambda: 0, object()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible,
        KeysView, ItemsView, ValuesView]
for v in values:
    print(type(v).__name__, ''.join('1' if isinstance(v, a) else '.' for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable),
      issubclass(list, Hashable), issubclass(str, abc.ByteString), issubclass(bytes, abc.ByteString))


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f['a'], f.get('z', 0), 'b' in f, 'z' in f, sorted(f.keys()), sorted(f.items()), sorted(f.values()))
print(f == {'a': 1, 'b': 2}, f != {'a': 1}, len(f.keys()), ('a', 1) in f.items(), 2 in f.values())
print(f.keys() & {'a', 'q'}, isinstance(f, MutableMapping), isinstance(f, Mapping))
try:
    hash(f)
except TypeError as e:
    print(e)


class Seq(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = Seq(4)
print(list(s), 20 in s, 25 in s, list(reversed(s)), s.index(30), s.count(10))
try:
    s.index(99)
except ValueError:
    print('ValueError')


class Bag(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), sorted(b - {1}), sorted(b ^ {3, 4}), b <= {1, 2, 3, 4}, b == {1, 2, 3})
b |= {7}
b -= {1}
print(sorted(b), b.isdisjoint({9}), type(b | {4}).__name__)


class Incomplete(MutableMapping):
    def __getitem__(self, k):
        return 1


try:
    Incomplete()
except TypeError as e:
    print(e)


class Reg:
    pass


print(isinstance(Reg(), Sized))
Sized.register(Reg)
print(isinstance(Reg(), Sized), issubclass(Reg, Sized), Sized.register(Reg) is Reg)


class WithLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


print(isinstance(WithLen(), Sized), isinstance(NoHash(), Hashable), isinstance(WithLen(), Iterable))
print(Iterable[int], Callable.__module__, sorted(Mapping.__abstractmethods__))
