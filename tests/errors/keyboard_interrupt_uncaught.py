# An uncaught KeyboardInterrupt ends the process by SIGINT (shell status 130), after cleanup.
try:
    raise KeyboardInterrupt("first")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    print("in try")
    raise KeyboardInterrupt
finally:
    print("finally runs")
