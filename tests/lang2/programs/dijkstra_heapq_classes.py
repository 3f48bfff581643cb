# Shortest paths with heapq on a Graph class: __getitem__ for neighbours, path reconstruction, unreachable errors.
import heapq
import math
class NoPath(Exception):
    def __init__(self, src, dst):
        super().__init__(f"no path from {src} to {dst}")
class Graph:
    def __init__(self):
        self.adj = {}
    def add(self, a, b, w, both=True):
        if w < 0:
            raise ValueError(f"negative weight {a}-{b}")
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})
        if both:
            self.adj[b][a] = w
        return self
    def __getitem__(self, node):
        return self.adj[node]
    def __contains__(self, node):
        return node in self.adj
    def shortest(self, src, dst):
        dist = {n: math.inf for n in self.adj}
        prev = {}
        dist[src] = 0
        heap = [(0, src)]
        while heap:
            d, n = heapq.heappop(heap)
            if d > dist[n]:
                continue
            if n == dst:
                break
            for m, w in sorted(self[n].items()):
                nd = d + w
                if nd < dist[m]:
                    dist[m], prev[m] = nd, n
                    heapq.heappush(heap, (nd, m))
        if math.isinf(dist[dst]):
            raise NoPath(src, dst)
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return dist[dst], path[::-1]
g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]:
    g.add(a, b, w)
g.add("E", "F", 1, both=False)
g.add("X", "Y", 1)
for src, dst in [("A", "E"), ("A", "B"), ("E", "A"), ("A", "F"), ("F", "A"), ("A", "X")]:
    try:
        print(src, dst, g.shortest(src, dst))
    except NoPath as e:
        print(type(e).__name__, e)
try:
    g.add("A", "Z", -1)
except ValueError as e:
    print(type(e).__name__, e)
print("A" in g, "Q" in g, sorted(g["C"].items()), round(math.hypot(3, 4)), math.inf > 10**100)
