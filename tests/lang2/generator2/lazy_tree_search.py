# Lazy search over a generated game tree: generators for children, depth-limited DFS/BFS, early termination with return.
def children(state):
    n, path = state
    for op, f in (("+3", lambda x: x + 3), ("*2", lambda x: x * 2), ("-1", lambda x: x - 1)):
        yield f(n), path + (op,)
def dfs(state, goal, depth):
    if state[0] == goal:
        yield state[1]
        return
    if depth == 0:
        return
    for child in children(state):
        yield from dfs(child, goal, depth - 1)
def bfs(start, goal, limit):
    frontier = [(start, ())]
    seen = {start}
    expanded = 0
    while frontier:
        n, path = frontier.pop(0)
        expanded += 1
        if n == goal:
            return path, expanded
        if len(path) >= limit:
            continue
        for c, p in children((n, path)):
            if c not in seen:
                seen.add(c)
                frontier.append((c, p))
    return None, expanded
first = next(dfs((1, ()), 10, 4), None)
print("dfs first:", first)
print("dfs count depth 4:", sum(1 for _ in dfs((1, ()), 10, 4)))
print("bfs:", bfs(1, 10, 6))
print("bfs impossible:", bfs(1, 1000, 3))
solutions = dfs((2, ()), 11, 5)
shortest = min(solutions, key=len)
print("shortest of all:", shortest, len(shortest))
gen = dfs((1, ()), 7, 3)
print(next(gen), next(gen, "no more"))
gen.close()
print(list(dfs((5, ()), 5, 0)))
