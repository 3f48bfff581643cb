# finally with return, break and continue; return in finally overrides; exceptions swallowed.
def ret_try():
    try:
        return "try"
    finally:
        print("finally runs")
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def ret_value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(ret_try(), ret_override(), swallow(), ret_value_captured())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception dropped"
print(loop_break_in_finally())
def nested():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
print(nested())
def while_continue():
    n = 0
    hits = []
    while n < 4:
        n += 1
        try:
            if n % 2:
                continue
            hits.append(n)
        finally:
            hits.append(-n)
    return hits
print(while_continue())
def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    finally_raises()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
for v in g:
    print("got", v)
    break
print("closing")
g.close()
print("done")
