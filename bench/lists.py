# List operations: append, comprehension, sort, slicing, index.
seed = 7
data = []
for i in range(800000):
    seed = (seed * 69069 + 1) & 0xFFFFFFFF
    data.append(seed >> 12)
sq = [x * x % 1000 for x in data]
s1 = sorted(data)
sq.sort(reverse=True)
chunks = [s1[i:i + 100] for i in range(0, len(s1), 100)]
total = sum(c[0] for c in chunks) + sq[0] + sq[-1] + len([x for x in data if x & 1])
rev = data[::-1]
total += rev[123] + s1[len(s1) // 2]
print("checksum", total)
