# heapq.merge: a lazy, stable merge of sorted inputs, with key and reverse.
import heapq
import itertools

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, 'x'), (2, 'x')], [(1, 'y'), (2, 'y')], key=lambda t: t[0])))
print(list(heapq.merge([1, 1], [1], reverse=True, key=lambda v: -v)))
m = heapq.merge(itertools.count(0, 2), itertools.count(1, 2))
print(list(itertools.islice(m, 7)), type(heapq.merge([])).__name__)
