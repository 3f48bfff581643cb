# Collecting errors from a batch job: exception chaining preserved, grouped by type, summarised with formatting.
class JobError(Exception):
    def __init__(self, item, stage):
        super().__init__(f"item {item!r} failed in {stage}")
        self.item, self.stage = item, stage
def parse(raw):
    return int(raw)
def validate(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n > 100:
        raise OverflowError(f"too big: {n}")
    return n
def transform(n):
    return 100 // (n - 7)
STAGES = [("parse", parse), ("validate", validate), ("transform", transform)]
def run(item):
    value = item
    for name, fn in STAGES:
        try:
            value = fn(value)
        except Exception as e:
            raise JobError(item, name) from e
    return value
results, failures = {}, []
for item in ["10", "x", "-5", "500", "7", "20", None]:
    try:
        results[item] = run(item)
    except JobError as e:
        failures.append(e)
print(results)
by_cause = {}
for f in failures:
    by_cause.setdefault(type(f.__cause__).__name__, []).append(f.item)
for cause, items in sorted(by_cause.items()):
    print(f"{cause:<18}{len(items):>2}  {items}")
for f in failures:
    print(f"{f.stage:>9}: {f} <- {type(f.__cause__).__name__}: {f.__cause__}")
print(all(f.__context__ is f.__cause__ for f in failures), all(not f.__suppress_context__ is False for f in failures))
