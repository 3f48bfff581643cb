# array: CPython's errors for bad typecodes, overflowing items, wrong types and bad indices
import array

def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for code, v in [('b', 127), ('b', 128), ('b', -129), ('b', 40000), ('b', 2 ** 70),
                ('B', -1), ('B', 256), ('h', 2 ** 15), ('h', -2 ** 15 - 1),
                ('H', -1), ('H', 2 ** 16), ('H', 2 ** 31), ('i', 2 ** 31), ('i', -2 ** 31 - 1),
                ('I', -1), ('I', 2 ** 32), ('I', 2 ** 64), ('q', 2 ** 63), ('q', -2 ** 64),
                ('Q', -1), ('Q', 2 ** 64), ('i', 1.5), ('b', 'x'), ('f', 'x'), ('d', None),
                ('d', [1])]:
    attempt(lambda: array.array(code, [v]))
attempt(lambda: array.array('i', 'ab'))
attempt(lambda: array.array(5))
attempt(lambda: array.array('ii'))
attempt(lambda: array.array('i', b'abc'))
attempt(lambda: array.array('i', 5))
a = array.array('i', [1, 2])
attempt(lambda: a[5])
attempt(lambda: a['x'])
attempt(lambda: a.insert('x', 1))
attempt(lambda: a.__delitem__(5))
attempt(lambda: 3 in a)
attempt(lambda: a.pop(9))
attempt(lambda: array.array('i').pop())
attempt(lambda: a.remove(7))
attempt(lambda: a.index(7))
attempt(lambda: a + [1])
attempt(lambda: a + array.array('d'))
attempt(lambda: a.extend(array.array('d')))
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a * 1.5)
attempt(lambda: hash(a) and 0)
attempt(lambda: a < 3)
def setslice():
    a[0:1] = [1]
def setext():
    a[::2] = array.array('i', [1, 2, 3])
def setkind():
    a[0:1] = array.array('d', [1])
def setitem():
    a[7] = 1
def iadd():
    global a
    a += [1]
for f in (setslice, setext, setkind, setitem, iadd):
    attempt(f)
b = array.array('b', [1, 2])
attempt(lambda: b.fromlist([3, 1000]))
print(b)
attempt(lambda: b.extend([3, 1000]))
print(b)
attempt(lambda: b.append(1.0))
print(b)
