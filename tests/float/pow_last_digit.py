# float ** int and float ** float must agree with CPython to the last digit
s = 12345
def rnd():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    return (s >> 11) / 2**53
for row in range(40):
    out = []
    for i in range(6):
        k = (row + i) % 4
        if k == 0: x = rnd() * 20 - 10
        elif k == 1: x = 0.9 + rnd() * 0.2
        elif k == 2: x = 2.0 ** (int(rnd() * 120) - 60) * rnd()
        else: x = rnd() * 2e5 - 1e5
        n = int(rnd() * 121) - 60
        try:
            out.append(repr(x ** n))
        except (OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    print(' '.join(out))
for row in range(40):
    print(' '.join(repr((rnd() * 100) ** (rnd() * 40 - 20)) for _ in range(6)))
print(2 ** 0.5, 10 ** -2, 3.5 ** -2, 1.1 ** 7, 0.1 ** 3, (-2.5) ** 5, 7.0 ** 22, 2.0 ** -1074, 2.0 ** 1023, 1e-5 ** 0.5)
print((-8) ** 0.5, (-2.0) ** 0.5, (-8.0) ** (1/3), pow(-2, 0.5))
