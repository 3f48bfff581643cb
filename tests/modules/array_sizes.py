# array: item sizes of 'l'/'L' are 4 (MicroPython's 32-bit C long); no 'u' typecode
import array

for t in 'bBhHiIlLqQfd':
    print(t, array.array(t).itemsize)
print(array.typecodes)
try:
    array.array('l', [2 ** 31])
except OverflowError as e:
    print(e)
try:
    array.array('L', [2 ** 32])
except OverflowError as e:
    print(e)
try:
    array.array('u')
except ValueError as e:
    print(e)
