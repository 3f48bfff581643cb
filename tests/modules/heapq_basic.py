import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3))
t = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(t)
print([heapq.heappop(t) for _ in range(len(t))])
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words), heapq.nlargest(2, words), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, [5, 1, 4, 1, 3], key=lambda x: -x), heapq.nlargest(0, [1, 2]), heapq.nsmallest(10, [3, 1]))
print(heapq.nlargest(2, iter([4, 8, 6])), heapq.nsmallest(-1, [1]))
for f, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)), (heapq.heapify, ("ab",))]:
    try:
        f(*a)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print("TypeError")
