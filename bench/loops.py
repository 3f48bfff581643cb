# while and for loops with small-int arithmetic.
total = 0
i = 0
while i < 3000000:
    total += i & 7
    i += 1
for j in range(3000000):
    if j % 3 == 0:
        total -= 1
print("checksum", total)
