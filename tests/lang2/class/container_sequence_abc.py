# A user sequence class: __len__/__getitem__ with negative indices and slices, __reversed__, index/count, ==.
class Range2:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step
    def __len__(self):
        n = (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step
        return max(0, n)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers or slices, not {type(i).__name__}")
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + i * self.step
    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]
    def __eq__(self, other):
        return list(self) == list(other)
    def __repr__(self):
        return f"Range2({self.start}, {self.stop}, {self.step})"
    def index(self, v):
        for i, x in enumerate(self):
            if x == v:
                return i
        raise ValueError(f"{v} is not in range")
for r in (Range2(0, 10, 3), Range2(10, 0, -4), Range2(5, 5)):
    print(r, len(r), list(r), list(reversed(r)), r[-1] if len(r) else None, r[::2], r == list(r))
r = Range2(1, 20, 2)
print(7 in r, 8 in r, r.index(9), r[2:5], r[-3:], sum(r), max(r), sorted(r, reverse=True)[:2])
for bad in (lambda: r[100], lambda: r["a"], lambda: r.index(4), lambda: Range2(1, 2, 0)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(zip(Range2(0, 3), "abc")), dict(zip("xy", Range2(5, 7))), [*Range2(0, 3), *Range2(9, 7, -1)])
print(slice(1, 5, 2).indices(3), slice(None).indices(4), slice(-2, None).indices(5))
