# hex/oct/bin of small, negative and big ints.
for n in (0, 1, 10, 255, -255, 2 ** 64, -(2 ** 70), 123456789):
    print(n, hex(n), oct(n), bin(n))
print(int(hex(2 ** 100), 16) == 2 ** 100)
print(int(bin(-37), 2), int(oct(99), 8))
