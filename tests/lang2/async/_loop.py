# A tiny event loop shared by the async tests (a helper, not a test).
class Yield:
    def __await__(self):
        yield "tick"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
