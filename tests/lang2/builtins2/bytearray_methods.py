# bytearray as a mutable buffer: item and slice assignment, append/extend/insert/pop/remove, +=, *=.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, ba[0], ba[-1])
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[len(ba):] = b" world"
print(ba)
ba.append(33)
ba.extend([10, 11])
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("w"))
print(ba)
ba += b"++"
ba *= 2
print(ba)
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.count(b"+"), ba.find(b"l"), ba.find(b"+"), bytes(ba.upper()))
for bad in (lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, "a"), lambda: ba.append(-1),
            lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.extend(["x"]), lambda: hash(ba)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"a,b,,c")
print(b2.split(b","), b2.replace(b",", b";"), b2.strip(b"ac"), b2.decode(), type(b2.split(b",")[0]).__name__)
print(bytearray(b"abc") + b"def", b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"abc") == b"abc", b"abc" in bytearray(b"xabcx"), 98 in bytearray(b"abc"))
b3 = bytearray(3)
b3[:] = range(65, 68)
print(b3, list(b3), b3.hex())
b3.clear()
print(b3, len(b3))
