# random: Random instances (independent, reproducible by seed, getstate/setstate), sample,
# choices with weights, randbytes, gauss/expovariate/triangular distributions; only properties
# of the results are printed, as the sequences differ from CPython's (docs/differences.md).
import random
r1 = random.Random(42); r2 = random.Random(42); r3 = random.Random(7)
a = [r1.random() for _ in range(5)]; b = [r2.random() for _ in range(5)]
print(a == b, a != [r3.random() for _ in range(5)], all(0 <= x < 1 for x in a))
random.seed(1); x = random.random(); r = random.Random(99); r.random(); random.seed(1); print(x == random.random())
s = r1.getstate(); v1 = r1.randint(1, 100); r1.setstate(s); print(v1 == r1.randint(1, 100))
pop = list(range(10))
smp = random.sample(pop, 5); print(len(smp), len(set(smp)), set(smp) <= set(pop), sorted(random.sample(pop, 10)) == pop)
print(sorted(random.sample('abc', 3)), len(random.sample(range(100), 3)), random.sample([], 0))
for bad in [(pop, 11), (pop, -1), ({1, 2}, 1)]:
    try: random.sample(*bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
c = random.choices('abc', k=20); print(len(c), set(c) <= set('abc'))
print(set(random.choices('ab', weights=[0, 1], k=10)), set(random.choices('ab', cum_weights=[1, 1], k=10)))
for args, kw in [(('ab',), {'weights': [1], 'k': 2}), (('ab',), {'weights': [0, 0]}), (('ab', [1, 1]), {'cum_weights': [1, 2]})]:
    try: random.choices(*args, **kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(sorted(random.sample(['x', 'y'], 2, counts=[1, 1])), len(random.randbytes(5)), type(random.randbytes(3)).__name__)
g = [random.gauss(10, 2) for _ in range(2000)]; m = sum(g) / len(g); print(9.5 < m < 10.5)
e = [random.expovariate(2.0) for _ in range(2000)]; print(0.4 < sum(e) / len(e) < 0.6, min(e) >= 0)
t = [random.triangular(1, 3) for _ in range(500)]; print(min(t) >= 1, max(t) <= 3)
print(isinstance(random.Random(), random.Random), 1 <= random.Random(3).randint(1, 6) <= 6, random.Random(5).choice('xyz') in 'xyz')
l = list(range(20)); random.Random(4).shuffle(l); print(sorted(l) == list(range(20)))
print(random.uniform(2, 2), random.randrange(5, 6), random.Random().random() < 1)
