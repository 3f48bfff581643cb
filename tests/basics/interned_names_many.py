# Tens of thousands of distinct attribute names are interned: the index of interned names grows
# by doubling (and changes its slot width past 43,690 names) without losing or confusing any.
class O:
    pass


o = O()
N = 45000
for i in range(N):
    setattr(o, "n%d" % i, i)
print(len(o.__dict__))
print(all(getattr(o, "n%d" % i) == i for i in range(0, N, 7)))
print(o.n0, o.n43690, o.n44999)
print(hasattr(o, "n45000"), hasattr(o, "n-1"))
delattr(o, "n5")
print(hasattr(o, "n5"), len(vars(o)))

ns = {}
exec("\n".join("v%d = %d" % (i, i) for i in range(300)), ns)
print(ns["v0"], ns["v299"], sum(ns["v%d" % i] for i in range(300)))
