# Three ways to build the same strings: %-formatting, str.format and f-strings, checked to agree.
rows = [("alice", 93.456, 3), ("bob", 7.1, 12), ("charlotte", 100.0, 0)]
for name, score, rank in rows:
    a = "%-10s|%8.2f|%03d|%x" % (name, score, rank, rank * 255)
    b = "{:<10}|{:8.2f}|{:03d}|{:x}".format(name, score, rank, rank * 255)
    c = f"{name:<10}|{score:8.2f}|{rank:03d}|{rank * 255:x}"
    print(a, a == b == c)
for v in (0.000012345, 123456789.0, -0.5, 1e21):
    a = "%e|%g|%.3E|%10.4G" % (v, v, v, v)
    b = "{:e}|{:g}|{:.3E}|{:10.4G}".format(v, v, v, v)
    c = f"{v:e}|{v:g}|{v:.3E}|{v:10.4G}"
    print(a, a == b == c)
for n in (0, 42, -42, 2 ** 40):
    a = "%+d|% d|%#o|%#X|%10d|%-10d|" % (n, n, n, n, n, n)
    b = "{:+d}|{: d}|{:#o}|{:#X}|{:10d}|{:<10d}|".format(n, n, n, n, n, n)
    print(a, a == b)
print("%.3s|%5.2s|" % ("abcdef", "xyz"), "{:.3}|{:5.2}|".format("abcdef", "xyz"))
print("%r|%a" % ("é", "é"), "{!r}|{!a}".format("é", "é"), f"{'é'!r}|{'é'!a}")
