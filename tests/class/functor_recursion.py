# Callable objects (__call__ written in Python) recurse as deep as plain functions.
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Countdown:
    def __call__(self, n, *, acc=0):
        return acc if n == 0 else self(n - 1, acc=acc + n)


print(fib(300) % 1000003, len(fib.cache), Countdown()(400))


class Bad:
    def __call__(self):
        return self()


try:
    Bad()()
except RecursionError as e:
    print("RecursionError", e)
