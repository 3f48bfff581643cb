# bisect: search and insertion points in sorted lists, lo/hi bounds, key functions, errors.
import bisect

a = [1, 2, 2, 2, 5, 8]
for x in [0, 1, 2, 3, 5, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, hi=2))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0, 0, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1])
print(recs)
print(bisect.bisect(['apple', 'fig', 'kiwi'], 'grape'), bisect.bisect_left((1, 3, 5), 4))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
try:
    bisect.bisect([1, 'x'], 2)
except TypeError as e:
    print(e)
