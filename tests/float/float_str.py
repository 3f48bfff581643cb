# str(float) in expressions and concatenation.
x = 1 / 7
print("x = " + str(x))
print(str(100.0), str(1e6), str(1e-6), str(123456789.0), str(1e16), str(2.0 ** 60))
print(str(-1.25) + "|" + str(0.000123) + "|" + repr(1e-4))
pts = [(0.5, 1.25), (-3.0, 7.75)]
for a, b in pts:
    print("(" + str(a) + ", " + str(b) + ")", a * b, a + b)
print([1.0, 2.5, -0.0], (1e300,), {"k": 0.1})
