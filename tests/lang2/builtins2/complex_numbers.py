# complex: constructors, arithmetic, attributes, formatting and errors.
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, abs(z))
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(complex(), complex(2), complex(1.5, -0.5), complex("1+2j"), complex(" 3j "), complex("-4"))
print(1j * 1j, (1 + 1j) ** 2, 2 ** 1j == 2 ** 1j, 1j ** 0)
print(z == 3 + 4j, z == complex(3, 4.0), 3 == complex(3, 0), z != w)
print(repr(1j), repr(-0j), repr(complex(0, -1)), repr(complex(1, 0)), str(2 + 0j))
print(f"{z}", f"{z:.2f}", format(w, ">12"), "%s" % z)
print(hash(complex(5, 0)) == hash(5), bool(0j), bool(1j))
print(sum([1j, 2, 3.5]), [x.imag for x in (1j, 2 + 3j)])
for bad in (lambda: z < w, lambda: complex("abc"), lambda: int(z), lambda: z // 2, lambda: z % 2,
            lambda: complex("1", 2), lambda: 1 / 0j, lambda: float(1j)):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 2j
print(complex(C()), isinstance(1j, complex), complex.__name__)
