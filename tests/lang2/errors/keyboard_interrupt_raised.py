# KeyboardInterrupt raised by the program and not caught: CPython ends itself with SIGINT (shell status 130).
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught as BaseException", type(e).__name__)
print("raising again")
raise KeyboardInterrupt("stop")
