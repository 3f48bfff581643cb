# The argument errors of the bytes and bytearray methods outside the shared text methods:
# special-method wrappers, bytearray's mutators, decode, hex, translate (CPython's messages).
ba=bytearray(b'ab')
for f in [lambda: b'a'.__getitem__(), lambda: b'a'.__contains__(), lambda: b'a'.__len__(1), lambda: b'a'.__getitem__(x=1), lambda: ba.append(), lambda: ba.append(x=1), lambda: ba.insert(1), lambda: ba.insert(1,2,3), lambda: ba.pop(1,2), lambda: ba.remove(), lambda: ba.reverse(1), lambda: ba.clear(1), lambda: ba.copy(x=1), lambda: ba.extend(), lambda: b'a'.decode(1,2,3), lambda: b'a'.decode(x=1), lambda: b'a'.decode(encoding=1), lambda: b'a'.decode(1), lambda: b'a'.hex(x=1), lambda: b'a'.translate(), lambda: b'a'.translate(None, b'', 1), lambda: b'a'.translate(table=None), lambda: bytearray.append(b'a', 1), lambda: bytearray.append(), lambda: ba.__delitem__()]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
