# with statements around in-memory streams and JSON: io.StringIO as a context manager, json round trips, dataclasses.
import io
import json
from dataclasses import dataclass, field, asdict
@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
items = [Item("bolt", 10, ["metal"]), Item("glue"), Item("tape", 2)]
with io.StringIO() as buf:
    for it in items:
        buf.write(json.dumps(asdict(it)) + "\n")
    text = buf.getvalue()
    print("closed inside?", buf.closed)
print("closed after?", buf.closed)
print(text.strip().splitlines()[0])
with io.StringIO(text) as src:
    loaded = [Item(**json.loads(line)) for line in src]
print(loaded == items, loaded[1], Item("x") == Item("x", 1, []))
try:
    buf.write("more")
except ValueError as e:
    print(type(e).__name__, e)
class Tx:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = json.dumps(self.store, sort_keys=True)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(json.loads(self.snapshot))
        return et is KeyError
db = {"count": 1, "names": ["a"]}
with Tx(db) as d:
    d["count"] += 1
with Tx(db) as d:
    d["names"].append("b")
    raise KeyError("rollback")
print(json.dumps(db, sort_keys=True))
