# Complex numbers: literals, arithmetic mixed with int and float, repr, parsing, errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate(), -z, +w)
print(z == complex("3+4j"), z != w, 2 * z, z * 0.5, 1 / (1j))
print(1j ** 2, (1 + 1j) ** 3, 2 ** (1j * 0), (2 + 0j) ** -1)
print(repr(0j), repr(-0j), repr(1j), repr(complex(-1.5, 0)), complex(" (1-1j) "))
print(complex(), complex(2), complex(2.5), complex("5j"), complex("-j"))
print(bool(0j), bool(1j), hash(2 + 0j) == hash(2), {1 + 1j: "a"}[complex(1, 1)])
for bad in [lambda: z < w, lambda: z // 2, lambda: 1 / 0j, lambda: complex("1+"), lambda: complex([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(z).__name__, isinstance(z, complex), sum([1j, 2j, 3]))
