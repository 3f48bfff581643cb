# A transaction manager: commits on success, rolls back on error, nested savepoints.
class Store:
    def __init__(self):
        self.data = {}
        self.stack = []
    def transaction(self):
        return Txn(self)
class Txn:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.store.stack.append(dict(self.store.data))
        print("begin depth", len(self.store.stack))
        return self.store.data
    def __exit__(self, et, ev, tb):
        snapshot = self.store.stack.pop()
        if et is not None:
            self.store.data.clear()
            self.store.data.update(snapshot)
            print("rollback:", ev)
            return issubclass(et, ValueError)
        print("commit depth", len(self.store.stack) + 1)
        return False
s = Store()
with s.transaction() as d:
    d["a"] = 1
with s.transaction() as d:
    d["b"] = 2
    raise ValueError("bad b")
print(sorted(s.data.items()))
with s.transaction() as d:
    d["c"] = 3
    with s.transaction() as d2:
        d2["d"] = 4
        raise ValueError("inner fails")
    d["e"] = 5
print(sorted(s.data.items()))
try:
    with s.transaction() as d:
        d["f"] = 6
        raise KeyError("not a ValueError")
except KeyError as e:
    print("propagated", e)
print(sorted(s.data.items()), s.stack)
