# Resolving build dependencies: topological sort with generators, cycle errors carrying the path, memoised depth.
class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path
class MissingError(KeyError):
    pass
class Graph:
    def __init__(self, edges):
        self.edges = {k: list(v) for k, v in edges.items()}
    def __iter__(self):
        return iter(sorted(self.edges))
    def deps(self, node):
        try:
            return self.edges[node]
        except KeyError:
            raise MissingError(node) from None
    def order(self):
        done, visiting = set(), []
        def visit(n):
            if n in done:
                return
            if n in visiting:
                raise CycleError(visiting[visiting.index(n):] + [n])
            visiting.append(n)
            for d in self.deps(n):
                yield from visit(d)
            visiting.pop()
            done.add(n)
            yield n
        for n in self:
            yield from visit(n)
    def depth(self, node, memo=None):
        memo = {} if memo is None else memo
        if node not in memo:
            memo[node] = 1 + max((self.depth(d, memo) for d in self.deps(node)), default=0)
        return memo[node]
g = Graph({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": []})
print(list(g.order()))
print({n: g.depth(n) for n in g})
cyclic = Graph({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
try:
    list(cyclic.order())
except CycleError as e:
    print(type(e).__name__, e, e.path)
broken = Graph({"a": ["ghost"]})
try:
    list(broken.order())
except KeyError as e:
    print(type(e).__name__, e, isinstance(e, MissingError))
partial = Graph({"x": [], "y": ["x"], "z": ["y", "w"], "w": ["z"]})
seen = []
try:
    for n in partial.order():
        seen.append(n)
except CycleError as e:
    print("built before failing:", seen, "| cycle:", e)
