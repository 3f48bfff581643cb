# int(float) truncates; float to int for big values is exact.
for x in (0.9, -0.9, 2.5, -2.5, 1e10, -1e10, 1e20, 1.5e300, 123.999):
    print(x, int(x))
print(int(2.0 ** 100) == 2 ** 100, int(1e23))
print(float(int(1e23)) == 1e23)
print(3.0.is_integer(), 3.5.is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex())
