# divmod and abs over mixed signs and sizes.
for a in (13, -13, 10 ** 25 + 7, -(10 ** 25) - 7):
    for b in (4, -4, 10 ** 12 + 1):
        print(a, b, divmod(a, b))
print(abs(0), abs(-1), abs(2 ** 90), abs(-(2 ** 90)), abs(True))
print(abs(-7) == 7, abs(-(2 ** 64)) == 2 ** 64)
