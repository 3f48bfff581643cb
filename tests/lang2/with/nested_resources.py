# Nested context managers acquiring and releasing resources in order.
events = []
class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise RuntimeError("cannot open " + self.name)
        events.append("open " + self.name)
        return self
    def __exit__(self, t, v, tb):
        events.append("close " + self.name)
        return False
with Resource("db") as db:
    with Resource("file") as f:
        events.append("use " + db.name + "+" + f.name)
print(events)
events.clear()
try:
    with Resource("a"), Resource("b", fail=True), Resource("c"):
        events.append("never")
except RuntimeError as e:
    events.append("error " + str(e))
print(events)
