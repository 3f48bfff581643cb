# slice objects: attributes, indices(), using them to index.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s], data[slice(None, None, -3)])
print(s.indices(5), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(3))
data[slice(0, 3)] = ["a"]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
rev = slice(None, None, -1)
print("stressed"[rev], [1, 2, 3][rev])
