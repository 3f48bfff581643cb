# Nested try statements: handlers raising, else and finally ordering, exceptions across function frames.
log = []
def level3(x):
    log.append("l3 start")
    try:
        return 10 // x
    finally:
        log.append("l3 finally")
def level2(x):
    try:
        r = level3(x)
    except ZeroDivisionError:
        log.append("l2 handler")
        raise ValueError("converted") from None
    else:
        log.append("l2 else")
        return r
    finally:
        log.append("l2 finally")
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        log.append("l1 handler " + str(e))
        return -1
for x in (2, 0):
    log.clear()
    print(x, level1(x), log)
def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError as inner:
            return f"inner {inner!r} context {inner.__context__!r}"
print(handler_raises())
def else_raises():
    try:
        pass
    except Exception:
        return "not here"
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
try:
    try:
        raise TypeError("t")
    finally:
        print("finally with pending exception")
except TypeError:
    print("outer caught t")
