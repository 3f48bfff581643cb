# Runaway recursion raises RecursionError, which can be caught.
def runaway(n):
    return runaway(n + 1) + 1
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
print("still alive")
