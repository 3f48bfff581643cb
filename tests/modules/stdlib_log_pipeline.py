# A log-processing pipeline: parse lines lazily, group by hour with itertools.groupby, count
# with Counter, pick fields with operator, and report.
from collections import Counter, defaultdict, namedtuple
from itertools import groupby, islice, chain, takewhile, filterfalse, tee, pairwise
from operator import attrgetter, itemgetter

LOG = """\
2024-05-01 09:00:12 INFO  web  GET /index 200 12ms
2024-05-01 09:01:40 INFO  web  GET /about 200 8ms
2024-05-01 09:15:02 WARN  db   slow query 450ms
2024-05-01 09:59:59 ERROR web  GET /cart 500 31ms
2024-05-01 10:02:11 INFO  web  GET /index 200 10ms
2024-05-01 10:03:00 INFO  auth login ok 5ms
# comment line
2024-05-01 10:30:45 ERROR db   connection reset 0ms
2024-05-01 11:00:00 INFO  web  GET /index 304 2ms
2024-05-01 11:45:30 WARN  auth login failed 7ms
"""

Entry = namedtuple("Entry", "day time level source message ms")


def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        day, time, level, source, rest = line.split(None, 4)
        message, _, ms = rest.rpartition(" ")
        yield Entry(day, time, level, source, message, int(ms.rstrip("ms")))


entries = list(parse(LOG.splitlines()))
print(len(entries), entries[0])
by_hour = groupby(entries, key=lambda e: e.time[:2])
for hour, group in by_hour:
    group = list(group)
    levels = Counter(map(attrgetter("level"), group))
    print(hour, len(group), sorted(levels.items()), max(group, key=attrgetter("ms")).message)
levels = Counter(e.level for e in entries)
print(levels, levels.most_common(1))
sources = Counter()
for e in entries:
    sources[e.source] += 1
print(sources.most_common(), (sources + Counter(web=-5)), sources - Counter(web=1, db=5))
paths = Counter(e.message.split()[1] for e in entries if e.message.startswith("GET"))
print(paths.most_common(2), list(paths.elements())[:3])
errors = [e for e in entries if e.level == "ERROR"]
print([itemgetter(1, 3)(e) for e in errors])
quiet = list(filterfalse(lambda e: e.level in ("WARN", "ERROR"), entries))
print(len(quiet), [e.time for e in islice(quiet, 2)])
first_morning = list(takewhile(lambda e: e.time < "10", entries))
print(len(first_morning))
gaps = [(a.time, b.time) for a, b in pairwise(entries) if a.level == b.level == "INFO"]
print(gaps)
a, b = tee(e.ms for e in entries)
print(sum(a), max(b))
per_source = defaultdict(list)
for e in sorted(entries, key=attrgetter("source", "time")):
    per_source[e.source].append(e.ms)
print(dict(per_source))
print(sorted(chain.from_iterable(per_source.values()))[-3:])
