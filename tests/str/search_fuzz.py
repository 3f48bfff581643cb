# Searching, splitting, replacing and partitioning str and bytes on pseudo-random text (a
# fixed LCG, so CPython and Pyrite see the same inputs), needles short and long (the long
# ones take the rolling-hash path), and haystacks that would be quadratic for a naive search.
seed = [12345]


def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] // 65536 % n


out = []
for trial in range(1500):
    alpha = ["ab", "abc", "a€", "xyzw"][rnd(4)]
    h = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(81)))
    n = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(31)))
    if rnd(2) and len(h) > 2:
        i = rnd(len(h))
        n = h[i:i + 1 + rnd(40)]
    for s, t in ((h, n), (h.encode(), n.encode())):
        r = (s.find(t), s.rfind(t), s.count(t), s.split(t) if t else None, s.rsplit(t, 2) if t else None,
             s.replace(t, s[:1], 3), s.partition(t) if t else None, s.rpartition(t) if t else None, s.find(t, 3, -2), s.rfind(t, 1))
        out.append(repr(r))
print(len(out), sum(len(x) for x in out), out[::499])
h = "a" * 200000
print(h.find("a" * 5000 + "b"), h.rfind("b" + "a" * 5000), h.count("a" * 3000), (b"a" * 200000).find(b"a" * 999 + b"b"))
