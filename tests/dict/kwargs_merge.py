# Keyword-argument unpacking errors name the called function.
def f(**k): return k
def g(a, b=2): return a + b
for h in [lambda: f(**[1]), lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(a=1, **{"a": 2}), lambda: f(**{1: 2}),
          lambda: print(**{"sep": 1}, **{"sep": 2}), lambda: g(**{"a": 1}, **{"b": 5}), lambda: f(**None)]:
    try: print(h())
    except Exception as e: print(type(e).__name__, e)
