# gen.throw() argument forms and errors, send() argument counts.
def g(): yield 1
x = g(); next(x)
for args in [(), (1,2,3,4), (5,), (int,), (None,), (ValueError("a"), 5), (ValueError, 5), (ValueError, (1,2)), (ValueError, ValueError("b")), (ValueError, KeyError("c")), (ValueError, None, 5), (ValueError, None, None), (KeyError, "x")]:
    x = g(); next(x)
    try: x.throw(*args)
    except BaseException as e: print(args, type(e).__name__, e)
class E(Exception):
    def __init__(self, a, b): super().__init__(a+b)
x = g(); next(x)
try: x.throw(E, (1, 2))
except BaseException as e: print(type(e).__name__, e)
try: x.send(1, 2)
except BaseException as e: print(type(e).__name__, e)
try: x.send()
except BaseException as e: print(type(e).__name__, e)
async def co(): pass
c = co()
try: c.send(1, 2)
except BaseException as e: print(type(e).__name__, e)
try: c.throw(5)
except BaseException as e: print(type(e).__name__, e)
c.close()
