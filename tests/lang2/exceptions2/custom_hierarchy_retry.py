# A custom exception hierarchy driving retry logic, with error codes and transient flags.
class ServiceError(Exception):
    code = 500
    transient = False
    def __init__(self, msg="", **details):
        super().__init__(msg)
        self.details = details
    def __str__(self):
        base = super().__str__() or self.__class__.__doc__ or type(self).__name__
        if self.details:
            base += " " + ", ".join(f"{k}={v}" for k, v in sorted(self.details.items()))
        return f"[{self.code}] {base}"
class Timeout(ServiceError):
    "request timed out"
    code = 504
    transient = True
class RateLimited(ServiceError):
    code = 429
    transient = True
class BadRequest(ServiceError):
    code = 400
class NotFound(BadRequest):
    code = 404
def flaky(script):
    it = iter(script)
    def call():
        outcome = next(it)
        if isinstance(outcome, ServiceError):
            raise outcome
        return outcome
    return call
def with_retry(fn, attempts=3):
    errors = []
    for n in range(1, attempts + 1):
        try:
            return fn(), errors
        except ServiceError as e:
            errors.append(str(e))
            if not e.transient:
                raise
    raise ServiceError("gave up", attempts=attempts) from RuntimeError(errors[-1])
print(with_retry(flaky(["ok"])))
print(with_retry(flaky([Timeout(), RateLimited(wait=2), "third time"])))
for script in ([NotFound("no /x", path="/x")], [Timeout(), Timeout(), Timeout()], [Timeout(), BadRequest()]):
    try:
        with_retry(flaky(script))
    except NotFound as e:
        print("not found:", e, e.details)
    except BadRequest as e:
        print("bad request:", e, type(e.__context__).__name__)
    except ServiceError as e:
        print("service:", e, "| cause:", e.__cause__)
print(str(Timeout()), repr(NotFound("m")), Timeout.__doc__)
print([c.__name__ for c in NotFound.__mro__[:4]])
