# bytes() and bytearray() constructors in every form, and their errors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"copy"), bytes("héllo", "utf-8"))
print(bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes((x for x in [1, 2])), bytes(bytearray(b"ba")))
print(bytes(memoryview(b"mv")), bytes.fromhex("de ad BE EF"), bytes("x", "utf-8", "strict"))
print(bytearray(), bytearray(2), bytearray([255, 0]), bytearray(b"xy"), bytearray("ü", "utf-8"))
print(bytearray(range(65, 70)), bytearray.fromhex("4142"), bytearray(memoryview(b"z")))
class Idx:
    def __index__(self):
        return 2
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(Idx()), bytes(HasBytes()), bytearray(Idx()))
for args in (("abc",), ([256],), ([-1],), (-1,), (1.5,), (["a"],), ("é", "ascii"), (b"x", "utf-8"), (None,), (3, "utf-8")):
    try:
        print(bytes(*args))
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    bytearray("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(bytes("é", "ascii", "ignore"), bytes("é", "ascii", "replace"), bytes([1, 2]) == bytearray([1, 2]))
print(b"abc".hex(), bytearray(b"\x00\xff").hex(), b"abc".hex(":"), list(b"hi"), bytes(b"hi")[0])
