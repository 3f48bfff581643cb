# A retry framework driven by the exception hierarchy: transient OSErrors are retried,
# permanent ones are not, and the final failure chains the last cause.
import errno


class RetryExhausted(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


TRANSIENT = (ConnectionError, TimeoutError, BlockingIOError, InterruptedError)


def retry(fn, attempts=4, log=None):
    last = None
    for i in range(1, attempts + 1):
        try:
            return fn(i)
        except TRANSIENT as e:
            last = e
            log.append(f"{i}: retry {type(e).__name__} errno={e.errno}")
        except OSError as e:
            log.append(f"{i}: permanent {type(e).__name__}: {e}")
            raise
    raise RetryExhausted(attempts, last) from last


def flaky(codes):
    def call(i):
        code = codes[i - 1] if i <= len(codes) else None
        if code is None:
            return f"ok on attempt {i}"
        raise OSError(code, errno.errorcode[code].lower(), f"host{i}")
    return call


for codes in ([], [errno.ECONNRESET], [errno.EAGAIN, errno.ETIMEDOUT, errno.EPIPE],
              [errno.ECONNREFUSED, errno.ENOENT], [errno.EINTR] * 5):
    log = []
    try:
        print("result:", retry(flaky(codes), log=log))
    except RetryExhausted as e:
        print("exhausted:", e, e.attempts, type(e.__cause__).__name__, e.__cause__ is e.last)
        print("  last:", e.last, e.last.filename)
    except FileNotFoundError as e:
        print("not found:", e.errno, e.strerror, e.filename, e.__traceback__ is not None)
    for line in log:
        print("  ", line)
