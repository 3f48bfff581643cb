# memoryview: hashing (read-only views hash as their bytes), index errors, joining views.
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"xabcx")[1:4]) == hash(b"abc"))
print(hash(memoryview(b"")) == hash(b""), b"-".join([memoryview(b"ab"), b"c", bytearray(b"d")]))
print(bytearray(b"").join([memoryview(b"x")]), {memoryview(b"k"): 1}[b"k"])
mv = memoryview(b"abc")
print(mv[0], mv[-1], mv[True])
for bad in (lambda: hash(memoryview(bytearray(b"a"))), lambda: mv[3], lambda: mv[-4],
            lambda: mv["a"], lambda: b"".join([memoryview(b"a"), "s"])):
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
w = memoryview(bytearray(b"xy"))
try:
    w[5] = 1
except IndexError as e:
    print("IndexError", e)
mv.release()
try:
    hash(mv)
except ValueError as e:
    print("ValueError", e)
