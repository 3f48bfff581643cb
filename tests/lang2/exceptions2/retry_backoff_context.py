# Retry with backoff as a decorator and as a context-manager loop; exceptions filtered by type and predicate.
class TransientError(Exception):
    pass
class PermanentError(Exception):
    pass
def retry(times, on=(TransientError,), when=lambda e: True, log=None):
    def deco(fn):
        def wrapper(*args, **kwargs):
            delay = 1
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    if not when(e) or attempt == times:
                        raise
                    log.append(f"{fn.__name__} attempt {attempt} failed: {e}; waiting {delay}")
                    delay *= 2
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
log = []
calls = {"n": 0}
@retry(4, log=log)
def flaky():
    calls["n"] += 1
    if calls["n"] < 3:
        raise TransientError(f"try {calls['n']}")
    return "ok after " + str(calls["n"])
print(flaky(), log)
log.clear()
@retry(3, on=(TransientError, PermanentError), when=lambda e: not isinstance(e, PermanentError), log=log)
def fatal():
    raise PermanentError("disk gone")
try:
    fatal()
except PermanentError as e:
    print(type(e).__name__, e, log)
@retry(2, log=log)
def always():
    raise TransientError("still down")
try:
    always()
except TransientError as e:
    print(type(e).__name__, e, log)
class Attempts:
    def __init__(self, n):
        self.n, self.i, self.errors = n, 0, []
    def __iter__(self):
        while self.i < self.n:
            self.i += 1
            yield self
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, TransientError) and self.i < self.n:
            self.errors.append(str(ev))
            return True
        self.done = et is None
        return False
results = []
for attempt in (a := Attempts(3)):
    with attempt:
        if attempt.i < 3:
            raise TransientError(f"loop try {attempt.i}")
        results.append(f"succeeded on {attempt.i}")
        break
print(results, a.errors, a.done)
