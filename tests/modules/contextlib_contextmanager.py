# contextlib.contextmanager: setup/teardown, exceptions thrown into the generator,
# suppression, the "didn't yield/stop" errors, and reuse as a decorator.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, IndexError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not swallowed:", e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with translate():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__))


@contextmanager
def counting(log):
    log.append("enter")
    yield len(log)
    log.append("exit")


log = []


@counting(log)
def work(x):
    log.append(f"work {x}")
    return x * 2


print(work(1), work(2), log, work.__name__)


@contextmanager
def reraise_stop():
    yield


try:
    with reraise_stop():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passes through:", e)
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print("second use fails")
print(tag.__name__, tag.__wrapped__.__name__)
