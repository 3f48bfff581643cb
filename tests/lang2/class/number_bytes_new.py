class C(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(C(1.5), type(C(1.5)).__name__)
class I(int):
    def __new__(cls, v, extra=0):
        obj = int.__new__(cls, v + extra)
        obj.tag = 'x'
        return obj
i = I(5, 1)
print(i, i.tag, i + 1, type(i).__name__)
class B(bytes):
    pass
b = B(b'abc')
print(b, b.upper(), type(b.upper()).__name__, B.fromhex('41'), type(B.fromhex('41')).__name__, len(b), b[0], b + b'd')
class BA(bytearray):
    pass
ba = BA(b'xy')
ba.append(122)
print(ba, len(ba), ba.pop(), ba)
print(int.__new__(int, '12'), float.__new__(float, '1.5'), bool(I(0)), I(3) == 3, hash(I(3)) == hash(3))
