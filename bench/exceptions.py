# Exceptions raised and caught in a loop.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 0
d = {i: i for i in range(0, 1000, 3)}
total = 0
strs = [str(i) if i % 4 else "x" + str(i) for i in range(1000)]
for rep in range(1000):
    for i in range(1000):
        total += lookup(d, i)
    for s in strs[:400]:
        total += parse(s)
caught = 0
for i in range(800000):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError:
        caught += 1
    finally:
        total += 1
print("checksum", total, caught)
