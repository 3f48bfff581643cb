# bytearray grown by append, extend and += keeps its contents (amortised growth)
parts = []
ba = bytearray()
for i in range(3000):
    ba.append(i % 256)
    ba.extend(b'xy')
    ba += bytes([i % 7])
    if i % 500 == 0:
        parts.append(bytes(ba[-4:]))
print(len(ba), sum(ba), parts, ba[:10], ba[-10:])
