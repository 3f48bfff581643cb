# array: slicing, slice assignment and deletion, operators, comparisons
import array

a = array.array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[100:])
a[1:3] = array.array('i', [20, 30, 40])
print(a)
a[::2] = array.array('i', [0] * 6)
print(a)
a[2:2] = array.array('i', [7])
print(a)
del a[0]
print(a)
del a[1:4]
print(a)
del a[::2]
print(a)
a[-1] = -1
a[0] = 2 ** 31 - 1
print(a)
b = array.array('i', [1, 2])
print(a + b, b * 3, 2 * b, b * 0, b * -1)
b += array.array('i', [3])
print(b)
b *= 2
print(b)
c = b
c += array.array('i', [9])
print(b is c, b)
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]))
print(array.array('i', [1]) < array.array('i', [1, 0]), array.array('b', [2]) > array.array('b', [1, 5]))
print(array.array('i', [1]) == [1], array.array('i', [1]) != [1])
print(array.array('b', [1, 2]) <= array.array('b', [1, 2]), array.array('b') >= array.array('b'))
it = iter(array.array('B', b'xyz'))
print(next(it), list(it))
print(sorted(array.array('d', [3.5, 1.0, 2.25])), max(array.array('h', [-5, 7, 3])))
