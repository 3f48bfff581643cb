# finally runs on return, break and continue.
def f():
    try:
        return "from try"
    finally:
        print("finally on return")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def h():
    for x in range(5):
        try:
            if x == 2:
                return x
        finally:
            print("cleanup", x)
print(h())
def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"
print(swallow())
