import heapq
class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return "Task(" + str(self.prio) + ", " + self.name + ")"
q = []
for p, n in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (9, "i"), (2, "x")]:
    heapq.heappush(q, Task(p, n))
print(q)
print([heapq.heappop(q).name for _ in range(len(q))])
events = [(5, "five"), (1, "one"), (3, "three")]
heapq.heapify(events)
heapq.heappush(events, (0, "zero"))
print(heapq.heappop(events), heapq.heappushpop(events, (2, "two")), heapq.heapreplace(events, (10, "ten")))
print(sorted(events))
h = list(range(20, 0, -1))
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(5)], h)
print(heapq.nsmallest(3, [Task(3, "c"), Task(1, "a"), Task(2, "b")]))
print(heapq.nlargest(2, [(1, "a"), (3, "c"), (2, "b")], key=lambda t: t[1]))
fl = [2.5, 1.5, 3.5, 0.5]
heapq.heapify(fl)
print(fl, heapq.heappop(fl))
