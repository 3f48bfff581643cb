# Bitwise operators on positives, negatives and big ints.
vals = [0, 1, 5, -1, -6, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 5]
for a in vals:
    for b in (3, -3, 2 ** 65 - 1):
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, -a - 1 == ~a)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
