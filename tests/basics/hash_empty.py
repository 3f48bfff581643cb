# hash of the empty str and bytes is 0, as in CPython; they still work as keys
print(hash(''), hash(b''), hash('' + ''), hash(str()), hash(bytes()))
d = {'': 1, b'': 2, 0: 3}
print(d[''], d[b''], d[0], len(d))
s = set()
s.add('')
s.add(b'')
print(len(s), '' in s, b'' in s)
print(hash('a') == hash('a'), hash('') == hash(''[:0]))
