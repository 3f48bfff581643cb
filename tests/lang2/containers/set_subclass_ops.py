# Set operators on instances of set and frozenset subclasses.
class S(set): pass
class F(frozenset): pass
s = S([1, 2])
print(s | {3}, {3} | s, s & {1}, s - {1}, s ^ {5}, type(s | {3}).__name__)
f = F([1])
print(f | {2}, type(f | {2}).__name__, {2} | f, type({2} | f).__name__)
print(s == {1, 2}, s <= {1, 2, 3}, {1, 2} == s, f == frozenset([1]))
s |= {7}
print(sorted(s))
print(sorted(set(s)), len(s), 1 in s)
