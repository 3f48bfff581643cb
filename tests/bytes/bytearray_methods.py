# bytearray mutation: append, extend, insert, pop, remove, reverse, clear, copy, slices
ba = bytearray(b'abc')
print(ba.append(100), ba)
ba.extend(b'ef'); ba.extend([103, 104]); ba.extend(bytearray(b'i')); ba.extend(range(106, 108)); print(ba, len(ba))
ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); ba.insert(-100, 68); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.append(33); print(ba, c, c is ba, type(c).__name__)
ba[0] = 120; ba[1:3] = b'YZ'; print(ba)
ba[::2] = b'12345'[:len(ba[::2])] if False else ba[::2]; print(ba)
del ba[0]; del ba[::3]; print(ba)
ba += b'++'; ba *= 2; print(ba)
ba.clear(); print(ba, len(ba), ba == b'', bytearray() == bytearray(b''))
x = bytearray(5)
for i in range(5):
    x[i] = i * 50
print(x, list(x), x[-1], x[1:3], bytes(x))
y = bytearray(b'hello')
y.extend(y)
print(y)
for f in [lambda: ba.pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(3), lambda: ba.append(256),
          lambda: ba.append('a'), lambda: ba.extend('ab'), lambda: ba.extend(5), lambda: ba.insert(0, -1), lambda: bytearray(b'a')[3],
          lambda: b'a'[3], lambda: ba.insert(0), lambda: bytearray(b'ab').pop('x'), lambda: hash(bytearray())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
