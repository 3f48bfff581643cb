# bytearray mutation.
ba = bytearray(b"abc")
print(ba, len(ba))
ba[0] = 65
print(ba)
ba.append(100)
ba.extend(b"ef")
print(ba)
ba += b"!"
print(ba, ba.pop(), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
ba.insert(0, 48)
print(ba, ba.decode(), bytes(ba))
ba.reverse()
print(ba)
print(bytearray(4), bytearray([1, 2]), bytearray("hé", "utf-8"))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError", e)
ba2 = bytearray(b"zz")
ba2.clear()
print(ba2, ba2 == b"")
