# Attribute access: function attributes and dict-of-dicts records (attributes_class.py uses a class).
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
records = [{"x": i, "y": i * 2, "meta": {"w": i % 7}} for i in range(1000)]
total = 0
for _ in range(1200):
    for r in records:
        total += r["x"] + r["meta"]["w"]
        r["y"] += 1
for _ in range(2000000):
    counter()
print("checksum", total, counter.calls, records[10]["y"])
