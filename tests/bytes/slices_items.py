ba = bytearray(b'0123456789')
ba[2:5] = b''; print(ba)
ba[0:0] = [65, 66]; print(ba)
ba[-1:] = bytearray(b'xyz'); print(ba)
ba[::3] = b'....'; print(ba)
ba[1] = 0; ba[-1] = 255; print(ba)
ba[5:2] = b'Q'; print(ba)
ba[100:] = b'E'; print(ba)
del ba[::2]; print(ba)
del ba[-2:]; print(ba)
del ba[1]; print(ba)
ba[:] = range(3); print(ba)
ba[len(ba):] = b'end'; print(ba)
for f in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(None, None, 2), b'x'),
          lambda: ba.__setitem__(0, b'a'), lambda: ba.__setitem__(50, 1), lambda: ba.__delitem__(50), lambda: ba.__setitem__('a', 1),
          lambda: ba.__setitem__(slice(0, 2), ['a']), lambda: ba.__setitem__(slice(0, 2), 'ab'), lambda: b'ab'.__setitem__(0, 1)]:
    try:
        f(); print(ba)
    except Exception as e:
        print(type(e).__name__, e)
b = b'hello world'
print(b[1], b[-1], b[2:7], b[::2], b[::-1], b[100:], b[-100:3], b[1:-1:3], bytearray(b)[::-2])
print(b == bytearray(b), b != b'x', b < b'i', b'' < b'\x00', bytearray(b'b') > b'a', b'abc' >= b'abc', sorted([b'b', b'a', b'ab']))
print(list(reversed(b'abc')), max(b'hello'), min(b'hello'), sum(b'\x01\x02'), b'l' in b, 108 in b, b.__len__() if False else len(b))
