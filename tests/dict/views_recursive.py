# Recursive containers through dict views print like CPython.
d = {}
d['k'] = d.keys()
print(d)
e = {}
e['v'] = e.values()
print(e)
f = {}
f['i'] = f.items()
print(f)
l = [1]
s = {1: l}
l.append(s.values())
print(l, s)
