# A generator pipeline: parsing log lines, filtering, grouping, and a running summary.
LOG = """
2024-01-01 INFO start server
2024-01-01 WARN disk 91%
2024-01-02 ERROR db timeout
2024-01-02 INFO request /home
2024-01-02 ERROR db timeout
2024-01-03 INFO request /about
bad line
2024-01-03 WARN memory 80%
"""
def lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        parts = line.split(" ", 2)
        if len(parts) < 3:
            print("skip:", repr(line))
            continue
        date, level, msg = parts
        yield {"date": date, "level": level, "msg": msg}
def only(levels, records):
    return (r for r in records if r["level"] in levels)
def group_by_date(records):
    current, bucket = None, []
    for r in records:
        if r["date"] != current and bucket:
            yield current, bucket
            bucket = []
        current = r["date"]
        bucket.append(r["msg"])
    if bucket:
        yield current, bucket
def running_count():
    counts = {}
    while True:
        level = yield dict(counts)
        counts[level] = counts.get(level, 0) + 1
for date, msgs in group_by_date(only({"WARN", "ERROR"}, parse(lines(LOG)))):
    print(date, msgs)
counter = running_count()
next(counter)
snapshot = None
for rec in parse(lines(LOG)):
    snapshot = counter.send(rec["level"])
print(sorted(snapshot.items()))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(5, evens)))
print(sum(take(100, naturals())))
