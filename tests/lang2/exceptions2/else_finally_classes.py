# Exception classes as values: except with a tuple built at runtime, exception groups of types.
class Retry(Exception):
    pass
class Fatal(Exception):
    pass
attempts = []
def op(n):
    attempts.append(n)
    if n < 3:
        raise Retry("attempt " + str(n))
    if n == 5:
        raise Fatal("boom")
    return "done at " + str(n)
retriable = (Retry, TimeoutError)
for start in (0, 5):
    n = start
    while True:
        try:
            print(op(n))
        except retriable as e:
            print("retry", e)
            n += 1
            continue
        except Fatal as e:
            print("fatal", e)
        else:
            print("clean")
        finally:
            print("attempted", len(attempts))
        break
