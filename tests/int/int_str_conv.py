# str and repr of ints, and round trips.
for n in (0, -0, 7, -7, 10 ** 18, 10 ** 19, -(10 ** 30), 2 ** 255 - 19):
    s = str(n)
    print(s, repr(n), int(s) == n, len(s))
print(str(12345)[::-1], int(str(12345)[::-1]))
print("%d" if False else str(-1) + str(2))
print(int("0" * 50 + "1"))
print(sum(int(d) for d in str(2 ** 1000)))
