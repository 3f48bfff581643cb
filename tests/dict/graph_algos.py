# Graph algorithms on dicts of sets and lists: BFS, topological sort, components.
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7), (8, 8), (5, 1)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set())
print(graph)
def bfs(start):
    seen = {start}
    order = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    return order, seen
print(bfs(1), bfs(6), bfs(8))
undirected = {n: set() for n in graph}
for a, b in edges:
    undirected[a].add(b)
    undirected[b].add(a)
comps = []
left = set(undirected)
while left:
    root = min(left)
    comp, stack = set(), [root]
    while stack:
        n = stack.pop()
        if n not in comp:
            comp.add(n)
            stack.extend(undirected[n] - comp)
    comps.append(sorted(comp))
    left -= comp
print(comps)
deps = {"app": ["lib", "util"], "lib": ["core"], "util": ["core", "lib"], "core": []}
indeg = dict.fromkeys(deps, 0)
for node, ds in deps.items():
    for d in ds:
        indeg[node] += 1
order = []
ready = sorted(n for n, k in indeg.items() if k == 0)
while ready:
    n = ready.pop(0)
    order.append(n)
    for m, ds in deps.items():
        if n in ds:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
print(order, indeg)
memo = {}
def paths(a, b):
    if (a, b) in memo:
        return memo[(a, b)]
    r = 1 if a == b else sum(paths(n, b) for n in graph[a] if n > a)
    memo[(a, b)] = r
    return r
print(paths(1, 5), len(memo), sorted(memo.items())[:4])
