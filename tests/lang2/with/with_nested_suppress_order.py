# Exception flow through three nested with blocks plus try/finally: which __exit__ sees what, in which order.
log = []
class CM:
    def __init__(self, name, swallow=()):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else '-'}")
        return et is not None and issubclass(et, self.swallow)
def scenario(exc, swallow_a=(), swallow_b=(), swallow_c=()):
    log.clear()
    try:
        with CM("a", swallow_a):
            try:
                with CM("b", swallow_b), CM("c", swallow_c):
                    log.append("body")
                    if exc:
                        raise exc
                    log.append("body end")
            finally:
                log.append("finally")
            log.append("after b")
        log.append("after a")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")
    return log[:]
print(scenario(None))
print(scenario(KeyError("k")))
print(scenario(KeyError("k"), swallow_c=(KeyError,)))
print(scenario(KeyError("k"), swallow_b=(LookupError,)))
print(scenario(ValueError("v"), swallow_a=(ValueError,), swallow_c=(KeyError,)))
